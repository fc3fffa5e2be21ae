import type { z } from 'zod';
import { currentJob, readJob } from '../phrasing/job-references.ts';
import { type Confidence, definePhrasing, type Intent, type PhrasingContext, type Reading } from '../phrasing/phrasing.ts';
import type { createInterviewPrepArgs } from './args.ts';
import { createInterviewPrepUtterances } from './utterances.ts';
import { jobSentenceReader } from '../phrasing/find-job.ts';

type Args = z.input<typeof createInterviewPrepArgs>;

const interview =
  '(?:(?:the|my|an|this|that|our|upcoming|next|first|second|final|phone|onsite|on-site|technical|video|hr|behavioral|mock|practice|system\\s+design|coding)\\s+)*(?:interviews?|phone\\s+screen|screening)';
const prep =
  '(?:prep|preparation|practice|practice\\s+sheet|prep\\s+pack|prep\\s+notes|prep\\s+doc(?:ument)?|prep\\s+guide|tips|advice|pointers|questions|practice\\s+questions|cheat\\s+sheet|notes|guide|pack|materials|doc(?:ument)?|brief(?:ing)?|plan)';

/** Worry said about an interview: "i'm panicking", "im so stressed", "freaking out lol". */
const worried =
  "(?:(?:i'?m|i\\s+am|im)\\s+)?(?:(?:so|really|kinda|kind\\s+of|a\\s+bit|a\\s+little|totally|lowkey|literally|honestly)\\s+)*(?:panicking|panicked|freaking\\s+out|stressing(?:\\s+out)?|stressed(?:\\s+out)?|terrified|scared|anxious|worried|nervous|losing\\s+it|dreading\\s+it|not\\s+ready|so\\s+unprepared|unprepared)(?:\\s+about\\s+it)?";

function prepIntent(pattern: RegExp, bare: boolean, confidence?: Confidence): Intent<Args> {
  return {
    pattern,
    questions: true,
    ...(confidence ? { confidence } : {}),
    read: ({ original }, context) => readTarget(original('target') ?? original('job') ?? '', context, bare),
  };
}

/** How people ask to get ready for an interview: "help me prep for the interview at Acme", "interview prep for the third one". */
export const createInterviewPrepPhrasing = definePhrasing<Args>({
  priority: 25,
  utterances: createInterviewPrepUtterances,
  readSentence: jobSentenceReader(),
  capability: 'write interview prep packs',
  describe: ({ job }) => `write an interview prep pack for ${job}`,
  produces: ['last_document_id'],
  intents: [
    // "interview w Acme on friday, help", "i have the interview for this one next week, can you make me some questions":
    // an interview told, and help asked for beside it.
    prepIntent(
      /^(?:(?:i\s+have|i'?ve\s+got|i\s+got|got|have)\s+)?(?:an?\s+|the\s+|my\s+)?(?:(?:first|second|final|next|phone|technical|video)\s+)?interview\s+(?:with|at|for)\s+(?<target>.+?)(?:\s+(?:on|this|next|tomorrow|today|in)\b[^,]*?)?[\s,.!-]+(?:help(?:\s+me)?(?:\s+(?:pls|please|prep(?:are)?|out))?|(?:can|could|would)\s+(?:you|u)\s+(?:help|make|write|give|get|prep|create)\b.*)[\s?!.]*$/,
      true,
      'certain',
    ),
    {
      // "i have an interview next week and i'm panicking", "my interview with them is on thursday, i'm stressing":
      // an interview told with worry and no job named is the job in play's interview to get ready for.
      pattern: new RegExp(
        `^(?:(?:i\\s+have|i'?ve\\s+got|i\\s+got|got|have)\\s+(?:an?|the|my)\\s+|(?:my|the)\\s+)(?:(?:first|second|final|next|phone|technical|video|big)\\s+)?interview(?:\\s+(?:with|for|at)\\s+(?:them|it|this\\s+one|that\\s+one|this\\s+job|that\\s+job))?(?:\\s+is)?(?:\\s+(?:on|this|next|tomorrow|today|in|soon|coming\\s+up)\\b[^,]*?)?[\\s,.]+(?:and\\s+|but\\s+)?${worried}$`,
      ),
      confidence: 'certain',
      read: (_match, context) => fromJob(currentJob(context)),
    },
    prepIntent(
      new RegExp(
        `^(?:help\\s+me\\s+)?(?:prep(?:are)?|get\\s+(?:me\\s+)?ready|practice|study)\\s+(?:me\\s+)?for\\s+${interview}(?:\\s+(?:with|at|for)\\s+(?<target>.+))?$`,
      ),
      true,
    ),
    // "get ready for the Initech interview"
    prepIntent(
      /^(?:help\s+me\s+)?(?:prep(?:are)?|get\s+(?:me\s+)?ready|practice|study)\s+(?:me\s+)?for\s+(?:the|my|our|an?)\s+(?<target>.+?)\s+(?:interviews?|phone\s+screen)$/,
      true,
    ),
    prepIntent(/^(?:help\s+me\s+)?(?:prep(?:are)?|get\s+(?:me\s+)?ready)\s+(?:me\s+)?for\s+(?<target>.+)$/, false),
    prepIntent(
      new RegExp(
        `^(?:(?:make|create|generate|write|build|put\\s+together|give|get|draft|prepare|do|need|want|i\\s+need|i\\s+want|can\\s+i\\s+get)\\s+(?:me\\s+|up\\s+)?)?(?:an?\\s+|the\\s+|some\\s+)?(?:${interview}\\s+${prep}|interview\\s+pack|${prep}\\s+pack)(?:\\s+(?:pack|notes?|doc(?:ument)?|guide|sheet|kit|plan|materials?))*\\s*(?:for|about|on|with|at)\\s+(?<target>.+)$`,
      ),
      true,
    ),
    // "what should I ask them at the end of the Kestrel interview?", "what do i ask the panel in my interview with Brightwell":
    // the questions to ask a named job's interviewers are part of its prep pack. (With no job named it is a career question.)
    prepIntent(
      /^what\s+(?:should|do|can|could|shall|would)\s+i\s+ask(?:\s+(?:them|the\s+interviewers?|the\s+panel|the\s+manager))?\s+(?:at|in|during|after)\s+(?:the\s+end\s+of\s+)?(?:the|my|our)\s+(?:(?<target>.+?)\s+interview|interview\s+(?:at|with|for)\s+(?<job>.+))$/,
      // (Only a job the person has: "the final interview" names no job.)
      false,
      'certain',
    ),
    // Regression (session 38): "STAR stories for the X job" was read as nothing: answers told the STAR way, behavioural
    // examples, sample answers are what a prep pack holds.
    prepIntent(
      /^(?:(?:give|get|make|write|draft|prepare|prep|do|need|want|i\s+need|i\s+want|can\s+i\s+(?:get|have)|help\s+me\s+(?:with|write|prepare|prep|come\s+up\s+with)|come\s+up\s+with)\s+(?:me\s+|up\s+)?)?(?:an?\s+|the\s+|some\s+|a\s+(?:few|couple(?:\s+of)?)\s+|(?:two|three|four|five|\d)\s+)?(?:good\s+)?(?:star(?:[- ]method|[- ]format)?\s+(?:stories|examples|answers|responses)|behaviou?ral\s+(?:interview\s+)?(?:answers|examples|stories)|(?:sample|example|model|practice)\s+interview\s+answers|(?:sample|example|model)\s+answers)\s+(?:for|about|on|with|at)\s+(?<target>.+)$/,
      true,
      'certain',
    ),
    {
      // "what kind of questions might Alderney ask me?", "what r they gonna ask me at alderney": what a prep pack answers.
      pattern:
        /^what\s+(?:(?:kind|sort|type)s?\s+of\s+)?(?:questions?\s+)?(?:will|might|would|could|do|are|r|is|may)\s+(?<target>.+?)\s+(?:be\s+)?(?:going\s+to\s+|gonna\s+|likely\s+to\s+|probably\s+)?ask(?:ing)?(?:\s+me)?(?:\s+(?:at|in|during|for)\s+(?<where>.+?))?$/,
      questions: true,
      read: ({ groups, original }, context) => {
        const where = original('where') ?? groups.where;
        const atJob = where && !/^(?:the|my|an?)\s+(?:\w+\s+)?interviews?$/i.test(where) ? readJob(where, context, { bare: true }) : null;
        const asker = readJob(original('target') ?? '', context, { bare: true });
        const reading = atJob ?? asker;
        return reading ? fromJob(reading) : null;
      },
    },
    {
      // Regression (session 39): "…, can you get me ready", "…, what I should prepare", "…, can u give me likely questions"
      // after an interview told of: a plea to be made ready, for the job in play (or the one the news named).
      pattern:
        /^(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?)?(?:get|make)\s+me\s+ready(?:\s+for\s+(?:it|this|that|them))?$|^what\s+(?:(?:should|must|do|shall|can)\s+i|i\s+(?:should|must|need\s+to|have\s+to))\s+(?:to\s+)?prepare(?:\s+for\s+it)?$|^(?:(?:can|could)\s+(?:you|u)\s+)?(?:give|send|show|get)\s+me\s+(?:some\s+|the\s+)?(?:likely|possible|typical|common|probable|practice)\s+(?:interview\s+)?questions(?:\s+for\s+it)?$/,
      questions: true,
      read: (_match, context) => fromJob(currentJob(context)),
    },
    {
      pattern: new RegExp(`^(?:help\\s+me\\s+)?(?:prep(?:are)?|get\\s+ready)(?:\\s+me)?(?:\\s+for\\s+${interview})?$|^(?:${interview}\\s+${prep})$`),
      questions: true,
      read: (_match, context) => fromJob(currentJob(context)),
    },
  ],
  examples: [
    { say: 'help me prepare for my interview at Initech', args: { job: 'Initech' } },
    { say: 'interview prep pack for #3', args: { job: '#3' }, references: { last_job_ids: 'a,b,c' } },
    { say: 'put together some interview prep for it', args: { job: 'it' }, references: { last_job_id: '3f9a1c0b7d2e' } },
    { say: 'help me prepare', args: { job: 'it' }, references: { last_job_id: '3f9a1c0b7d2e' } },
    { say: 'what kind of questions will Initech ask me?', args: { job: 'Initech' } },
  ],
  counterExamples: ['I have an interview with Hooli on Friday', 'which companies am I interviewing with'],
});

function readTarget(target: string, context: PhrasingContext, bare: boolean): Reading<Args> | null {
  if (!target.trim()) return fromJob(currentJob(context));
  const reading = readJob(target, context, { bare });
  return reading ? fromJob(reading) : null;
}

function fromJob(reading: { job: string } | { reply: string }): Reading<Args> {
  return 'job' in reading ? { args: { job: reading.job } } : { reply: reading.reply };
}
