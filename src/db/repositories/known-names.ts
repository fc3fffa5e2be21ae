import type pg from 'pg';
import { prepared } from '../prepared.ts';
import { DEFAULT_OWNER } from '../../protocol/owners.ts';
import { POSTINGS_OWNER } from './jobs.ts';

/** A job as the planner hears it named: what a list said of it, and the pay its posting states. */
export interface NamedJob {
  id: string;
  title: string;
  company: string;
  location: string | null;
  remote: boolean | null;
  employment_type: string | null;
  /** Null when the posting states neither bound (as `JobRecord.salary`). */
  salary: { min: number | null; max: number | null; currency: string | null; period: string | null } | null;
}

/** What one read returns: the results asked for (in the order asked), the newest saved jobs, resumes and documents. */
export interface KnownNames {
  results: NamedJob[];
  saved: NamedJob[];
  resumes: Array<{ id: string; label: string; format: string }>;
  /** Letters and packs, newest first: "the stripe letter", "the formal letter" name one. */
  documents: Array<{ id: string; kind: string; title: string; tone: string | null }>;
}

interface NamedJobRow extends Omit<NamedJob, 'salary'> {
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  salary_period: string | null;
}

const namedJob = (j: string) => `json_build_object('id', ${j}.id, 'title', ${j}.title, 'company', ${j}.company, 'location', ${j}.location,
    'remote', ${j}.remote, 'employment_type', ${j}.employment_type, 'salary_min', ${j}.salary_min, 'salary_max', ${j}.salary_max,
    'salary_currency', ${j}.salary_currency, 'salary_period', ${j}.salary_period)`;

// One statement for what the rules planner reads before each decision (it was four: the results,
// the saved jobs with their history and checks, every resume version with its text, and the
// saved postings' pay; and the documents): only the columns named, only as many rows as the planner is told about.
const statement = `SELECT
  (SELECT coalesce(json_agg(${namedJob('j')} ORDER BY asked.position), '[]')
     FROM unnest($3::text[]) WITH ORDINALITY AS asked (id, position)
     JOIN jobs j ON j.owner = $2 AND j.id = asked.id) AS results,
  (SELECT coalesce(json_agg(${namedJob('j')} ORDER BY s.updated_at DESC, s.job_id), '[]')
     FROM (SELECT job_id, updated_at FROM saved_jobs WHERE owner = $1 ORDER BY updated_at DESC, job_id LIMIT $4) s
     JOIN jobs j ON j.id = s.job_id) AS saved,
  (SELECT coalesce(json_agg(json_build_object('id', r.id, 'label', r.label, 'format', r.format) ORDER BY r.created_at DESC, r.id DESC), '[]')
     FROM (SELECT id, label, format, created_at FROM resumes WHERE owner = $1 ORDER BY created_at DESC, id DESC LIMIT $5) r) AS resumes,
  (SELECT coalesce(json_agg(json_build_object('id', d.id, 'kind', d.kind, 'title', d.title, 'tone', d.tone) ORDER BY d.created_at DESC, d.id DESC), '[]')
     FROM (SELECT id, kind, title, tone, created_at FROM documents WHERE owner = $1 ORDER BY created_at DESC, id DESC LIMIT $6) d) AS documents`;

const toNamedJob = ({ salary_min: min, salary_max: max, salary_currency: currency, salary_period: period, ...job }: NamedJobRow): NamedJob => ({
  ...job,
  salary: min === null && max === null ? null : { min, max, currency, period },
});

/**
 * The names the built-in planner recognises in `owner`'s data, read fresh for each decision in
 * one statement: the thread's last results, the saved jobs (newest change first) with their
 * postings' pay, the resumes and the documents (newest first).
 *
 * @example
 * const names = knownNamesRepository(pool, 'default');
 * await names.read(['3f9a…'], { saved: 60, resumes: 20, documents: 20 }); // { results: [{ id: '3f9a…', title: 'SRE', … }], saved: […], resumes: [{ id: 'res_1', label: 'main', format: 'pdf' }] }
 */
export function knownNamesRepository(pool: pg.Pool, owner: string = DEFAULT_OWNER) {
  return {
    async read(resultIds: readonly string[], limits: { saved: number; resumes: number; documents: number }): Promise<KnownNames> {
      const { rows } = await pool.query<{ results: NamedJobRow[]; saved: NamedJobRow[]; resumes: KnownNames['resumes']; documents: KnownNames['documents'] }>(
        prepared(statement, [owner, POSTINGS_OWNER, resultIds, limits.saved, limits.resumes, limits.documents]),
      );
      const [row] = rows;
      return {
        results: (row?.results ?? []).map(toNamedJob),
        saved: (row?.saved ?? []).map(toNamedJob),
        resumes: row?.resumes ?? [],
        documents: row?.documents ?? [],
      };
    },
  };
}

export type KnownNamesRepository = ReturnType<typeof knownNamesRepository>;
