import { z } from 'zod';
import { jobReference } from '../arguments/job-reference.ts';
import { resumeReference } from '../arguments/resume-reference.ts';

export const analyzeMatchArgs = z
  .object({
    job: jobReference.optional().describe('The job to score against: its id, a position in the last results, a company or "it". Give this or job_text.'),
    job_text: z
      .string()
      .trim()
      .min(40, 'job_text is too short to be a posting (at least 40 characters)')
      .max(50_000, 'job_text is at most 50 000 characters')
      .optional()
      .describe('A posting the person pasted as text (one not in the index), its title first. Give this or job, not both.'),
    resume: resumeReference.optional(),
  })
  .refine((args) => (args.job === undefined) !== (args.job_text === undefined), {
    message: 'Give exactly one of "job" (a job jobpilot knows) or "job_text" (a posting pasted as text).',
  });
