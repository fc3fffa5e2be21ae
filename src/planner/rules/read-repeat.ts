import type { ActionRegistry } from '../../actions/action-registry.ts';
import { findJob } from '../../actions/phrasing/find-job.ts';
import type { PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import { lastStep } from './last-request.ts';
import type { RequestedStep } from './parse-request.ts';
import type { Phrasebook } from './phrasebook.ts';

/**
 * "one for the Acme job too", "do the same for the third one", "and now for Globex?",
 * "write another for #2 as well": the last request again, for another job. The job words
 * are the group `job`.
 */
const repeatPhrase =
  /^(?:(?:ok(?:ay)?|cool|great|nice|perfect|awesome|thanks|thx|alright|sweet|lovely|and|now|also|then|so|right|yes|yeah|yep)[\s,!.]+)*(?:(?:can|could|would)\s+(?:you|u)\s+|(?:please|pls|plz)\s+)?(?:(?:do|write|make|draft|prep|create|generate|run|tailor|score|check|get\s+me|give\s+me)\s+(?:me\s+)?)?(?:(?:one|another(?:\s+one)?|the\s+same(?:\s+thing)?|same(?:\s+thing)?|it|that|this)\s+)?(?:again\s+)?(?:now\s+)?for\s+(?<job>.+?)(?:[\s,]+(?:too|as\s+well|also|please|pls|plz|now|then|again))*[\s.!?]*$/i;

/** Arguments that belong to the one job they were said for, never carried to another. */
const ownedByTheJob = new Set(['job', 'note', 'notes']);

/**
 * A message that asks for the last request again for another job ("ok cool, one for the
 * Acme job too" after a cover letter): that action with the new job and the rest of its
 * details, or undefined when the message is no such thing or nothing job-shaped was asked
 * before.
 *
 * @example
 * readRepeat('do the same for the third one', context, phrasebook, registry); // { action: 'write_cover_letter', args: { job: 'the third one' }, … }
 */
export function readRepeat(message: string, context: PhrasingContext, phrasebook: Phrasebook, registry: ActionRegistry): RequestedStep | undefined {
  const said = repeatPhrase.exec(message.trim())?.groups?.job;
  if (!said) return undefined;
  const found = findJob(said, context, { fallback: false });
  if (!found || !('job' in found)) return undefined;
  const takesJob = (action: string) => 'job' in (registry.get(action)?.args.shape ?? {});
  const last = lastStep(context.history, phrasebook, context, takesJob);
  if (!last) return undefined;
  const kept = Object.fromEntries(Object.entries(last.args).filter(([key]) => !ownedByTheJob.has(key)));
  const args = { ...kept, job: found.job };
  return registry.parseArgs(last.action, args).ok ? { action: last.action, args, text: message } : undefined;
}
