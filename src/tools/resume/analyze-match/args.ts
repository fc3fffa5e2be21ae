import { z } from 'zod';
import { jobReference } from '../../jobs/job-reference.ts';
import { resumeReference } from '../resume-reference.ts';

export const analyzeMatchArgs = z.object({
  job: jobReference,
  resume: resumeReference.optional(),
});
