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
 * @example
 * await closeUnfinishedTurn(graph, threadId, note);
 */
export async function closeUnfinishedTurn(graph: JobpilotGraph, threadId: string, note: string): Promise<void> {
  await graph.updateState({ configurable: { thread_id: threadId } }, closedTurn(note), RECEPTION);
}
