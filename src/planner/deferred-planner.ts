import type { Planner } from './planner.ts';

/** A planner built when first needed: by its first decision, or by `warm()`, whichever comes first. */
export type DeferredPlanner = Planner & {
  /** Builds it now (once); what a server calls right after it starts listening. */
  warm(): Promise<void>;
};

/**
 * A planner whose building waits until it is needed. The rules planner compiles every
 * action's phrasing and the advice finder's vectors when built: a good share of a server's
 * start-up CPU, which `/readyz` need not wait for.
 *
 * @example
 * const planner = deferredPlanner({ kind: 'rules', label: 'rules (built-in)' }, () => createPlanner(config, registry));
 * await planner.warm(); // or let the first decision build it
 */
export function deferredPlanner(about: Pick<Planner, 'kind' | 'label'>, build: () => Promise<Planner>): DeferredPlanner {
  let built: Promise<Planner> | undefined;
  const planner = () => (built ??= build());
  return {
    kind: about.kind,
    label: about.label,
    decide: async (input, options) => (await planner()).decide(input, options),
    warm: async () => {
      await planner();
    },
  };
}
