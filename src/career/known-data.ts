import type { KnownNamesRepository, NamedJob } from '../db/repositories/known-names.ts';
import type { KnownData } from '../protocol/known-data.ts';
import { listedIds } from './jobs/resolve-job.ts';

/** How many of each the planner is told about: enough to name, small enough to read every turn. */
const limits = { jobs: 60, resumes: 20, documents: 20 };

/**
 * The jobs (the thread's last results, then the saved ones, newest first), resumes and documents a
 * planner may hear named, read fresh for each decision (one statement) so a job saved one
 * step ago is known the next.
 *
 * @example
 * await knownData(knownNamesRepository(pool, owner), references); // { jobs: [{ id: '3f9a…', title: 'SRE', company: 'Monzo' }], resumes: [{ id: 'res_1', label: 'main', format: 'pdf' }] }
 */
export async function knownData(names: Pick<KnownNamesRepository, 'read'>, references: Readonly<Record<string, string>> = {}): Promise<KnownData> {
  // Saved jobs past the first 60 could never be among the 60 named below, results first.
  const { results, saved, resumes, documents } = await names.read(listedIds(references), { saved: limits.jobs, resumes: limits.resumes, documents: limits.documents });
  // The pay a posting states: salary advice is given in its currency and range.
  const pay = ({ salary }: NamedJob) => (salary ? { salary: { ...salary } } : {});
  const named = [
    // (What a list said of each result, so "the Cork one" or "the contract one" can point at it.)
    ...results.map((job) => {
      const { id, title, company, location, remote, employment_type } = job;
      return { id, title, company, location, remote, employment_type, currency: job.salary?.currency ?? null, ...pay(job) };
    }),
    ...saved.map((job) => ({ id: job.id, title: job.title, company: job.company, location: job.location, ...pay(job) })),
  ];
  return {
    jobs: named.filter((job, index) => named.findIndex(({ id }) => id === job.id) === index).slice(0, limits.jobs),
    resumes: resumes.map(({ id, label, format }) => ({ id, label, format })),
    documents: documents.map(({ id, kind, title, tone }) => ({ id, kind, title, tone })),
  };
}
