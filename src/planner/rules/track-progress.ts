import type { Observation } from '../planner.ts';
import { sameAddress } from '../../actions/phrasing/find-urls.ts';
import type { RequestedStep } from './parse-request.ts';

/** Where a turn stands: the next step to run, or why there is none. */
export interface Progress {
  next: RequestedStep | undefined;
  /** Asked-for steps that never ran. */
  remaining: RequestedStep[];
  /** The step that failed or was declined; the turn stops there rather than retrying. */
  failure: Observation | undefined;
}

/**
 * Matches this turn's observations to the steps the user asked for, so a step that already
 * ran is never run again and a failure ends the turn, unless every step left stands alone (`standsAlone`).
 *
 * @example
 * trackProgress([screenshot], []).next === screenshot; // true
 */
export function trackProgress(
  steps: readonly RequestedStep[],
  observations: readonly Observation[],
  standsAlone: (step: RequestedStep) => boolean = () => false,
): Progress {
  const remaining = [...steps];
  let failure: Observation | undefined;
  for (const observation of observations) {
    const matched = remaining.findIndex((step) => isObservationOf(observation, step));
    if (matched >= 0) remaining.splice(matched, 1);
    // Regression (session 40): "btw X turned me down, anyway show me java jobs" searched nothing once the news
    // failed: after a failure the turn goes on only with steps that stand alone (they read, and need nothing
    // the failed step would have left behind).
    if (!observation.ok) failure ??= observation;
    if (failure && !remaining.every(standsAlone)) return { next: undefined, remaining, failure };
  }
  // More observations than steps means someone else planned part of this turn: stop, don't guess.
  const next = observations.length < steps.length ? remaining[0] : undefined;
  return { next, remaining: next ? remaining : [], failure };
}

function isObservationOf(observation: Observation, step: RequestedStep): boolean {
  if (observation.action !== step.action) return false;
  return Object.entries(step.args).every(([field, value]) => {
    const observed = observation.args[field];
    if (observed === undefined) return true;
    return field === 'url'
      ? sameAddress(String(observed), String(value))
      : String(observed).trim().toLowerCase() === String(value).trim().toLowerCase();
  });
}
