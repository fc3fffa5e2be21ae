import type pg from 'pg';

/**
 * Runs `work` on `client` between BEGIN and COMMIT. Any error rolls the transaction back
 * (a failed ROLLBACK, on a connection already gone, is not allowed to hide the first error)
 * and is thrown again.
 *
 * @example
 * await transactionOn(client, (tx) => tx.query('INSERT …'));
 */
export async function transactionOn<T, C extends pg.ClientBase>(client: C, work: (client: C) => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/**
 * Runs `work` in one transaction on a connection of `pool`, released after whatever happens.
 *
 * @example
 * const saved = await inTransaction(pool, async (client) => { … return row; });
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await transactionOn(client, work);
  } finally {
    client.release();
  }
}
