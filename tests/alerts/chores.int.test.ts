import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import type { MergedPosting } from '../../src/protocol/posting.ts';
import { testConfig } from '../helpers/test-database.ts';
import { type BoardReply, type BoardRequest, startStubBoard, type StubBoard } from '../jobs/stub-board.ts';

// The scheduler's chores, on a clock the test moves: a reminder whose time comes becomes one
// notification, and a saved posting its board no longer has becomes one.
let clock = new Date('2026-12-07T08:00:00Z');
let posted = true;
const lever = '0b8ab4c1-58ad-4a5e-9f7c-3c3e0f1c2d3e';
const answer = (request: BoardRequest): BoardReply => {
  if (request.path === `/v0/postings/netflix/${lever}`) {
    return posted
      ? { json: { id: lever, text: 'Streaming Engineer', categories: { location: 'Remote' }, descriptionPlain: 'Build the player.', hostedUrl: `https://jobs.lever.co/netflix/${lever}` } }
      : { status: 404, json: { ok: false, error: 'Document not found' } };
  }
  return { status: 500, json: {} };
};

const posting: MergedPosting = {
  id: 'c00000000001',
  title: 'Streaming Engineer',
  company: 'Netflix',
  location: 'Remote',
  remote: true,
  salary: null,
  employment_type: null,
  posted_at: null,
  url: `https://jobs.lever.co/netflix/${lever}`,
  sources: [{ name: 'lever', url: `https://jobs.lever.co/netflix/${lever}` }],
  tags: [],
  description: 'Build the player.',
};

let board: StubBoard;
let server: RunningServer;
beforeAll(async () => {
  board = await startStubBoard(answer);
  server = await startServer(
    await testConfig({
      PORT: '0',
      JOBPILOT_TIME_ZONE: 'Europe/Berlin',
      JOBPILOT_JOB_SOURCES: 'lever',
      JOBPILOT_COMPANY_BOARDS: 'lever:netflix',
      JOBPILOT_LEVER_URL: board.origin,
    }),
    { logger: false, now: () => clock },
  );
  await server.jobpilot.career.jobs.upsert([posting]);
  await server.jobpilot.career.saved.save(posting.id);
});
afterAll(async () => {
  await server?.close();
  await board?.close();
});

const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const inbox = async () =>
  ((await (await fetch(`${server.url}/v1/notifications`)).json()) as { notifications: { kind: string; title: string; body: string; data: Record<string, unknown> }[] }).notifications;

describe('the scheduler chores', () => {
  it('tells a reminder once, when its time has come', async () => {
    const made = await post('/v1/reminders', { when: '2026-12-07T15:00:00Z', kind: 'interview', job_id: posting.id, title: 'Interview with Netflix' });
    expect(made.status).toBe(201);
    const { id } = (await made.json()) as { id: string };

    expect(await server.jobpilot.alertScheduler.runChore('reminders_due')).toBe(true);
    expect((await inbox()).filter((notification) => notification.kind === 'reminder')).toEqual([]);

    // Past its remind time (the reminder's own: before the interview).
    clock = new Date('2026-12-07T15:00:00Z');
    await server.jobpilot.alertScheduler.runChore('reminders_due');
    await server.jobpilot.alertScheduler.runChore('reminders_due');
    const told = (await inbox()).filter((notification) => notification.kind === 'reminder');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ title: 'Interview with Netflix', data: { reminder_id: id, job_id: posting.id } });
    expect(told[0]?.body).toMatch(/^Interview: Mon 7 Dec, 16:00 \(Europe\/Berlin\)\nJob: Netflix — Streaming Engineer/);
  });

  it('tells a saved posting that closed, once', async () => {
    await server.jobpilot.alertScheduler.runChore('saved_jobs_recheck');
    expect((await inbox()).filter((notification) => notification.kind === 'posting')).toEqual([]);

    posted = false;
    await server.jobpilot.alertScheduler.runChore('saved_jobs_recheck');
    await server.jobpilot.alertScheduler.runChore('saved_jobs_recheck');
    const told = (await inbox()).filter((notification) => notification.kind === 'posting');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ title: 'A saved posting has closed', data: { jobs: [{ job_id: posting.id, status: 'closed', previous: 'open' }] } });
    expect(told[0]?.body).toMatch(/^Netflix — Streaming Engineer: closed/);
    // The tracker shows it too.
    const saved = (await (await fetch(`${server.url}/v1/saved-jobs`)).json()) as { saved_jobs?: { posting_check?: { status: string } }[] };
    expect(JSON.stringify(saved)).toMatch(/"status":"closed"/);
  });
});
