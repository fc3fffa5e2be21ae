import type { Planner, PlannerCallOptions, PlannerInput } from '../../src/planner/planner.ts';
import { hangUntilAborted, respond } from '../fakes/scripted-planner.ts';

/**
 * A planner that answers in words, streaming them: for a goal starting with "stream", the first
 * `before` words, then it waits until `open()` is called, then the rest. "hang" waits until the
 * run is cancelled. Anything else is answered at once.
 */
export function gatedPlanner({ before = 3, after = 4 } = {}) {
  let release: () => void = () => {};
  let gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const state = { waiting: 0, hanging: 0 };
  const planner: Planner & { state: typeof state; open(): void; close(): void } = {
    kind: 'rules',
    label: 'gated',
    state,
    open: () => release(),
    /** Closes the gate again for the next run. */
    close() {
      gate = new Promise<void>((resolve) => {
        release = resolve;
      });
    },
    async decide(input: PlannerInput, options: PlannerCallOptions = {}) {
      if (input.goal === 'hang') {
        state.hanging++;
        return hangUntilAborted(input, options);
      }
      if (!input.goal.startsWith('stream')) return respond(`You said ${input.goal}.`);
      const words = Array.from({ length: before + after }, (_, index) => `word${index + 1} `);
      for (const word of words.slice(0, before)) options.onAnswerDelta?.(word);
      state.waiting++;
      await gate;
      for (const word of words.slice(before)) {
        options.onAnswerDelta?.(word);
        // Apart, so the later words reach a join in more than one batch.
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      return respond(words.join(''));
    },
  };
  return planner;
}
