import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import { reminderListSchema, reminderSchema } from '../../src/protocol/api.ts';
import { postRun } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';

// Trial s41 #24 and #54, in other words: "it" right after a reminder is that reminder, never the thread's older job,
// and a move never touches the tracker; an interview said of a company changes the tracker only when exactly one live
// tracked job of that company fits. Real server, real port, real Postgres, through the set_reminder action.

/** The controllable clock: Sunday 6 Dec 2026, 15:00 in Toronto. */
const clock = new Date('2026-12-06T20:00:00Z');
let server: RunningServer;
const fieldSales = 'a1a1a1a1a1a1';
const bookkeeper = 'b2b2b2b2b2b2';
const analyst = 'c3c3c3c3c3c3';
const support = 'd4d4d4d4d4d4';
const planner = 'e5e5e5e5e5e5';

const posting = (id: string, title: string, company: string) => ({
  id,
  title,
  company,
  location: 'Toronto, ON',
  remote: false,
  salary: null,
  employment_type: null,
  posted_at: null,
  url: `https://jobs.example.com/${id}`,
  sources: [{ name: 'themuse', url: `https://www.themuse.com/jobs/${id}` }],
  tags: [],
  description: 'Excel and CRM.',
});

beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0', JOBPILOT_TIME_ZONE: 'America/Toronto' }), { logger: false, now: () => clock });
  const { career } = server.jobpilot;
  await career.jobs.upsert([
    posting(fieldSales, 'Field Sales Executive', 'Quillbank'),
    posting(bookkeeper, 'Junior Bookkeeper', 'Harbourline'),
    posting(analyst, 'Operations Analyst', 'Harbourline'),
    posting(support, 'Support Specialist', 'Tallowmere'),
    posting(planner, 'Event Planner', 'Orchard Row'),
  ]);
  await career.saved.save(fieldSales);
  await career.saved.save(bookkeeper);
  await career.saved.save(analyst);
  await career.saved.setStatus(analyst, 'applied');
  await career.saved.save(support);
  await career.saved.setStatus(support, 'rejected');
  await career.saved.save(planner);
  await career.saved.setStatus(planner, 'applied');
});
afterAll(async () => {
  await server?.close();
});

const stepsOf = (events: RunEvent[]) =>
  events.flatMap((event) => (event.type === 'tool-call-end' ? [{ action: event.action, ok: event.ok, summary: event.summary, data: event.data }] : []));
const answerOf = (events: RunEvent[]) => events.flatMap((event) => (event.type === 'message-end' ? [event.text] : [])).join('\n');
const say = async (thread: string, message: string) => {
  const { events } = await postRun(server.url, thread, { message });
  return { steps: stepsOf(events), answer: answerOf(events) };
};
const reminder = async (id: unknown) => reminderSchema.parse(await (await fetch(`${server.url}/v1/reminders/${String(id)}`)).json());
const reminderCount = async () => reminderListSchema.parse(await (await fetch(`${server.url}/v1/reminders`)).json()).reminders.length;

describe('"it" right after a reminder is that reminder', () => {
  it('"make it 4pm instead" after a reminder set, with a removed job still the thread\'s last job, moves the reminder and leaves the tracker alone', async () => {
    const removed = await say('pronoun', 'remove the field sales one');
    expect(removed.steps[0]).toMatchObject({ action: 'unsave_job', ok: true });
    const [set] = (await say('pronoun', 'phone interview with Northgate Logistics on the 14th at 10am')).steps;
    expect(set).toMatchObject({ action: 'set_reminder', ok: true });
    const before = await reminderCount();
    const [moved] = (await say('pronoun', 'make it 4pm instead')).steps;
    expect(moved).toMatchObject({ action: 'set_reminder', ok: true, data: { reminder_id: set?.data?.reminder_id } });
    // 16:00 in Toronto in December is 21:00 UTC; the day kept.
    expect((await reminder(set?.data?.reminder_id)).due_at).toBe('2026-12-14T21:00:00.000Z');
    expect(await reminderCount()).toBe(before);
    expect(await server.jobpilot.career.saved.get(fieldSales)).toBeNull();
  });

  it('"move it to friday" after the reminders were listed moves the one the thread points at, not the last job', async () => {
    await say('listed', 'show me the field sales one');
    const [set] = (await say('listed', 'remind me to call the Dunmore recruiter on tuesday at 11am')).steps;
    expect(set).toMatchObject({ action: 'set_reminder', ok: true });
    await say('listed', 'show my reminders');
    const [moved] = (await say('listed', 'move it to friday')).steps;
    expect(moved).toMatchObject({ action: 'set_reminder', ok: true, data: { reminder_id: set?.data?.reminder_id } });
    expect((await reminder(set?.data?.reminder_id)).due_at).toBe('2026-12-11T16:00:00.000Z');
    expect(await server.jobpilot.career.saved.get(fieldSales)).toBeNull();
  });
});

describe('an interview said of a company', () => {
  it('with two live tracked jobs there: the reminder is the company\'s, no stage changes, and the answer asks which', async () => {
    const { steps, answer } = await say('company-two', 'interview with Harbourline on the 17th at 9:30am');
    expect(steps[0]).toMatchObject({ action: 'set_reminder', ok: true, data: { job_id: null } });
    expect(answer).toMatch(/Which Harbourline job/);
    expect((await server.jobpilot.career.saved.get(bookkeeper))?.status).toBe('saved');
    expect((await server.jobpilot.career.saved.get(analyst))?.status).toBe('applied');
  });

  it('with its one tracked job rejected: the reminder is the company\'s and the tracker is not touched', async () => {
    const { steps, answer } = await say('company-rejected', 'my interview with Tallowmere is on the 16th at 2pm');
    expect(steps[0]).toMatchObject({ action: 'set_reminder', ok: true, data: { job_id: null } });
    expect(answer).toMatch(/None of your tracked jobs at Tallowmere was marked/);
    expect((await server.jobpilot.career.saved.get(support))?.status).toBe('rejected');
  });

  it('with exactly one live tracked job: that job is marked interviewing', async () => {
    const { steps } = await say('company-one', 'got an interview with Orchard Row on the 15th at 1pm');
    expect(steps[0]).toMatchObject({ action: 'set_reminder', ok: true, data: { job_id: planner } });
    expect((await server.jobpilot.career.saved.get(planner))?.status).toBe('interviewing');
  });
});

describe('a job\'s reminders cancelled by its words (trial s41 #47)', () => {
  it('"delete the Operations Analyst reminders, both of them" cancels that job\'s two and no other', async () => {
    const { career } = server.jobpilot;
    const due = (day: number) => new Date(Date.UTC(2026, 11, day, 15));
    const first = await career.reminders.add({ kind: 'interview', title: 'Interview: Operations Analyst at Harbourline', jobId: analyst, dueAt: due(21), allDay: false, timeZone: 'America/Toronto', remindAt: due(21), said: 'the 21st', note: '' });
    const second = await career.reminders.add({ kind: 'follow_up', title: 'Send the case study', jobId: analyst, dueAt: due(22), allDay: false, timeZone: 'America/Toronto', remindAt: due(22), said: 'the 22nd', note: '' });
    const other = await career.reminders.add({ kind: 'follow_up', title: 'Follow up: Junior Bookkeeper at Harbourline', jobId: bookkeeper, dueAt: due(22), allDay: false, timeZone: 'America/Toronto', remindAt: due(22), said: 'the 22nd', note: '' });
    const { steps } = await say('cancel-both', 'delete the Operations Analyst reminders, both of them');
    expect(steps[0]).toMatchObject({ action: 'cancel_reminder', ok: true, data: { cancelled: 2 } });
    expect((await reminder(first.id)).status).toBe('cancelled');
    expect((await reminder(second.id)).status).toBe('cancelled');
    expect((await reminder(other.id)).status).not.toBe('cancelled');
  });
});

describe('POST /v1/reminders names the part it could not read (trial s41 #30)', () => {
  it('"dia 35 às 16h" is refused as not the day ("dia 35"), never "not the time"', async () => {
    const response = await fetch(`${server.url}/v1/reminders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ when: 'dia 35 às 16h', kind: 'interview' }) });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('REMINDER_TIME_UNREADABLE');
    expect(body.error.message).toMatch(/not the day \("dia 35"\)/);
  });
});
