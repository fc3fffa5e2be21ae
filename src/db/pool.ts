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
  const state: PoolState = { clients: new Set(), closing: false };
  states.set(pool, state);
  const lost = (error: Error) => {
    // While it closes, a connection ended by the server's stop is no loss to tell of.
    if (down || state.closing) return;
    down = true;
    log('database connection lost; reconnecting on the next query', { error: error.message });
  };
  // An idle client losing its connection: pg-pool has already dropped it.
  pool.on('error', lost);
  pool.on('connect', (client) => {
    state.clients.add(client);
    // A checked-out client emits 'error' too when its connection dies (a checkpoint write,
    // a run's own connection): without a listener that is an uncaught exception. The query in
    // flight fails by itself, and the client, no longer queryable, is dropped on release.
    client.on('error', (error) => {
      if (isDatabaseUnavailable(error)) lost(error);
      else if (!state.closing) log('database connection error', { error: error.message });
    });
    if (down) {
      down = false;
      log('database connection restored');
    }
  });
  // Emitted once a client's connection has closed (its end() done), however it was dropped.
  pool.on('remove', (client) => state.clients.delete(client));
  return pool;
}

interface PoolState {
  /** Clients whose connection has not closed yet. */
  clients: Set<pg.PoolClient>;
  /** Set by `closePool`: what happens to connections from now on is the stop's doing. */
  closing: boolean;
}

const states = new WeakMap<pg.Pool, PoolState>();

/**
 * Ends a pool made by `createPool` and resolves once every connection has really closed (at most
 * `timeoutMs`). Why: pg-pool's `end()` resolves as soon as it has asked its idle clients to end,
 * before their connections close; a Postgres stopped right after ("terminating connection due to
 * administrator command") still reaches those clients as errors, read as a lost database
 * ("reconnecting…") on an orderly stop (trial 46 #70). From the call on, nothing is said of
 * connections ending.
 *
 * @example
 * await closePool(pool);
 * await embedded.stop();
 */
export async function closePool(pool: pg.Pool, timeoutMs = 5_000): Promise<void> {
  const state = states.get(pool);
  if (state) state.closing = true;
  await pool.end();
  if (!state || state.clients.size === 0) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    timer.unref();
    function done() {
      clearTimeout(timer);
      pool.off('remove', removed);
      resolve();
    }
    function removed() {
      if (state?.clients.size === 0) done();
    }
    pool.on('remove', removed);
  });
}
