import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';
import { transactionOn } from './transaction.ts';

/** Where the numbered `.sql` files live, relative to this file. */
export const migrationsDir = new URL('../../migrations/', import.meta.url).pathname;

/** An arbitrary constant: every jobpilot process takes this advisory lock to migrate. */
const MIGRATION_LOCK_KEY = 7_301_952_004;

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

/** Reads `NNNN_name.sql` files in numeric order; a gap or a duplicate number is an error. */
export async function readMigrations(directory = migrationsDir): Promise<Migration[]> {
  const files = (await readdir(directory)).filter((file) => file.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = /^(\d+)_([\w-]+)\.sql$/.exec(file);
    if (!match)
      throw new Error(`Migration file "${file}" must be named like 0001_description.sql.`);
    const id = Number(match[1]);
    if (id !== migrations.length + 1) {
      throw new Error(
        `Migration "${file}" is out of sequence: expected number ${migrations.length + 1}.`,
      );
    }
    migrations.push({
      id,
      name: match[2] ?? file,
      sql: await readFile(join(directory, file), 'utf8'),
    });
  }
  return migrations;
}

/**
 * Applies pending migrations in order, each in its own transaction. Safe when several
 * processes start at once: they queue on one advisory lock and re-read what was applied.
 *
 * @example
 * const applied = await migrate(pool); // e.g. [1, 2] on a new database, [] afterwards
 */
export async function migrate(
  pool: pg.Pool,
  options: { directory?: string; underLock?: (client: pg.PoolClient) => Promise<void> } = {},
): Promise<number[]> {
  const migrations = await readMigrations(options.directory);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS jobpilot_migrations (
        id integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const { rows } = await client.query<{ id: number }>('SELECT id FROM jobpilot_migrations');
      const done = new Set(rows.map((row) => row.id));
      const applied: number[] = [];
      for (const migration of migrations) {
        if (done.has(migration.id)) continue;
        try {
          await transactionOn(client, async () => {
            await client.query(migration.sql);
            await client.query('INSERT INTO jobpilot_migrations (id, name) VALUES ($1, $2)', [
              migration.id,
              migration.name,
            ]);
          });
        } catch (error) {
          throw new Error(
            `Migration ${migration.id} (${migration.name}) failed: ${(error as Error).message}`,
            { cause: error },
          );
        }
        applied.push(migration.id);
      }
      // Other one-time set-up that must not race (LangGraph's saver tables) runs under the same lock.
      await options.underLock?.(client);
      return applied;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}
