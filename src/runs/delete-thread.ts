import { randomUUID } from 'node:crypto';
import type { CheckpointMemory } from '../db/checkpoint-memory.ts';
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
  { threads, threadLocks, checkpointMemory }: { threads: ThreadsRepository; threadLocks: ThreadLocks; checkpointMemory?: Pick<CheckpointMemory, 'forget'> },
  threadKey: string,
  checkpointSchema: string,
): Promise<'deleted' | 'busy' | 'missing'> {
  const lock = await threadLocks.take(threadKey, `delete ${randomUUID()}`);
  if (!lock) return (await threads.get(threadKey)) ? 'busy' : 'missing';
  try {
    return await threads.deleteWithCheckpoints(threadKey, checkpointSchema, () => lock.assertHeld());
  } finally {
    // Deleted or not, what this process remembers of the thread is not read again.
    checkpointMemory?.forget(threadKey);
    await lock.release();
  }
}
