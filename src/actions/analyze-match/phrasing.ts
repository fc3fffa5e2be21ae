import type { z } from 'zod';
import { currentJob, readJob } from '../phrasing/job-references.ts';
import { definePhrasing, type Intent, type PhrasingContext, type Reading } from '../phrasing/phrasing.ts';
import type { analyzeMatchArgs } from './args.ts';
import { analyzeMatchUtterances } from './utterances.ts';
import { jobSentenceReader } from '../phrasing/find-job.ts';
import { pastedPosting } from './read-pasted-posting.ts';

type Args = z.input<typeof analyzeMatchArgs>;

/** "… using my backend resume": which resume to compare, when not the active one. */
const withResume = /(?<!\s)\s+(?:using|with|based on|against|from)\s+(?:my|the)\s+(?<resume>[\p{L}\p{N} +#.-]+?)\s+(?:resume|cv|résumé)$/iu;
const resumeWords = '(?:my\\s+(?:resume|cv|résumé|profile|skills|experience|background))';

/** These sentences can only be about fit, so they are sure. */
function matchIntent(pattern: RegExp): Intent<Args> {
  return {
    pattern,
    questions: true,
    confidence: 'certain',
    read: ({ original }, context) => readTarget(original('target') ?? '', context),
  };
}

/** How people ask how well they fit a job: "how well do I match the second one?", "compare my CV to #2". */
export const analyzeMatchPhrasing = definePhrasing<Args>({
  priority: 27,
  utterances: analyzeMatchUtterances,
  readSentence: jobSentenceReader(),
  // "<a posting pasted in> … how well do I fit?": scored as pasted, never searched for or imported.
  readWhole: (message) => {
    const posting = pastedPosting(message);
    return posting ? { args: { job_text: posting }, confidence: 'certain' } : null;
  },
  capability: 'score your resume against a job',
  describe: ({ job, job_text }) => (job_text ? 'score your resume against the posting you pasted' : `compare your resume with ${job}`),
  intents: [
    matchIntent(
      /^how\s+(?:well\s+|good\s+|closely\s+)?(?:do|would|does|will|might)\s+(?:i|my\s+(?:resume|cv|profile|skills))\s+(?:match|fit|suit|stack\s+up\s+(?:against|for|with|to)|compare\s+(?:to|with|against)|do\s+(?:for|with|at)|score|rate|rank|measure\s+up)(?:\s+(?:with|to|for|against|on))?\s+(?<target>.+)$/,
    ),
    matchIntent(
      /^(?:am\s+i|would\s+i\s+be|i'?m|is\s+my\s+(?:resume|cv|profile))\s+(?:a\s+|an\s+)?(?:good|great|strong|decent|solid|the\s+right|right|qualified|suitable|competitive)?\s*(?:match|fit|candidate|enough)?\s*(?:for|with)\s+(?<target>.+)$/,
    ),
    matchIntent(/^(?:do|would|could|can|should)\s+i\s+(?:match|fit|qualify\s+for|suit|be\s+(?:a\s+)?(?:good\s+)?(?:fit|match)\s+for)\s+(?<target>.+)$/),
    // "score me vs the Acme one", "rate me against it"
    matchIntent(/^(?:score|rate|rank|grade|measure|compare|check)\s+me\s+(?:up\s+)?(?:to|against|with|for|vs\.?|versus|on)\s+(?<target>.+)$/),
    matchIntent(
      new RegExp(`^(?:compare|match|score|check|rate|measure|test|hold|stack)\\s+${resumeWords}\\s+(?:up\\s+)?(?:to|against|with|for|vs\\.?|versus|on)\\s+(?<target>.+)$`),
    ),
    matchIntent(
      /^(?:(?:analy[sz]e|check|score|rate|assess|evaluate|calculate|compute|show(?:\s+me)?|get|give\s+me|what'?s|what\s+is|whats)\s+)?(?:my\s+|the\s+)?(?:job\s+)?(?:match(?:\s+score)?|fit(?:\s+score)?|match\s+analysis|gap\s+analysis|skills?\s+gaps?|gaps)\s+(?:for|with|against|to|on)\s+(?<target>.+)$/,
    ),
    matchIntent(/^how\s+(?:good|strong|close)\s+(?:a\s+|of\s+a\s+)?(?:fit|match)\s+(?:am\s+i|is\s+my\s+(?:resume|cv))\s+(?:for|with|to)\s+(?<target>.+)$/),
    matchIntent(/^(?:rate|what\s+are|how\s+are|estimate|check)\s+my\s+(?:chances|odds)\s+(?:for|with|at|of\s+getting)\s+(?<target>.+)$/),
    matchIntent(/^what\s+(?:am\s+i|skills\s+am\s+i)\s+(?:missing|lacking)\s+(?:for|to\s+get)\s+(?<target>.+)$/),
    {
      pattern: /^(?:how\s+(?:well\s+)?do\s+i\s+(?:match|fit|stack\s+up)|am\s+i\s+(?:a\s+)?(?:good\s+)?(?:fit|match|qualified)|do\s+i\s+(?:match|fit|qualify)|(?:match|fit)\s+score)$/,
      questions: true,
      read: (_match, context) => fromJob(currentJob(context), undefined),
    },
  ],
  examples: [
    { say: 'how well do I match the second one?', args: { job: 'the second one' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' } },
    { say: 'am I a good fit for the Acme role?', args: { job: 'Acme' } },
    { say: 'compare my CV to #2 using my backend resume', args: { job: '#2', resume: 'backend' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' } },
    { say: 'fit score for it', args: { job: 'it' }, references: { last_job_id: '3f9a1c0b7d2e' } },
    { say: 'what am I missing for the Initech job?', args: { job: 'Initech' } },
  ],
  counterExamples: ['how do I negotiate my salary?', 'find python jobs that match my resume'],
});

function readTarget(target: string, context: PhrasingContext): Reading<Args> | null {
  const resume = withResume.exec(target)?.groups?.resume;
  const phrase = resume ? target.slice(0, withResume.exec(target)?.index).trim() : target;
  const reading = readJob(phrase.replace(/(?<!\s)\s+(?:job|posting|role|position)\s+(?:at|with)\s+/i, ' at '), context, { bare: true });
  return reading ? fromJob(reading, resume) : null;
}

function fromJob(reading: { job: string } | { reply: string }, resume: string | undefined): Reading<Args> {
  return 'job' in reading ? { args: { job: reading.job, resume } } : { reply: reading.reply };
}
