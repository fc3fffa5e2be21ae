import type { ThreadLock } from '../db/thread-locks.ts';
import { JobpilotError } from '../errors.ts';
import type { PendingApproval, RunRequest } from '../protocol/api.ts';
import { readPendingApproval } from './read-pending-approval.ts';
import type { RunDependencies } from './run-dependencies.ts';
import { takeThread } from './take-thread.ts';

/**
 * Takes the thread for `runId` and checks the request against it; throws a
 * `JobpilotError` (THREAD_BUSY, THREAD_NOT_FOUND, NO_PENDING_APPROVAL, APPROVAL_PENDING)
 * before any event is produced, with the thread freed again. Returns the thread's lock,
 * the approval a resume answers, whether the thread has no title yet, and whether other runs
 * left step attempts to read.
 *
 * @example
 * const { lock, answered } = await admitRun(deps, { key: 'my-thread', id: 'my-thread', owner: 'default' }, runId, { message: 'open github' });
 */
export async function admitRun(
  { graph, threads, threadLocks, attempts, checkpointMemory, isCancelling }: Pick<RunDependencies, 'graph' | 'threads' | 'threadLocks' | 'attempts' | 'checkpointMemory'> & {
    /** Whether this process's run `holder` is already cancelling (then it is waited for). */
    isCancelling: (holder: string) => boolean;
  },
  thread: { key: string; id: string; owner: string },
  runId: string,
  request: RunRequest,
): Promise<{ lock: ThreadLock; answered: PendingApproval | null; untitled: boolean; afterCleanRun: boolean; attemptsLeft: boolean }> {
  // Stored under the key; named in messages by the id its owner knows.
  const { key: threadKey, id: threadId } = thread;
  // The lock first: nothing of the thread is read or written by a run that does not own it.
  const lock = await takeThread({ threadLocks, isCancelling }, threadKey, runId);
  if (!lock) {
    throw new JobpilotError(
      'THREAD_BUSY',
      `Thread "${threadId}" already has a run in progress; wait for it to end, then try again.`,
    );
  }
  let pending: PendingApproval | null = null;
  let untitled = true;
  let afterCleanRun = false;
  let attemptsLeft = true;
  try {
    // A message creates the thread; a resume needs one.
    const create = 'message' in request ? { owner: thread.owner } : undefined;
    // Whether the checkpoint this process remembers is still the thread's latest is asked in the
    // same statement, only when one is remembered.
    const busy = await threads.markBusy(threadKey, runId, create, { latestCheckpoint: checkpointMemory?.holds(threadKey) ?? false });
    checkpointMemory?.admit(threadKey, lock, busy?.latestCheckpoint);
    if (!busy) {
      throw new JobpilotError('THREAD_NOT_FOUND', `No thread "${threadId}" to resume.`);
    }
    // A run that ended recorded in the row the approval it left waiting: read it there. After a
    // run that died holding the thread only the checkpoint knows (and the at-most-once journal
    // may say the approved step already started).
    pending = busy.clean ? busy.pendingApproval : await readPendingApproval(graph, threadKey, attempts);
    untitled = busy.untitled;
    afterCleanRun = busy.clean;
    attemptsLeft = busy.attemptsLeft;
    if ('resume' in request && !pending) {
      throw new JobpilotError(
        'NO_PENDING_APPROVAL',
        `Thread "${threadId}" is not waiting for an approval; send {"message": "…"} instead.`,
      );
    }
    if ('message' in request && pending) {
      throw new JobpilotError(
        'APPROVAL_PENDING',
        `Thread "${threadId}" is waiting for your approval to run ${pending.action}; answer it with {"resume": {"approved": true}} or false first.`,
      );
    }
  } catch (error) {
    // Refused: free the thread, keeping the approval it still waits for.
    await threads.release(threadKey, runId, pending).catch(() => {});
    await lock.release();
    throw error;
  }
  return { lock, answered: pending, untitled, afterCleanRun, attemptsLeft };
}
