import { z } from 'zod';
import { jobReference } from '../../jobs/job-reference.ts';
import { resumeReference } from '../../resume/resume-reference.ts';

export const createInterviewPrepArgs = z.object({
  job: jobReference,
  resume: resumeReference.optional(),
});
