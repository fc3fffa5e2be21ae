import type { ThreadLock, ThreadLocks } from '../db/thread-locks.ts';

/** How long a request waits for a cancelled run of this process to let go of the thread. */
export const CANCELLING_RUN_WAIT_MS = 10_000;

/**
 * Takes the thread for `runId`, or returns null when another run holds it. A run of this
 * process that is already cancelling (its client went away) is waited for, bounded: it is
 * still writing its closing note, and the next message of the same person must not get
 * THREAD_BUSY for it.
 *
 * @example
 * const lock = await takeThread({ threadLocks, isCancelling }, 'my-thread', runId);
 */
export async function takeThread(
  { threadLocks, isCancelling }: { threadLocks: ThreadLocks; isCancelling: (holder: string) => boolean },
  threadKey: string,
  runId: string,
  waitMs = CANCELLING_RUN_WAIT_MS,
): Promise<ThreadLock | null> {
  const lock = await threadLocks.take(threadKey, runId);
  if (lock) return lock;
  const holder = threadLocks.heldHere(threadKey);
  if (!holder) return null;
  // A client that went away just before this request arrived may not be noticed yet: the close
  // of its socket is an event already queued behind this one. Let queued events run, then look.
  if (!isCancelling(holder.holder)) await queuedEventsHandled(() => isCancelling(holder.holder));
  if (!isCancelling(holder.holder)) return null;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    holder.released,
    new Promise((resolve) => {
      timer = setTimeout(resolve, waitMs);
    }),
  ]);
  clearTimeout(timer);
  return threadLocks.take(threadKey, runId);
}

/**
 * Resolves once the I/O events queued now (a socket's close among them) have been handled, or
 * as soon as `noticed()` says the close was seen: a few turns of the event loop, each of which
 * reads what the sockets have, then up to 50 ms for a busy machine, where the close of one
 * loopback connection can be read after the next connection's request. Only a request that
 * would otherwise be refused THREAD_BUSY waits for it.
 */
async function queuedEventsHandled(noticed: () => boolean): Promise<void> {
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
  for (let waited = 0; waited < 50 && !noticed(); waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
}
