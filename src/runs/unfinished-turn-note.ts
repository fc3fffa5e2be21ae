import type { JobpilotGraph } from '../graph/build-graph.ts';
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
  const observations = (snapshot.values as { observations?: Observation[] }).observations ?? [];
  const steps = observations.map(
    (observation) =>
      `${observation.index + 1}. ${observation.action} ${JSON.stringify(observation.args)} → ${observation.declined ? 'declined' : observation.ok ? 'ok' : 'failed'}: ${observation.summary}`,
  );
  return [
    why ? `(This turn did not finish: ${why})` : '(This turn was cancelled before it finished.)',
    steps.length ? `Steps it ran:\n${steps.join('\n')}` : 'No step had run.',
  ].join('\n');
}
