import { z } from 'zod';
import type { CareerSeed } from '../career/in-memory-career.ts';
import { JOB_REFERENCES } from '../career/jobs/resolve-job.ts';
import { RESUME_REFERENCE } from '../career/resumes/resolve-resume.ts';
import { DOCUMENT_REFERENCE } from '../career/writing/resolve-document.ts';
import type { DocumentRecord } from '../db/repositories/documents.ts';
import type { JobRecord } from '../db/repositories/jobs.ts';
import type { ResumeRecord } from '../db/repositories/resumes.ts';
import type { SavedJob } from '../db/repositories/saved-jobs.ts';
import { parseSalary } from '../jobs/parse-salary.ts';
import { salarySchema, type Salary } from '../protocol/posting.ts';
import type { KnownData } from '../protocol/known-data.ts';
import type { ChatMessage } from '../protocol/chat-message.ts';
import { knownJobs } from '../actions/phrasing/known-jobs.ts';
import { documentKinds, jobStatuses } from '../protocol/vocabulary.ts';

const jobSchema = z.object({
  id: z.string().min(1),
  title: z.string().default(''),
  company: z.string().default(''),
  location: z.string().nullish(),
  remote: z.boolean().nullish(),
  /** As a posting states it ("€70k–€85k", "$120,000 a year") or as the API returns it ({min, max, currency, period}). */
  salary: z.union([z.string(), salarySchema.partial()]).nullish(),
  /** A date, "2026-12-02"; `posted_at` as the API names it. */
  posted: z.string().nullish(),
  posted_at: z.string().nullish(),
  /** The contract type: "full-time", "contract". */
  type: z.string().nullish(),
  tags: z.array(z.string()).default([]),
  /** The fit score the person was shown; the matcher computes its own, so it is not used. */
  fit: z.number().nullish(),
  description: z.string().nullish(),
  /** The board it came from, by its adapter name: "hackernews", "greenhouse". */
  source: z.string().nullish(),
});

/**
 * What a case's thread and the person's data hold (spec14): the last results in the order
 * shown, the saved jobs with their status, resumes, documents, and the job "it" means.
 */
export const evalWorldSchema = z.object({
  results: z.array(jobSchema).default([]),
  saved: z.array(jobSchema.partial({ title: true, company: true }).extend({ status: z.enum(jobStatuses).default('saved') })).default([]),
  resumes: z
    .array(z.object({ id: z.string().min(1), label: z.string().optional(), format: z.string().default('pdf').transform(storedFormat), active: z.boolean().default(false) }))
    .default([]),
  documents: z
    .array(
      z.object({
        id: z.string().min(1),
        kind: z.enum(documentKinds),
        /** The id of the job it was written for. */
        job: z.string().nullish(),
        tone: z.string().nullish(),
        title: z.string().optional(),
      }),
    )
    .default([]),
  /** The job "it" means: an id of the results or saved list, or a job given in full (then it is in the index too). */
  last_job: z.union([z.string(), jobSchema]).optional(),
});

export type EvalWorld = z.output<typeof evalWorldSchema>;

/**
 * The thread references a world stands for, as the actions would have left them: the
 * results' ids in order (`last_job_ids`), the job "it" means (`last_job_id`, or the only
 * result, as a search of one leaves it), the active resume (`active_resume_id`) and the
 * newest document (`last_document_id`: the world lists documents oldest first).
 *
 * @example
 * worldReferences(world); // { last_job_ids: 'job_a,job_b', last_job_id: 'job_b', active_resume_id: 'res_1', last_document_id: 'doc_1' }
 */
export function worldReferences(world: EvalWorld, history: readonly ChatMessage[] = []): Record<string, string> {
  const references: Record<string, string> = {};
  const resultIds = world.results.length > 0 ? world.results.map((job) => job.id) : savedListShown(world, history);
  if (resultIds.length > 0) references[JOB_REFERENCES.lastResults] = resultIds.join(',');
  const lastJob = lastJobId(world) ?? (resultIds.length === 1 ? resultIds[0] : undefined);
  if (lastJob) references[JOB_REFERENCES.lastJob] = lastJob;
  const active = world.resumes.find((resume) => resume.active);
  if (active) references[RESUME_REFERENCE] = active.id;
  const newestDocument = world.documents.at(-1);
  if (newestDocument) references[DOCUMENT_REFERENCE] = newestDocument.id;
  return references;
}

/**
 * What the planner is told the person's data holds in a world: the results and saved jobs by
 * name, and the resumes, as `knownData` reads them from the store.
 *
 * @example
 * worldKnown(world).jobs[0]; // { id: 'job_a', title: 'Backend Engineer', company: 'Stripe' }
 */
export function worldKnown(world: EvalWorld): KnownData {
  const jobs = [...world.results, ...world.saved, ...lastJobInFull(world)].map(({ id, title, company, location, remote, type, salary }) => ({
    id,
    title: title ?? '',
    company: company ?? '',
    location: location ?? null,
    remote: remote ?? null,
    employment_type: type ? type.toLowerCase().replace(/[\s-]+/g, '_') : null,
    currency: salaryOf(salary)?.currency ?? null,
  }));
  return {
    jobs: jobs.filter((job, index) => jobs.findIndex(({ id }) => id === job.id) === index),
    resumes: world.resumes.map(({ id, label, format }) => ({ id, label: label ?? id, format })),
    // (Newest first, as the store lists them; the world lists them oldest first.)
    documents: (worldCareer(world).documents ?? []).map(({ id, kind, title, tone }) => ({ id, kind, title, tone })).reverse(),
  };
}

/**
 * With no results, the saved jobs' ids in the order the conversation last listed them (as
 * listing saved jobs leaves them), when it did: "drop the second one" after "Saved jobs: 1. …".
 */
function savedListShown(world: EvalWorld, history: readonly ChatMessage[]): string[] {
  const listed = knownJobs({ history }).filter((job) => job.position !== undefined);
  const ids = listed.map(({ company, title }) => world.saved.find((job) => job.company === company && (!job.title || !title || title.includes(job.title) || job.title.includes(title)))?.id);
  return listed.length > 0 && ids.every(Boolean) ? (ids as string[]) : [];
}

function lastJobId(world: EvalWorld): string | undefined {
  return typeof world.last_job === 'string' ? world.last_job : world.last_job?.id;
}

/** The job "it" means when the world gives it in full rather than by id, as a list of none or one. */
function lastJobInFull(world: EvalWorld): z.output<typeof jobSchema>[] {
  return typeof world.last_job === 'object' ? [world.last_job] : [];
}

/** A fixed clock for stored timestamps, so a world reads the same on every run. */
const storedAt = '2026-12-01T00:00:00.000Z';

/**
 * What the in-memory career store holds for a world: every job of the results and the
 * saved list in the index (a result's details win), the tracker with each saved job's
 * status, the resumes (labels and formats, no content) with the active one, and the
 * documents (kind, job and tone, no text).
 *
 * @example
 * const registry = createActions(inMemoryCareer({}, worldCareer(world)));
 */
export function worldCareer(world: EvalWorld): CareerSeed {
  const index = new Map<string, JobRecord>();
  for (const job of [...world.results, ...world.saved, ...lastJobInFull(world)]) {
    if (!index.has(job.id)) index.set(job.id, jobRecord(job));
  }
  const saved = world.saved.map((entry): SavedJob => {
    const job = index.get(entry.id) as JobRecord;
    return {
      job_id: job.id,
      title: job.title,
      company: job.company,
      location: job.location,
      url: job.url,
      status: entry.status,
      notes: '',
      saved_at: storedAt,
      updated_at: storedAt,
      history: [{ status: entry.status, note: '', at: storedAt }],
    };
  });
  const resumes = world.resumes.map(
    (resume): ResumeRecord => ({
      id: resume.id,
      label: resume.label ?? resume.id,
      format: resume.format,
      filename: `${resume.label ?? resume.id}.${resume.format}`,
      raw_text: '',
      resume: {},
      parent_id: null,
      job_id: null,
      created_at: storedAt,
      active: resume.active,
      corrected_at: null,
      corrections: [],
    }),
  );
  const documents = world.documents.map((document): DocumentRecord => {
    const job = document.job ? index.get(document.job) : undefined;
    const what = document.kind.replace(/_/g, ' ');
    return {
      id: document.id,
      kind: document.kind,
      title: document.title ?? (job ? `${what} for ${job.title} at ${job.company}` : what),
      job_id: document.job ?? null,
      resume_id: null,
      content: '',
      changes: [],
      tone: document.tone ?? null,
      revision_of: null,
      created_at: storedAt,
    };
  });
  return { jobs: [...index.values()], saved, resumes, activeResumeId: world.resumes.find((resume) => resume.active)?.id, documents };
}

/** A case's salary, said in words or given in the API's shape. */
function salaryOf(given: z.output<typeof jobSchema>['salary']): Salary | null {
  if (!given) return null;
  if (typeof given === 'string') return parseSalary(given);
  return { min: given.min ?? null, max: given.max ?? null, currency: given.currency ?? null, period: given.period ?? null };
}

function jobRecord(job: z.output<typeof jobSchema> | Partial<z.output<typeof jobSchema>>): JobRecord {
  const said = job.posted ?? job.posted_at;
  const posted = said && !Number.isNaN(Date.parse(said)) ? new Date(said).toISOString() : null;
  return {
    id: job.id as string,
    title: job.title ?? '',
    company: job.company ?? '',
    location: job.location ?? null,
    remote: job.remote ?? null,
    salary: salaryOf(job.salary),
    employment_type: job.type ? job.type.toLowerCase().replace(/[\s-]+/g, '_') : null,
    work_pattern: null,
    closes_on: null,
    posted_at: posted,
    url: `https://jobs.example/${encodeURIComponent(job.id as string)}`,
    sources: job.source ? [{ name: job.source, url: `https://jobs.example/${encodeURIComponent(job.id as string)}` }] : [],
    tags: job.tags ?? [],
    description: job.description ?? '',
    first_seen_at: posted ?? storedAt,
    last_seen_at: storedAt,
  };
}

/** A world's format as the store keeps it: the case format says "md" and "txt", the reader stores "markdown" and "text". */
function storedFormat(format: string): string {
  return ({ md: 'markdown', txt: 'text' } as Record<string, string>)[format.toLowerCase()] ?? format;
}
