import { JobpilotError, toJobpilotError } from '../errors.ts';

/**
 * Why a run stopped early: the caller or shutdown cancelled it (an abort without a
 * `JobpilotError` reason), or it failed, with the typed error to report. A lost thread
 * aborts with THREAD_BUSY, which is a failure.
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
  return { status: 'failed', error: toJobpilotError(signal.aborted ? reason : error) };
}
