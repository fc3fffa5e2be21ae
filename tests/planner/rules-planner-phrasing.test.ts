import { describe, expect, it } from 'vitest';
import { parseDecision } from '../../src/planner/decision.ts';
import type { PlannerInput } from '../../src/planner/planner.ts';
import type { PhrasingExample } from '../../src/actions/phrasing/phrasing.ts';
import { createRulesPlanner } from '../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../fakes/fake-actions.ts';

const registry = fakeActions();
const planner = createRulesPlanner({ registry });

async function decideFirst(example: PhrasingExample<Record<string, unknown>>) {
  const input: PlannerInput = {
    goal: example.say,
    messages: [...(example.history ?? []), { role: 'user', content: example.say }],
    observations: [],
    references: example.references ?? {},
    stepsLeft: 8,
  };
  const parsed = parseDecision(await planner.decide(input), registry);
  if (!parsed.ok) throw new Error(`"${example.say}" produced an invalid decision: ${parsed.error}`);
  return parsed.decision;
}

const withPhrasing = registry.actions.flatMap((action) => (action.phrasing ? [{ action, phrasing: action.phrasing }] : []));

describe('every action brings phrasing', () => {
  it.each(registry.actions.map((action) => action.name))('%s has phrasing with examples', (name) => {
    const phrasing = registry.get(name)?.phrasing;
    expect(phrasing?.examples.length).toBeGreaterThan(0);
    expect(phrasing?.capability).toMatch(/^[a-z]/);
  });
});

describe.each(withPhrasing)('$action.name phrasing', ({ action, phrasing }) => {
  it.each(phrasing.examples.map((example) => [example.say, example] as const))('"%s" plans it', async (_say, example) => {
    const decision = await decideFirst(example as PhrasingExample<Record<string, unknown>>);
    expect(decision.type === 'act' ? decision.step.action : decision.answer).toBe(action.name);
    if (decision.type !== 'act') return;
    for (const [field, expected] of Object.entries(example.args ?? {})) {
      const produced = decision.step.args[field];
      if (expected === null) expect(produced, field).toBeUndefined();
      else if (typeof expected === 'string') expect(String(produced).toLowerCase(), field).toContain(expected.toLowerCase());
      else expect(produced, field).toEqual(expected);
    }
  });

  it.each(phrasing.counterExamples ?? [])('"%s" does not plan it', async (say) => {
    const decision = await decideFirst({ say });
    expect(decision.type === 'act' ? decision.step.action : 'respond').not.toBe(action.name);
  });

  it('describes a planned step in words', () => {
    const described = phrasing.describe((phrasing.examples[0].args ?? {}) as never);
    expect(described).toMatch(/^[a-z]/);
    expect(described).not.toContain('undefined');
  });
});

describe('places said in lower case', () => {
  // "britain" is one edit from a name an example spells ("Ó Briain"): a place is never a slip.
  it.each([
    ['electrician jobs in britain', 'britain'],
    // ("great" goes as a word of praise; "britain" is the same place.)
    ['electrician jobs in great britain', 'britain'],
    ['nurse jobs in scotland', 'scotland'],
    ['welder jobs in columbus ohio', 'columbus ohio'],
  ])('"%s" searches in %s', async (say, location) => {
    const decision = await decideFirst({ say, args: {} });
    expect(decision).toMatchObject({ type: 'act', step: { action: 'search_jobs', args: { location } } });
  });
});
