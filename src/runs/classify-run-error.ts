import { databaseUnavailable, isDatabaseUnavailable } from '../db/database-errors.ts';
import { JobpilotError, toJobpilotError } from '../errors.ts';

/**
 * Why a run stopped early: the caller or shutdown cancelled it (an abort without a
 * `JobpilotError` reason), or it failed, with the typed error to report. A lost thread
 * aborts with THREAD_BUSY, which is a failure; a database that went away is DATABASE_UNAVAILABLE.
 *
 * @example
 * const outcome = classifyRunError(error, controller.signal);
 */
export function classifyRunError(
  error: unknown,
  signal: AbortSignal,
): { status: 'cancelled' } | { status: 'failed'; error: JobpilotError } {
  const reason: unknown = signal.reason;
  if (signal.aborted && !(reason instanceof JobpilotError)) return { status: 'cancelled' };
  const known = toJobpilotError(signal.aborted ? reason : error);
  if (known.code === 'INTERNAL' && isDatabaseUnavailable(known)) return { status: 'failed', error: databaseUnavailable(known.cause) };
  return { status: 'failed', error: known };
}
