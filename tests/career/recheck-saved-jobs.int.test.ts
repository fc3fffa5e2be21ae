import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobsRepository } from '../../src/db/repositories/jobs.ts';
import { type RunningServer, startServer } from '../../src/main.ts';
import type { MergedPosting } from '../../src/protocol/posting.ts';
import { testConfig } from '../helpers/test-database.ts';
import { type BoardReply, type BoardRequest, boardFixture, type StubBoard, startStubBoard } from '../jobs/stub-board.ts';

// One stub answers as Greenhouse, Lever and Workday each answer about one posting.
const workdayPath =
  '/wday/cxs/nvidia/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Senior-Software-Engineer--Deep-Learning-Inference_JR1987654';
let greenhouseContent = '&lt;p&gt;Build payment APIs.&lt;/p&gt;';
let workdayDetail = boardFixture('workday-detail') as { jobPostingInfo: Record<string, unknown> };
let down = false;
const answer = (request: BoardRequest): BoardReply => {
  if (down) return { status: 503, json: {} };
  if (request.path === '/v1/boards/stripe/jobs/5678901') {
    return { json: { id: 5678901, title: 'Senior Backend Engineer', content: greenhouseContent, updated_at: '2026-12-01T10:00:00-05:00', absolute_url: 'https://stripe.com/jobs/search?gh_jid=5678901' } };
  }
  if (request.path === '/v0/postings/netflix/0b8ab4c1-58ad-4a5e-9f7c-3c3e0f1c2d3e') {
    return { status: 404, json: { ok: false, error: 'Document not found' } };
  }
  if (request.path === workdayPath) return { json: workdayDetail };
  if (request.path === '/api/v1/widget/accounts/acme') return { json: boardFixture('workable') };
  return { status: 500, json: {} };
};

const posting = (id: string, fields: Partial<MergedPosting>): MergedPosting => ({
  id,
  title: 'Software Engineer',
  company: 'Acme',
  location: null,
  remote: null,
  salary: null,
  employment_type: null,
  posted_at: null,
  url: `https://jobs.example.com/${id}`,
  sources: [{ name: 'remotive', url: `https://remotive.com/remote-jobs/${id}` }],
  tags: [],
  description: '',
  ...fields,
});

let board: StubBoard;
let server: RunningServer;
beforeAll(async () => {
  board = await startStubBoard(answer);
  server = await startServer(
    await testConfig({
      PORT: '0',
      JOBPILOT_JOB_SOURCES: 'greenhouse,lever,workday,workable',
      JOBPILOT_COMPANY_BOARDS: 'greenhouse:stripe,lever:netflix,workday:nvidia.wd5/NVIDIAExternalCareerSite,workable:acme',
      JOBPILOT_WORKABLE_URL: board.origin,
      JOBPILOT_GREENHOUSE_URL: board.origin,
      JOBPILOT_LEVER_URL: board.origin,
      JOBPILOT_WORKDAY_URL: board.origin,
    }),
    { logger: false },
  );
  const { pool } = server.jobpilot.database;
  await jobsRepository(pool).upsert([
    posting('a00000000001', {
      title: 'Senior Backend Engineer',
      company: 'Stripe',
      url: 'https://stripe.com/jobs/search?gh_jid=5678901',
      sources: [{ name: 'greenhouse', url: 'https://job-boards.greenhouse.io/stripe/jobs/5678901' }],
    }),
    posting('a00000000002', {
      title: 'Streaming Engineer',
      company: 'Netflix',
      url: 'https://jobs.lever.co/netflix/0b8ab4c1-58ad-4a5e-9f7c-3c3e0f1c2d3e',
      sources: [{ name: 'lever', url: 'https://jobs.lever.co/netflix/0b8ab4c1-58ad-4a5e-9f7c-3c3e0f1c2d3e' }],
    }),
    posting('a00000000003', {
      title: 'Senior Software Engineer, Deep Learning Inference',
      company: 'Nvidia',
      url: `https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite${workdayPath.replace('/wday/cxs/nvidia/NVIDIAExternalCareerSite', '')}`,
      sources: [{ name: 'workday', url: `https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite${workdayPath.replace('/wday/cxs/nvidia/NVIDIAExternalCareerSite', '')}` }],
    }),
    posting('a00000000004', { title: 'Remote Writer' }),
    posting('a00000000005', {
      title: 'Growth Marketer',
      company: 'Acme Analytics',
      url: 'https://apply.workable.com/j/GONE12345/apply',
      sources: [{ name: 'workable', url: 'https://apply.workable.com/acme/j/GONE12345/' }],
    }),
    // Past its closing date: closed without asking its board (which would still list it).
    posting('a00000000006', {
      title: 'Backend Engineer',
      company: 'Stripe',
      closes_on: '2026-11-30',
      url: 'https://stripe.com/jobs/search?gh_jid=5678901',
      sources: [{ name: 'greenhouse', url: 'https://job-boards.greenhouse.io/stripe/jobs/5678901' }],
    }),
  ]);
  const saved = server.jobpilot.career.saved;
  for (const id of ['a00000000001', 'a00000000002', 'a00000000003', 'a00000000004', 'a00000000005', 'a00000000006']) await saved.save(id);
  await saved.setStatus('a00000000002', 'applied');
});
afterAll(async () => {
  await server?.close();
  await board?.close();
});

const savedChecks = async () => {
  const response = await fetch(`${server.url}/v1/saved-jobs`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { saved_jobs: Array<{ job_id: string; posting_check: { status: string; reason: string } | null }> };
  return Object.fromEntries(body.saved_jobs.map((entry) => [entry.job_id, entry.posting_check]));
};

describe('still open? re-checking saved jobs against their ATS endpoints', () => {
  it('finds a posting taken down (404), keeps the open ones, and shows both on GET /v1/saved-jobs', async () => {
    expect(Object.values(await savedChecks())).toEqual([null, null, null, null, null, null]);
    const outcomes = await server.jobpilot.recheckSavedJobs();
    const byId = Object.fromEntries(outcomes.map((outcome) => [outcome.job_id, outcome]));
    expect(byId.a00000000001).toMatchObject({ status: 'open', previous: null, news: false });
    expect(byId.a00000000002).toMatchObject({ status: 'closed', previous: null, news: true, reason: 'Lever answered 404: the posting was taken down.' });
    expect(byId.a00000000003).toMatchObject({ status: 'open', news: false });
    expect(byId.a00000000004).toMatchObject({ status: 'unknown', news: false });
    // Workable has no per-posting endpoint: the account's list no longer has it.
    expect(byId.a00000000005).toMatchObject({ status: 'closed', news: true, reason: 'Workable no longer lists it.' });
    expect(byId.a00000000006).toMatchObject({ status: 'closed', news: true, reason: 'Its closing date, 2026-11-30, has passed.' });

    const checks = await savedChecks();
    expect(checks.a00000000002).toMatchObject({ status: 'closed', reason: 'Lever answered 404: the posting was taken down.' });
    expect(checks.a00000000001).toMatchObject({ status: 'open' });
    expect(board.requests.map(({ path }) => path).sort()).toEqual(
      ['/api/v1/widget/accounts/acme', '/v0/postings/netflix/0b8ab4c1-58ad-4a5e-9f7c-3c3e0f1c2d3e', '/v1/boards/stripe/jobs/5678901', workdayPath].sort(),
    );
  });

  it('marks an edited description "changed" and a Workday posting that stopped taking applications "closed", once', async () => {
    greenhouseContent = '&lt;p&gt;Build payment APIs in Rust.&lt;/p&gt;';
    workdayDetail = { ...workdayDetail, jobPostingInfo: { ...workdayDetail.jobPostingInfo, canApply: false } };
    const outcomes = await server.jobpilot.recheckSavedJobs();
    const byId = Object.fromEntries(outcomes.map((outcome) => [outcome.job_id, outcome]));
    expect(byId.a00000000001).toMatchObject({ status: 'changed', previous: 'open', news: true });
    expect(byId.a00000000002).toMatchObject({ status: 'closed', previous: 'closed', news: false });
    expect(byId.a00000000003).toMatchObject({ status: 'closed', previous: 'open', news: true });
  });

  it('leaves what it knew when the ATS cannot be reached (never "closed" from an outage)', async () => {
    down = true;
    try {
      const outcomes = await server.jobpilot.recheckSavedJobs();
      expect(outcomes.map(({ status, news }) => ({ status, news }))).toEqual(
        expect.arrayContaining([{ status: 'changed', news: false }, { status: 'closed', news: false }]),
      );
      expect((await savedChecks()).a00000000001).toMatchObject({ status: 'changed' });
    } finally {
      down = false;
    }
  });
});
