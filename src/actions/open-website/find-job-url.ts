import type { JobsRepository } from '../../db/repositories/jobs.ts';
import type { SavedJobsRepository } from '../../db/repositories/saved-jobs.ts';
import { resolveJob } from '../../career/jobs/resolve-job.ts';
import type { FindJobUrl } from './index.ts';

/**
 * How `open_website` turns `job` into the posting's address: the jobs resolver ("the
 * second one", "Stripe", "it"), then the posting's own URL.
 *
 * @example
 * makeOpenWebsiteAction({ findJobUrl: findJobUrlWith({ jobs, saved }) });
 */
export const findJobUrlWith =
  (dependencies: { jobs: JobsRepository; saved: SavedJobsRepository }): FindJobUrl =>
  async (job, references) => {
    const resolved = await resolveJob(job, { references, ...dependencies });
    if (!resolved.ok) return { ok: false, error: resolved.error };
    const { id, url, title, company } = resolved.job;
    if (!url) return { ok: false, error: `"${title}" at ${company} has no posting address to open.` };
    return { ok: true, id, url, title: `${title} at ${company}` };
  };
