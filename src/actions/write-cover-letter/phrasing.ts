import type { z } from 'zod';
import { findLetterTone, toneAsked } from '../phrasing/find-tone.ts';
import { currentJob, readJob } from '../phrasing/job-references.ts';
import { definePhrasing, type PhrasingContext, type Reading } from '../phrasing/phrasing.ts';
import type { writeCoverLetterArgs } from './args.ts';
import { writeCoverLetterUtterances } from './utterances.ts';
import { jobSentenceReader } from '../phrasing/find-job.ts';
import { mentionVerbThenFact } from '../phrasing/mention-fact.ts';

type Args = z.input<typeof writeCoverLetterArgs>;

/** "make it enthusiastic", "in a confident tone", "keep it short": how it should sound, removed once read. */
const tonePhrase =
  /(?:,?\s+(?:and\s+)?(?:make\s+it|keep\s+it|in\s+an?|with\s+an?|that\s+sounds|sounding|,)\s+(?:\w+\s+)?(?:enthusiastic|excited|passionate|energetic|upbeat|warm|eager|friendly|confident|bold|assertive|strong|punchy|concise|short|brief|succinct|tight|professional|formal|polished)(?:\s+(?:tone|voice|style|one|and\s+\w+))?)/gi;
/**
 * A person's titles before their name, as written ("Mrs. Patel", "Frau Dr. Keller", "Sra. Gómez"), left out of the name as
 * `findHiringManager` leaves them. Regression (session 52): "address it to Frau Dr. Keller" addressed the letter to "Frau".
 */
const personTitles =
  "(?:(?:[Mm](?:r|rs|s|iss|x)|[Dd]r|[Pp]rof(?:essor)?|[Ss]ir|[Dd]ame|[Ff]rau|[Hh]err|[Ff]r|[Hh]r|[Mm]me|[Mm]adame|[Mm]lle|[Mm]onsieur|[Ss]ra?|[Ss]rta|[Ss]eñora?|[Ss]ignora?|[Dd]ott(?:\\.ssa)?)\\.?\\s+){0,2}";
const managerName = `${personTitles}(?<name>\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})(?=$|[\\s,.!?;])`;
const managerPhrase = new RegExp(
  `,?\\s+(?:addressed\\s+to|address(?:ed)?\\s+it\\s+to|to\\s+the\\s+attention\\s+of|for\\s+the\\s+attention\\s+of|attn:?|dear|the\\s+hiring\\s+manager\\s+is|hiring\\s+manager(?:\\s+is|\\s+named|:)?|to)\\s+${managerName}`,
  'u',
);
/** A fact the letter should state, said in a piece of its own anywhere ("…, mention my 18th edition", "say i have my ADR"). */
const mentionToldApart = new RegExp(
  `(?:^|[,;:!?—–]\\s*|\\.\\s+|\\s(?:and|also|plus|pls|please)\\s+)(?:(?:please|pls|plz|also|and|can\\s+you|could\\s+you|make\\s+sure\\s+(?:you\\s+|to\\s+)?)\\s*)*${mentionVerbThenFact}(?=\\s*(?:[,.;!?]|$))`,
  'iu',
);
/** The fact a letter should state, said anywhere in the message; undefined when none is. */
function mentionSaid(message: string): string[] | undefined {
  const fact = mentionToldApart.exec(message)?.groups?.fact?.trim();
  return fact ? [fact] : undefined;
}
/** "…, and mention I'm bilingual": a fact the letter should state, removed once read. */
const mentionPhrase = new RegExp(`\\s*[,;.:—–-]?\\s*(?:and\\s+)?(?:(?:please|pls|also|can\\s+you|could\\s+you)\\s+)*${mentionVerbThenFact}\\s*$`, 'iu');
const resumePhrase = /,?\s+(?:using|with|from|based on)\s+(?:my|the)\s+(?<resume>[\p{L}\p{N} +#.-]+?)\s+(?:resume|cv|résumé)\b/iu;

/** A tone said as one word before "one"/"version" ("a formal one", "a punchier version"); comparatives are revisions. */
const toneWord = '(?:formal|professional|polished|enthusiastic|excited|upbeat|passionate|energetic|warm|friendly|confident|bold|assertive|punchy|concise|short|brief|succinct)';
/** "the same job", "that one", "it": the job the last letter was for. */
const sameJob = /^(?:it|that|this|them|(?:the\s+)?same(?:\s+(?:job|role|one|position|posting|company|place))?|(?:that|this|the)\s+(?:same\s+)?(?:job|role|one|position|posting))$/i;

/** How people ask for a cover letter: "write a cover letter for the Stripe job", "a short cover letter for #2 to Jane Doe". */
export const writeCoverLetterPhrasing = definePhrasing<Args>({
  priority: 26,
  utterances: writeCoverLetterUtterances,
  readSentence: (clause, context) => {
    // ("letter for the ymca job, say im CPR certified and i volunteered last summer": the fact names no job; its
    // "last" is no position.)
    const told = mentionToldApart.exec(clause.text);
    const jobPart = told ? `${clause.text.slice(0, told.index)} ${clause.text.slice(told.index + told[0].length)}`.trim() : clause.text;
    const reading = jobSentenceReader()(told ? { ...clause, text: jobPart, lower: jobPart.toLowerCase() } : clause, context);
    const tone = findLetterTone(clause.lower);
    // ("a formal one for the same job": "formal" is how the letter sounds, not a job's name.)
    if ('args' in reading && typeof reading.args.job === 'string' && new RegExp(`^${toneWord}$`, 'i').test(reading.args.job)) {
      const current = currentJob(context);
      return 'job' in current ? { args: { job: current.job, tone } } : { reply: current.reply };
    }
    return 'args' in reading ? { args: { ...reading.args, tone } } : reading;
  },
  // ("…, please not too formal": formality turned away from is the warm voice, for a new letter.)
  // ("a humble one": no such tone; the closest is written and the answer says so.)
  // ("…, mention i speak polish": what to say, told beside the job; to whom is the shared `hiring_manager` slot.)
  slots: {
    tone: (message) => findLetterTone(message),
    tone_asked: (message) => toneAsked(message),
    mention: (message) => mentionSaid(message),
  },
  capability: 'write cover letters',
  describe: ({ job }) => `write a cover letter for ${job}`,
  produces: ['last_document_id'],
  intents: [
    {
      pattern:
        /^(?:(?:write|draft|create|generate|make|compose|prepare|do|produce|give|get|need|want|i\s+need|i\s+want|can\s+i\s+(?:get|have)|could\s+i\s+get|help\s+me\s+(?:write|with)|start|put\s+together)\s+(?:me\s+|up\s+|us\s+)?)?(?:a\s+|an\s+|the\s+|my\s+|another\s+|one\s+)?(?:(?:new|quick|good|great|strong|tailored|custom|personali[sz]ed|short|brief|concise|formal|professional|enthusiastic|confident|warm|punchy)\s+)*cover\s*letters?(?<target>.*)$/,
      questions: true,
      confidence: 'certain',
      read: ({ clause }, context) => readLetter(clause.text, context),
    },
    {
      // "write a letter for Acme addressed to Jo Park": "letter" alone, with a writing verb and the job it is for.
      pattern:
        /^(?:write|draft|compose|prepare|put\s+together)\s+(?:me\s+)?(?:a\s+|an\s+|the\s+|my\s+)?(?:(?:new|quick|good|short|brief|formal|warm)\s+)*letter\s+(?:for|to)\s+(?<target>.+)$/,
      confidence: 'certain',
      read: ({ clause }, context) => readLetter(clause.text, context),
    },
    {
      // "Write the letter." after the job was named in the sentence before ("I think the Dubai one is the one for me."),
      // or with what it should get across ("… a letter that shows how excited I am": the tone is read from the message).
      pattern:
        /^(?:(?:please\s+)?(?:write|draft|do|compose|prepare)\s+(?:me\s+)?(?:the|a|my)\s+(?:(?:new|quick|short|formal|warm)\s+)*letter)(?:\s+(?:now|then|please|pls|for\s+it)|[\s,]+(?:that|which|to|so\s+it)\s+(?:shows?|sounds?|says?|conveys?|gets?\s+across|makes?\s+(?:it\s+)?clear|tells?\s+them|comes?\s+across|reads?)\b.*)?$/,
      read: (_match, context) => {
        const reading = currentJob(context);
        return 'job' in reading ? { args: { job: reading.job }, confidence: 'likely' } : { reply: reading.reply };
      },
    },
    {
      // "now a formal one for the same job pls", "can I get a confident version too" with a letter in play: another
      // letter in that tone, for the job the last one was for (or the job named). "a more formal one" is a revision.
      pattern: new RegExp(
        `^(?:(?:ok|okay|now|and|also|then|great|cool|nice|thanks|thx)[,\\s]+)*(?:(?:can|could)\\s+(?:i|you|we)\\s+(?:get|have|do|write|make|try)\\s+(?:me\\s+)?|(?:write|do|make|draft|try|give\\s+me|i\\s*(?:need|want|['’]?d\\s+like))\\s+)?(?:a|an|another|one\\s+more)\\s+(?<tone>${toneWord})\\s+(?:one|version|letter|cover\\s*letter)(?<target>(?:\\s+(?:for|to)\\s+.+?)?)(?:\\s+(?:too|as\\s+well|also|now|then|instead))?$`,
      ),
      questions: true,
      read: ({ groups, original }, context) => {
        if (!context.references.last_document_id) return null;
        const target = (original('target') ?? groups.target ?? '').trim().replace(/^(?:for|to)\s+/i, '');
        const reading = !target || sameJob.test(target) ? currentJob(context) : readJob(target, context, { bare: true });
        if (!reading) return null;
        return 'reply' in reading ? { reply: reading.reply } : { args: { job: reading.job, tone: findLetterTone(groups.tone ?? '') } };
      },
    },
  ],
  examples: [
    { say: 'write a cover letter for the Stripe job', args: { job: 'Stripe' } },
    {
      say: 'draft a short cover letter for #2 addressed to Jane Doe',
      args: { job: '#2', tone: 'concise', hiring_manager: 'Jane Doe' },
      references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' },
    },
    { say: 'cover letter for it, make it enthusiastic', args: { job: 'it', tone: 'enthusiastic' }, references: { last_job_id: '3f9a1c0b7d2e' } },
    { say: 'write a confident cover letter for Acme using my backend resume', args: { job: 'Acme', tone: 'confident', resume: 'backend' } },
    { say: 'cover letter for Acme - mention that I speak Spanish', args: { job: 'Acme', mention: ['I speak Spanish'] } },
    {
      say: 'now a formal one for the same job',
      args: { job: 'it', tone: 'professional' },
      references: { last_document_id: 'doc_5e6f7a8b9c', last_job_id: '3f9a1c0b7d2e' },
    },
  ],
  counterExamples: ['show me my cover letters', 'export the cover letter as pdf'],
});

function readLetter(text: string, context: PhrasingContext): Reading<Args> | null {
  if (/\b(?:list|show|export|download|save|convert|delete|open)\b.*\bcover\s*letters?\b/i.test(text.split(/(?:cover\s*)?letter/i)[0] ?? '')) return null;
  const mention = mentionPhrase.exec(text.replace(/^.*?(?:cover\s*)?letters?/i, ''))?.groups?.fact?.replace(/[.!]+$/, '');
  const tone = findLetterTone(mention ? text.replace(mentionPhrase, '') : text);
  let rest = text.replace(/^.*?(?:cover\s*)?letters?/i, '').replace(mentionPhrase, ' ').replace(tonePhrase, ' ');
  const resume = resumePhrase.exec(rest)?.groups?.resume;
  rest = rest.replace(resumePhrase, ' ');
  const manager = managerPhrase.exec(rest);
  const hiringManager = manager?.groups?.name;
  if (manager) rest = `${rest.slice(0, manager.index)} ${rest.slice(manager.index + manager[0].length)}`;
  const words = rest.replace(/\s+/g, ' ').replace(/^[,\s]+|(?<![,\s])[,\s]+$/g, '');
  // What follows "cover letter" names the job ("for Acme") or nothing; anything else is another sentence.
  const bareName = /^[\p{L}\p{N}][\p{L}\p{N} .&'-]*$/u.test(words) && words.split(/\s+/).length <= 3;
  const sentence = /\b(?:have|has|had|did|do|does|are|is|was|you|i|we|should|would|could|can|will)\b/i.test(words);
  if (words && !/^(?:for|to|at|with|about|regarding|re:?)\s/i.test(words) && !(bareName && !sentence)) return null;
  // ("a letter to apply to the hotel job": the job is what is applied to.)
  const target = words
    .replace(/^(?:for|to|at|with|about|regarding|re:?)\s+/i, '')
    .replace(/^(?:apply(?:ing)?|my\s+application)\s+(?:to|for|at|with)\s+/i, '')
    // ("Cover letter for Medvoy please, addressed to Dr. …": the politeness left before the name's piece is no job.)
    .replace(/\s+(?:please|pls|plz|thanks|thx|ty)$/i, '')
    .trim();
  const reading = target ? readJob(target, context, { bare: true }) : currentJob(context);
  if (!reading) return null;
  if ('reply' in reading) return { reply: reading.reply };
  return { args: { job: reading.job, tone, hiring_manager: hiringManager, resume, ...(mention ? { mention: [mention] } : {}) } };
}
