import { describe, expect, it } from 'vitest';
import { isPostgresOf } from '../../src/db/leftover-postgres.ts';

describe('isPostgresOf', () => {
  it('names the postgres of exactly this cluster', () => {
    const bin = '/opt/pg/bin/postgres';
    expect(isPostgresOf(`${bin} -D /data/cluster -p 5433`, '/data/cluster')).toBe(true);
    expect(isPostgresOf(`${bin} -D /data/cluster`, '/data/cluster')).toBe(true);
    // A sibling directory whose name starts the same is another cluster.
    expect(isPostgresOf(`${bin} -D /data/cluster-old -p 5433`, '/data/cluster')).toBe(false);
    // Another program given the same directory is not its server.
    expect(isPostgresOf('/usr/bin/rsync -D /data/cluster', '/data/cluster')).toBe(false);
  });
});
