import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded-postgres.ts';
import { closePool, createPool } from '../../src/db/pool.ts';

// Trial 46 #70: an orderly stop printed "database connection lost; reconnecting on the next query".
// pg-pool's end() resolves once it has asked its idle clients to end, not once their connections
// have closed: a Postgres stopped right after (fast shutdown) still reached them with "terminating
// connection due to administrator command", which the pool read as a lost database.
describe('closePool before Postgres stops', () => {
  let dataDir: string;
  let postgres: EmbeddedDatabase | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-pool-close-'));
  });
  afterAll(async () => {
    await postgres?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('resolves once every connection has closed: the stop right after reaches none, and nothing is said', async () => {
    postgres = await startEmbeddedPostgres({ dataDir });
    const logged: string[] = [];
    const pool = createPool(postgres.url, { log: (message) => logged.push(message) });
    // Several connections at once, then idle in the pool, as after a busy moment of a server.
    await Promise.all(Array.from({ length: 8 }, () => pool.query('SELECT pg_sleep(0.05)')));
    expect(pool.idleCount).toBe(8);
    const monitor = createPool(postgres.url, { max: 1 });
    const { rows } = await monitor.query<{ open: number }>("SELECT count(*)::int AS open FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()");
    expect(rows[0]?.open).toBe(8);
    await closePool(monitor);

    await closePool(pool);
    // Fast shutdown at once, as the embedded Postgres is stopped after the pool.
    await postgres.stop();
    postgres = undefined;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(logged).toEqual([]);
    expect(pool.totalCount).toBe(0);
  }, 120_000);
});
