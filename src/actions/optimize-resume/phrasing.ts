import type { z } from 'zod';
import { currentJob, readJob } from '../phrasing/job-references.ts';
import { definePhrasing, type PhrasingContext, type Reading } from '../phrasing/phrasing.ts';
import type { optimizeResumeArgs } from './args.ts';
import { optimizeResumeUtterances } from './utterances.ts';
import { jobSentenceReader } from '../phrasing/find-job.ts';

type Args = z.input<typeof optimizeResumeArgs>;
type Focus = NonNullable<Args['focus']>;

const verbs =
  '(?:tailor|optimi[sz]e|improve|adapt|customi[sz]e|tweak|rewrite|redo|update|adjust|tune|fine-?tune|polish|target|align|rework|punch\\s+up|strengthen|fix)';
const resume = '(?:my\\s+|the\\s+)?(?:resume|cv|résumé)';
const sections = 'summary|skills|skill\\s+set|experience|work\\s+history|keywords|bullets|bullet\\s+points|profile';
/** "the skills section of my resume", "my CV's summary" (two groups: a name may appear once per pattern). */
const sectionOfResume = `(?:my\\s+|the\\s+)?(?<section>${sections})(?:\\s+section)?(?:\\s+(?:of|in|on)\\s+${resume})?|${resume}(?:'s)?\\s+(?<ownSection>${sections})(?:\\s+section)?`;
const focusWords: ReadonlyArray<[RegExp, Focus]> = [
  [/keywords?|ats|buzzwords/, 'keywords'],
  [/skills?|skill set|tech stack/, 'skills'],
  [/experience|work history|bullets|bullet points|achievements/, 'experience'],
  [/summary|profile|intro|objective/, 'summary'],
];
const focusPhrase = /(?:,|\s)\s*(?:and\s+)?(?:(?:focus(?:ing|ed)?|concentrat(?:e|ing)|with\s+(?:a\s+)?focus)\s+(?:on|upon)|emphasi[sz](?:e|ing)|highlight(?:ing)?|stress(?:ing)?|play(?:ing)?\s+up)\s+(?:the\s+|my\s+)?(?<focus>[\w\s]+?)(?:\s+section)?$/i;

/**
 * The focus a sentence about tailoring gives: one said after a word that asks for one ("…, emphasise keywords",
 * "highlight my experience"), else the one part of the resume it names anywhere ("what keywords should I add …",
 * "my experience bullets are weak, fix them …", "… so it gets past the ATS"); none when it names several or none.
 */
function focusAnywhere(sentence: string): Focus | undefined {
  const asked = /\b(?:focus(?:ing|ed)?|emphasi[sz](?:e|ing)|highlight(?:ing)?|stress(?:ing)?|concentrat(?:e|ing)|play up|lean on)\b(?<rest>.*)$/.exec(sentence)?.groups?.rest;
  const stressed = asked === undefined ? undefined : focusWords.find(([words]) => words.test(asked))?.[1];
  if (stressed) return stressed;
  const named = focusWords.filter(([words]) => new RegExp(`\\b(?:${words.source})\\b`).test(sentence)).map(([, focus]) => focus);
  return named.length === 1 ? named[0] : undefined;
}

/** How people ask to tailor their resume to a job: "tailor my resume for the second one", "optimize my CV for Acme, focus on keywords". */
export const optimizeResumePhrasing = definePhrasing<Args>({
  priority: 26,
  utterances: optimizeResumeUtterances,
  readSentence: (clause, context) => {
    const reading = jobSentenceReader()(clause, context);
    const focus = 'args' in reading ? focusAnywhere(clause.lower) : undefined;
    return focus && 'args' in reading ? { args: { ...reading.args, focus } } : reading;
  },
  capability: 'tailor your resume to a job',
  describe: ({ job, focus }) => `tailor your resume to ${job}${focus ? ` (focus: ${focus})` : ''}`,
  produces: ['last_document_id'],
  intents: [
    {
      pattern: new RegExp(
        `^${verbs}\\s+(?:${sectionOfResume}|${resume}|it)\\s+(?:for|to|towards|to\\s+match|to\\s+fit|against|based\\s+on|for\\s+applying\\s+to)\\s+(?<target>.+)$`,
      ),
      read: ({ groups, original, clause }, context) => withClauseFocus(readTarget(original('target') ?? '', groups.section ?? groups.ownSection, context), clause.lower),
    },
    {
      pattern: new RegExp(`^make\\s+${resume}\\s+(?:fit|match|better\\s+for|stronger\\s+for|work\\s+for|more\\s+relevant\\s+(?:to|for))\\s+(?<target>.+)$`),
      read: ({ original, clause }, context) => withClauseFocus(readTarget(original('target') ?? '', undefined, context), clause.lower),
    },
    {
      pattern: new RegExp(`^${verbs}\\s+(?:${sectionOfResume}|${resume})(?:\\s+(?:for\\s+(?:it|this\\s+(?:one|job)|that\\s+(?:one|job))))?$`),
      read: ({ groups }, context) => fromJob(currentJob(context), focusOf(groups.section ?? groups.ownSection)),
    },
  ],
  examples: [
    { say: 'tailor my resume to the third one', args: { job: 'the third one' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a,5d20e7a1c9b3' } },
    { say: 'optimise my resume for the Hooli role, focusing on skills', args: { job: 'Hooli', focus: 'skills' } },
    { say: 'improve the summary of my resume for it', args: { job: 'it', focus: 'summary' }, references: { last_job_id: '3f9a1c0b7d2e' } },
    { say: 'rewrite my experience section for the Initech posting', args: { job: 'Initech', focus: 'experience' } },
  ],
  counterExamples: ['update the stripe job to applied', 'show me my cv'],
});

/** "… 1st one skills section mainly", "… for Acme, mostly the summary": a section said after the job. */
const focusTail =
  /(?:,|\s)\s*(?:(?:mainly|mostly|especially|particularly|primarily|just|only)\s+)?(?:the\s+|my\s+)?(?<focus>summary|skills?|experience|keywords?|profile|bullets?)(?:\s+(?:section|part|bit))?(?:\s+(?:mainly|mostly|especially|only|first|please|pls))?$/i;

function readTarget(target: string, sectionWord: string | undefined, context: PhrasingContext): Reading<Args> | null {
  const focusMatch = focusPhrase.exec(target) ?? focusTail.exec(target);
  const phrase = focusMatch ? target.slice(0, focusMatch.index).trim() : target;
  const focus = focusOf(focusMatch?.groups?.focus) ?? focusOf(sectionWord);
  const reading = readJob(phrase, context, { bare: true });
  return reading ? fromJob(reading, focus) : null;
}

function focusOf(words: string | undefined): Focus | undefined {
  if (!words) return undefined;
  const lower = words.toLowerCase();
  return focusWords.find(([pattern]) => pattern.test(lower))?.[1];
}

function fromJob(reading: { job: string } | { reply: string }, focus: Focus | undefined): Reading<Args> {
  return 'job' in reading ? { args: { job: reading.job, focus } } : { reply: reading.reply };
}

/** A reading of an intent pattern, with the focus the whole clause names when the pattern's own words named none. */
function withClauseFocus(reading: Reading<Args> | null, clause: string): Reading<Args> | null {
  return reading && 'args' in reading && !reading.args.focus ? { ...reading, args: { ...reading.args, focus: focusAnywhere(clause) } } : reading;
}
