import { z } from 'zod';

export const compareJobsArgs = z.object({
  by: z
    .enum(['pay', 'fit', 'recent', 'remote'])
    .describe('What to compare: pay (the highest salary), fit (the best match to the active resume), recent (the newest posting) or remote (which are remote).'),
  among: z
    .enum(['results', 'saved'])
    .optional()
    .describe('Which jobs: the last search results of this conversation (the default) or the saved jobs.'),
});
