import { describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/embedded-postgres.ts';

describe('the embedded Postgres port', () => {
  it('is never one the HTTP server is about to bind, however often the OS offers it', async () => {
    const offered = [40983, 40983, 41002];
    const port = await freePort([40983], async () => offered.shift() as number);
    expect(port).toBe(41002);
    expect(offered).toEqual([]);
  });

  it('is the first port offered when nothing is to be avoided', async () => {
    const port = await freePort([]);
    expect(port).toBeGreaterThan(0);
    expect(port).toBeLessThan(65536);
  });
});
