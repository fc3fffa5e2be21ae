import type { JobpilotGraph } from '../graph/build-graph.ts';
import type { ApprovalRequest } from '../graph/nodes/executor-node.ts';
import type { PendingApproval } from '../protocol/api.ts';

/**
 * The approval the thread's checkpoint is waiting for (the source of truth), if any.
 *
 * @example
 * const pending = await readPendingApproval(graph, 'my-thread');
 */
export async function readPendingApproval(graph: JobpilotGraph, threadId: string): Promise<PendingApproval | null> {
  const snapshot = await graph.getState({ configurable: { thread_id: threadId } });
  for (const task of snapshot.tasks) {
    const waiting = task.interrupts[0];
    if (waiting) return waiting.value as ApprovalRequest;
  }
  return null;
}
