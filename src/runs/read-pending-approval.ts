import type { JobpilotGraph } from '../graph/build-graph.ts';
import type { ApprovalRequest } from '../graph/nodes/executor-node.ts';
import type { PendingApproval } from '../protocol/api.ts';
import type { StepAttemptsRepository } from '../db/repositories/step-attempts.ts';

/**
 * The approval the thread's checkpoint is waiting for (the source of truth), if any. With
 * the at-most-once journal, an approval whose step had already started (it was approved,
 * then the run died while the action ran) waits for nothing: the next turn reports the step.
 *
 * @example
 * const pending = await readPendingApproval(graph, 'my-thread');
 */
export async function readPendingApproval(
  graph: JobpilotGraph,
  threadId: string,
  attempts?: Pick<StepAttemptsRepository, 'find'>,
): Promise<PendingApproval | null> {
  const snapshot = await graph.getState({ configurable: { thread_id: threadId } });
  for (const task of snapshot.tasks) {
    const waiting = task.interrupts[0];
    if (!waiting) continue;
    if (attempts && (await attempts.find(threadId, task.id))) return null;
    return waiting.value as ApprovalRequest;
  }
  return null;
}
