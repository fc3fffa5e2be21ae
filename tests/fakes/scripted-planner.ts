import type { Planner, PlannerCallOptions, PlannerInput } from '../../src/planner/planner.ts';

/** A raw planner answer that runs one action, in the wire shape a model writes. */
export const act = (action: string, args: Record<string, unknown> = {}, reason = `run ${action}`) => ({
  decision: { action, reason, args },
});

/** A raw planner answer that responds, in the wire shape a model writes. */
export const respond = (answer: string) => ({
  decision: { action: 'respond', reason: 'done', answer },
});

/**
 * A planner that answers from a script and records every input it was given.
 * Each script entry is a raw answer, or a function of the input producing one.
 */
export function scriptedPlanner(
  script: Array<unknown | ((input: PlannerInput, options: PlannerCallOptions) => unknown)>,
  settings: { loop?: boolean } = {},
) {
  const calls: PlannerInput[] = [];
  let next = 0;
  const planner: Planner & { calls: PlannerInput[] } = {
    kind: 'rules',
    label: 'scripted',
    calls,
    async decide(input, options = {}) {
      calls.push(structuredClone(input) as PlannerInput);
      if (next >= script.length) {
        if (!settings.loop)
          throw new Error(`The scripted planner ran out of answers after ${script.length} calls.`);
        next = 0;
      }
      const entry = script[next++];
      return typeof entry === 'function'
        ? (entry as (input: PlannerInput, options: PlannerCallOptions) => unknown)(input, options)
        : entry;
    },
  };
  return planner;
}

/** A planner answer that never comes: waits until the run is cancelled, then rejects like fetch does. */
export const hangUntilAborted = (_input: PlannerInput, options: PlannerCallOptions) =>
  new Promise((_resolve, reject) => {
    const signal = options.signal;
    if (!signal) return;
    const abort = () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  });
