import { randomUUID } from 'node:crypto';
import type { ThreadsRepository } from '../db/repositories/threads.ts';
import type { ThreadLocks } from '../db/thread-locks.ts';

/**
 * Deletes a thread with its transcript and checkpoints, holding the thread as a run would:
 * 'busy' while a run holds it (here or in another process), and no run can start on it
 * while it is being deleted. The rows go in one transaction.
 *
 * @example
 * const outcome = await deleteThread({ threads, threadLocks }, 'my-thread', 'langgraph');
 */
export async function deleteThread(
  { threads, threadLocks }: { threads: ThreadsRepository; threadLocks: ThreadLocks },
  threadKey: string,
  checkpointSchema: string,
): Promise<'deleted' | 'busy' | 'missing'> {
  const lock = await threadLocks.take(threadKey, `delete ${randomUUID()}`);
  if (!lock) return (await threads.get(threadKey)) ? 'busy' : 'missing';
  try {
    return await threads.deleteWithCheckpoints(threadKey, checkpointSchema, () => lock.assertHeld());
  } finally {
    await lock.release();
  }
}
