import type { KnownData } from '../protocol/known-data.ts';
import type { CareerDependencies } from './career-dependencies.ts';
import { lastResultIds } from './jobs/resolve-job.ts';

/** How many of each the planner is told about: enough to name, small enough to read every turn. */
const limits = { jobs: 60, resumes: 20, documents: 20 };

/**
 * The jobs (the thread's last results, then the saved ones, newest first), resumes and documents a
 * planner may hear named, read fresh for each decision so a job saved one step ago is known
 * the next.
 *
 * @example
 * await knownData(career, references); // { jobs: [{ id: '3f9a…', title: 'SRE', company: 'Monzo' }], resumes: [{ id: 'res_1', label: 'main', format: 'pdf' }] }
 */
export async function knownData(
  { jobs, saved, resumes, documents }: Pick<CareerDependencies, 'jobs' | 'saved' | 'resumes' | 'documents'>,
  references: Readonly<Record<string, string>> = {},
): Promise<KnownData> {
  const [results, tracked, stored, written] = await Promise.all([
    jobs.getMany(lastResultIds(references)),
    saved.list(),
    resumes.list(),
    documents.list({ limit: limits.documents }),
  ]);
  // The pay saved postings state: salary advice is given in their currency and range.
  const postings = new Map((await jobs.getMany(tracked.slice(0, limits.jobs).map(({ job_id }) => job_id))).map((job) => [job.id, job]));
  const pay = (salary: { min: number | null; max: number | null; currency: string | null; period: string | null } | null | undefined) =>
    salary && (salary.min !== null || salary.max !== null) ? { salary: { min: salary.min, max: salary.max, currency: salary.currency, period: salary.period } } : {};
  const named = [
    // (What a list said of each result, so "the Cork one" or "the contract one" can point at it.)
    ...results.map(({ id, title, company, location, remote, employment_type, salary }) => ({ id, title, company, location, remote, employment_type, currency: salary?.currency ?? null, ...pay(salary) })),
    ...tracked.map(({ job_id, title, company, location }) => ({ id: job_id, title, company, location, ...pay(postings.get(job_id)?.salary) })),
  ];
  return {
    jobs: named.filter((job, index) => named.findIndex(({ id }) => id === job.id) === index).slice(0, limits.jobs),
    resumes: stored.slice(0, limits.resumes).map(({ id, label, format }) => ({ id, label, format })),
    documents: written.map(({ id, kind, title, tone }) => ({ id, kind, title, tone })),
  };
}
