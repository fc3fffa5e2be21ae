import { z } from 'zod';
import { resumeReference } from '../arguments/resume-reference.ts';

export const showResumeArgs = z.object({
  resume: resumeReference.optional(),
  all: z
    .boolean()
    .optional()
    .describe('List every stored resume (label, format, id, which one is active) instead of showing one.'),
});
