import { JobpilotError } from '../errors.ts';

/** SQLSTATEs that mean the server is going, gone or not yet back, not that the query was wrong. */
const unavailableStates: ReadonlyMap<string, string> = new Map([
  ['57P01', 'admin_shutdown'],
  ['57P02', 'crash_shutdown'],
  ['57P03', 'cannot_connect_now'],
  ['08000', 'connection_exception'],
  ['08001', 'sqlclient_unable_to_establish_sqlconnection'],
  ['08003', 'connection_does_not_exist'],
  ['08006', 'connection_failure'],
]);

/** Socket and name-lookup failures on the way to the server. */
const unavailableSystemCodes: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * What node-postgres and pg-pool say when a connection dies or cannot be made in time: "Connection
 * terminated unexpectedly", "Connection terminated due to connection timeout", "timeout exceeded
 * when trying to connect", "Client has encountered a connection error and is not queryable".
 */
const unavailableMessages = [
  /^Connection terminated\b/,
  /^timeout exceeded when trying to connect$/,
  /connection error and is not queryable/,
];

/** How long a client is told to wait (`retry-after`, seconds) before trying again. */
export const databaseRetryAfterSeconds = 5;

/**
 * Whether `error` (or anything in its `cause` chain, or an AggregateError's parts) says the
 * database cannot be reached right now, as opposed to a query it refused. The one place that
 * decides it: routes answer 503 DATABASE_UNAVAILABLE, runs end with that error, and a run's
 * hold on its thread knows its connection died.
 *
 * @example
 * if (isDatabaseUnavailable(error)) throw databaseUnavailable(error);
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return unavailableReason(error) !== undefined;
}

/**
 * The 503 a person can act on, keeping `error` as its cause. Its message names the kind of
 * failure (a system code or SQLSTATE name), never the server's address.
 *
 * @example
 * throw databaseUnavailable(error); // DATABASE_UNAVAILABLE: The database is not reachable right now (ECONNREFUSED). …
 */
export function databaseUnavailable(error?: unknown, situation?: string): JobpilotError {
  const reason = error === undefined ? undefined : unavailableReason(error);
  return new JobpilotError(
    'DATABASE_UNAVAILABLE',
    `${situation ?? `The database is not reachable right now${reason ? ` (${reason})` : ''}.`} ` +
      'jobpilot reconnects by itself when Postgres is back: try again in a few seconds. ' +
      'If this lasts, check that Postgres is running (the server at DATABASE_URL; without it, ' +
      "the embedded one, which jobpilot restarts: see the server's log).",
    error === undefined ? undefined : { cause: error },
  );
}

/** A short name for why the database is unavailable ("ECONNREFUSED", "admin_shutdown", …), or undefined. */
function unavailableReason(error: unknown, depth = 0): string | undefined {
  if (depth > 8 || error === null || typeof error !== 'object') return undefined;
  if (error instanceof JobpilotError) {
    return error.code === 'DATABASE_UNAVAILABLE' ? 'DATABASE_UNAVAILABLE' : unavailableReason(error.cause, depth + 1);
  }
  const { code, message, cause, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string') {
    const state = unavailableStates.get(code);
    if (state) return state;
    if (unavailableSystemCodes.has(code)) return code;
  }
  if (typeof message === 'string' && unavailableMessages.some((pattern) => pattern.test(message))) {
    return /timeout/i.test(message) ? 'connection timeout' : 'connection lost';
  }
  if (Array.isArray(errors)) {
    for (const part of errors) {
      const reason = unavailableReason(part, depth + 1);
      if (reason) return reason;
    }
  }
  return unavailableReason(cause, depth + 1);
}
