import { expect } from 'vitest';
import type { ActionRegistry } from '../../src/actions/action-registry.ts';
import { parseDecision } from '../../src/planner/decision.ts';
import type { Planner, PlannerInput } from '../../src/planner/planner.ts';

/** What a planner decided, in the short form tests compare: the action and its arguments, or the answer. */
export type Outcome =
  | { action: string; args: Record<string, unknown>; answer?: undefined }
  | { answer: string | undefined; action?: undefined; args?: undefined };

/**
 * The outcome of one message with no history: `planner.decide` parsed against `registry`.
 *
 * @example
 * await outcomeOf(planner, registry, 'undo that'); // { action: 'undo', args: {} }
 */
export async function outcomeOf(planner: Planner, registry: ActionRegistry, goal: string, input: Partial<PlannerInput> = {}): Promise<Outcome> {
  const output = await planner.decide({ goal, messages: [{ role: 'user', content: goal }], observations: [], references: {}, stepsLeft: 8, ...input });
  const parsed = parseDecision(output, registry);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.decision.type === 'act' ? { action: parsed.decision.step.action, args: parsed.decision.step.args } : { answer: parsed.decision.answer };
}

/** What a case expects: an action whose string arguments contain the words given (others equal), or a clarifying question. */
export type ExpectedOutcome = { action?: string; args?: Record<string, unknown>; clarify?: boolean };

/**
 * Checks `outcome` against `expected`: a question asked when `clarify`, else the action with each
 * string argument containing the expected words (case aside) and every other argument equal.
 *
 * @example
 * expectOutcome(await said('push it to 4pm'), { action: 'set_reminder', args: { moved: true } });
 */
export function expectOutcome(outcome: Outcome, expected: ExpectedOutcome): void {
  if (expected.clarify) {
    expect(outcome.action).toBeUndefined();
    expect(String(outcome.answer ?? '')).toMatch(/\?/);
    return;
  }
  expect(outcome.action).toBe(expected.action);
  for (const [name, value] of Object.entries(expected.args ?? {})) {
    const got = outcome.args?.[name];
    if (typeof value === 'string') expect(String(got).toLowerCase()).toContain(value.toLowerCase());
    else expect(got).toEqual(value);
  }
}
