import type { PostgresSaver } from '@langchain/langgraph-checkpoint-postgres';
import type pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { migrate } from './migrate.ts';
import { createPool } from './pool.ts';
import { PruningPostgresSaver } from './pruning-postgres-saver.ts';

/** LangGraph's checkpoint tables live in their own schema, apart from ours. */
export const CHECKPOINT_SCHEMA = 'langgraph';

export interface Database {
  pool: pg.Pool;
  saver: PostgresSaver;
  /** "embedded" when this service runs its own Postgres. */
  kind: 'embedded' | 'external';
  close(): Promise<void>;
}

/**
 * Opens the database: the server at `databaseUrl`, or the embedded one in `dataDir`;
 * applies migrations and sets up the checkpoint saver (both under one advisory lock).
 *
 * @example
 * const db = await openDatabase({ databaseUrl: undefined, dataDir, log: console.log });
 */
export async function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPort?: number | undefined;
  log?: (message: string) => void;
}): Promise<Database> {
  const embedded = options.databaseUrl
    ? null
    : await startEmbeddedPostgres({
        dataDir: options.dataDir,
        port: options.embeddedPort,
        log: options.log,
      });
  const url = options.databaseUrl ?? (embedded?.url as string);
  const pool = createPool(url);
  try {
    const saver = new PruningPostgresSaver(pool, { schema: CHECKPOINT_SCHEMA });
    await migrate(pool, { underLock: () => saver.setup() });
    return {
      pool,
      saver,
      kind: embedded ? 'embedded' : 'external',
      async close() {
        await pool.end();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await pool.end().catch(() => {});
    await embedded?.stop().catch(() => {});
    throw error;
  }
}
