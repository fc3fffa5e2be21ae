import { z } from 'zod';
import { jobReference } from '../arguments/job-reference.ts';
import { jobStatus } from '../arguments/job-status.ts';

export const updateJobStatusArgs = z.object({
  job: jobReference,
  status: jobStatus.describe('The job\'s new stage: saved, applied, interviewing, offer, rejected or withdrawn.'),
  note: z
    .string()
    .min(1)
    .max(2000)
    .optional()
    .describe('A note kept with this change, e.g. "phone screen on Monday".'),
  on: z
    .string()
    .min(1)
    .max(60)
    .optional()
    .describe('The past day it happened, when said ("yesterday", "3 days ago", "on the 3rd"). Left out: today.'),
});
