import { z } from 'zod';
import { jobReference } from '../arguments/job-reference.ts';

export const optimizeResumeArgs = z.object({
  job: jobReference,
  focus: z
    .enum(['keywords', 'skills', 'experience', 'summary'])
    .optional()
    .describe('What to tailor first: the posting\'s "keywords", the "skills" list, the "experience" bullets or the "summary".'),
});
