import type { JobpilotGraph } from '../graph/build-graph.ts';
import { RECEPTION } from '../graph/node-names.ts';
import { closedTurn } from '../graph/nodes/reception-node.ts';

/**
 * Closes, in the checkpoint, a turn the graph stopped in the middle of (failed or
 * cancelled): the note joins the window and nothing stays pending.
 *
 * Why from outside the graph: the graph is no longer running, and starting it again
 * would run whichever node it stopped before (the planner's model call, or the step).
 * The update is written as reception's, with reception's own `closedTurn`, because
 * reception is the node that closes turns: the checkpoint then reads as a finished
 * turn, and the next message starts a new one.
 *
 * The write names its run, so the checkpoint fence refuses it unless the run still holds the thread.
 *
 * @example
 * await closeUnfinishedTurn(graph, { threadId, runId }, note);
 */
export async function closeUnfinishedTurn(
  graph: JobpilotGraph,
  run: { threadId: string; runId: string },
  note: string,
): Promise<void> {
  await graph.updateState({ configurable: { thread_id: run.threadId, run_id: run.runId } }, closedTurn(note), RECEPTION);
}
