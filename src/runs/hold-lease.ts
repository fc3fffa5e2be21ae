import { JobpilotError } from '../errors.ts';
import type { RunDependencies } from './run-dependencies.ts';

/**
 * Renews the run's hold on its thread every third of the lease; when another process has
 * taken the thread, cancels the run rather than run twice. Returns the function that stops renewing.
 *
 * @example
 * const stop = holdLease(deps, threadId, runId, controller);
 * try { … } finally { stop(); }
 */
export function holdLease(
  { threads, leaseSeconds, log }: Pick<RunDependencies, 'threads' | 'leaseSeconds' | 'log'>,
  threadId: string,
  runId: string,
  controller: AbortController,
): () => void {
  const heartbeat = setInterval(
    () => {
      threads.renew(threadId, runId, leaseSeconds).then(
        (held) => {
          if (!held) controller.abort(new JobpilotError('THREAD_BUSY', 'The run lost its hold on the thread.'));
        },
        (error) => log('lease renewal failed', { threadId, error: String(error) }),
      );
    },
    (leaseSeconds * 1000) / 3,
  );
  heartbeat.unref();
  return () => clearInterval(heartbeat);
}
