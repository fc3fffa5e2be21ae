import { describedIn } from './described-job.ts';
import { currentJob, type JobReading, readJob } from './job-references.ts';
import type { PhrasingContext } from './phrasing.ts';
import { findKnownJob } from './known-jobs.ts';
import { positionOf, readPronoun } from './references.ts';

/** Words after which a job is named: "a letter for the Stripe job", "how do I fit with #2". */
const boundaryWords = new Set(['for', 'at', 'to', 'with', 'about', 'on', 'of', 'from', 'in', 'into', 'against', 'is', 'me', 'save', 'the']);
const maxWords = 6;
/** "an offer", "the application": what happens with a job, not its name. */
const genericNoun = /^(?:offer|application|interview|posting|listing|role|position|opening|gig|ad|advert|news|update)s?$/i;
/** What an ordinal counts when it is no place in a list: "the 2nd round", "my third interview", "first day". */
const stageWord = /^(?:rounds?|interviews?|stages?|calls?|times?|attempts?|tries|shifts?|years?|weeks?|days?|months?|floor|degree|language|step|phase)$/i;
/** Words that point rather than name: "summarize this" is no company. */
const pointing = /\b(?:this|that|these|those|it|my|your|me|i|you)\b/i;

/**
 * The job a whole sentence refers to, wherever it says it: an id or a position ("the
 * third one", "#2") first, then a job named with a noun ("the Stripe job", "the job at
 * Acme"), then a company or title the thread listed, named bare ("a letter for Globex"), then a pronoun ("it", "that role"). With none of these, the job in play, or a reply
 * asking which (or null, with `fallback: false`).
 *
 * @example
 * findJob('could you do me a cover letter for the Stripe job tomorrow', context); // { job: 'Stripe' }
 */
export function findJob(sentence: string, context: PhrasingContext): JobReading;
export function findJob(sentence: string, context: PhrasingContext, options: { fallback: false }): JobReading | null;
export function findJob(sentence: string, context: PhrasingContext, { fallback = true }: { fallback?: boolean } = {}): JobReading | null {
  const words = sentence
    .replace(/[.,;:!?()]+(?=\s|$)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // Where an ordinal counts a stage ("2nd round"): the ordinal's index.
  const stages = words.flatMap((word, at) => (positionOf(word.toLowerCase()) !== undefined && stageWord.test(words[at + 1] ?? '') ? [at] : []));
  let position: JobReading | undefined;
  let positionStart = -1;
  let named: { reading: JobReading; length: number } | undefined;
  let pronoun: JobReading | undefined;
  for (let start = 0; start < words.length; start++) {
    // A name follows a preposition or an article, never the sentence's own first word (its verb).
    const afterBoundary = start > 0 ? boundaryWords.has(words[start - 1]?.toLowerCase() ?? '') : /^(?:the|a|an)$/i.test(words[0] ?? '');
    for (let end = start + 1; end <= Math.min(words.length, start + maxWords); end++) {
      const phrase = words.slice(start, end).join(' ');
      const lower = phrase.toLowerCase();
      // "the Acme interview", "my Globex application process": a job named by what happens with it.
      const reading = readJob(phrase.replace(/(?<!\s)\s+(?:interview|interviews|application process|process)$/i, ' job'), context);
      if (!reading) continue;
      // ("2nd round next week", "a second interview": a stage of a process, neither a place in the list nor a name.)
      if (stages.some((at) => at >= start - 1 && at < end)) continue;
      if (positionOf(lower) !== undefined || ('job' in reading && /^[0-9a-f]{12}$/.test(reading.job))) {
        // The longest phrase from the first place one starts: "the second one", not "the second".
        if (!position || positionStart === start) [position, positionStart] = [reading, start];
      }
      else if (readPronoun(lower) || /^(?:they|them|there)$/.test(lower)) pronoun ??= reading;
      else if (afterBoundary && 'job' in reading && !pointing.test(reading.job) && !genericNoun.test(reading.job) && (!named || end - start < named.length)) named = { reading, length: end - start };
    }
  }
  const known = findKnownJob(sentence, context);
  // A job the person has, named anywhere, beats words that only look like a name ("some likely interview questions for Corvid").
  const namedJob = named && 'job' in named.reading ? named.reading.job : undefined;
  const unknownName = namedJob !== undefined && known !== undefined && findKnownJob(namedJob, context) === undefined;
  const described = position || named || known ? undefined : describedIn(sentence, context);
  return position ?? (unknownName ? undefined : named?.reading) ?? (known ? { job: known } : undefined) ?? described ?? pronoun ?? (fallback ? currentJob(context) : null);
}

/**
 * A sentence reader for actions whose one required argument is the job: the job found
 * anywhere in the sentence, or the reply asking which.
 *
 * @example
 * const readSentence = jobSentenceReader(); readSentence(clause, context); // { args: { job: 'Stripe' } }
 */
export const jobSentenceReader =
  () =>
  (clause: { text: string }, context: PhrasingContext): { args: { job: string } } | { reply: string } => {
    const reading = findJob(clause.text, context);
    return 'job' in reading ? { args: { job: reading.job } } : { reply: reading.reply };
  };
