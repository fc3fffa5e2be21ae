import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.ts';
import { createPool } from '../../src/db/pool.ts';
import { documentsRepository } from '../../src/db/repositories/documents.ts';
import { jobsRepository } from '../../src/db/repositories/jobs.ts';
import { knownNamesRepository } from '../../src/db/repositories/known-names.ts';
import { resumesRepository } from '../../src/db/repositories/resumes.ts';
import { savedJobsRepository } from '../../src/db/repositories/saved-jobs.ts';
import type { MergedPosting } from '../../src/protocol/posting.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

// The names the rules planner reads before each decision: one statement, which must say what the
// repositories' own reads (the index, the tracker, the resume versions) say of the same rows.
let pool: pg.Pool;
let statements = 0;
beforeAll(async () => {
  pool = createPool(await createTestDatabase(), { log: () => {} });
  await migrate(pool);
  const jobs = jobsRepository(pool);
  await jobs.upsert([
    posting('cork', { title: 'Kiln Tech', company: 'Emberly', location: 'Cork, Ireland', remote: true, employment_type: 'contract', salary: { min: 40_000, max: 45_500.5, currency: 'EUR', period: 'year' } }),
    posting('nopay', { title: 'Studio Lead', company: 'Claymore' }),
    posting('maxonly', { title: 'Glazer', company: 'Potter & Co', salary: { min: null, max: 30, currency: 'GBP', period: 'hour' } }),
    posting('other', { title: 'Saved by someone else', company: 'Elsewhere' }),
  ]);
  const saved = savedJobsRepository(pool, 'default');
  await saved.save('nopay');
  await saved.save('maxonly');
  await saved.save('cork');
  // A status change makes it the newest change: the tracker lists it first.
  await saved.setStatus('nopay', 'applied');
  await savedJobsRepository(pool, 'alice').save('other');
  const resumes = resumesRepository(pool, 'default');
  await resumes.add({ label: 'studio', format: 'pdf', filename: 'cv.pdf', rawText: 'Sam Rivera', resume: { basics: { name: 'Sam Rivera' } } });
  await resumes.add({ label: 'academic', format: 'docx', filename: 'cv.docx', rawText: 'Sam Rivera, PhD', resume: { basics: { name: 'Sam Rivera' } } });
  const documents = documentsRepository(pool, 'default');
  await documents.add({ kind: 'cover_letter', title: 'Cover letter — Emberly', content: 'Dear Emberly team,', jobId: 'cork', resumeId: null, changes: [], tone: 'warm' });
  await documents.add({ kind: 'interview_prep', title: 'Interview prep — Claymore', content: 'Questions', jobId: 'nopay', resumeId: null, changes: [] });
  await resumesRepository(pool, 'alice').add({ label: 'alice', format: 'text', filename: null, rawText: 'Alice', resume: { basics: { name: 'Alice' } } });
  const query = pool.query.bind(pool);
  (pool as { query: unknown }).query = (...args: Parameters<typeof pool.query>) => {
    statements += 1;
    return (query as (...a: unknown[]) => unknown)(...args);
  };
});
afterAll(async () => {
  await pool?.end();
});

describe('the names the rules planner reads', () => {
  it('reads the asked results in their order, the saved jobs newest change first with their pay, and the resumes newest first, in one statement', async () => {
    statements = 0;
    const known = await knownNamesRepository(pool, 'default').read(['maxonly', 'missing', 'cork', 'maxonly'], { saved: 60, resumes: 20, documents: 20 });
    expect(statements).toBe(1);
    expect(known.results.map(({ id }) => id)).toEqual(['maxonly', 'cork', 'maxonly']);
    expect(known.results[1]).toEqual({
      id: 'cork',
      title: 'Kiln Tech',
      company: 'Emberly',
      location: 'Cork, Ireland',
      remote: true,
      employment_type: 'contract',
      salary: { min: 40_000, max: 45_500.5, currency: 'EUR', period: 'year' },
    });
    expect(known.saved.map(({ id }) => id)).toEqual(['nopay', 'cork', 'maxonly']);
    expect(known.saved[0]?.salary).toBeNull();
    expect(known.saved[2]?.salary).toEqual({ min: null, max: 30, currency: 'GBP', period: 'hour' });
    expect(known.resumes).toEqual([expect.objectContaining({ label: 'academic', format: 'docx' }), expect.objectContaining({ label: 'studio', format: 'pdf' })]);
  });

  it('says of each row what the index, the tracker and the resume versions say of it', async () => {
    const jobs = jobsRepository(pool);
    const known = await knownNamesRepository(pool, 'default').read(['cork', 'maxonly', 'nopay'], { saved: 60, resumes: 20, documents: 20 });
    const asIndexed = await jobs.getMany(['cork', 'maxonly', 'nopay']);
    const pick = ({ id, title, company, location, remote, employment_type, salary }: (typeof asIndexed)[number]) => ({ id, title, company, location, remote, employment_type, salary });
    expect(known.results).toEqual(asIndexed.map(pick));
    const tracked = await savedJobsRepository(pool, 'default').list();
    expect(known.saved.map(({ id, title, company, location }) => ({ id, title, company, location }))).toEqual(
      tracked.map(({ job_id, title, company, location }) => ({ id: job_id, title, company, location })),
    );
    expect(known.saved.map(({ salary }) => salary)).toEqual((await jobs.getMany(tracked.map(({ job_id }) => job_id))).map(({ salary }) => salary));
    expect(known.resumes).toEqual((await resumesRepository(pool, 'default').list()).map(({ id, label, format }) => ({ id, label, format })));
    expect(known.documents).toEqual((await documentsRepository(pool, 'default').list()).map(({ id, kind, title, tone }) => ({ id, kind, title, tone })));
    expect(known.documents.map(({ kind, tone }) => [kind, tone])).toEqual([['interview_prep', null], ['cover_letter', 'warm']]);
  });

  it("keeps to its owner and its limits, and knows a job saved since the last read", async () => {
    const names = knownNamesRepository(pool, 'alice');
    expect(await names.read([], { saved: 60, resumes: 20, documents: 20 })).toEqual({
      results: [],
      saved: [expect.objectContaining({ id: 'other' })],
      resumes: [expect.objectContaining({ label: 'alice' })],
      documents: [],
    });
    await savedJobsRepository(pool, 'alice').save('cork');
    expect((await names.read([], { saved: 60, resumes: 20, documents: 20 })).saved.map(({ id }) => id)).toEqual(['cork', 'other']);
    const few = await knownNamesRepository(pool, 'default').read([], { saved: 2, resumes: 1, documents: 1 });
    expect(few.saved.map(({ id }) => id)).toEqual(['nopay', 'cork']);
    expect(few.resumes.map(({ label }) => label)).toEqual(['academic']);
    expect(few.documents.map(({ kind }) => kind)).toEqual(['interview_prep']);
    expect(await knownNamesRepository(pool, 'nobody').read([], { saved: 60, resumes: 20, documents: 20 })).toEqual({ results: [], saved: [], resumes: [], documents: [] });
  });
});

function posting(id: string, fields: Partial<MergedPosting> = {}): MergedPosting {
  return {
    id,
    title: 'Software Engineer',
    company: 'Acme',
    location: null,
    remote: null,
    salary: null,
    employment_type: null,
    posted_at: null,
    url: `https://jobs.example.com/${id}`,
    sources: [{ name: 'remotive', url: `https://remotive.com/${id}` }],
    tags: [],
    description: 'We build things.',
    ...fields,
  };
}
