import { z } from 'zod';
import { jobReference } from '../arguments/job-reference.ts';

export const openWebsiteArgs = z
  .object({
    url: z
      .string()
      .min(1)
      .max(2048)
      .optional()
      .describe('The address to open, e.g. "https://github.com" or "github.com". This or job, not both.'),
    job: jobReference
      .optional()
      .describe(
        'A job posting to open instead of an address: its id, place ("the second one"), company or "it". This or url, not both.',
      ),
  })
  .refine((args) => (args.url === undefined) !== (args.job === undefined), {
    message: 'Give exactly one of "url" (an address) or "job" (a posting to open).',
  });
