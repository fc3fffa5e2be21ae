import { z } from 'zod';
import { jobStatus } from '../arguments/job-status.ts';

export const listSavedJobsArgs = z.object({
  status: jobStatus
    .optional()
    .describe('Only jobs at this stage of the pipeline; every saved job when not given.'),
  company: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('Only jobs at this company (its name or part of it, "Brenner").'),
});
