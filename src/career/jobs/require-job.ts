import type { JobRecord, JobsRepository } from '../../db/repositories/jobs.ts';
import { JobpilotError } from '../../errors.ts';

/**
 * The job with this id in the index, for requests that name one by id.
 *
 * @throws JobpilotError `JOB_NOT_FOUND`, its message ending with `hint` (what to do instead).
 * @example
 * const job = await requireJob(jobs, '3f9a1c0b7d2e');
 */
export async function requireJob(
  jobs: Pick<JobsRepository, 'get'>,
  id: string,
  hint = 'Find one with GET /v1/jobs/search or add it with POST /v1/jobs/import.',
): Promise<JobRecord> {
  const job = await jobs.get(id);
  if (!job) throw new JobpilotError('JOB_NOT_FOUND', `No job "${id}" in the index. ${hint}`);
  return job;
}
