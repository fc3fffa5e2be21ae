import { EXECUTOR, PLANNER, RECEPTION } from './node-names.ts';
import type { GraphState } from './state.ts';

/** After the planner: run the chosen step, or hand over to reception to answer. */
export const routeAfterPlanner = (
  state: Pick<GraphState, 'pendingStep'>,
): typeof EXECUTOR | typeof RECEPTION => (state.pendingStep ? EXECUTOR : RECEPTION);

/**
 * After the executor: back to the planner once the step ran (or failed, or was declined);
 * back to the executor when it only stored that the step must be approved, so it asks
 * with that decision already in the checkpoint.
 */
export const routeAfterExecutor = (
  state: Pick<GraphState, 'pendingStep'>,
): typeof EXECUTOR | typeof PLANNER => (state.pendingStep ? EXECUTOR : PLANNER);
