import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { JobpilotError } from '../../errors.ts';
import type { Planner } from '../../planner/planner.ts';
import { emit } from '../events.ts';
import type { GraphState, GraphUpdate } from '../state.ts';

export interface ReceptionNodeDependencies {
  planner: Planner;
  /** Appends the assistant's answer to the transcript (one row per message). */
  recordAnswer: (threadId: string, runId: string | null, content: string) => Promise<void>;
}

/**
 * Reception: writes the user-facing answer — streamed token by token when a model can
 * write it, else the planner's own answer in one delta — and records it in the transcript.
 *
 * @example
 * graph.addNode(RECEPTION, makeReceptionNode({ planner, recordAnswer }));
 */
export function makeReceptionNode({ planner, recordAnswer }: ReceptionNodeDependencies) {
  return async (state: GraphState, config?: LangGraphRunnableConfig): Promise<GraphUpdate> => {
    let answer = state.draftAnswer?.trim() ?? '';
    if (answer) {
      emit(config, { type: 'message-delta', text: answer });
    } else if (planner.writeAnswer) {
      const input = {
        goal: state.goal,
        messages: state.messages,
        observations: state.observations,
        references: state.references,
        stepsLeft: 0,
      };
      try {
        for await (const text of planner.writeAnswer(input, { signal: config?.signal })) {
          if (!text) continue;
          answer += text;
          emit(config, { type: 'message-delta', text });
        }
      } catch (error) {
        if (config?.signal?.aborted) throw error;
        throw new JobpilotError(
          'PLANNER_UNAVAILABLE',
          `The ${planner.label} model stopped while writing the answer: ${(error as Error)?.message ?? String(error)}`,
          { cause: error },
        );
      }
      answer = answer.trim();
    }
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
