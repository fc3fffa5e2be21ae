import { JobpilotError } from '../errors.ts';
import type { ActionRegistry } from '../tools/registry.ts';
import { type Decision, parseDecision } from './decision.ts';
import type { Planner, PlannerCallOptions, PlannerInput } from './planner.ts';

/**
 * Asks the planner for a decision and validates it. Invalid output is never executed:
 * the planner is asked again with the validation error, at most `retries` more times,
 * then the turn fails with `PLANNER_INVALID_OUTPUT`.
 *
 * @example
 * const decision = await decideWithRetries(planner, input, { registry, retries: 2 });
 */
export async function decideWithRetries(
  planner: Planner,
  input: PlannerInput,
  options: { registry: ActionRegistry; retries: number } & PlannerCallOptions,
): Promise<{ decision: Decision; attempts: number }> {
  let retry: PlannerInput['retry'];
  for (let attempt = 1; attempt <= options.retries + 1; attempt++) {
    options.signal?.throwIfAborted();
    let raw: unknown;
    try {
      raw = await planner.decide(retry ? { ...input, retry } : input, { signal: options.signal });
    } catch (error) {
      if ((error as Error)?.name === 'AbortError' || options.signal?.aborted) throw error;
      throw new JobpilotError(
        'PLANNER_UNAVAILABLE',
        `The ${planner.label} planner could not be reached: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
    const parsed = parseDecision(raw, options.registry);
    if (parsed.ok) return { decision: parsed.decision, attempts: attempt };
    retry = { output: raw, error: parsed.error };
  }
  throw new JobpilotError(
    'PLANNER_INVALID_OUTPUT',
    `The ${planner.label} planner gave ${options.retries + 1} invalid decisions in a row; the last problem was: ${retry?.error}`,
    { details: { lastOutput: retry?.output } },
  );
}
