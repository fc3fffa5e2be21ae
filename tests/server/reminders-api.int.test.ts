import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import { createdReminderSchema, errorBodySchema, reminderListSchema, reminderSchema } from '../../src/protocol/api.ts';
import { postRun } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';

/** The controllable clock: Saturday 5 Dec 2026, 11:00 in Berlin. */
let clock = new Date('2026-12-05T10:00:00Z');
let server: RunningServer;
const stripe = 'a1b2c3d4e5f6';
const northwind = 'f6e5d4c3b2a1';

const posting = (id: string, title: string, company: string) => ({
  id,
  title,
  company,
  location: 'Berlin',
  remote: false,
  salary: null,
  employment_type: null,
  posted_at: null,
  url: `https://jobs.example.com/${id}`,
  sources: [{ name: 'lever', url: `https://jobs.lever.co/${id}` }],
  tags: [],
  description: 'TypeScript.',
});

beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0', JOBPILOT_TIME_ZONE: 'Europe/Berlin' }), { logger: false, now: () => clock });
  const { career } = server.jobpilot;
  await career.jobs.upsert([posting(stripe, 'Backend Engineer', 'Stripe'), posting(northwind, 'Data Analyst', 'Northwind')]);
  await career.saved.save(stripe);
  await career.saved.setStatus(stripe, 'applied');
});
afterAll(async () => {
  await server?.close();
});

const url = (path: string) => `${server.url}${path}`;
const post = (path: string, body: unknown) =>
  fetch(url(path), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const stepsOf = (events: RunEvent[]) =>
  events.flatMap((event) => (event.type === 'tool-call-end' ? [{ action: event.action, ok: event.ok, summary: event.summary, data: event.data }] : []));

/** Every VEVENT of an iCalendar text, parsed by ical.js (a parser of its own, not the generator). */
function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const alarm = component.getFirstSubcomponent('valarm');
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate,
      end: event.endDate,
      status: component.getFirstPropertyValue('status'),
      sequence: event.sequence,
      description: event.description,
      trigger: alarm?.getFirstPropertyValue('trigger'),
    };
  });
}

describe('reminders from chat', () => {
  it('an interview told in chat is stored at the instant it means in the person\'s zone, and the job moves to interviewing', async () => {
    const { events } = await postRun(server.url, 'reminders', { message: 'my interview with Stripe is on the 12th at 3pm' });
    const [step] = stepsOf(events);
    expect(step).toMatchObject({ action: 'set_reminder', ok: true });
    const id = String(step?.data?.reminder_id);
    const reminder = reminderSchema.parse(await (await fetch(url(`/v1/reminders/${id}`))).json());
    // 15:00 in Berlin in December (UTC+1) is 14:00 UTC; it rings an hour before.
    expect(reminder).toMatchObject({
      kind: 'interview',
      job_id: stripe,
      company: 'Stripe',
      due_at: '2026-12-12T14:00:00.000Z',
      remind_at: '2026-12-12T13:00:00.000Z',
      all_day: false,
      time_zone: 'Europe/Berlin',
      status: 'pending',
    });
    expect(reminder.title).toBe('Interview: Backend Engineer at Stripe');
    const saved = await server.jobpilot.career.saved.get(stripe);
    expect(saved?.status).toBe('interviewing');
    expect(saved?.history.at(-1)).toMatchObject({ status: 'interviewing', note: 'interview on the 12th at 3pm' });
  });

  it('a follow-up with a company not in the tracker is free-standing, on the coming Friday as a whole day', async () => {
    const { events } = await postRun(server.url, 'reminders', { message: 'remind me to follow up with Oakfield Labs on Friday' });
    const [step] = stepsOf(events);
    expect(step).toMatchObject({ action: 'set_reminder', ok: true });
    const reminder = reminderSchema.parse(await (await fetch(url(`/v1/reminders/${String(step?.data?.reminder_id)}`))).json());
    // Saturday 5 Dec → the coming Friday is 11 Dec; a day without a time rings at 09:00 Berlin (08:00 UTC).
    expect(reminder).toMatchObject({ kind: 'follow_up', job_id: null, title: 'Follow up with Oakfield Labs', all_day: true, due_at: '2026-12-11T08:00:00.000Z' });
  });

  it('"in 3 days" counts from the controllable clock', async () => {
    clock = new Date('2026-12-06T20:30:00Z');
    const { events } = await postRun(server.url, 'reminders-2', { message: 'remind me in 3 days to chase the Northwind recruiter' });
    const [step] = stepsOf(events);
    const reminder = reminderSchema.parse(await (await fetch(url(`/v1/reminders/${String(step?.data?.reminder_id)}`))).json());
    expect(reminder).toMatchObject({ job_id: northwind, title: 'Chase the Northwind recruiter', all_day: true, due_at: '2026-12-09T08:00:00.000Z' });
    clock = new Date('2026-12-05T10:00:00Z');
  });

  it('words with no date are an observation saying what works, and nothing is stored', async () => {
    const before = reminderListSchema.parse(await (await fetch(url('/v1/reminders?all=true'))).json()).reminders.length;
    const { events } = await postRun(server.url, 'reminders-3', { message: 'set a reminder: call Northwind whenever' });
    const answer = events.find((event) => event.type === 'message-end');
    expect(answer?.type === 'message-end' ? answer.text : '').toMatch(/When should I remind you/);
    const after = reminderListSchema.parse(await (await fetch(url('/v1/reminders?all=true'))).json()).reminders.length;
    expect(after).toBe(before);
  });

  it('lists and cancels in chat', async () => {
    const listed = stepsOf((await postRun(server.url, 'reminders-4', { message: 'show my reminders' })).events);
    expect(listed[0]).toMatchObject({ action: 'list_reminders', ok: true });
    expect(listed[0]?.summary).toMatch(/^3 reminders to come:\n1\. Chase the Northwind recruiter, Wednesday 9 Dec 2026 \(all day\)/);
    expect(listed[0]?.summary).toMatch(/\n3\. Interview: Backend Engineer at Stripe, Saturday 12 Dec 2026, 15:00 \(Europe\/Berlin\) \[rem_[0-9a-f]{10}\]$/);
    const cancelled = stepsOf((await postRun(server.url, 'reminders-4', { message: 'cancel the Oakfield reminder' })).events);
    expect(cancelled[0]).toMatchObject({ action: 'cancel_reminder', ok: true });
    expect(cancelled[0]?.summary).toMatch(/^Cancelled: Follow up with Oakfield Labs/);
  });

  it('an interview told as moved moves the reminder already set (same id, the calendar told), no second one', async () => {
    const pending = async () => reminderListSchema.parse(await (await fetch(url('/v1/reminders'))).json());
    const before = (await pending()).reminders.filter((reminder) => reminder.company === 'Stripe' && reminder.kind === 'interview');
    expect(before).toHaveLength(1);
    const [step] = stepsOf((await postRun(server.url, 'reminders-5', { message: 'my Stripe interview got moved to the 16th at 11am' })).events);
    expect(step).toMatchObject({ action: 'set_reminder', ok: true, data: { reminder_id: before[0]?.id } });
    expect(step?.summary).toMatch(/^Moved: Interview: Backend Engineer at Stripe, from Saturday 12 Dec 2026, 15:00 .* to Wednesday 16 Dec 2026, 11:00/);
    const after = (await pending()).reminders.filter((reminder) => reminder.company === 'Stripe' && reminder.kind === 'interview');
    // 11:00 in Berlin is 10:00 UTC; it still rings an hour before.
    expect(after).toEqual([expect.objectContaining({ id: before[0]?.id, due_at: '2026-12-16T10:00:00.000Z', remind_at: '2026-12-16T09:00:00.000Z' })]);
    const event = eventsOf(await (await fetch(url(`/v1/reminders/${before[0]?.id}/event.ics`))).text())[0];
    expect(event?.sequence).toBeGreaterThan(0);
    // Moved back over HTTP, for the tests below that hand it over when due.
    const back = await fetch(url(`/v1/reminders/${before[0]?.id}`), { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ when: 'the 12th at 3pm' }) });
    expect(reminderSchema.parse(await back.json()).due_at).toBe('2026-12-12T14:00:00.000Z');
  });
});

describe('/v1/reminders and the calendar', () => {
  it('POST makes a reminder; bad input gets stable codes', async () => {
    const created = await post('/v1/reminders', { when: 'next tuesday at 10:30', kind: 'follow_up', job_id: northwind, title: 'email the Northwind hiring manager' });
    expect(created.status).toBe(201);
    const body = createdReminderSchema.parse(await created.json());
    expect(body).toMatchObject({ due_at: '2026-12-08T09:30:00.000Z', title: 'Email the Northwind hiring manager', moved_to_interviewing: false });

    const unreadable = await post('/v1/reminders', { when: 'banana' });
    expect(unreadable.status).toBe(422);
    expect(errorBodySchema.parse(await unreadable.json()).error.code).toBe('REMINDER_TIME_UNREADABLE');
    // A time said but not read is refused, never set for the day alone.
    const timeUnread = await post('/v1/reminders', { when: 'friday 2 or so' });
    expect(timeUnread.status).toBe(422);
    expect(errorBodySchema.parse(await timeUnread.json()).error).toMatchObject({ code: 'REMINDER_TIME_UNREADABLE', message: expect.stringContaining('"2"') });
    const past = await post('/v1/reminders', { when: 'yesterday at 3pm' });
    expect(past.status).toBe(422);
    expect(errorBodySchema.parse(await past.json()).error.code).toBe('REMINDER_TIME_PAST');
    const unknownJob = await post('/v1/reminders', { when: 'friday', job_id: '000000000000' });
    expect(errorBodySchema.parse(await unknownJob.json()).error.code).toBe('JOB_NOT_FOUND');
    const badKind = await post('/v1/reminders', { when: 'friday', kind: 'party' });
    expect(badKind.status).toBe(400);
    const missing = await fetch(url('/v1/reminders/rem_0000000000'));
    expect(missing.status).toBe(404);
    expect(errorBodySchema.parse(await missing.json()).error.code).toBe('REMINDER_NOT_FOUND');
    const badId = await fetch(url('/v1/reminders/nope/event.ics'));
    expect(badId.status).toBe(400);
  });

  // Session 51 (trial s50 #24, #23, #57): "5:45" was stored as 17:45, and "Calgary time" cut from `said` without a word.
  it('POST reads a clock time written with its minutes as written, a city\'s clock as that city\'s, and refuses a clock it does not know', async () => {
    const early = await post('/v1/reminders', { when: 'wednesday at 5:45', kind: 'other', title: 'bus to the yard' });
    expect(early.status).toBe(201);
    // 05:45 in Berlin (UTC+1), never 17:45.
    expect(createdReminderSchema.parse(await early.json())).toMatchObject({ due_at: '2026-12-09T04:45:00.000Z', said: 'wednesday at 5:45' });

    const abroad = await post('/v1/reminders', { when: 'thursday 8:30 Red Deer time', kind: 'other', title: 'video call with Lakeshore Pipe' });
    expect(abroad.status).toBe(201);
    // 08:30 in Alberta (UTC-7) is 15:30 UTC; the zone stays in what is kept as said.
    expect(createdReminderSchema.parse(await abroad.json())).toMatchObject({ due_at: '2026-12-10T15:30:00.000Z', said: 'thursday 8:30 Red Deer time' });

    for (const when of ['thursday 10:00 Smallville time', 'thursday 3pm Canada time', 'thursday 8:30 Red Deer time, that is 15:30 here']) {
      const refused = await post('/v1/reminders', { when, kind: 'other', title: 'call the rig agency' });
      expect(refused.status).toBe(422);
      const { error } = errorBodySchema.parse(await refused.json());
      expect(error.code).toBe('REMINDER_ZONE_UNCLEAR');
      expect(error.message).toMatch(/which|city/i);
    }
  });

  it('one reminder\'s .ics parses back to the same fields', async () => {
    const { reminders } = reminderListSchema.parse(await (await fetch(url('/v1/reminders'))).json());
    const interview = reminders.find((reminder) => reminder.kind === 'interview');
    if (!interview) throw new Error('The interview reminder from the chat is missing.');
    const response = await fetch(url(`/v1/reminders/${interview.id}/event.ics`));
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${interview.id}.ics"`);
    const text = await response.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const [event] = eventsOf(text);
    expect(event?.uid).toBe(`${interview.id}@jobpilot`);
    expect(event?.summary).toBe(interview.title);
    expect(event?.start.toJSDate().toISOString()).toBe(interview.due_at);
    expect(event?.end.toJSDate().getTime()).toBe(new Date(interview.due_at).getTime() + 3600_000);
    expect(event?.status).toBe('CONFIRMED');
    expect(event?.description).toContain('Job: Backend Engineer at Stripe');
    expect((event?.trigger as ICAL.Time).toJSDate().toISOString()).toBe(interview.remind_at);
  });

  it('the feed lists every reminder, a whole day as a date, cancelled ones as cancelled', async () => {
    const all = reminderListSchema.parse(await (await fetch(url('/v1/reminders?all=true'))).json()).reminders;
    const { path } = (await (await fetch(url('/v1/calendar'))).json()) as { path: string };
    expect(path).toMatch(/^\/v1\/calendar\.ics\?key=default\./);
    const events = eventsOf(await (await fetch(url(path))).text());
    expect(events.map((event) => event.uid).sort()).toEqual(all.map((reminder) => `${reminder.id}@jobpilot`).sort());
    const cancelled = all.find((reminder) => reminder.cancelled_at);
    const feedCancelled = events.find((event) => event.uid === `${cancelled?.id}@jobpilot`);
    expect(feedCancelled).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    const day = all.find((reminder) => reminder.all_day && !reminder.cancelled_at);
    const feedDay = events.find((event) => event.uid === `${day?.id}@jobpilot`);
    expect(feedDay?.start.isDate).toBe(true);
    expect(feedDay?.start.toString()).toBe('2026-12-09');
    expect(feedDay?.end.toString()).toBe('2026-12-10');
  });

  it('DELETE cancels; due reminders are handed over once', async () => {
    const created = createdReminderSchema.parse(await (await post('/v1/reminders', { when: 'tomorrow at 8am', title: 'send references' })).json());
    const cancelled = reminderSchema.parse(await (await fetch(url(`/v1/reminders/${created.id}`), { method: 'DELETE' })).json());
    expect(cancelled.status).toBe('cancelled');
    // At 13:00 UTC on the 12th the interview's reminder (13:00) is due, and the follow-ups before it.
    const due = await server.jobpilot.dueReminders(new Date('2026-12-12T13:00:00Z'));
    expect(due.map((reminder) => reminder.title)).toContain('Interview: Backend Engineer at Stripe');
    expect(due.some((reminder) => reminder.id === created.id)).toBe(false);
    expect(await server.jobpilot.dueReminders(new Date('2026-12-12T13:00:00Z'))).toEqual([]);
  });
});
