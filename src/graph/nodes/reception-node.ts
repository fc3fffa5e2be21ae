import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { emit } from '../events.ts';
import type { GraphState, GraphUpdate } from '../state.ts';

export interface ReceptionNodeDependencies {
  /** Appends the assistant's answer to the transcript (one row per message). */
  recordAnswer: (threadId: string, runId: string | null, content: string) => Promise<void>;
}

/**
 * Reception: closes the turn. The planner has already streamed the answer (the decision
 * that answers is the streamed writer); reception sends `message-end` with the complete
 * text, records it in the transcript and appends it to the window.
 *
 * @example
 * graph.addNode(RECEPTION, makeReceptionNode({ recordAnswer }));
 */
export function makeReceptionNode({ recordAnswer }: ReceptionNodeDependencies) {
  return async (state: GraphState, config?: LangGraphRunnableConfig): Promise<GraphUpdate> => {
    let answer = state.draftAnswer?.trim() ?? '';
    if (!answer) {
      answer = fallbackAnswer(state);
      emit(config, { type: 'message-delta', text: answer });
    }
    emit(config, { type: 'message-end', text: answer });
    const threadId = config?.configurable?.thread_id;
    const runId = config?.configurable?.run_id;
    if (typeof threadId === 'string') {
      await recordAnswer(threadId, typeof runId === 'string' ? runId : null, answer);
    }
    return { messages: [{ role: 'assistant', content: answer }], draftAnswer: null };
  };
}

/** When nobody wrote an answer: say what the steps did. */
function fallbackAnswer(state: GraphState): string {
  if (state.observations.length === 0) return 'Done.';
  return state.observations.map((observation) => observation.summary).join('\n');
}
