import { EXECUTOR, RECEPTION } from './node-names.ts';
import type { GraphState } from './state.ts';

/** After the planner: run the chosen step, or hand over to reception to answer. */
export const routeAfterPlanner = (
  state: Pick<GraphState, 'pendingStep'>,
): typeof EXECUTOR | typeof RECEPTION => (state.pendingStep ? EXECUTOR : RECEPTION);
