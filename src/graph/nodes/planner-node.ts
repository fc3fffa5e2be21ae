import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { decideWithRetries } from '../../planner/decide-with-retries.ts';
import type { Planner } from '../../planner/planner.ts';
import { type ApprovalSettings, requiresApproval } from '../../tools/action.ts';
import type { ActionRegistry } from '../../tools/registry.ts';
import { emit } from '../events.ts';
import type { GraphState, GraphUpdate } from '../state.ts';

export interface PlannerNodeDependencies {
  planner: Planner;
  registry: ActionRegistry;
  /** Re-asks allowed after an invalid decision. */
  retries: number;
  /** Steps allowed per turn. */
  stepBudget: number;
  approval: ApprovalSettings;
}

/**
 * The TaskPlanner: reads the window, the goal and this turn's observations, and picks
 * one step or decides to answer. Invalid output is re-asked, never executed.
 *
 * @example
 * graph.addNode(PLANNER, makePlannerNode({ planner, registry, retries: 2, stepBudget: 8, approval }));
 */
export function makePlannerNode({
  planner,
  registry,
  retries,
  stepBudget,
  approval,
}: PlannerNodeDependencies) {
  return async (state: GraphState, config?: LangGraphRunnableConfig): Promise<GraphUpdate> => {
    const stepsLeft = stepBudget - state.stepCount;
    if (stepsLeft <= 0) {
      return { pendingStep: null, draftAnswer: budgetAnswer(state, stepBudget) };
    }
    const { decision } = await decideWithRetries(
      planner,
      {
        goal: state.goal,
        messages: state.messages,
        observations: state.observations,
        references: state.references,
        stepsLeft,
      },
      { registry, retries, signal: config?.signal },
    );
    if (decision.type === 'respond') {
      return { pendingStep: null, draftAnswer: decision.answer };
    }
    const { step } = decision;
    emit(config, {
      type: 'plan',
      index: state.stepCount,
      action: step.action,
      args: step.args,
      ...(step.reason ? { reason: step.reason } : {}),
    });
    const action = registry.get(step.action);
    // An unknown action can't get here (parseDecision checked it); asking is the safe default.
    const needsApproval = action ? requiresApproval(action, step.args, approval) : true;
    return { pendingStep: { ...step, needsApproval }, draftAnswer: null };
  };
}

/** The honest answer when a turn used up its steps. */
function budgetAnswer(state: GraphState, stepBudget: number): string {
  const done = state.observations.map(
    (observation) => `- ${observation.ok ? '✓' : '✗'} ${observation.summary}`,
  );
  return [
    `I stopped after ${stepBudget} steps without finishing. Here is what happened:`,
    ...done,
  ].join('\n');
}
