import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '../../src/db/pool.ts';
import { inTransaction, transactionOn } from '../../src/db/transaction.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

let pool: pg.Pool;
beforeAll(async () => {
  // The service's own pool: a connection whose backend is terminated is dropped, not thrown.
  pool = createPool(await createTestDatabase(), { log: () => {} });
  await pool.query('CREATE TABLE notes (body text NOT NULL)');
});
afterAll(async () => {
  await pool?.end();
});

const bodies = async () => (await pool.query<{ body: string }>('SELECT body FROM notes ORDER BY body')).rows.map((row) => row.body);

describe('inTransaction', () => {
  it('commits what the work wrote and returns its result', async () => {
    const result = await inTransaction(pool, async (client) => {
      await client.query(`INSERT INTO notes VALUES ('kept-1'), ('kept-2')`);
      return 'done';
    });
    expect(result).toBe('done');
    expect(await bodies()).toEqual(['kept-1', 'kept-2']);
  });

  it('rolls everything back when the work throws, throws the work’s own error, and gives the connection back', async () => {
    const failure = new Error('the second write failed');
    await expect(
      inTransaction(pool, async (client) => {
        await client.query(`INSERT INTO notes VALUES ('lost')`);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await bodies()).toEqual(['kept-1', 'kept-2']);
    // The connection went back to the pool: none is still checked out.
    expect(pool.idleCount).toBe(pool.totalCount);
  });

  it('keeps the first error when the connection is gone before the rollback', async () => {
    await expect(
      inTransaction(pool, async (client) => {
        await client.query(`INSERT INTO notes VALUES ('lost-too')`);
        await client.query('SELECT pg_terminate_backend(pg_backend_pid())');
      }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/terminat/i) });
    expect(await bodies()).toEqual(['kept-1', 'kept-2']);
  });
});

describe('transactionOn', () => {
  it('runs on a connection the caller keeps, which is usable again after a rollback', async () => {
    const client = await pool.connect();
    try {
      await expect(
        transactionOn(client, async () => {
          await client.query(`INSERT INTO notes VALUES ('rolled-back')`);
          await client.query('SELECT 1/0');
        }),
      ).rejects.toMatchObject({ code: '22012' });
      await transactionOn(client, () => client.query(`INSERT INTO notes VALUES ('kept-3')`));
    } finally {
      client.release();
    }
    expect(await bodies()).toEqual(['kept-1', 'kept-2', 'kept-3']);
  });
});
