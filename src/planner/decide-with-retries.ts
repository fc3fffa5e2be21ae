import { JobpilotError } from '../errors.ts';
import type { ActionRegistry } from '../actions/action-registry.ts';
import { type Decision, parseDecision } from './decision.ts';
import type { Planner, PlannerCallOptions, PlannerInput } from './planner.ts';

/**
 * Asks the planner for a decision and validates it. Invalid output is never executed:
 * the planner is asked again with its own reply and the validation error, at most
 * `retries` more times, then the turn fails with `PLANNER_INVALID_OUTPUT`. Model failures
 * arrive as `MODEL_*` errors from the model layer and pass through unchanged.
 *
 * @example
 * const decision = await decideWithRetries(planner, input, { registry, retries: 2 });
 */
export async function decideWithRetries(
  planner: Planner,
  input: PlannerInput,
  options: { registry: ActionRegistry; retries: number } & PlannerCallOptions,
): Promise<{ decision: Decision; attempts: number }> {
  const { registry, retries, ...callOptions } = options;
  let retry: PlannerInput['retry'];
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    callOptions.signal?.throwIfAborted();
    let raw: unknown;
    try {
      raw = await planner.decide(retry ? { ...input, retry } : input, callOptions);
    } catch (error) {
      if ((error as Error)?.name === 'AbortError' || callOptions.signal?.aborted) throw error;
      if (error instanceof JobpilotError) throw error;
      throw new JobpilotError(
        'MODEL_UNAVAILABLE',
        `The ${planner.label} planner failed: ${(error as Error)?.message ?? String(error)}`,
        { cause: error },
      );
    }
    const parsed = parseDecision(raw, registry);
    if (parsed.ok) return { decision: parsed.decision, attempts: attempt };
    retry = { output: raw, error: parsed.error };
  }
  throw new JobpilotError(
    'PLANNER_INVALID_OUTPUT',
    `The ${planner.label} planner gave ${retries + 1} invalid decisions in a row; the last problem was: ${retry?.error}`,
    { details: { lastOutput: retry?.output }, retryable: true },
  );
}
