import pg from 'pg';

// bigint ids (bigserial) come back as strings; keep them so (no precision loss).
/** Opens a connection pool; every query in the service goes through one of these. */
export function createPool(connectionString: string, options: { max?: number } = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return pool;
}
