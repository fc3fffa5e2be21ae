import type { JobpilotGraph } from '../graph/build-graph.ts';
import type { PendingStep } from '../graph/state.ts';
import type { Observation } from '../planner/planner.ts';

/**
 * The note that closes a turn that failed or was cancelled: why, and the steps it ran
 * (read from the checkpoint), so the next prompt knows the site was already opened.
 *
 * @example
 * const note = await unfinishedTurnNote(graph, threadId, 'The model did not answer.');
 */
export async function unfinishedTurnNote(
  graph: JobpilotGraph,
  threadId: string,
  why: string | undefined,
): Promise<string> {
  const snapshot = await graph.getState({ configurable: { thread_id: threadId } });
  const values = snapshot.values as { observations?: Observation[]; pendingStep?: PendingStep | null; stepCount?: number };
  const observations = values.observations ?? [];
  const steps = observations.map(
    (observation) =>
      `${observation.index + 1}. ${observation.action} ${JSON.stringify(observation.args)} → ${observation.declined ? 'declined' : observation.ok ? 'ok' : 'failed'}: ${observation.summary}`,
  );
  // The step the planner had chosen and the executor had not finished: it was running (or
  // about to) when the turn stopped, so it may or may not have done its work.
  const stopped = values.pendingStep;
  const running = stopped
    ? `${(values.stepCount ?? observations.length) + 1}. ${stopped.action} ${JSON.stringify(stopped.args)} → stopped before it finished; it may or may not have done its work.`
    : undefined;
  return [
    why ? `(This turn did not finish: ${why})` : '(This turn was cancelled before it finished.)',
    steps.length ? `Steps it ran:\n${steps.join('\n')}` : running ? '' : 'No step had run.',
    running ? `Step it was running:\n${running}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
