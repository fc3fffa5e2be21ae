import { type Decision, parseDecision } from '../../src/planner/decision.ts';
import type { Observation, Planner, PlannerInput } from '../../src/planner/planner.ts';
import type { ActionRegistry } from '../../src/actions/action-registry.ts';

/**
 * Every decision a planner makes in one turn, each step it takes observed as done ("Done."),
 * up to four: what a person's one message makes the planner do.
 *
 * @example
 * const decisions = await plannedTurn(planner, registry, { goal, messages, observations: [], references: {}, stepsLeft: 8 });
 */
export async function plannedTurn(planner: Planner, registry: ActionRegistry, input: PlannerInput): Promise<Decision[]> {
  const decisions: Decision[] = [];
  const observations: Observation[] = [];
  for (let index = 0; index < 4; index++) {
    const parsed = parseDecision(await planner.decide({ ...input, observations }), registry);
    if (!parsed.ok) throw new Error(parsed.error);
    decisions.push(parsed.decision);
    if (parsed.decision.type !== 'act') break;
    const { action, args } = parsed.decision.step;
    observations.push({ index, action, args, ok: true, summary: 'Done.' });
  }
  return decisions;
}
