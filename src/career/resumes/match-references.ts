import type { JobRecord } from '../../db/repositories/jobs.ts';
import type { ResumeRecord } from '../../db/repositories/resumes.ts';
import type { MatchResponse } from '../../protocol/api.ts';
import type { CareerCallContext, CareerDependencies } from '../career-dependencies.ts';
import { resolveJob } from '../jobs/resolve-job.ts';
import { matchResume } from './match-resume.ts';
import { postingOf } from './posting-of.ts';
import { resolveResume } from './resolve-resume.ts';

/** A resume and a job as the conversation named them, and how well they match. */
export interface ReferencedMatch {
  resume: ResumeRecord;
  job: JobRecord;
  match: MatchResponse;
}

/**
 * Resolves the job and resume a step names ("the second one", "my backend resume", the
 * active one when none is named) and matches them; a miss is explained, naming what works.
 *
 * @example
 * const found = await matchReferences({ job: 'the Stripe one' }, context, dependencies);
 */
export async function matchReferences(
  args: { job: string; resume?: string | undefined },
  context: Pick<CareerCallContext, 'references'>,
  dependencies: Pick<CareerDependencies, 'jobs' | 'saved' | 'resumes'>,
): Promise<({ ok: true } & ReferencedMatch) | { ok: false; error: string; references?: Record<string, string> }> {
  const resume = await resolveResume(args.resume, dependencies.resumes);
  if (!resume.ok) return resume;
  const job = await resolveJob(args.job, { references: context.references ?? {}, ...dependencies });
  if (!job.ok) return job;
  return { ok: true, resume: resume.resume, job: job.job, match: matchResume(resume.resume, postingOf(job.job), job.job.id) };
}
