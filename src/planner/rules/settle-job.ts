import { findKnownJob, knownJobs } from '../../actions/phrasing/known-jobs.ts';
import { describedIn, describedJob } from '../../actions/phrasing/described-job.ts';
import { postingTraitNamed } from '../../actions/phrasing/posting-trait-named.ts';
import { jobInPlay, jobReferenceKeys } from '../../actions/phrasing/job-references.ts';
import type { PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import { positionOf } from '../../actions/phrasing/references.ts';
import type { RequestedStep } from './parse-request.ts';
import { pendingReference } from './parse-request.ts';

const pronoun = /^(?:it|that|this|them|(?:that|this|the|the same) (?:one|job|role|posting|position))$/i;
/** What a job's page is called when the words only say all of it: "read the full ad", "the whole posting". */
const wholeOfIt = /^(?:the\s+)?(?:full|whole|entire|complete)(?:\s+(?:ad|advert|posting|listing|description|thing|text))?$/i;

const noJob = 'Which job do you mean? Name it (e.g. "the Stripe job" or "the second one"), or search first.';

/** "the last one", "the second job", "#3", "number two" said anywhere in a message. */
const positionSaid =
  /(?:^|[\s,(])(?<phrase>(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|last|final|bottom|\d{1,2}(?:st|nd|rd|th))\s+(?:one|job|posting|listing|role|position|opening|result)|#\s?\d{1,2}|number\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)|the\s+(?:first|second|third|fourth|fifth|last|\d{1,2}(?:st|nd|rd|th))(?=\s*[,.!?;:]))(?=$|[\s,.!?;:)])/i;

/**
 * The first step's job, settled against the whole message: "it" where the message names a
 * job the person has ("I like the Bramblecote role, keep it in my list") or a position in
 * the results shown ("ooh the last one looks good, save it") is that job, and "it" with no
 * job in play is a question, not a step that can only fail.
 *
 * @example
 * settleJob({ action: 'save_job', args: { job: 'it' }, text: 'keep it' }, 'I like the Bramblecote role, keep it', context);
 * // { action: 'save_job', args: { job: 'Bramblecote' }, text: 'keep it' }
 */
export function settleJob(step: RequestedStep, message: string, context: PhrasingContext): RequestedStep | { reply: string } {
  const { job } = step.args;
  // "what about the 5th one" with three results: no such job, so which?
  const beyond = typeof job === 'string' ? beyondTheList(job, context) : undefined;
  if (beyond) return { reply: beyond };
  const spelledOut = typeof job === 'string' ? byInitials(job, context) : undefined;
  if (spelledOut) return { ...step, args: { ...step.args, job: spelledOut } };
  // "the other one", "the one in Tromsø", "the remote one": a job told apart by what the list said of it, or the question which.
  const described = typeof job === 'string' && !findKnownJob(job, context) ? describedJob(job, context) : undefined;
  if (described) return 'reply' in described ? described : { ...step, args: { ...step.args, job: described.job } };
  if (typeof job !== 'string' || !(pronoun.test(job.trim()) || wholeOfIt.test(job.trim()))) return step;
  // (Or told apart by what the list said of it, in another sentence: "… the full ad. The Kraków one, I mean.")
  const named = findKnownJob(message, context) ?? positionIn(message, context) ?? describedIn(message, context)?.job ?? postingTraitNamed(message);
  if (wholeOfIt.test(job.trim()) && !named) return { ...step, args: { ...step.args, job: 'it' } };
  if (named) return { ...step, args: { ...step.args, job: named } };
  return oneJobInPlay(context.references) ? step : { reply: noJob };
}

/** The question when a position is past the end of the results shown ("the 5th one" of three); undefined otherwise. */
function beyondTheList(job: string, context: PhrasingContext): string | undefined {
  const position = positionOf(job);
  const listed = context.references.last_job_ids;
  if (typeof position !== 'number' || !listed || listed.includes(pendingReference)) return undefined;
  const count = listed.split(',').filter(Boolean).length;
  return position > count ? `There ${count === 1 ? 'is only 1 job' : `are only ${count} jobs`} in the list: which one do you mean (1–${count})?` : undefined;
}

/**
 * The context for reading a message that names a job of its own where nothing is in play
 * ("im done with the Okapi one, drop it"): "it" is read as that job (a placeholder the
 * settled step replaces), not as a question about which.
 *
 * @example
 * withJobNamed(context, 'not keen on the okapi one, drop it').references.last_job_id; // '(pending)'
 */
export function withJobNamed(context: PhrasingContext, message: string): PhrasingContext {
  if (jobInPlay(context.references) || !findKnownJob(message, context)) return context;
  return { ...context, references: { ...context.references, [jobReferenceKeys.lastJob]: pendingReference } };
}

/**
 * A job named by the initials of words in its title ("the ML one", "the pm role", "SRE"):
 * those words as the title writes them, when exactly one job the person has is named so and
 * no job's company or title is the word itself.
 *
 * @example
 * byInitials('ML', context); // 'Machine Learning' when "Machine Learning Engineer at Globex" was listed
 */
function byInitials(said: string, context: PhrasingContext): string | undefined {
  const word = said.trim().replace(/^the\s+/i, '').replace(/(?<!\s)\s+(?:one|job|role|position|posting)$/i, '');
  if (!/^[a-z]{2,4}$/i.test(word) || findKnownJob(word, context)) return undefined;
  const initials = word.toLowerCase();
  const runs = new Set(
    knownJobs(context).flatMap(({ title }) => {
      const words = title.split(/[\s/()-]+/).filter(Boolean);
      return words.flatMap((_first, start) => {
        const run = words.slice(start, start + initials.length);
        return run.length === initials.length && run.map((each) => each[0]?.toLowerCase()).join('') === initials ? [run.join(' ')] : [];
      });
    }),
  );
  return runs.size === 1 ? [...runs][0] : undefined;
}

/**
 * Whether a message points at one of the results shown by its place ("how much is the salary for number 2").
 *
 * @example
 * pointsAtListed('what does the 3rd one pay', context); // true when a list of three or more is in play
 */
export const pointsAtListed = (message: string, context: PhrasingContext): boolean => positionIn(message, context) !== undefined;

/**
 * Whether a message asks about the one job in play by "it"/"they": "how much does it pay and
 * where is it?", "is it remote?" (a question about that job, never general career advice).
 *
 * @example
 * asksAboutJobInPlay('how much does it pay and where is it?', context); // true when one job is in play
 */
export const asksAboutJobInPlay = (message: string, context: PhrasingContext): boolean =>
  oneJobInPlay(context.references) && aboutItSaid.test(message.toLowerCase());

/**
 * Whether a message asks about the interview for a job the person has named ("interview tips for the Brightwell job",
 * "what do I say at the start of the Kestrel interview?"): that job's prep pack, never general career advice.
 *
 * @example
 * asksAboutInterviewAtKnownJob('any interview tips for the brightwell one?', context); // true when Brightwell was listed
 */
export const asksAboutInterviewAtKnownJob = (message: string, context: PhrasingContext): boolean =>
  /\binterview(?:s|ing)?\b/i.test(message) && findKnownJob(message, context) !== undefined;

/** "does it pay", "is the job remote", "where's it based": a question whose subject is the job talked about. */
const aboutItSaid =
  /\b(?:does|do|did|is|was|are|will|would|'s)\s+(?:it|they|this(?:\s+one)?|that(?:\s+one)?|(?:this|that|the)\s+(?:job|role|position|posting|gig))\s+(?:pay(?:ing)?|offer(?:ing)?|based|located|remote|hybrid|on-?site|in\s+(?:the\s+)?office|require|need|want|use|full[- ]time|part[- ]time|permanent|temporary|a\s+contract|contract|posted|listed)\b|\bwhere\s+(?:is|'s|are)\s+(?:it|they|this(?:\s+one)?|that(?:\s+one)?|(?:this|that|the)\s+(?:job|role|position|posting))\b|\bwhere'?s\s+it\b/;

/** A position in the results shown, said anywhere in the message. */
function positionIn(message: string, context: PhrasingContext): string | undefined {
  if (!context.references[jobReferenceKeys.lastResults]) return undefined;
  const phrase = positionSaid.exec(message)?.groups?.phrase;
  return phrase && positionOf(phrase) !== undefined ? phrase.toLowerCase() : undefined;
}

/** "it" means the job the conversation dealt with last, or the only result: a list of several is no one job. */
function oneJobInPlay(references: Readonly<Record<string, string>>): boolean {
  return Boolean(references[jobReferenceKeys.lastJob]) || (references[jobReferenceKeys.lastResults] ?? '').split(',').filter(Boolean).length === 1;
}
