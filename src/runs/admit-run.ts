import { JobpilotError } from '../errors.ts';
import type { PendingApproval, RunRequest } from '../protocol/api.ts';
import { readPendingApproval } from './read-pending-approval.ts';
import type { RunDependencies } from './run-dependencies.ts';

/**
 * Checks the request against the thread and takes the thread for `runId`; throws a
 * `JobpilotError` (THREAD_NOT_FOUND, THREAD_BUSY, NO_PENDING_APPROVAL, APPROVAL_PENDING)
 * before any event is produced. Returns the approval a resume answers.
 *
 * @example
 * const answered = await admitRun(deps, { key: 'my-thread', id: 'my-thread', owner: 'default' }, runId, { message: 'open github' });
 */
export async function admitRun(
  { graph, threads, leaseSeconds, attempts }: Pick<RunDependencies, 'graph' | 'threads' | 'leaseSeconds' | 'attempts'>,
  thread: { key: string; id: string; owner: string },
  runId: string,
  request: RunRequest,
): Promise<PendingApproval | null> {
  // Stored under the key; named in messages by the id its owner knows.
  const { key: threadKey, id: threadId } = thread;
  if ('message' in request) {
    await threads.ensure(threadKey, thread.owner);
  } else if (!(await threads.get(threadKey))) {
    throw new JobpilotError('THREAD_NOT_FOUND', `No thread "${threadId}" to resume.`);
  }
  if (!(await threads.acquire(threadKey, runId, leaseSeconds))) {
    throw new JobpilotError(
      'THREAD_BUSY',
      `Thread "${threadId}" already has a run in progress; wait for it to end, then try again.`,
    );
  }
  let pending: PendingApproval | null = null;
  try {
    pending = await readPendingApproval(graph, threadKey, attempts);
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
    throw error;
  }
  return pending;
}
