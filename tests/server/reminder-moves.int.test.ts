import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import { createdReminderSchema, errorBodySchema, reminderSchema } from '../../src/protocol/api.ts';
import { postRun } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';

// Session 37, a new user's trial (findings 19, 23–26, 32–35): reminders on the wrong day, a cancel
// answered as a declined approval, an undo of an older change, a reminder not linked to its job,
// and a status said "yesterday" dated today. Real server, real port, real Postgres.

/** The controllable clock: Sunday 6 Dec 2026, 10:30 in London. */
const clock = new Date('2026-12-06T10:30:00Z');
let server: RunningServer;
const leeds = 'aa11bb22cc33';
const housing = 'dd44ee55ff66';

const posting = (id: string, title: string, company: string, location: string) => ({
  id,
  title,
  company,
  location,
  remote: false,
  salary: null,
  employment_type: null,
  posted_at: null,
  url: `https://jobs.example.com/${id}`,
  sources: [{ name: 'themuse', url: `https://www.themuse.com/jobs/${id}` }],
  tags: [],
  description: 'SQL and Tableau.',
});

beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0', JOBPILOT_TIME_ZONE: 'Europe/London' }), { logger: false, now: () => clock });
  const { career } = server.jobpilot;
  await career.jobs.upsert([
    posting(leeds, 'Learning Analytics Officer', 'Leeds City Council', 'Leeds'),
    posting(housing, 'Data Analyst - Reporting & Insight', 'Greater Manchester Housing Trust', 'Manchester'),
  ]);
  await career.saved.save(leeds);
  await career.saved.setStatus(leeds, 'applied');
  await career.saved.save(housing);
});
afterAll(async () => {
  await server?.close();
});

const url = (path: string) => `${server.url}${path}`;
const send = (method: string, path: string, body?: unknown) =>
  fetch(url(path), { method, ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }) });
const stepsOf = (events: RunEvent[]) =>
  events.flatMap((event) => (event.type === 'tool-call-end' ? [{ action: event.action, ok: event.ok, summary: event.summary, data: event.data }] : []));
const answerOf = (events: RunEvent[]) => events.flatMap((event) => (event.type === 'message-end' ? [event.text] : [])).join('\n');
const say = async (thread: string, message: string) => {
  const { events } = await postRun(server.url, thread, { message });
  return { steps: stepsOf(events), answer: answerOf(events) };
};
const reminder = async (id: unknown) => reminderSchema.parse(await (await send('GET', `/v1/reminders/${String(id)}`)).json());

describe('moving a reminder changes only what the words say', () => {
  it('PATCH {"when":"2pm"} keeps the reminder\'s day; {"when":"friday"} keeps its time', async () => {
    const created = createdReminderSchema.parse(await (await send('POST', '/v1/reminders', { when: 'tuesday the 15th at 2:30pm', kind: 'interview', job_id: housing })).json());
    // 14:30 in London in December is 14:30 UTC.
    expect(created.due_at).toBe('2026-12-15T14:30:00.000Z');
    const moved = reminderSchema.parse(await (await send('PATCH', `/v1/reminders/${created.id}`, { when: '2pm' })).json());
    expect(moved.due_at).toBe('2026-12-15T14:00:00.000Z');
    const friday = reminderSchema.parse(await (await send('PATCH', `/v1/reminders/${created.id}`, { when: 'friday' })).json());
    expect(friday).toMatchObject({ due_at: '2026-12-11T14:00:00.000Z', all_day: false });
    const mismatch = await send('PATCH', `/v1/reminders/${created.id}`, { when: 'thursday the 15th at 2pm' });
    expect(mismatch.status).toBe(422);
    expect(errorBodySchema.parse(await mismatch.json()).error).toMatchObject({ code: 'REMINDER_DAY_MISMATCH', message: expect.stringContaining('Tuesday 15 Dec 2026') });
    await send('DELETE', `/v1/reminders/${created.id}`);
  });

  it('"move the leeds interview to 2pm" in chat keeps Wednesday; "wednesday 9th at 2pm" is that day and time', async () => {
    const [set] = (await say('moves', 'interview with Leeds City Council next wed at 10')).steps;
    expect(set).toMatchObject({ action: 'set_reminder', ok: true });
    expect((await reminder(set?.data?.reminder_id)).due_at).toBe('2026-12-09T10:00:00.000Z');
    const [moved] = (await say('moves', 'actually move the leeds interview to 2pm')).steps;
    expect(moved).toMatchObject({ action: 'set_reminder', ok: true, data: { reminder_id: set?.data?.reminder_id } });
    expect(moved?.summary).toMatch(/to Wednesday 9 Dec 2026, 14:00/);
    expect((await reminder(set?.data?.reminder_id)).due_at).toBe('2026-12-09T14:00:00.000Z');
    const [again] = (await say('moves', 'move the leeds interview to wednesday 9th at 3pm')).steps;
    expect(again).toMatchObject({ action: 'set_reminder', ok: true, data: { reminder_id: set?.data?.reminder_id } });
    expect(await reminder(set?.data?.reminder_id)).toMatchObject({ due_at: '2026-12-09T15:00:00.000Z', all_day: false });
  });
});
