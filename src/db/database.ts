import type { PostgresSaver } from '@langchain/langgraph-checkpoint-postgres';
import type pg from 'pg';
import { JobpilotError } from '../errors.ts';
import { databaseUnavailable } from './database-errors.ts';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres.ts';
import { migrate } from './migrate.ts';
import { closePool, createPool } from './pool.ts';
import { PruningPostgresSaver } from './pruning-postgres-saver.ts';
import { supervisePostgres } from './supervise-postgres.ts';

/** LangGraph's checkpoint tables live in their own schema, apart from ours. */
export const CHECKPOINT_SCHEMA = 'langgraph';

export interface Database {
  pool: pg.Pool;
  saver: PostgresSaver;
  /** "embedded" when this service runs its own Postgres. */
  kind: 'embedded' | 'external';
  /**
   * Resolves when the database answers a query within `timeoutMs`, else throws
   * DATABASE_UNAVAILABLE saying why (and that the embedded server is being restarted). `/readyz`.
   */
  check(timeoutMs?: number): Promise<void>;
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
  /** Ports a picked embedded port must not be (the HTTP server's own, not yet bound). */
  avoidPorts?: readonly number[] | undefined;
  log?: (message: string) => void;
  /** The embedded Postgres of `dataDir`, already starting (`jobpilot serve` starts it while the server's modules load). */
  embedded?: Promise<EmbeddedDatabase> | undefined;
}): Promise<Database> {
  const embedded = options.databaseUrl
    ? null
    : await (options.embedded ?? startEmbeddedPostgres({
        dataDir: options.dataDir,
        port: options.embeddedPort,
        avoidPorts: options.avoidPorts,
        log: options.log,
      }));
  const url = options.databaseUrl ?? (embedded?.url as string);
  const log = options.log ?? (() => {});
  const pool = createPool(url, { log: (message, details) => log(details ? `${message} ${JSON.stringify(details)}` : message) });
  // The owner restarts its Postgres when it dies; a server shared from another process is that process's to restart.
  const supervisor = embedded?.child
    ? supervisePostgres(embedded.child, {
        log,
        port: new URL(url).port,
        answers: () => pool.query('SELECT 1').then(() => true, () => false),
      })
    : undefined;
  try {
    const saver = new PruningPostgresSaver(pool, { schema: CHECKPOINT_SCHEMA });
    await migrate(pool, { underLock: () => saver.setup() });
    return {
      pool,
      saver,
      kind: embedded ? 'embedded' : 'external',
      check: (timeoutMs = 5_000) => checkDatabase(pool, timeoutMs, supervisor?.outage),
      async close() {
        await supervisor?.stop();
        // Every connection closed before Postgres stops: none is cut by its stop.
        await closePool(pool);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await supervisor?.stop();
    await pool.end().catch(() => {});
    await embedded?.stop().catch(() => {});
    throw error;
  }
}

/**
 * `SELECT 1` within `timeoutMs` (connecting included), or DATABASE_UNAVAILABLE saying why: the
 * supervisor's account while it restarts the embedded server, else the failure.
 */
async function checkDatabase(pool: pg.Pool, timeoutMs: number, outage: () => string | undefined = () => undefined): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(databaseUnavailable(undefined, outage() ?? `The database did not answer within ${timeoutMs} ms.`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([pool.query('SELECT 1'), timedOut]);
  } catch (error) {
    throw error instanceof JobpilotError ? error : databaseUnavailable(error, outage());
  } finally {
    clearTimeout(timer);
  }
}
