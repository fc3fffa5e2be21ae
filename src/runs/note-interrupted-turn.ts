import type { ThreadLock } from '../db/thread-locks.ts';
import type { RunDependencies } from './run-dependencies.ts';

/** What the transcript says of a turn whose server process died before it ended. */
export const interruptedTurnNote =
  '(This turn did not finish: it was cut off before it could answer (the server stopped, or lost its database). Ask again if you still need it.)';

/**
 * Closes, in the transcript, a turn that a dead process left open: every turn that ends
 * (answered, failed or cancelled) records an answer or a note after its message, so when a
 * new message finds that the thread's newest message is still the person's, the turn before
 * was cut off (kill -9, a crash, a power cut). The note goes under the dead run's id. Called under the
 * thread's lock, before the new message is recorded; a thread waiting for an approval never
 * gets here (a message is refused until the approval is answered).
 *
 * @example
 * await noteInterruptedTurn(deps, threadId, lock);
 */
export async function noteInterruptedTurn(
  { transcript }: Pick<RunDependencies, 'transcript'>,
  threadId: string,
  lock: Pick<ThreadLock, 'lost'>,
): Promise<void> {
  const last = await transcript.last(threadId);
  if (last?.role !== 'user') return;
  if (lock.lost.aborted) throw lock.lost.reason;
  await transcript.append(threadId, { role: 'assistant', content: interruptedTurnNote }, last.runId);
}
