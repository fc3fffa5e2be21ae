import { z } from 'zod';
import { resumeReference } from '../arguments/resume-reference.ts';

export const showResumeArgs = z.object({
  resume: resumeReference.optional(),
  all: z
    .boolean()
    .optional()
    .describe('List every stored resume (label, format, id, which one is active) instead of showing one.'),
  years: z
    .boolean()
    .optional()
    .describe('Answer how many years of work the resume shows, in all and per field ("how many years of X experience do I have?").'),
});
