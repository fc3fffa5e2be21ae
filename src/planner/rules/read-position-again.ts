import type { ActionRegistry } from '../../actions/action-registry.ts';
import type { PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import { jobReferenceKeys } from '../../actions/phrasing/job-references.ts';
import { positionOf } from '../../actions/phrasing/references.ts';
import { findKnownJob } from '../../actions/phrasing/known-jobs.ts';
import { lastStep } from './last-request.ts';
import type { RequestedStep } from './parse-request.ts';
import type { Phrasebook } from './phrasebook.ts';

/** "and", "what about", "ok now": words around a position that add nothing to it. */
const lead = /^(?:(?:and|ok(?:ay)?|now|then|so|what\s+about|how\s+about|same\s+for|and\s+for|for)[\s,]+)*/i;
const trail = /(?:[\s,]+(?:then|too|as\s+well|please|pls|plz|now))*[\s.!?…]*$/i;
/** "next", "the next one", "previous job": the job after (or before) the one just dealt with. */
const nextOrPrevious = /^(?:the\s+)?(?<which>next|following|previous|prev|one\s+before)(?:\s+(?:one|job|posting|listing|result|role))?$/i;

/**
 * A message that is only a position ("the 2nd?", "and number 3", "what about the third one") or "next" after a
 * request about one job of a list ("what does the first one pay", "tell me about the first one"): the same
 * request for that job. Undefined when the message is more than that, or no request about a job came before
 * ("the 2nd" alone is then read as it always was).
 *
 * @example
 * readPositionAgain('the 2nd?', context, phrasebook, registry); // { action: 'answer_about_job', args: { about: 'pay', job: 'the 2nd one' }, … }
 */
export function readPositionAgain(message: string, context: PhrasingContext, phrasebook: Phrasebook, registry: ActionRegistry): RequestedStep | undefined {
  if (message.length > 40) return undefined;
  const said = message.trim().replace(lead, '').replace(trail, '').trim().toLowerCase();
  const stepping = nextOrPrevious.exec(said)?.groups?.which;
  const position = stepping ? undefined : positionOf(said);
  // "and cellulant?", "what about the metro one?": a job of the thread named alone, after "and"/"what about".
  const named = stepping || typeof position === 'number' ? undefined : namedAlone(message, said, context);
  if (!stepping && typeof position !== 'number' && !named) return undefined;
  const takesJob = (action: string) => 'job' in (registry.get(action)?.args.shape ?? {});
  const last = lastStep(context.history, phrasebook, context, takesJob);
  if (!last) return undefined;
  const target = named ?? (stepping ? stepFrom(last.args.job, context, /^(?:next|following)$/.test(stepping) ? 1 : -1) : position);
  if (target === undefined) return undefined;
  const args = { ...withoutOwnDetails(last.args), job: typeof target === 'number' ? `the ${ordinal(target)} one` : target };
  return registry.parseArgs(last.action, args).ok ? { action: last.action, args, text: message } : undefined;
}

/**
 * A job of the thread named alone after "and" or "what about" ("and cellulant?", "what about the Metro one"):
 * its company or title as the thread knows it. Only with that lead word: a bare company name is a search.
 */
function namedAlone(message: string, said: string, context: PhrasingContext): string | undefined {
  if (!/^(?:and|what\s+about|how\s+about|same\s+for|and\s+for)\b/i.test(message.trim())) return undefined;
  const bare = said.replace(/^(?:the|that)\s+/, '').replace(/\s+(?:one|job|role|posting|position)$/, '');
  const known = findKnownJob(bare, context);
  return known && bare.split(/\s+/).length <= 4 && known.toLowerCase().includes(bare.split(/\s+/)[0] ?? '') ? known : undefined;
}

/** The position after (or before) the job a step was about, in the list the person saw. */
function stepFrom(job: unknown, context: PhrasingContext, by: 1 | -1): number | undefined {
  const listed = (context.references[jobReferenceKeys.lastResults] ?? '').split(',').filter(Boolean);
  const said = typeof job === 'string' ? job.toLowerCase() : '';
  const counted = positionOf(said.replace(/^the\s+/, ''));
  const named = context.known?.jobs.find((known) => said.length > 1 && (said.includes(known.company.toLowerCase()) || said.includes(known.id.toLowerCase())));
  const inPlay = context.references[jobReferenceKeys.lastJob];
  const from =
    typeof counted === 'number' ? counted : named && listed.includes(named.id) ? listed.indexOf(named.id) + 1 : inPlay && listed.includes(inPlay) ? listed.indexOf(inPlay) + 1 : undefined;
  const target = from === undefined ? undefined : from + by;
  return target !== undefined && target >= 1 && target <= listed.length ? target : undefined;
}

/** A note said for one job is never carried to another. */
const withoutOwnDetails = (args: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(args).filter(([key]) => key !== 'note' && key !== 'notes' && key !== 'mention'));

const ordinal = (position: number): string => {
  const tens = position % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][position % 10] ?? 'th');
  return `${position}${suffix}`;
};
