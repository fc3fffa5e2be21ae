import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import { createdReminderSchema, errorBodySchema, reminderListSchema, reminderSchema } from '../../src/protocol/api.ts';
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

describe('a reminder moved by a shift keeps its own day (trial s38 #45)', () => {
  it('PATCH {"when":"one hour later"} / "2 hours earlier." / "a day later" counts from the reminder, not from now', async () => {
    const created = createdReminderSchema.parse(await (await send('POST', '/v1/reminders', { when: 'friday 11 december at 11:00', kind: 'interview', job_id: housing })).json());
    expect(created.due_at).toBe('2026-12-11T11:00:00.000Z');
    const patch = async (when: string) => reminderSchema.parse(await (await send('PATCH', `/v1/reminders/${created.id}`, { when })).json());
    expect(await patch('one hour later')).toMatchObject({ due_at: '2026-12-11T12:00:00.000Z', remind_at: '2026-12-11T11:00:00.000Z' });
    expect((await patch('2 hours earlier.')).due_at).toBe('2026-12-11T10:00:00.000Z');
    expect((await patch('a day later')).due_at).toBe('2026-12-12T10:00:00.000Z');
    const vague = await send('PATCH', `/v1/reminders/${created.id}`, { when: 'somewhat later' });
    expect(vague.status).toBe(422);
    expect(errorBodySchema.parse(await vague.json()).error.code).toBe('REMINDER_TIME_UNREADABLE');
    expect((await reminder(created.id)).due_at).toBe('2026-12-12T10:00:00.000Z');
    await send('DELETE', `/v1/reminders/${created.id}`);
  });
});

describe('reminders and the tracker said loosely in chat', () => {
  it('"housing trust interview, 15 dec 14:30" is linked to the saved job and titled by it', async () => {
    const [step] = (await say('linked', 'set a reminder: housing trust interview, 15 dec 14:30')).steps;
    expect(step).toMatchObject({ action: 'set_reminder', ok: true, data: { job_id: housing } });
    expect(await reminder(step?.data?.reminder_id)).toMatchObject({
      title: 'Interview: Data Analyst - Reporting & Insight at Greater Manchester Housing Trust',
      due_at: '2026-12-15T14:30:00.000Z',
    });
    // Said without "remind me", with a British half-hour: the same day and time.
    const [told] = (await say('linked-2', 'interview with the housing trust on the 15th at half 2')).steps;
    expect(told).toMatchObject({ action: 'set_reminder', ok: true, data: { job_id: housing, due_at: '2026-12-15T14:30:00.000Z' } });
    await send('DELETE', `/v1/reminders/${String(told?.data?.reminder_id)}`);
  });

  it('"cancel the friday one" right after a list cancels the Friday reminder, and a cancel of nothing placed asks which', async () => {
    const chase = createdReminderSchema.parse(await (await send('POST', '/v1/reminders', { when: 'friday', title: 'chase the housing trust', job_id: housing })).json());
    const listed = await say('cancel', 'show my reminders');
    expect(listed.steps[0]).toMatchObject({ action: 'list_reminders', ok: true });
    const cancelled = await say('cancel', 'cancel the friday one');
    expect(cancelled.steps[0]).toMatchObject({ action: 'cancel_reminder', ok: true, data: { reminder_id: chase.id } });
    expect(cancelled.answer).not.toMatch(/won't do that/);
    expect((await reminder(chase.id)).status).toBe('cancelled');
    const unplaced = await say('cancel-2', 'cancel the purple one');
    expect(unplaced.steps).toEqual([]);
    expect(unplaced.answer).toMatch(/^Which one should I cancel\?/);
  });

  it('"undo that" after a move puts the reminder back, not an older tracker change', async () => {
    // (The Leeds interview of the tests above is cancelled: the move below has one to pick.)
    const { reminders } = reminderListSchema.parse(await (await send('GET', '/v1/reminders')).json());
    for (const earlier of reminders.filter((entry) => entry.job_id === leeds)) await send('DELETE', `/v1/reminders/${earlier.id}`);
    const [set] = (await say('undo', 'interview with Leeds City Council on the 16th at 10am')).steps;
    expect(set).toMatchObject({ action: 'set_reminder', ok: true });
    const statusBefore = (await server.jobpilot.career.saved.get(leeds))?.status;
    const [moved] = (await say('undo', 'move the leeds interview to 2pm')).steps;
    expect(moved?.data?.reminder_id).toBe(set?.data?.reminder_id);
    expect((await reminder(set?.data?.reminder_id)).due_at).toBe('2026-12-16T14:00:00.000Z');
    const [undone] = (await say('undo', 'undo that')).steps;
    expect(undone).toMatchObject({ action: 'undo', ok: true, data: { kind: 'reminder' } });
    expect((await reminder(set?.data?.reminder_id)).due_at).toBe('2026-12-16T10:00:00.000Z');
    expect((await server.jobpilot.career.saved.get(leeds))?.status).toBe(statusBefore);
  });

  it('"i applied to the housing trust one yesterday" dates the change yesterday', async () => {
    const [step] = (await say('tracker', 'i applied to the housing trust one yesterday as well')).steps;
    expect(step).toMatchObject({ action: 'update_job_status', ok: true });
    expect(step?.summary).toMatch(/as applied on 2026-12-05/);
    const saved = await server.jobpilot.career.saved.get(housing);
    expect(saved?.history.at(-1)).toMatchObject({ status: 'applied' });
    expect(saved?.history.at(-1)?.at.slice(0, 10)).toBe('2026-12-05');
  });
});

describe('a reminder counted back from an interview (trial s38 #65)', () => {
  it('"remind me 2 days before the interview to prepare" is two days before the interview, not before today; "an hour before it" that hour', async () => {
    const { reminders } = reminderListSchema.parse(await (await send('GET', '/v1/reminders')).json());
    for (const pending of reminders) await send('DELETE', `/v1/reminders/${pending.id}`);
    // Nothing set to count back from: said so, never counted from today.
    const [none] = (await say('count-back', 'remind me 3 days before my interview')).steps;
    expect(none).toMatchObject({ action: 'set_reminder', ok: false, summary: expect.stringContaining('count back from') });
    const [set] = (await say('count-back', 'interview with the housing trust on 15 december at 14:00')).steps;
    expect(set).toMatchObject({ action: 'set_reminder', ok: true, data: { due_at: '2026-12-15T14:00:00.000Z' } });
    const [prepare] = (await say('count-back', 'remind me 2 days before the interview to prepare questions')).steps;
    expect(prepare).toMatchObject({ action: 'set_reminder', ok: true });
    expect(await reminder(prepare?.data?.reminder_id)).toMatchObject({ kind: 'other', all_day: true, due_at: expect.stringMatching(/^2026-12-13/), job_id: housing });
    const [hour] = (await say('count-back', 'and remind me an hour before it')).steps;
    expect(hour).toMatchObject({ action: 'set_reminder', ok: true });
    expect((await reminder(hour?.data?.reminder_id)).due_at).toBe('2026-12-15T13:00:00.000Z');
  });
});

describe('a time corrected right after a reminder is set moves it (trial s38 #64)', () => {
  it('"actually it is 15:00 not 14:00" moves the interview just set; "sorry its 4pm, not 3pm" too', async () => {
    const [set] = (await say('corrected', 'interview with Leeds City Council on 17 december at 14.00')).steps;
    expect(set).toMatchObject({ action: 'set_reminder', ok: true, data: { due_at: '2026-12-17T14:00:00.000Z' } });
    const [moved] = (await say('corrected', 'actually it is 15:00 not 14:00')).steps;
    expect(moved).toMatchObject({ action: 'set_reminder', ok: true, data: { reminder_id: set?.data?.reminder_id } });
    expect((await reminder(set?.data?.reminder_id)).due_at).toBe('2026-12-17T15:00:00.000Z');
    const [again] = (await say('corrected', 'sorry its 4pm, not 3pm')).steps;
    expect(again).toMatchObject({ action: 'set_reminder', ok: true, data: { reminder_id: set?.data?.reminder_id } });
    expect((await reminder(set?.data?.reminder_id)).due_at).toBe('2026-12-17T16:00:00.000Z');
  });
});

// Trial s46 #34: "kindly prepone the Voltara interview to 9th December same time" right after the Kestrel call was set moved
// the Kestrel one, and a move of a company with no reminder set a new one the person took for the move.
describe('a move names the reminder by its company (trial s46 #34)', () => {
  it('moves the company named, never the reminder just set, and sets nothing when none fits', async () => {
    const [other] = (await say('by-company', 'my interview with Ostrava Labs is on the 22nd at 14:30')).steps;
    expect(other).toMatchObject({ action: 'set_reminder', ok: true, data: { due_at: '2026-12-22T14:30:00.000Z' } });
    const [call] = (await say('by-company', 'remind me about the Brightwell call on the 21st at 9:30')).steps;
    expect(call).toMatchObject({ action: 'set_reminder', ok: true });
    const [moved] = (await say('by-company', 'kindly prepone the Ostrava Labs interview to 18th December same time')).steps;
    expect(moved).toMatchObject({ action: 'set_reminder', ok: true, data: { reminder_id: other?.data?.reminder_id } });
    expect((await reminder(other?.data?.reminder_id)).due_at).toBe('2026-12-18T14:30:00.000Z');
    expect((await reminder(call?.data?.reminder_id)).due_at).toBe('2026-12-21T09:30:00.000Z');
    // (A dotted date with its year after "to" is day first: 19 December, never 12 September.)
    const [dotted] = (await say('by-company', 'move my Ostrava Labs interview to 19.12.2026 14:30')).steps;
    expect(dotted).toMatchObject({ action: 'set_reminder', ok: true, data: { reminder_id: other?.data?.reminder_id, due_at: '2026-12-19T14:30:00.000Z' } });
    const before = reminderListSchema.parse(await (await send('GET', '/v1/reminders')).json()).reminders.length;
    const { steps, answer } = await say('by-company', 'move my Quillfeather interview to the 23rd at 10am');
    expect(steps[0]).toMatchObject({ action: 'set_reminder', ok: false });
    expect(answer).toMatch(/No reminder to come fits Quillfeather, so nothing was moved/);
    expect(reminderListSchema.parse(await (await send('GET', '/v1/reminders')).json()).reminders.length).toBe(before);
  });
});
