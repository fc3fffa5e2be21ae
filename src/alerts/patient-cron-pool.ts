import type pg from 'pg';

/** How long the cron waits before asking again after a failed query: doubled each time, up to `most`. */
export interface RetryDelays {
  first: number;
  most: number;
}

/**
 * The pool handed to graphile-worker, whose `query` tries again until it succeeds. Why:
 * graphile-worker's cron stops at its first failed query (a connect timeout when the pool is
 * starved or Postgres paused), which stops the whole runner and leaves a rejection no caller can
 * handle (runner.js's `cron.promise.finally(…)`): a process without an `unhandledRejection`
 * handler ends, and one with it keeps a scheduler that never schedules again. The cron is
 * graphile-worker's only user of `pool.query` (its workers take clients with `connect` and
 * survive a failed one by themselves), and its statements are safe to repeat (a minute's job is
 * added once, `known_crontabs`), so a failure is logged and the statement sent again, with
 * backoff. Once `stopping` aborts, a waiting statement resolves with no rows: the cron, released,
 * then ends cleanly instead of failing.
 *
 * @example
 * const stopping = new AbortController();
 * await run({ pgPool: patientCronPool(pool, { stopping: stopping.signal, log, delays }), … });
 */
export function patientCronPool(
  pool: pg.Pool,
  { stopping, log, delays }: { stopping: AbortSignal; log: (message: string, details?: Record<string, unknown>) => void; delays: RetryDelays },
): pg.Pool {
  const patientQuery = async (text: string, values?: unknown[]): Promise<pg.QueryResult> => {
    let delay = delays.first;
    for (let failures = 0; ; failures++) {
      try {
        const result = await pool.query(text, values);
        if (failures > 0) log('scheduler: graphile-worker’s cron reached the database again', { failures });
        return result;
      } catch (error) {
        if (stopping.aborted) return noRows;
        log(`scheduler: graphile-worker’s cron could not reach the database; trying again in ${delay} ms`, { error: String(error) });
        if (!(await pause(delay, stopping))) return noRows;
        delay = Math.min(delay * 2, delays.most);
      }
    }
  };
  return new Proxy(pool, {
    get(target, property) {
      if (property === 'query') return patientQuery;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...parts: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const noRows: pg.QueryResult = { rows: [], rowCount: 0, command: '', oid: 0, fields: [] };

/** Waits `ms`; false when `signal` aborted first. The timer never keeps the process alive. */
export function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', aborted);
      resolve(true);
    }, ms);
    timer.unref();
    const aborted = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', aborted, { once: true });
  });
}
