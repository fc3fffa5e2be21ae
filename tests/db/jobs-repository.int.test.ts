import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { jobSearchText } from '../../src/db/repositories/job-search-text.ts';
import { jobsRepository } from '../../src/db/repositories/jobs.ts';
import { savedJobsRepository } from '../../src/db/repositories/saved-jobs.ts';
import type { MergedPosting } from '../../src/protocol/posting.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

let database: Database;
beforeAll(async () => {
  database = await openDatabase({
    databaseUrl: await createTestDatabase(),
    dataDir: await mkdtemp(join(tmpdir(), 'jobpilot-jobs-')),
    embeddedPort: undefined,
  });
});
afterAll(async () => {
  await database?.close();
});

const posting = (id: string, fields: Partial<MergedPosting> = {}): MergedPosting => ({
  id,
  title: 'Software Engineer',
  company: 'Acme',
  location: 'Berlin, Germany',
  remote: false,
  salary: null,
  employment_type: 'full_time',
  posted_at: '2026-11-20T10:00:00.000Z',
  url: `https://jobs.example.com/${id}`,
  sources: [{ name: 'remotive', url: `https://remotive.com/${id}` }],
  tags: [],
  description: 'We build things.',
  ...fields,
});

describe('the job index', () => {
  it('keeps the working pattern and closing date, a later sighting without them keeping the stored ones, and filters by type', async () => {
    const jobs = jobsRepository(database.pool, 'terms-owner');
    await jobs.upsert([
      posting('part', { employment_type: 'part_time', work_pattern: '3 days a week', closes_on: '2026-12-18' }),
      posting('unknown', { employment_type: null }),
      posting('full'),
    ]);
    await jobs.upsert([posting('part', { employment_type: null, work_pattern: null, closes_on: null })]);
    expect(await jobs.get('part')).toMatchObject({ employment_type: 'part_time', work_pattern: '3 days a week', closes_on: '2026-12-18' });
    expect(await jobs.get('full')).toMatchObject({ work_pattern: null, closes_on: null });
    // A posting whose type is not stored stays for the search service to read its text.
    const partTime = await jobs.search({ text: '', employmentTypes: ['part_time'], limit: 10 });
    expect(partTime.map((job) => job.id).sort()).toEqual(['part', 'unknown']);
  });

  it('keeps skills whole in SQL exactly as the query side does', async () => {
    const samples = ['Senior C++ / .NET engineer', 'C# and F# (Node.js, Vue.js)', 'CI/CD for R&D', 'asp.net core', 'abc#def'];
    for (const sample of samples) {
      const { rows } = await database.pool.query<{ text: string }>('SELECT job_search_text($1) AS text', [sample]);
      expect(rows[0]?.text).toBe(jobSearchText(sample));
    }
  });

  it('finds a company by its board account in the posting\'s address, never by a word every address has', async () => {
    const jobs = jobsRepository(database.pool, 'account-owner');
    await jobs.upsert([
      posting('vdb', { company: 'Van der Berg Logistics B.V.', url: 'https://vdberglogistics.wd3.myworkdayjobs.com/External/job/Rotterdam/Planner_R1' }),
      posting('gh', { company: 'Stripe', url: 'https://job-boards.greenhouse.io/stripe/jobs/123', title: 'Data Engineer' }),
      posting('other', { company: 'Acme', url: 'https://acme.example/jobs/9', title: 'Designer' }),
    ]);
    const ids = async (company: string) => (await jobs.search({ text: '', company, limit: 10 })).map((job) => job.id).sort();
    expect(await ids('vdberglogistics')).toEqual(['vdb']);
    expect(await ids('Van der Berg')).toEqual(['vdb']);
    expect(await ids('stripe')).toEqual(['gh']);
    expect(await ids('jobs')).toEqual([]);
  });

  it('filters by a part of the company name in any case, wildcards taken literally, through the trigram index', async () => {
    const jobs = jobsRepository(database.pool, 'company-owner');
    await jobs.upsert([
      posting('stripe', { company: 'Stripe, Inc.' }),
      posting('stripes', { company: 'Stripes & Co', title: 'Data Engineer' }),
      posting('percent', { company: '100% Remote Ltd', title: 'Designer' }),
      posting('acme', { company: 'Acme' }),
    ]);
    const ids = async (company: string) => (await jobs.search({ text: '', company, limit: 10 })).map((job) => job.id).sort();
    expect(await ids('stripe')).toEqual(['stripe', 'stripes']);
    expect(await ids('STRIPE, INC')).toEqual(['stripe']);
    expect(await ids('100%')).toEqual(['percent']);
    expect(await ids('%')).toEqual(['percent']);
    expect(await ids('globex')).toEqual([]);
    // The filter's shape is one the index answers (a handful of rows here, so the planner is told not to scan).
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL enable_seqscan = off');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT id FROM jobs WHERE company ILIKE '%' || $1::text || '%'`,
        ['stripe'],
      );
      expect(rows.map((row) => row['QUERY PLAN']).join('\n')).toContain('jobs_company_trgm_idx');
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  it('finds C++, C#, .NET and Node.js as themselves, not as "c" or "net"', async () => {
    const jobs = jobsRepository(database.pool, 'skills-owner');
    await jobs.upsert([
      posting('cpp', { title: 'C++ Engineer', description: 'Low latency systems.' }),
      posting('csharp', { title: 'C# Developer', description: 'Games in Unity.' }),
      posting('dotnet', { title: 'Backend Engineer', tags: ['.NET', 'Azure'] }),
      posting('node', { title: 'Backend Engineer', description: 'Our stack: Node.js and Postgres.' }),
      posting('c', { title: 'Embedded C programmer', description: 'Networks and firmware.' }),
    ]);
    const ids = async (text: string) => (await jobs.search({ text, limit: 10 })).map((job) => job.id);
    expect(await ids('C++')).toEqual(['cpp']);
    expect(await ids('c# jobs')).toEqual(['csharp']);
    expect(await ids('.NET')).toEqual(['dotnet']);
    expect(await ids('node.js')).toEqual(['node']);
    expect(await ids('nodejs')).toEqual(['node']);
  });

  it('stores an import of more postings than one statement takes whole, or none of it', async () => {
    const owner = 'bulk-owner';
    const jobs = jobsRepository(database.pool, owner);
    const count = async () => Number((await database.pool.query<{ n: string }>('SELECT count(*) AS n FROM jobs WHERE owner = $1', [owner])).rows[0]?.n);
    const many = Array.from({ length: 1_234 }, (_, index) => posting(`bulk-${index}`, { title: `Welder ${index}` }));
    await jobs.upsert(many);
    expect(await count()).toBe(1_234);
    // One bad posting in the third statement's share: the first two are not kept either.
    const more = Array.from({ length: 1_100 }, (_, index) => posting(`more-${index}`));
    more[1_050] = posting('more-1050', { posted_at: 'not a date' });
    await expect(jobs.upsert(more)).rejects.toThrow();
    expect(await count()).toBe(1_234);
  });

  it('finds a ".js" skill by its bare name, and a bare name by its ".js" spelling', async () => {
    const jobs = jobsRepository(database.pool, 'js-owner');
    await jobs.upsert([
      posting('svc', { title: 'Platform Developer', description: 'Services in Node.js on Kubernetes.' }),
      posting('ui', { title: 'Frontend Developer', description: 'Vue and TypeScript.' }),
    ]);
    const ids = async (text: string) => (await jobs.search({ text, limit: 10 })).map((job) => job.id);
    expect(await ids('node')).toEqual(['svc']);
    expect(await ids('remote node developer')).toEqual([]); // every term still counts: no posting says "remote"
    expect(await ids('node developer')).toEqual(['svc']);
    expect(await ids('vue.js')).toEqual(['ui']);
    expect(await ids('vuejs typescript')).toEqual(['ui']);
  });

  it('ranks title matches above description matches, and merges sources on re-upsert', async () => {
    const jobs = jobsRepository(database.pool, 'rank-owner');
    await jobs.upsert([
      posting('in-description', { title: 'Product Designer', description: 'You will pair with TypeScript engineers.' }),
      posting('in-title', { title: 'Senior TypeScript Engineer', remote: true }),
    ]);
    await jobs.upsert([
      posting('in-title', {
        title: 'Senior TypeScript Engineer',
        remote: null,
        sources: [{ name: 'arbeitnow', url: 'https://arbeitnow.com/in-title' }],
        description: 'A longer description that should win over the short one.',
      }),
    ]);
    const found = await jobs.search({ text: 'typescript', limit: 10 });
    expect(found.map((job) => job.id)).toEqual(['in-title', 'in-description']);
    const merged = found[0];
    expect(merged?.sources.map((source) => source.name).sort()).toEqual(['arbeitnow', 'remotive']);
    expect(merged?.remote).toBe(true); // a board that does not say keeps what another said
    expect(merged?.description).toMatch(/longer description/);
    expect((await jobs.search({ text: 'typescript', remote: true, limit: 10 })).map((job) => job.id)).toEqual(['in-title']);
    expect(await jobs.search({ text: 'typescript', location: '100%_', limit: 10 })).toEqual([]);
  });

  it('when more postings match than it ranks in full, shows those naming the words in title, company or tags first', async () => {
    const jobs = jobsRepository(database.pool, 'pool-owner');
    // 400 newer postings say "kotlin" in their description only; three older ones in their title or tags.
    const mentions = Array.from({ length: 400 }, (_, index) =>
      posting(`mention-${index}`, { title: `Mobile Developer ${index}`, description: 'We use Kotlin and Swift.', posted_at: '2026-11-20T10:00:00.000Z' }),
    );
    await jobs.upsert([
      ...mentions,
      posting('kotlin-title', { title: 'Kotlin Engineer', posted_at: '2026-10-01T10:00:00.000Z' }),
      posting('kotlin-tag', { title: 'Android Engineer', tags: ['Kotlin'], posted_at: '2026-10-02T10:00:00.000Z' }),
      posting('kotlin-both', { title: 'Senior Kotlin Developer', tags: ['Kotlin'], description: 'Kotlin everywhere.', posted_at: '2026-09-01T10:00:00.000Z' }),
    ]);
    const found = (await jobs.search({ text: 'kotlin', limit: 10 })).map((job) => job.id);
    expect(found).toHaveLength(10);
    expect(found.slice(0, 3).sort()).toEqual(['kotlin-both', 'kotlin-tag', 'kotlin-title']);
    expect(found.slice(3).every((id) => id.startsWith('mention-'))).toBe(true);
    // Newest first still sees every match; every term must still occur somewhere.
    expect((await jobs.search({ text: 'kotlin', sort: 'recent', limit: 3 })).every((job) => job.id.startsWith('mention-'))).toBe(true);
    expect(await jobs.search({ text: 'kotlin android', limit: 10 })).toEqual([expect.objectContaining({ id: 'kotlin-tag' })]);
    expect((await jobs.search({ text: 'kotlin swift', limit: 500 })).length).toBe(400);
  });

  it('answers a place filter from the location index, not by reading every posting', async () => {
    const jobs = jobsRepository(database.pool, 'place-owner');
    await jobs.upsert([
      posting('berlin', { location: 'Berlin, Germany' }),
      posting('munich', { location: 'Munich, Germany' }),
      posting('anywhere', { location: 'Anywhere', remote: true }),
      posting('unplaced', { location: null, remote: true }),
    ]);
    const ids = async (location: string) => (await jobs.search({ text: 'engineer', location, limit: 10 })).map((job) => job.id).sort();
    expect(await ids('Berlin')).toEqual(['anywhere', 'berlin', 'unplaced']);
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL enable_seqscan = off');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT id FROM jobs WHERE location ~* ANY($1::text[]) OR location ~* '\\m(anywhere|worldwide)\\M' OR (remote IS TRUE AND location IS NULL)`,
        [['(^|[^[:alnum:]])berlin($|[^[:alnum:]])']],
      );
      const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
      expect(plan).toContain('jobs_location_trgm_idx');
      expect(plan).toContain('jobs_remote_unplaced_idx');
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  it('tracks saved jobs with a dated event for every change', async () => {
    const jobs = jobsRepository(database.pool, 'tracker-owner');
    const saved = savedJobsRepository(database.pool, 'tracker-owner');
    await jobs.upsert([posting('tracked', { title: 'Data Engineer', company: 'Globex' })]);
    const first = await saved.save('tracked', 'referral from Ana');
    expect(first.created).toBe(true);
    expect((await saved.save('tracked')).created).toBe(false);
    const { previous } = await saved.setStatus('tracked', 'applied', 'sent via site');
    expect(previous).toBe('saved');
    const applied = await saved.list('applied');
    expect(applied).toHaveLength(1);
    expect(applied[0]).toMatchObject({ job_id: 'tracked', title: 'Data Engineer', status: 'applied', notes: 'referral from Ana' });
    expect(applied[0]?.history.map((event) => [event.status, event.note])).toEqual([
      ['saved', 'referral from Ana'],
      ['applied', 'sent via site'],
    ]);
    expect(await saved.list('offer')).toEqual([]);
  });
});
