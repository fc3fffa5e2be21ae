import { describe, expect, it } from 'vitest';
import { plannedTurn } from '../../helpers/planned-turn.ts';
import type { Decision } from '../../../src/planner/decision.ts';
import type { PlannerInput } from '../../../src/planner/planner.ts';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Session 38 (issue 14): classes of error from a new user's trial (trial-s37), everyday British phrasing, each tested in wordings other than the one reported.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });

interface Thread {
  history?: readonly ChatMessage[];
  references?: Record<string, string>;
  known?: KnownData;
}

async function turn(goal: string, { history = [], references = {}, known }: Thread = {}): Promise<Decision[]> {
  const input: PlannerInput = { goal, messages: [...history, { role: 'user', content: goal }], observations: [], references, stepsLeft: 8, ...(known ? { known } : {}) };
  return plannedTurn(planner, registry, input);
}

const first = async (goal: string, thread: Thread = {}) => (await turn(goal, thread))[0];
const answerOf = (decision: Decision | undefined) => (decision?.type === 'respond' ? decision.answer : '');
const stepOf = (decision: Decision | undefined) => (decision?.type === 'act' ? decision.step : undefined);

describe('"about", "around", "going" said last are no place', () => {
  it.each([
    ['any nursing jobs around?', 'nursing'],
    ['are there any warehouse jobs going', 'warehouse'],
    ['any data roles about at the moment', 'data'],
  ])('"%s" searches "%s" anywhere', async (goal, query) => {
    const step = stepOf(await first(goal));
    expect(step).toMatchObject({ action: 'search_jobs', args: { query } });
    expect(step?.args.location).toBeUndefined();
  });

  it('a place after them is still the place', async () => {
    expect(stepOf(await first('any dev jobs knocking about in York?'))).toMatchObject({ action: 'search_jobs', args: { query: 'dev', location: 'York' } });
  });
});
