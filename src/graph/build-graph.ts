import type { BaseCheckpointSaver } from '@langchain/langgraph';
import { END, START, StateGraph } from '@langchain/langgraph';
import { EXECUTOR, PLANNER, RECEPTION } from './node-names.ts';
import type { makeExecutorNode } from './nodes/executor-node.ts';
import type { makePlannerNode } from './nodes/planner-node.ts';
import type { makeReceptionNode } from './nodes/reception-node.ts';
import { routeAfterExecutor, routeAfterPlanner } from './routing.ts';
import type { GraphStateAnnotation } from './state.ts';

export interface GraphNodes {
  planner: ReturnType<typeof makePlannerNode>;
  executor: ReturnType<typeof makeExecutorNode>;
  reception: ReturnType<typeof makeReceptionNode>;
}

/**
 * Wiring only: START → planner ─(act)→ executor → planner … ─(respond)→ reception → END;
 * the executor comes back to itself once when a step must be approved.
 *
 * @example
 * const graph = buildGraph(createGraphState({ windowSize: 20 }), nodes, saver);
 */
export function buildGraph(
  state: GraphStateAnnotation,
  nodes: GraphNodes,
  checkpointer: BaseCheckpointSaver,
) {
  return new StateGraph(state)
    .addNode(PLANNER, nodes.planner)
    .addNode(EXECUTOR, nodes.executor)
    .addNode(RECEPTION, nodes.reception)
    .addEdge(START, PLANNER)
    .addConditionalEdges(PLANNER, routeAfterPlanner, [EXECUTOR, RECEPTION])
    .addConditionalEdges(EXECUTOR, routeAfterExecutor, [EXECUTOR, PLANNER])
    .addEdge(RECEPTION, END)
    .compile({ checkpointer });
}

export type JobpilotGraph = ReturnType<typeof buildGraph>;
