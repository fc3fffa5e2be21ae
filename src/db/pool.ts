import pg from 'pg';
import { isDatabaseUnavailable } from './database-errors.ts';

export interface PoolOptions {
  max?: number;
  /** Longest wait for a new connection (or a free one): past it a request fails with DATABASE_UNAVAILABLE instead of hanging. */
  connectionTimeoutMillis?: number;
  /** Told once when connections start failing and once when one succeeds again. */
  log?: (message: string, details?: Record<string, unknown>) => void;
}

/**
 * Opens a connection pool; every query in the service goes through one of these. It survives
 * the database going away: a dead connection is dropped (idle or checked out, its 'error'
 * never crashes the process), each query after it tries a new one, failing fast while
 * Postgres is away, and service resumes by itself when it is back.
 *
 * @example
 * const pool = createPool('postgres://…', { log: console.log });
 */
export function createPool(connectionString: string, options: PoolOptions = {}): pg.Pool {
  const log = options.log ?? (() => {});
  // bigint ids (bigserial) come back as strings; keep them so (no precision loss).
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5_000,
    // A server that vanished without closing its sockets (a cut network, a frozen VM) is found
    // out by TCP keepalive instead of a query hanging on it for the OS's two hours.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  let down = false;
  const lost = (error: Error) => {
    if (down) return;
    down = true;
    log('database connection lost; reconnecting on the next query', { error: error.message });
  };
  // An idle client losing its connection: pg-pool has already dropped it.
  pool.on('error', lost);
  pool.on('connect', (client) => {
    // A checked-out client emits 'error' too when its connection dies (a checkpoint write,
    // a run's own connection): without a listener that is an uncaught exception. The query in
    // flight fails by itself, and the client, no longer queryable, is dropped on release.
    client.on('error', (error) => {
      if (isDatabaseUnavailable(error)) lost(error);
      else log('database connection error', { error: error.message });
    });
    if (down) {
      down = false;
      log('database connection restored');
    }
  });
  return pool;
}
