import { z } from 'zod';
import { resumeReference } from '../arguments/resume-reference.ts';

export const showResumeArgs = z.object({
  resume: resumeReference.optional(),
});
