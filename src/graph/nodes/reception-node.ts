import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { emit } from '../events.ts';
import type { GraphState, GraphUpdate } from '../state.ts';

/**
 * What closing a turn does to the state: the answer joins the window, nothing is left
 * pending. Reception applies it; the run service applies the same to a turn the graph
 * could not finish (failed or cancelled).
 *
 * @example
 * graph.updateState(config, closedTurn('(This turn was cancelled before it finished.)'), RECEPTION);
 */
export const closedTurn = (answer: string): GraphUpdate => ({
  messages: [{ role: 'assistant', content: answer }],
  pendingStep: null,
  draftAnswer: null,
});

/**
 * Reception: closes the turn. The planner has already streamed the answer (the decision
 * that answers is the streamed writer); reception sends `message-end` with the complete
 * text and appends it to the window. The run service records it in the transcript.
 *
 * @example
 * graph.addNode(RECEPTION, makeReceptionNode());
 */
export function makeReceptionNode() {
  return async (state: GraphState, config?: LangGraphRunnableConfig): Promise<GraphUpdate> => {
    let answer = state.draftAnswer?.trim() ?? '';
    if (!answer) {
      answer = fallbackAnswer(state);
      emit(config, { type: 'message-delta', text: answer });
    }
    emit(config, { type: 'message-end', text: answer });
    return closedTurn(answer);
  };
}

/** When nobody wrote an answer: say what the steps did. */
function fallbackAnswer(state: GraphState): string {
  if (state.observations.length === 0) return 'Done.';
  return state.observations.map((observation) => observation.summary).join('\n');
}
