import { z } from 'zod';
import { jobReference } from '../arguments/job-reference.ts';
import { postingTerms } from './posting-terms.ts';

/** What a question about one job can be about. */
export const jobAspects = ['pay', 'location', 'remote', 'stack', 'company', 'posted', 'closes', 'type', 'description', 'experience', 'languages', ...postingTerms] as const;
export type JobAspect = (typeof jobAspects)[number];

export const answerAboutJobArgs = z.object({
  job: jobReference,
  about: z
    .enum(jobAspects)
    .describe(
      'What the question asks about: remote (or on-site), stack (technologies, skills), closes (closing date, deadline), type (full-time, part-time, contract, IR35…), description (what the role involves), experience (years asked, in what), languages (spoken ones required: "does it need Dutch?"), relocation (help moving), visa (sponsorship, work permit, right to work), hours (working hours, shifts, rota, their time zone), union (or collective agreement), licence (a licence or registration needed: "AHPRA?"); the rest as named.',
    ),
});
