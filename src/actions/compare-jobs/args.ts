import { z } from 'zod';
import { maxYearlyPay } from '../../protocol/posting.ts';

export const compareJobsArgs = z.object({
  by: z
    .enum(['pay', 'fit', 'recent', 'remote', 'mentions'])
    .describe(
      'What to compare: pay (highest salary), fit (best match to the active resume), recent (newest), remote, or mentions (which ask for `term`).',
    ),
  term: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .optional()
    .describe('With by "mentions": the skill, language or requirement to look for in each posting, e.g. "NX", "German", "driving licence".'),
  at_least: z
    .number()
    .positive()
    .max(maxYearlyPay)
    .optional()
    .describe('With by "pay": the least yearly pay wanted ("at least 90k"); the answer says which jobs pay it.'),
  jobs: z
    .array(z.string().trim().min(1).max(200))
    .min(2)
    .max(6)
    .optional()
    .describe(
      'Only these jobs, as named ("the toronto one", "the 2nd one", a company, an id). Without it, every job of the list.',
    ),
  among: z
    .enum(['results', 'saved'])
    .optional()
    .describe('Which jobs: the last search results of this conversation (the default) or the saved jobs.'),
});
