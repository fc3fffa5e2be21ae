import { startedBefore } from '../graph/nodes/executor-node.ts';
import type { RunDependencies } from './run-dependencies.ts';

/**
 * What a new turn must say first: the steps with a side effect that an earlier run of the
 * thread had started and never finished (its process died). They may or may not have
 * happened, so they are reported and not run again; the person can ask for them again.
 * Only reads them: the run forgets them (`attempts.forgetOthers`) once its turn has said so,
 * so a turn that fails or is cancelled first leaves them to the next. The notice is null when
 * there are none; `othersLeft` says whether other runs left any attempt to forget.
 *
 * @example
 * const { notice } = await interruptedStepsNotice(deps, threadId, runId);
 * input = turnInput(message, notice);
 */
export async function interruptedStepsNotice(
  { attempts }: Pick<RunDependencies, 'attempts'>,
  threadId: string,
  runId: string,
): Promise<{ notice: string | null; othersLeft: boolean }> {
  if (!attempts) return { notice: null, othersLeft: false };
  const { steps, othersLeft } = await attempts.interrupted(threadId, runId);
  return { notice: steps.length > 0 ? steps.map((step) => startedBefore(step)).join('\n') : null, othersLeft };
}
