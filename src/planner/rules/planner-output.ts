import type { ActionRegistry } from '../../tools/registry.ts';
import type { PlannerOutput } from '../decision.ts';
import type { RequestedStep } from './intents.ts';

/** Builds raw planner output in the flat shape `parseDecision` validates. */
export interface PlannerOutputBuilder {
  act(step: RequestedStep, reason: string): PlannerOutput;
  respond(answer: string, reason: string): PlannerOutput;
}

/**
 * Makes output builders for a registry: every argument field present, unused ones empty.
 *
 * @example
 * createPlannerOutputBuilder(registry).respond('Hello!', 'A greeting.');
 */
export function createPlannerOutputBuilder(registry: ActionRegistry): PlannerOutputBuilder {
  const blankArgs: Record<string, string> = Object.fromEntries(
    registry.allFields().map((field) => [field.name, '']),
  );
  return {
    act: (step, reason) => ({
      type: 'act',
      reason,
      answer: '',
      action: step.action,
      args: { ...blankArgs, ...step.args },
    }),
    respond: (answer, reason) => ({
      type: 'respond',
      reason,
      answer,
      action: 'none',
      args: { ...blankArgs },
    }),
  };
}
