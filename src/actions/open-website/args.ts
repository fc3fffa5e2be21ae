import { z } from 'zod';
import { jobReference } from '../arguments/job-reference.ts';

export const openWebsiteArgs = z
  .object({
    url: z
      .string()
      .min(1)
      .max(2048)
      .optional()
      .describe('The address to open, e.g. "https://github.com" or a bare domain like "github.com". Give this or job, not both.'),
    job: jobReference
      .optional()
      .describe(
        'Open a job posting instead of an address: its id, a position in the last results ("the second one"), a company ("Stripe") or "it". Give this or url, not both.',
      ),
  })
  .refine((args) => (args.url === undefined) !== (args.job === undefined), {
    message: 'Give exactly one of "url" (an address) or "job" (a posting to open).',
  });
