import type { z } from 'zod';
import { definePhrasing, type Reading } from '../phrasing/phrasing.ts';
import { findResume } from '../phrasing/find-resume.ts';
import type { showResumeArgs } from './args.ts';
import { showResumeUtterances } from './utterances.ts';

type Args = z.input<typeof showResumeArgs>;

const resumeWord = '(?:resume|résumé|cv)';
/** Words that say "the one I use", not which one. */
const current = /^(?:current|active|latest|main|default|existing|imported|present|whole|full|entire|own)$/;

/** How people look at a resume: "show me my resume", "what does my CV look like?", "show the frontend resume". */
export const showResumePhrasing = definePhrasing<Args>({
  priority: 22,
  utterances: showResumeUtterances,
  readSentence: (clause, context) => {
    const named = findResume(clause.text, context);
    return named === null ? { args: {} } : 'reply' in named ? named : { args: { resume: named.resume } };
  },
  capability: 'show your resume',
  describe: ({ resume }) => (resume ? `show the ${resume} resume` : 'show your resume'),
  intents: [
    {
      pattern: new RegExp(
        `^(?:show|view|see|display|print|open|pull\\s+up|bring\\s+up|read|give|check|review|look\\s+at|read\\s+back)(?:\\s+me)?\\s+(?:(?:my|the|our)\\s+(?:(?<which>.+?)\\s+)?)?${resumeWord}$`,
      ),
      read: ({ groups, original }) => which(groups.which, original('which')),
    },
    {
      pattern: new RegExp(
        `^(?:what\\s+does\\s+my\\s+(?:(?<which>\\S+)\\s+)?${resumeWord}\\s+(?:look\\s+like|say)|what(?:'s|\\s+is)\\s+(?:in|on)\\s+my\\s+${resumeWord}|which\\s+${resumeWord}\\s+am\\s+i\\s+using|where(?:'s|\\s+is)\\s+my\\s+${resumeWord}|what\\s+${resumeWord}\\s+(?:am\\s+i\\s+using|is\\s+active))$`,
      ),
      questions: true,
      read: ({ groups, original }) => which(groups.which, original('which')),
    },
  ],
  examples: [
    { say: 'show me my cv', args: { resume: null } },
    { say: 'what does my resume say?', args: { resume: null } },
    { say: 'view the design resume', args: { resume: 'design' } },
  ],
  counterExamples: ['show my tailored resumes', 'use my backend resume'],
});

function which(lower: string | undefined, said: string | undefined): Reading<Args> {
  if (!lower || current.test(lower)) return { args: {} };
  return { args: { resume: (said ?? lower).trim() } };
}
