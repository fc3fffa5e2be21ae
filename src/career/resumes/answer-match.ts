import type { JobsRepository } from '../../db/repositories/jobs.ts';
import type { ResumesRepository } from '../../db/repositories/resumes.ts';
import type { MatchRequest, MatchResponse } from '../../protocol/api.ts';
import { requireJob } from '../jobs/require-job.ts';
import { requireResume } from './choose-resume.ts';
import { matchResume } from './match-resume.ts';
import { postingFromText, postingOf } from './posting-of.ts';

/**
 * `POST /v1/match`: the named resume (or the active one) against a job in the index or a
 * pasted posting.
 *
 * @throws JobpilotError `NO_RESUME`, `RESUME_NOT_FOUND` or `JOB_NOT_FOUND`.
 * @example
 * await answerMatch({ resumes, jobs }, { job_id: '3f9a1c0b7d2e' });
 */
export async function answerMatch(
  dependencies: { resumes: Pick<ResumesRepository, 'get' | 'active'>; jobs: Pick<JobsRepository, 'get'> },
  request: MatchRequest,
): Promise<MatchResponse> {
  const resume = await requireResume(dependencies.resumes, request.resume_id);
  if (!request.job_id) return matchResume(resume, postingFromText(request.job_text ?? ''));
  const job = await requireJob(dependencies.jobs, request.job_id, 'Find one with GET /v1/jobs/search, or send the posting as job_text.');
  return matchResume(resume, postingOf(job), job.id);
}
