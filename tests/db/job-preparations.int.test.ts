import { copyFile, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, migrationsDir } from '../../src/db/migrate.ts';
import { jobsRepository, POSTINGS_OWNER, type JobRecord } from '../../src/db/repositories/jobs.ts';
import { resumesRepository } from '../../src/db/repositories/resumes.ts';
import { createHttpClient } from '../../src/jobs/http-client.ts';
import { createJobSearch } from '../../src/jobs/job-search.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import type { MergedPosting } from '../../src/protocol/posting.ts';
import { postingPreparer, preparedFormVersion, preparePosting, prepareResume, readPreparedForm, scorePosting } from '../../src/resume/match.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

// A database written before migration 0018 (postings and no prepared forms), then migrated: fit
// scores prepare each posting when a search first shows it and keep the form; later searches read it.

const vocabulary = loadSkillVocabulary();
const version = preparedFormVersion(vocabulary);
let pool: pg.Pool;

const posting = (id: string, title: string, description: string, fields: Partial<MergedPosting> = {}): MergedPosting => ({
  id,
  title,
  company: 'Acme',
  location: 'Berlin, Germany',
  remote: false,
  salary: null,
  employment_type: 'full_time',
  posted_at: '2026-11-20T10:00:00.000Z',
  url: `https://jobs.example.com/${id}`,
  sources: [{ name: 'remotive', url: `https://remotive.com/${id}` }],
  tags: ['backend'],
  description,
  ...fields,
});

const before: MergedPosting[] = [
  posting('old-go-1', 'Senior Backend Engineer', 'Requirements\n- 5+ years building services in Go or Java\n- PostgreSQL and Kafka\n\nNice to have\n- Kubernetes is a plus'),
  posting('old-go-2', 'Platform Engineer', 'What you will do\n- Run Kubernetes and Terraform on AWS\n\nRequirements\n- 3+ years of Go\n- Prometheus and Grafana'),
  posting('old-py-3', 'Data Engineer', 'Requirements\n- Python, SQL, Airflow and dbt\n- Spark is a plus\n- Full UK driving licence', { tags: ['python', 'data'] }),
  posting('old-fe-4', 'Frontend Engineer', "What you'll do\n- Build our web app in TypeScript and React\n\nRequirements\n- 3+ years of React\n- CSS and accessibility"),
];

const resume: JsonResume = {
  basics: { name: 'Sam Rivera', label: 'Backend Engineer' },
  work: [
    {
      name: 'Initech',
      position: 'Senior Backend Engineer',
      startDate: '2018-01',
      endDate: '2026-10',
      highlights: ['Built payment services in Go on PostgreSQL and Kafka', 'Ran them on Kubernetes with Prometheus'],
    },
  ],
  skills: [{ name: 'Backend', keywords: ['Go', 'PostgreSQL', 'Kafka', 'Kubernetes', 'Terraform'] }],
};

/** The fit a search shows, computed afresh from the posting as the index returns it. */
const freshFit = (job: JobRecord) => {
  const match = scorePosting(prepareResume(resume, { rawText: 'Sam Rivera' }), preparePosting(job, vocabulary));
  return { score: match.score, missing: match.missing.slice(0, 5), scored: match.scored, knock_outs: match.knockOuts };
};

const storedForms = async () => {
  const { rows } = await pool.query<{ job_id: string; version: string; prepared: string }>('SELECT job_id, version, prepared FROM job_preparations ORDER BY job_id');
  return rows;
};

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: await createTestDatabase() });
  const older = await mkdtemp(join(tmpdir(), 'jobpilot-migrations-'));
  for (const file of await readdir(migrationsDir)) {
    const number = Number(file.slice(0, 4));
    if (number >= 1 && number <= 17) await copyFile(join(migrationsDir, file), join(older, file));
  }
  expect((await migrate(pool, { directory: older })).at(-1)).toBe(17);
  // Stored as the index stored postings before 0018 (in that schema: no preparer, no forms, none of 0022's columns).
  const rows = before.map((posting) => ({
    ...posting,
    salary_min: posting.salary?.min ?? null,
    salary_max: posting.salary?.max ?? null,
    salary_currency: posting.salary?.currency ?? null,
    salary_period: posting.salary?.period ?? null,
  }));
  await pool.query(
    `INSERT INTO jobs (id, owner, title, company, location, remote, salary_min, salary_max, salary_currency, salary_period, employment_type, posted_at, url, sources, tags, description)
     SELECT p.id, $2, p.title, p.company, p.location, p.remote, p.salary_min, p.salary_max, p.salary_currency, p.salary_period, p.employment_type, p.posted_at, p.url, p.sources, p.tags, p.description
       FROM jsonb_to_recordset($1::jsonb) AS p(id text, title text, company text, location text, remote boolean, salary_min numeric, salary_max numeric,
            salary_currency text, salary_period text, employment_type text, posted_at timestamptz, url text, sources jsonb, tags text[], description text)`,
    [JSON.stringify(rows), POSTINGS_OWNER],
  );
  expect((await migrate(pool)).at(0)).toBe(18);
  await resumesRepository(pool).add({ label: 'cv', format: 'text', filename: null, rawText: 'Sam Rivera', resume });
});
afterAll(async () => {
  await pool?.end();
});

describe('prepared postings kept with the index (migration 0018)', () => {
  it('prepares postings stored before the migration when a search first scores them, keeps the forms, and reads them after', async () => {
    const jobs = jobsRepository(pool, POSTINGS_OWNER, { preparer: postingPreparer(vocabulary) });
    const search = createJobSearch({ sources: [], http: createHttpClient(), jobs, resumes: resumesRepository(pool), timeoutMs: 1_000 });
    expect(await storedForms()).toEqual([]);

    const first = await search({ text: 'engineer', sort: 'fit', limit: 10 });
    expect(first.jobs.map((job) => job.id).sort()).toEqual(before.map((job) => job.id).sort());
    for (const job of first.jobs) expect(job.fit).toEqual(freshFit(job));
    // Every posting the search scored now has its form, of this matcher's version.
    const forms = await storedForms();
    expect(forms.map((form) => [form.job_id, form.version])).toEqual(before.map((job) => [job.id, version]).sort());

    // The next search reads them with its own statement: each is the posting prepared afresh.
    const { jobs: found, forms: read } = await jobs.searchWithForms({ text: 'engineer', limit: 10 }, version);
    for (const job of found) {
      const form = read.get(job.id)?.prepared;
      expect(form).toEqual(expect.any(String));
      expect(readPreparedForm(form as string)).toEqual(preparePosting(job, vocabulary));
    }
    const second = await search({ text: 'engineer', sort: 'fit', limit: 10 });
    expect(second.jobs).toEqual(first.jobs);
  });

  it('prepares a posting when the upsert stores it, again when its text changes, and not when it comes back unchanged', async () => {
    const preparer = postingPreparer(vocabulary);
    const prepared: string[] = [];
    const jobs = jobsRepository(pool, POSTINGS_OWNER, {
      preparer: { version: preparer.version, prepare: (job) => (prepared.push(job.title), preparer.prepare(job)) },
    });
    const fresh = posting('new-sre-5', 'Site Reliability Engineer', 'Requirements\n- Kubernetes and Go\n- On-call rota');
    await jobs.upsert([fresh]);
    expect(prepared).toEqual(['Site Reliability Engineer']);
    const formOf = async (id: string) => (await storedForms()).find((form) => form.job_id === id);
    const stored = await jobs.get('new-sre-5');
    expect(readPreparedForm((await formOf('new-sre-5'))?.prepared ?? '')).toEqual(preparePosting(stored as JobRecord, vocabulary));

    // A board's copy with a longer description: the merged posting is prepared again.
    await jobs.upsert([{ ...fresh, tags: ['sre'], description: `${fresh.description}\n- Terraform is a plus\n- Python or Rust` }]);
    expect(prepared).toHaveLength(2);
    const merged = (await jobs.get('new-sre-5')) as JobRecord;
    expect(merged.tags.sort()).toEqual(['backend', 'sre']);
    expect(readPreparedForm((await formOf('new-sre-5'))?.prepared ?? '')).toEqual(preparePosting(merged, vocabulary));

    // The same posting again (the next search's boards): nothing to prepare.
    await jobs.upsert([{ ...fresh, tags: ['sre'], description: `${fresh.description}\n- Terraform is a plus\n- Python or Rust` }]);
    expect(prepared).toHaveLength(2);
  });

  it('does not read a form of another version, or one written for other text: it is prepared again and written back', async () => {
    const jobs = jobsRepository(pool, POSTINGS_OWNER, { preparer: postingPreparer(vocabulary) });
    const search = createJobSearch({ sources: [], http: createHttpClient(), jobs, resumes: resumesRepository(pool), timeoutMs: 1_000 });
    await search({ text: 'engineer', sort: 'fit', limit: 10 });
    // An older matcher's form, and a posting whose text changed outside the upsert.
    await pool.query(`UPDATE job_preparations SET version = '0:older' WHERE job_id = 'old-go-1'`);
    await pool.query(`UPDATE jobs SET description = description || E'\\n- Rust is a plus' WHERE id = 'old-go-2'`);
    const { forms } = await jobs.searchWithForms({ text: 'engineer', limit: 10 }, version);
    expect(forms.get('old-go-1')?.prepared).toBeNull();
    expect(forms.get('old-go-2')?.prepared).toBeNull();
    expect(forms.get('old-py-3')?.prepared).toEqual(expect.any(String));

    const answer = await search({ text: 'engineer', sort: 'fit', limit: 10 });
    for (const job of answer.jobs) expect(job.fit).toEqual(freshFit(job));
    const { jobs: found, forms: again } = await jobs.searchWithForms({ text: 'engineer', limit: 10 }, version);
    for (const job of found) expect(readPreparedForm(again.get(job.id)?.prepared ?? '')).toEqual(preparePosting(job, vocabulary));
    const changed = found.find((job) => job.id === 'old-go-2');
    expect(changed?.description).toMatch(/Rust is a plus/);
    expect(readPreparedForm(again.get('old-go-2')?.prepared ?? '').niceToHaveSkills.map((skill) => skill.label)).toContain('Rust');
  });
});

// Session 38 trial: the web Jobs screen said "no resume yet, so not sorted by fit" with three resumes
// stored, because its search showed nothing. A note speaks of the resume only when jobs are shown unscored.
describe('the note of a search sorted by fit', () => {
  it('says nothing of the resume when nothing is shown, and nothing when the shown jobs are scored', async () => {
    const jobs = jobsRepository(pool, POSTINGS_OWNER, { preparer: postingPreparer(vocabulary) });
    const search = createJobSearch({ sources: [], http: createHttpClient(), jobs, resumes: resumesRepository(pool), timeoutMs: 1_000 });
    const none = await search({ text: 'lighthouse keeper', sort: 'fit', limit: 10 });
    expect(none.jobs).toEqual([]);
    expect(none.note).not.toMatch(/no resume/);
    const scored = await search({ text: 'engineer', sort: 'fit', limit: 10 });
    expect(scored.jobs.length).toBeGreaterThan(0);
    expect(scored.jobs.every((job) => job.fit !== undefined)).toBe(true);
    expect(scored.note).not.toMatch(/no resume/);
  });
});
