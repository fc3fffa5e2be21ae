import type { ActionRegistry } from '../../src/actions/action-registry.ts';
import type { Decision } from '../../src/planner/decision.ts';
import type { Planner, PlannerInput } from '../../src/planner/planner.ts';
import type { ChatMessage } from '../../src/protocol/chat-message.ts';
import type { KnownData } from '../../src/protocol/known-data.ts';
import { plannedTurn } from './planned-turn.ts';

/** What a thread holds before the message: earlier messages, references, the jobs and resumes it knows. */
export interface Thread {
  history?: readonly ChatMessage[];
  references?: Record<string, string>;
  known?: KnownData;
}

/**
 * One person's message in a thread, as the planner takes it: every decision of the turn
 * (`turn`), the first (`first`), and what a decision answered in words or did (`answerOf`, `stepOf`).
 *
 * @example
 * const { first, stepOf } = rulesThread(createRulesPlanner({ registry }), registry);
 * expect(stepOf(await first('search backend engineer'))?.action).toBe('search_jobs');
 */
export function rulesThread(planner: Planner, registry: ActionRegistry) {
  const turn = (goal: string, { history = [], references = {}, known }: Thread = {}): Promise<Decision[]> => {
    const input: PlannerInput = { goal, messages: [...history, { role: 'user', content: goal }], observations: [], references, stepsLeft: 8, ...(known ? { known } : {}) };
    return plannedTurn(planner, registry, input);
  };
  return {
    turn,
    first: async (goal: string, thread: Thread = {}) => (await turn(goal, thread))[0],
    answerOf: (decision: Decision | undefined) => (decision?.type === 'respond' ? decision.answer : ''),
    stepOf: (decision: Decision | undefined) => (decision?.type === 'act' ? decision.step : undefined),
  };
}
