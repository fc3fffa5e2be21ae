import type { z } from 'zod';
import { currentJob, readJob } from '../phrasing/job-references.ts';
import { definePhrasing, type Reading } from '../phrasing/phrasing.ts';
import type { showJobArgs } from './args.ts';
import { showJobUtterances } from './utterances.ts';
import { jobSentenceReader } from '../phrasing/find-job.ts';

type Args = z.input<typeof showJobArgs>;

const lead =
  '(?:show(?:\\s+me)?|view|see|display|read|describe|(?:have|take)\\s+a\\s+(?:look|peek|gander)\\s+at|let\\s+me\\s+(?:have\\s+a\\s+|take\\s+a\\s+)?(?:look\\s+at|see|read)|(?:i\'?d|i\\s+would)\\s+like\\s+to\\s+(?:see|read|look\\s+at|have\\s+a\\s+look\\s+at)|can\\s+i\\s+(?:see|read|have\\s+a\\s+look\\s+at)|pull\\s+up|bring\\s+up|check\\s+out|look\\s+at|go\\s+over|(?:give|get)\\s+me\\s+(?:(?:more|the|full)\\s+)?(?:details|info|information|the\\s+details|a\\s+summary)\\s+(?:on|about|for|of)|(?:more\\s+|full\\s+)?(?:details|info|information|description)\\s+(?:on|about|for|of)|tell\\s+me\\s+(?:more\\s+)?about|what(?:\'s|s|\\s+is|\\s+are)(?:\\s+in|\\s+up\\s+with)?|what\\s+about|how\\s+about|anything\\s+(?:more\\s+)?(?:on|about))';
/** "… on the list", "… from those results": where the job was seen, not which. */
const seenIn = '(?:on|from|in|of)\\s+(?:the|that|this|those|these|my|your|ur)\\s+(?:list|results|search(?:\\s+results)?)';
const tail = `(?:\\s+(?:about|in\\s+detail|in\\s+full|details|description|then|again|once\\s+more|${seenIn}))*`;
/** "pull that one up", "bring the Stripe job back up": the verb split around its object. */
const splitLead = '(?:pull|bring)';
const aspectOf =
  /^(?:the\s+)?(?:salary|pay|location|requirements|description|details|company|title|stack|tech\s+stack|benefits|deadline|link|url|status|state|progress)\s+(?:for|of|on|in|at|with)\s+(?:my\s+)?/i;
const alone =
  /^(?:tell me more|more (?:details|info|information)|(?:show|give) me (?:more|the details|the full (?:posting|description))|details|what(?:'s| is) it about|what does it (?:say|involve|pay))$/;

/** How people ask to see one posting: "show me the first one", "what's the Stripe one about?", "tell me more". */
export const showJobPhrasing = definePhrasing<Args>({
  priority: 28,
  utterances: showJobUtterances,
  readSentence: jobSentenceReader(),
  capability: 'show job details',
  describe: ({ job }) => `show the details of ${job}`,
  produces: ['last_job_id'],
  intents: [
    {
      pattern: new RegExp(`^${lead}\\s+(?<target>.+?)${tail}$`),
      questions: true,
      // "the salary for the first one": one aspect of a job is still that job.
      // (A bare name after an aspect, "the stack at Quillmark", is a question about that aspect, not this request.)
      read: ({ original }, context) => {
        const target = original('target') ?? '';
        return fromJob(readJob(target.replace(aspectOf, ''), context, { known: !aspectOf.test(target) }));
      },
    },
    {
      pattern: new RegExp(`^${splitLead}\\s+(?<target>.+?)\\s+(?:back\\s+)?up${tail}$`),
      questions: true,
      read: ({ original }, context) => fromJob(readJob(original('target') ?? '', context)),
    },
    {
      // "open up the kotlin job so I can read it": reading it is the point, so its details here.
      pattern: /^(?:open(?:\s+up)?|pull\s+up|bring\s+up|get|load)\s+(?<target>\S.*?)\s+so\s+(?:that\s+)?(?:i|we)\s+can\s+(?:read|see|look\s+at|look\s+over|check|go\s+through|go\s+over|review)(?:\s+(?:it|them|the\s+details|through\s+it))?$/,
      read: ({ original }, context) => fromJob(readJob(original('target') ?? '', context)),
    },
    {
      pattern: alone,
      questions: true,
      read: (_match, context) => {
        const reading = currentJob(context);
        return 'job' in reading ? { args: reading } : null;
      },
    },
  ],
  examples: [
    { say: 'show me the first one', args: { job: 'the first one' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' } },
    { say: 'what is the Hooli one about?', args: { job: 'Hooli' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' } },
    { say: 'tell me more about #2', args: { job: '#2' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' } },
    { say: 'details on job 3f9a1c0b7d2e', args: { job: '3f9a1c0b7d2e' } },
    { say: 'tell me more', args: { job: 'it' }, references: { last_job_id: '3f9a1c0b7d2e' } },
  ],
  counterExamples: ['show me my cv', "what's the capital of France", 'show me 15 nurse jobs', 'tell me more'],
});

function fromJob(reading: ReturnType<typeof readJob>): Reading<Args> | null {
  if (!reading) return null;
  return 'job' in reading ? { args: { job: reading.job } } : { reply: reading.reply };
}
