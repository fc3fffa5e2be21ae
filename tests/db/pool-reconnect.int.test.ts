import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/db/database-errors.ts';
import { createPool } from '../../src/db/pool.ts';
import { type PrivatePostgres, startPrivatePostgres } from '../helpers/private-postgres.ts';
import { waitFor } from '../helpers/wait-for.ts';

describe('the pool when Postgres dies and comes back', () => {
  let postgres: PrivatePostgres;
  let pool: pg.Pool;
  const logged: string[] = [];
  beforeAll(async () => {
    postgres = await startPrivatePostgres();
    pool = createPool(postgres.url, { log: (message) => logged.push(message) });
  });
  afterAll(async () => {
    await pool?.end();
    await postgres?.remove();
  });

  it('survives the death of idle and checked-out connections, fails fast while it is away, and reconnects', async () => {
    // One connection idle in the pool, one held by its user (a checkpoint write, a run's own connection).
    const idle = await pool.connect();
    idle.release();
    const held = await pool.connect();

    await postgres.kill();
    // Its backend exits once it sees the postmaster gone; the held client then hears of it.
    const inHand = await waitFor(
      () => held.query('SELECT 1').then(() => null, (error: unknown) => error),
      (error) => error !== null,
      { timeoutMs: 30_000 },
    );
    expect(isDatabaseUnavailable(inHand), String(inHand)).toBe(true);
    // The held client's 'error' event had nobody of the caller's listening: it did not become an
    // uncaught exception (vitest fails the file on one); the pool says so once instead.
    expect(logged).toContain('database connection lost; reconnecting on the next query');
    held.release();
    const fresh = await pool.query('SELECT 1').then(() => null, (error: unknown) => error);
    expect(isDatabaseUnavailable(fresh), String(fresh)).toBe(true);
    expect((fresh as { code?: string }).code).toBe('ECONNREFUSED');

    await postgres.restart();
    const { rows } = await pool.query<{ answer: number }>('SELECT 1 AS answer');
    expect(rows).toEqual([{ answer: 1 }]);
    expect(logged).toContain('database connection restored');
  });
});
