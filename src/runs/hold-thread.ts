import type { ThreadLock } from '../db/thread-locks.ts';

/**
 * Cancels the run when it loses its thread (the lock's session ended): a run that no
 * longer owns its thread stops rather than run beside the next owner. Returns the function
 * that stops watching.
 *
 * @example
 * const stop = holdThread(lock, controller);
 * try { … } finally { stop(); }
 */
export function holdThread(lock: ThreadLock, controller: AbortController): () => void {
  const lost = () => controller.abort(lock.lost.reason);
  if (lock.lost.aborted) lost();
  else lock.lost.addEventListener('abort', lost, { once: true });
  return () => lock.lost.removeEventListener('abort', lost);
}
