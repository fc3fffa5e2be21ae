import { z } from 'zod';
import { jobReference } from '../arguments/job-reference.ts';

/** What a question about one job can be about. */
export const jobAspects = ['pay', 'location', 'remote', 'stack', 'company', 'posted', 'type', 'description'] as const;
export type JobAspect = (typeof jobAspects)[number];

export const answerAboutJobArgs = z.object({
  job: jobReference,
  about: z
    .enum(jobAspects)
    .describe(
      'What the question asks: pay (salary), location (where), remote (remote or on-site), stack (technologies and skills), company (who is hiring), posted (when), type (full-time, contract…) or description (what the role involves).',
    ),
});
