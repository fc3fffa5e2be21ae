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
      'What the question asks: pay (salary), location (where), remote (remote or on-site), stack (technologies and skills), company (who is hiring), posted (when it was posted), closes (its closing date, application deadline), type (full-time, part-time, contract, IR35…) description (what the role involves), experience (the years of experience it asks, and in what), languages (the spoken languages it requires or prefers: "does it need Dutch?", "is German required?"), travel (how much travel), relocation (help with moving), visa (visa sponsorship, work permits, the right to work), start (the start date), hours (the working hours, the shift pattern — nights, rota, schedule — and the time zone they are kept in), union (a union or collective agreement) or licence (a professional licence or registration it needs: "does it need AHPRA registration?").',
    ),
});
