import { z } from 'zod';
import { jobReference } from '../arguments/job-reference.ts';
import { resumeReference } from '../arguments/resume-reference.ts';

export const analyzeMatchArgs = z.object({
  job: jobReference,
  resume: resumeReference.optional(),
});
