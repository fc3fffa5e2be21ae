import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { decideWithRetries } from '../../planner/decide-with-retries.ts';
import type { Planner } from '../../planner/planner.ts';
import type { UsageRecord } from '../../model/usage.ts';
import type { ActionRegistry } from '../../actions/action-registry.ts';
import type { KnownData } from '../../protocol/known-data.ts';
import { emit } from '../events.ts';
import type { GraphState, GraphUpdate } from '../state.ts';

export interface PlannerNodeDependencies {
  planner: Planner;
  registry: ActionRegistry;
  /** Re-asks allowed after an invalid decision. */
  retries: number;
  /** Steps allowed per turn. */
  stepBudget: number;
  /** The person's saved jobs and resumes by name, for the planner to recognise; a failure to read them is logged, never fatal. */
  known?: (references: Readonly<Record<string, string>>) => Promise<KnownData>;
  /** Stores what each model call cost; failures to store are logged, never fatal. */
  recordUsage?: (usage: UsageRecord) => Promise<void>;
  log?: (message: string, details?: Record<string, unknown>) => void;
}

/**
 * The TaskPlanner: reads the window, the goal and this turn's observations, and picks
 * one step or answers. An answer streams to the client as the model writes it (one
 * call per respond turn); a planner that answers all at once (the rules planner) sends
 * it as one delta. Invalid output is re-asked, never executed.
 *
 * @example
 * graph.addNode(PLANNER, makePlannerNode({ planner, registry, retries: 2, stepBudget: 8 }));
 */
export function makePlannerNode({
  planner,
  registry,
  retries,
  stepBudget,
  recordUsage,
  known,
  log = () => {},
}: PlannerNodeDependencies) {
  return async (state: GraphState, config?: LangGraphRunnableConfig): Promise<GraphUpdate> => {
    // The turn's notice (steps a dead run had started) opens the answer, sent before its first delta.
    const notice = state.notice ? `${state.notice}\n\n` : '';
    let noticeSent = false;
    const say = (text: string) => {
      if (!noticeSent && notice) emit(config, { type: 'message-delta', text: notice });
      noticeSent = true;
      emit(config, { type: 'message-delta', text });
    };
    const stepsLeft = stepBudget - state.stepCount;
    if (stepsLeft <= 0) {
      const answer = budgetAnswer(state, stepBudget);
      say(answer);
      return { pendingStep: null, draftAnswer: notice + answer };
    }
    const threadId = config?.configurable?.thread_id;
    const runId = config?.configurable?.run_id;
    const recordings: Promise<void>[] = [];
    let streamed = '';
    let decision: Awaited<ReturnType<typeof decideWithRetries>>['decision'];
    const knownNow = known
      ? await known(state.references).catch((error: unknown) => {
          log('reading saved jobs and resumes for the planner failed', { threadId, error: String(error) });
          return undefined;
        })
      : undefined;
    try {
      ({ decision } = await decideWithRetries(
        planner,
        {
          goal: state.goal,
          messages: state.messages,
          observations: state.observations,
          references: state.references,
          stepsLeft,
          ...(knownNow ? { known: knownNow } : {}),
        },
        {
          registry,
          retries,
          signal: config?.signal,
          onAnswerDelta: (text) => {
            streamed += text;
            say(text);
          },
          onUsage: (usage) => {
            if (!recordUsage || typeof threadId !== 'string') return;
            recordings.push(
              recordUsage({ ...usage, threadId, runId: typeof runId === 'string' ? runId : null }).catch((error) =>
                log('recording model usage failed', { threadId, error: String(error) }),
              ),
            );
          },
        },
      ));
    } finally {
      await Promise.all(recordings);
    }
    if (decision.type === 'respond') {
      const { answer } = decision;
      // Whatever the stream did not already show (all of it, for planners that don't stream).
      if (answer.startsWith(streamed) && answer.length > streamed.length) say(answer.slice(streamed.length));
      return { pendingStep: null, draftAnswer: notice + answer };
    }
    const { step } = decision;
    emit(config, {
      type: 'plan',
      index: state.stepCount,
      action: step.action,
      args: step.args,
      ...(step.reason ? { reason: step.reason } : {}),
    });
    return { pendingStep: step, draftAnswer: null };
  };
}

/** The honest answer when a turn used up its steps. */
function budgetAnswer(state: GraphState, stepBudget: number): string {
  const done = state.observations.map(
    (observation) => `- ${observation.ok ? '✓' : '✗'} ${observation.summary}`,
  );
  return [
    `I stopped after ${stepBudget} step${stepBudget === 1 ? '' : 's'} without finishing. Here is what happened:`,
    ...done,
  ].join('\n');
}
