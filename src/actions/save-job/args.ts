import { z } from 'zod';
import { jobReference } from '../arguments/job-reference.ts';

export const saveJobArgs = z.object({
  job: jobReference,
  notes: z
    .string()
    .min(1)
    .max(2000)
    .optional()
    .describe('A note to keep with the saved job, e.g. "referral from Ana".'),
});
