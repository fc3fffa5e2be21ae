import { describe, expect, it } from 'vitest';
import { createActions } from '../../../src/actions/create-actions.ts';
import { periodWindow } from '../../../src/actions/list-reminders/period.ts';
import { reminderTitle } from '../../../src/career/reminders/set-reminder.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { fakeCareerDependencies } from '../../fakes/fake-career-dependencies.ts';
import { jobRecord } from '../../fakes/job-record.ts';
import { plannedTurn } from '../../helpers/planned-turn.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 37 (issue 21): a new user's trial, one test per class of error, each on invented sentences
// (none from an eval set).
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string, references: Record<string, string> = {}) => outcomeOf(planner, registry, goal, { references });
const steps = async (goal: string, references: Record<string, string> = {}) =>
  (await plannedTurn(planner, registry, { goal, messages: [{ role: 'user', content: goal }], observations: [], references, stepsLeft: 8 })).flatMap((decision) =>
    decision.type === 'act' ? [{ action: decision.step.action, args: decision.step.args }] : [],
  );

describe('two changes to one alert in one message are both done', () => {
  it.each([
    ['resume the galway alert and change it to weekdays at 6', { change: 'resume' }, { change: 'edit', schedule: 'weekdays at 6' }],
    ['pause the bakery alert and make it weekly', { change: 'pause' }, { change: 'edit', schedule: 'weekly' }],
    ['turn the welder alert back on, then set it to 70% or better', { change: 'resume' }, { change: 'edit', min_fit: 70 }],
  ])('"%s"', async (goal, first, second) => {
    const planned = await steps(goal);
    expect(planned).toHaveLength(2);
    expect(planned[0]).toEqual({ action: 'change_alert', args: expect.objectContaining(first) });
    // (The second step's "it" is the alert the first will leave in play, resolved when it runs.)
    expect(planned[1]).toEqual({ action: 'change_alert', args: expect.objectContaining({ alert: 'it', ...second }) });
  });

  it('"make it weekly" with an alert in play edits it; with a letter in play it stays the letter\'s', async () => {
    expect(await said('make it weekly', { last_alert_id: 'alert_0a1b2c3d4e' })).toEqual({ action: 'change_alert', args: { alert: 'alert_0a1b2c3d4e', change: 'edit', schedule: 'weekly' } });
    expect((await said('make it shorter', { last_document_id: 'doc_1' })).action).toBe('revise_cover_letter');
  });

  it('an hour alone is read as the time of day ("make it 9 instead of 7")', async () => {
    expect(await said('make it 9 instead of 7', { last_alert_id: 'alert_0a1b2c3d4e' })).toEqual({
      action: 'change_alert',
      args: expect.objectContaining({ change: 'edit', schedule: 'at 9' }),
    });
  });
});

describe('reminder titles say whom and what for', () => {
  const job = jobRecord('j-1', { title: 'Clinical Coder', company: 'Caredeck' });
  it.each([
    ['follow up with caredeck', 'Follow up with Caredeck'],
    ['ring them to say thanks', 'Ring Caredeck to say thanks'],
    ['check their portal', "Check Caredeck's portal"],
    ['prep', 'Prep: Clinical Coder at Caredeck'],
  ])('"%s" about the saved Caredeck job is titled "%s"', (what, title) => {
    expect(reminderTitle({ kind: 'follow_up', job, what })).toBe(title);
  });

  it('keeps "thanks" said to someone as what to do, and reads a bare "prep" as about the job in play', async () => {
    expect(await said('remind me to email them on friday to say thanks', { last_job_id: 'j-1' })).toEqual({
      action: 'set_reminder',
      args: expect.objectContaining({ job: 'it', what: 'email them to say thanks' }),
    });
    expect(await said('set a reminder to practise on thursday evening', { last_job_id: 'j-1' })).toEqual({ action: 'set_reminder', args: expect.objectContaining({ job: 'it', what: 'practise' }) });
    expect((await said('remind me to stretch on thursday evening', { last_job_id: 'j-1' })).args).not.toHaveProperty('job');
  });

  it('stores no bare "today" or "tomorrow" as a tracker note', async () => {
    expect(await said('mark the Brightpath job as rejected today')).toEqual({ action: 'update_job_status', args: { job: 'Brightpath', status: 'rejected' } });
    expect((await steps('withdraw me from Brightpath, and remind me to call them tomorrow'))[0]?.args).not.toHaveProperty('note');
  });
});

describe("jobpilot's own calendar feed", () => {
  it.each([['open the calendar feed'], ['whats my ics link'], ['can you add my reminders to my google calendar'], ['pull up the reminders feed']])('"%s" asks for the feed', async (goal) => {
    expect(await said(goal)).toEqual({ action: 'list_reminders', args: { feed: true } });
  });

  it('"open google calendar" and "open my linkedin feed" are still websites', async () => {
    expect(await said('open google calendar')).toEqual({ action: 'open_website', args: expect.objectContaining({ url: expect.stringContaining('calendar.google.com') }) });
    expect((await said('open my linkedin feed')).action).toBe('open_website');
  });

  it('answers with the address the server gives, key and all', async () => {
    const career = { ...fakeCareerDependencies(), calendarFeed: { path: '/v1/calendar.ics?key=default.abc', url: 'http://127.0.0.1:8000/v1/calendar.ics?key=default.abc' } };
    const action = createActions(career).get('list_reminders');
    const result = await action?.run({ feed: true }, { signal: new AbortController().signal, artifactsDir: '/nonexistent' });
    expect(result?.summary).toContain('Your calendar feed: http://127.0.0.1:8000/v1/calendar.ics?key=default.abc');
  });
});

describe("what's on in a stretch of time", () => {
  it.each([
    ['hi again. whats on this week for me', 'this_week'],
    ['have i got anything on tomorrow?', 'tomorrow'],
    ['anything booked next week', 'next_week'],
    ["what's on today", 'today'],
  ])('"%s" lists the reminders of %s', async (goal, period) => {
    expect(await said(goal)).toEqual({ action: 'list_reminders', args: { period } });
  });

  it('this week runs from today to the end of Sunday, in the person\'s zone', () => {
    // Wednesday 9 December 2026, 10:00 in Dublin.
    const window = periodWindow('this_week', new Date('2026-12-09T10:00:00Z'), 'Europe/Dublin');
    expect(window).toEqual({ from: new Date('2026-12-09T00:00:00Z'), to: new Date('2026-12-14T00:00:00Z') });
    expect(periodWindow('next_week', new Date('2026-12-09T10:00:00Z'), 'Europe/Berlin')).toEqual({ from: new Date('2026-12-13T23:00:00Z'), to: new Date('2026-12-20T23:00:00Z') });
  });
});

describe('a detail about an interview goes to its reminder', () => {
  const listed = { last_reminder_ids: 'rem_1a2b3c4d5e,rem_2b3c4d5e6f' };
  it.each([
    ['the Initech one is in Leeds btw, can you add that', listed, { reminder: 'Initech', note: 'in Leeds' }],
    ["it's on teams", { last_reminder_id: 'rem_1a2b3c4d5e' }, { reminder: 'it', note: 'on teams' }],
    ['add a note to the Globex one: ask for Priya at reception', listed, { reminder: 'Globex', note: 'ask for Priya at reception' }],
  ])('"%s"', async (goal, references, args) => {
    expect(await said(goal, references)).toEqual({ action: 'note_reminder', args });
  });

  it('a day and time is no detail, and a job\'s place is not a reminder\'s', async () => {
    expect((await said("it's on friday at 3pm", { last_reminder_id: 'rem_1a2b3c4d5e' })).action).not.toBe('note_reminder');
    expect((await said('the Acme job is in Leeds')).action).not.toBe('note_reminder');
  });

  it('keeps the detail with the reminder, and says so', async () => {
    const career = fakeCareerDependencies();
    const set = await career.reminders.add({ kind: 'interview', title: 'Interview: Coder at HSE', jobId: null, dueAt: new Date(Date.now() + 86_400_000), allDay: false, timeZone: 'UTC', remindAt: new Date(Date.now() + 82_800_000), said: 'tomorrow', note: '' });
    const action = createActions(career).get('note_reminder');
    const result = await action?.run({ reminder: 'HSE', note: 'in Cork' }, { signal: new AbortController().signal, references: {}, artifactsDir: '/nonexistent' });
    expect(result).toMatchObject({ ok: true, data: { reminder_id: set.id, note: 'in Cork' } });
    expect((await career.reminders.get(set.id))?.note).toBe('in Cork');
  });
});
