import { RESPOND, type PlannerOutput } from '../decision.ts';

/** Builds raw planner output in the shape `parseDecision` validates. */
export interface PlannerOutputBuilder {
  act(step: { action: string; args: Readonly<Record<string, unknown>> }, reason: string): PlannerOutput;
  respond(answer: string, reason: string): PlannerOutput;
}

/**
 * Makes output builders: the same `{"decision": …}` envelope a model writes.
 *
 * @example
 * createPlannerOutputBuilder().respond('Hello!', 'A greeting.');
 */
export function createPlannerOutputBuilder(): PlannerOutputBuilder {
  return {
    act: (step, reason) => ({ decision: { action: step.action, reason, args: { ...step.args } } }),
    respond: (answer, reason) => ({ decision: { action: RESPOND, reason, answer } }),
  };
}
