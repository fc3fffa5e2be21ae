import type { z } from 'zod';
import { currentJob, readJob } from '../phrasing/job-references.ts';
import { definePhrasing, leadingVerb, type PhrasingContext, type Reading } from '../phrasing/phrasing.ts';
import type { unsaveJobArgs } from './args.ts';
import { unsaveJobUtterances } from './utterances.ts';
import { jobSentenceReader } from '../phrasing/find-job.ts';

type Args = z.input<typeof unsaveJobArgs>;

const verbs = [
  'remove', 'delete', 'drop', 'unsave', 'un-save', 'unbookmark', 'un-bookmark', 'unstar', 'unpin', 'untrack', 'forget',
  'discard', 'get rid of', 'ditch', 'scrap', 'trash', 'bin', 'toss', 'cross out', 'cross off', 'strike', 'erase',
];
/** Verbs that can only mean taking a job off the list. */
const onlyUnsave = /^(?:un-?save|un-?bookmark|unstar|unpin|untrack)\b/;
const list =
  '(?:my\\s+|the\\s+)?(?:saved(?:\\s+(?:jobs?|list|roles|positions))?|list|shortlist|short\\s+list|(?:job\\s+|application\\s+)?tracker|favou?rites|bookmarks|pipeline|watch\\s*list|saved\\s+ones)';
const fromList = new RegExp(`(?<!\\s)\\s+(?:from|off(?:\\s+of)?|out\\s+of)\\s+${list}$`);

/**
 * A part of a text as the thing to take out: "the PIN number from it", "the sentence about my
 * visa", "the last paragraph", "the exclamation marks" — words of a letter or resume, never a job
 * ("the line cook job" is a job: the part's word must end the object or lead into about/from/…).
 */
const partOfText =
  /^(?:(?:the|that|this|my|a|an|those|these|all\s+(?:the|those))\s+)?(?:[\p{L}\d'-]+\s+){0,2}?(?:sentences?|lines?|paragraphs?|paras?|bits?|parts?|words?|phrases?|mentions?|references?|sign-?offs?|greetings?|salutations?|intros?|introductions?|bullets?|bullet\s+points?|sections?|exclamation\s+marks?|emojis?|pin(?:\s+number)?|numbers?|signatures?|quotes?|typos?|claims?)(?=\s+(?:about|with|on|that|which|where|mentioning|saying|from|out|off|of|in)\b|$)/iu;

/** What is said when the words taken out are a text's, not a job: no step can take words out of a letter. */
export const textEditReply =
  "I can't take words out of a letter yet, so I changed nothing (no saved job was touched). I can write a new version that is shorter, longer, more or less formal, or that mentions a fact you name; or export it (docx) to edit it yourself. On your resume I can remove a job's bullet: \"remove the second bullet from my first job\".";

/** The verb a removal leads with, and any politeness before it ("can you please remove …"). */
const leadingRemoval = new RegExp(`^(?:(?:can|could|would)\\s+(?:you|u)\\s+)?(?:please\\s+|pls\\s+|kindly\\s+)?(?:${verbs.map((verb) => verb.replace(/ /g, '\\s+')).join('|')}|take|get|cut|lose)\\s+`, 'i');

/** Reads the job named before "from my list", if any: a named list leaves no doubt a bare name is a job. */
function readTarget(target: string, context: PhrasingContext, verb: string): Reading<Args> | null {
  // Regression (trial s48 #50): "remove the PIN number from it", said of a letter, took the job off the list.
  if (partOfText.test(target.trim())) return { reply: textEditReply };
  const listed = fromList.test(target.toLowerCase());
  const phrase = target.replace(new RegExp(fromList.source, 'i'), '').trim();
  const reading = phrase ? readJob(phrase, context, { bare: listed }) : currentJob(context);
  if (!reading) return null;
  if ('reply' in reading) return { reply: reading.reply };
  const sure = listed || onlyUnsave.test(verb);
  // "drop it" alone is a guess: a clause before it may say which job ("not interested in the second one, drop it").
  const bareReference = /^(?:it|that|this|that one|this one|them)$/.test(phrase.toLowerCase());
  return { args: { job: reading.job }, confidence: sure ? 'certain' : bareReference ? 'guess' : 'likely' };
}

/**
 * How people take a job off their list: "remove the Hotjar job from my list", "unsave the
 * second one", "I'm not interested in the second one anymore, drop it".
 */
export const unsaveJobPhrasing = definePhrasing<Args>({
  priority: 33,
  utterances: unsaveJobUtterances,
  // ("remove the sentence about my PIN": words of a letter, read by no pattern, are never a job to take off the list.)
  readSentence: (clause, context) => (partOfText.test(clause.text.replace(leadingRemoval, '').trim()) ? { reply: textEditReply } : jobSentenceReader()(clause, context)),
  capability: 'remove saved jobs',
  describe: ({ job }) => `remove ${job} from your saved jobs`,
  produces: ['last_job_id'],
  // Taking a job off the list says all there is to say of news about it ("not interested in it anymore").
  supersedesNews: true,
  intents: [
    {
      pattern: leadingVerb(verbs),
      read: ({ groups, original }, context) => readTarget(original('target') ?? '', context, groups.verb ?? ''),
    },
    {
      // "take Hotjar off my list", "take the second one out of my saved jobs"
      pattern: new RegExp(`^(?:take|get|pull|knock)\\s+(?<target>.+?\\s+(?:off(?:\\s+of)?|out\\s+of)\\s+${list})$`),
      // (The words the pattern cannot match without: most clauses that open with "get" have neither.)
      needs: /off|out\s+of/,
      confidence: 'certain',
      read: ({ original }, context) => readTarget(original('target') ?? '', context, 'remove'),
    },
    {
      // "take it off", "knock that one off please": the job in play, off the list it is on.
      pattern: /^(?:take|get|knock|cross|strike)\s+(?<target>it|that|this|that\s+one|this\s+one|them)\s+(?:off|out)(?:\s+(?:please|pls|plz|for\s+me))?$/,
      read: (_match, context) => {
        const reading = currentJob(context);
        if (!reading) return null;
        return 'job' in reading ? { args: { job: reading.job }, confidence: 'likely' } : { reply: reading.reply };
      },
    },
    {
      // "I'm not interested in the second one anymore, drop it"
      pattern:
        /^(?:i'?m|i\s+am)\s+(?:not|no\s+longer)\s+interested\s+in\s+(?<target>.+?)(?:\s+any\s*more)?,?\s+(?:so\s+)?(?:please\s+)?(?:drop|remove|delete|unsave|forget|ditch|bin)\s+(?:it|that|that\s+one|them)(?:\s+(?:from|off)\s+(?:my|the)\s+(?:list|saved(?:\s+jobs)?))?$/,
      confidence: 'certain',
      read: ({ original }, context) => {
        const reading = readJob(original('target') ?? '', context, { bare: true });
        if (!reading) return null;
        return 'job' in reading ? { args: { job: reading.job } } : { reply: reading.reply };
      },
    },
    {
      // "I don't want the Stripe job on my list anymore"
      pattern: new RegExp(`^i\\s+(?:don'?t|do\\s+not)\\s+(?:want|need)\\s+(?<target>.+?)\\s+(?:on|in)\\s+${list}(?:\\s+any\\s*more)?$`),
      confidence: 'certain',
      read: ({ original }, context) => {
        const reading = readJob(original('target') ?? '', context, { bare: true });
        if (!reading) return null;
        return 'job' in reading ? { args: { job: reading.job } } : { reply: reading.reply };
      },
    },
  ],
  examples: [
    { say: 'remove the Hotjar job from my list', args: { job: 'Hotjar' }, references: { last_job_ids: '3f9a1c0b7d2e' } },
    { say: 'unsave the second one', args: { job: 'the second one' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' } },
    { say: "I'm not interested in the second one anymore, drop it", args: { job: 'second' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' } },
    { say: 'take Monzo off my saved jobs', args: { job: 'Monzo' } },
    { say: 'delete it from my saved jobs', args: { job: 'it' }, references: { last_job_id: '3f9a1c0b7d2e' } },
  ],
  counterExamples: ['delete my cover letter', 'remove the background from my screenshot'],
});
