import { startedBefore } from '../graph/nodes/executor-node.ts';
import type { RunDependencies } from './run-dependencies.ts';

/**
 * What a new turn must say first: the steps with a side effect that an earlier run of the
 * thread had started and never finished (its process died). They may or may not have
 * happened, so they are reported and not run again; the person can ask for them again.
 * Only reads them: the run forgets them (`attempts.forgetOthers`) once its turn has said so,
 * so a turn that fails or is cancelled first leaves them to the next. Null when there are none.
 *
 * @example
 * const notice = await interruptedStepsNotice(deps, threadId, runId);
 * input = turnInput(message, notice);
 */
export async function interruptedStepsNotice(
  { attempts }: Pick<RunDependencies, 'attempts'>,
  threadId: string,
  runId: string,
): Promise<string | null> {
  if (!attempts) return null;
  const steps = await attempts.interrupted(threadId, runId);
  return steps.length > 0 ? steps.map((step) => startedBefore(step)).join('\n') : null;
}
