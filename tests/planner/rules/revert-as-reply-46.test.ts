import { describe, expect, it } from 'vitest';
import type { PlannerInput } from '../../../src/planner/planner.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

const registry = fakeActions();
const planner = createRulesPlanner({ registry });

// Session 46's trial (#47): right after "save the Sunvolt job", "revert with the best one" (Indian English: reply
// with the best one) undid the save, silently. "Revert" meaning "get back to someone" is answered, never an undo;
// "revert that" still undoes. Invented jobs and wordings.
const known: KnownData = { jobs: [{ id: 'job_t1', title: 'Thermal Engineer', company: 'Kalinga Motors' }], resumes: [] };
const justSaved: Partial<PlannerInput> = {
  known,
  messages: [
    { role: 'user', content: 'save the kalinga one' },
    { role: 'assistant', content: 'Saved "Thermal Engineer" at Kalinga Motors [job_t1].' },
  ],
  references: { last_job_id: 'job_t1' },
};
const said = (goal: string) =>
  outcomeOf(planner, registry, goal, { ...justSaved, messages: [...(justSaved.messages ?? []), { role: 'user', content: goal }] });

describe('"revert" said as "reply"', () => {
  it.each([
    'kindly revert with the top two options',
    'please revert by EOD',
    'revert back to me with your suggestion',
    'pls revert on this asap',
    'revert by monday if possible',
  ])('is answered, and nothing is undone: %s', async (goal) => {
    const outcome = await said(goal);
    expect(outcome.action).toBeUndefined();
    expect(outcome.answer).toMatch(/"undo that"/);
  });

  it.each(['revert that', 'revert the last change', 'revert it please'])('still undoes when a change is named: %s', async (goal) => {
    expect((await said(goal)).action).toBe('undo');
  });
});
