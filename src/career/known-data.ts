import type { KnownData } from '../protocol/known-data.ts';
import type { CareerDependencies } from './career-dependencies.ts';
import { lastResultIds } from './jobs/resolve-job.ts';

/** How many of each the planner is told about: enough to name, small enough to read every turn. */
const limits = { jobs: 60, resumes: 20 };

/**
 * The jobs (the thread's last results, then the saved ones, newest first) and resumes a
 * planner may hear named, read fresh for each decision so a job saved one step ago is known
 * the next.
 *
 * @example
 * await knownData(career, references); // { jobs: [{ id: '3f9a…', title: 'SRE', company: 'Monzo' }], resumes: [{ id: 'res_1', label: 'main', format: 'pdf' }] }
 */
export async function knownData(
  { jobs, saved, resumes }: Pick<CareerDependencies, 'jobs' | 'saved' | 'resumes'>,
  references: Readonly<Record<string, string>> = {},
): Promise<KnownData> {
  const [results, tracked, stored] = await Promise.all([jobs.getMany(lastResultIds(references)), saved.list(), resumes.list()]);
  const named = [
    // (What a list said of each result, so "the Cork one" or "the contract one" can point at it.)
    ...results.map(({ id, title, company, location, remote, employment_type, salary }) => ({ id, title, company, location, remote, employment_type, currency: salary?.currency ?? null })),
    ...tracked.map(({ job_id, title, company, location }) => ({ id: job_id, title, company, location })),
  ];
  return {
    jobs: named.filter((job, index) => named.findIndex(({ id }) => id === job.id) === index).slice(0, limits.jobs),
    resumes: stored.slice(0, limits.resumes).map(({ id, label, format }) => ({ id, label, format })),
  };
}
