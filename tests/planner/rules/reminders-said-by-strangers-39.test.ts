import { describe, expect, it } from 'vitest';
import { createActions } from '../../../src/actions/create-actions.ts';
import { inMemoryCareer } from '../../../src/career/in-memory-career.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 39 (issue 21): reminders said the way strangers say them, one test per class, on invented
// sentences (none from an eval set: the dev sets' own wordings are not used here).
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string, history: ChatMessage[] = [], references: Record<string, string> = {}) =>
  outcomeOf(planner, registry, goal, { references, messages: [...history, { role: 'user', content: goal }] });

/** A reminder jobpilot has just set, as its answer says it (no ids in the text, no references). */
const justSet: ChatMessage[] = [
  { role: 'user', content: 'my interview with Brightpath is on Wednesday at 11am' },
  { role: 'assistant', content: 'Reminder set: Interview: Analyst at Brightpath, Wed 9 Dec, 11:00. I will remind you an hour before.' },
];
const listed: ChatMessage[] = [
  { role: 'user', content: 'list my reminders' },
  { role: 'assistant', content: 'Here are your reminders:\n1. Follow up with Umbra, Mon 7 Dec\n2. Interview: Porter at Ferrowell, Thu 10 Dec, 09:30\n3. Chase Lintel, Sat 12 Dec' },
];

describe('a detail said right after a reminder was set is noted on it', () => {
  it.each([
    ["it's on google meet", 'google meet'],
    ['bring two references and my driving licence', 'two references'],
    ['ask for Joanne at the front desk', 'Joanne'],
    ['also the meeting link is in my inbox', 'in my inbox'],
    ["it's a video interview not in person", 'video interview'],
  ])('"%s"', async (goal, note) => {
    expect(await said(goal, justSet)).toEqual({ action: 'note_reminder', args: { reminder: 'it', note: expect.stringContaining(note) } });
  });

  it('the same words with no reminder in play are no note', async () => {
    expect((await said('ask for Joanne at the front desk')).action).not.toBe('note_reminder');
  });
});

describe('a detail said of a reminder named or listed is noted on that one', () => {
  it.each([
    ['note on the third one - bring a pen', listed, 'third', 'bring a pen'],
    ['add a note to the lintel one: parking is round the back', [], 'lintel', 'parking'],
    ['put in the Umbra reminder that the door code is 4411', [], 'Umbra', '4411'],
    ['wear steel toe boots to the Ferrowell one', [], 'Ferrowell', 'steel toe boots'],
    ['for the Umbra interview I have to bring my certificates', [], 'Umbra', 'certificates'],
    ['the Lintel panel is at the Quay Street office, room 2', [], 'Lintel', 'room 2'],
  ] as const)('"%s"', async (goal, history, reminder, note) => {
    expect(await said(goal, [...history])).toEqual({ action: 'note_reminder', args: { reminder: expect.stringContaining(reminder), note: expect.stringContaining(note) } });
  });
});

describe('a follow-up said in a hurry is a follow-up reminder for the company said', () => {
  it.each([
    ['Lintel - chase monday please', 'Lintel', 'monday'],
    ['reminder: follow up Umbra next wed', 'Umbra', 'next wed'],
    ['I need a reminder to write back to Ferrowell on tuesday', 'Ferrowell', 'tuesday'],
    ['give me a shout thursday to email Umbra', 'Umbra', 'thursday'],
    ['set a follow up for Lintel, friday week', 'Lintel', 'friday week'],
    ['Chase Umbra Logistics friday 11ish', 'Umbra Logistics', 'friday'],
    ['remind me to chase up Ferrowell on the 19th', 'Ferrowell', '19th'],
    ['remind me to email the Lintel panel on friday', 'Lintel', 'friday'],
    ['remind me to ring Tomasz at Ferrowell on monday', 'Ferrowell', 'monday'],
    ['on the 20th remind me to check if Umbra replied', 'Umbra', '20th'],
  ])('"%s" → %s, %s', async (goal, job, when) => {
    expect(await said(goal)).toEqual({ action: 'set_reminder', args: expect.objectContaining({ about: 'follow_up', job, when: expect.stringContaining(when) }) });
  });

  it('a day said short is passed on as typed, never as the word the corrector put for it', async () => {
    expect(await said('remind me to ring Lintel tmrw eve')).toEqual({ action: 'set_reminder', args: expect.objectContaining({ when: 'tmrw eve' }) });
  });

  it('"… remind me an hour before" keeps the interview\'s own date', async () => {
    expect(await said('panel with Umbra friday 2pm, remind me 30 mins before')).toEqual({
      action: 'set_reminder',
      args: expect.objectContaining({ about: 'interview', job: 'Umbra', when: expect.stringContaining('friday 2pm') }),
    });
  });
});

// (A weekday and a time then words, "fri 10am - final round with Umbra", is read first as an alert's schedule
// by create_alert's whole-message reader, which runs before this one: left to the alerts' owner, see the report.)
describe('a note to self that starts with its date', () => {
  it.each([
    ['tomorrow 10am - final round with Umbra', 'interview', 'Umbra', 'tomorrow 10am'],
    ['next tues call Lintel back', 'follow_up', 'Lintel', 'next tues'],
    ['on the 14th at 3:15 onsite @ Ferrowell', 'interview', 'Ferrowell', 'the 14th at 3:15'],
    ['tmrw 9am teams call w/ the Umbra recruiter', 'interview', 'Umbra', 'tmrw 9am'],
  ])('"%s"', async (goal, about, job, when) => {
    expect(await said(goal)).toEqual({ action: 'set_reminder', args: expect.objectContaining({ about, job, when: expect.stringContaining(when) }) });
  });

  it('a call to family names no job; a date then a search is no reminder', async () => {
    const family = await said('tomorrow 3pm call Dad back');
    expect(family).toEqual({ action: 'set_reminder', args: expect.objectContaining({ when: 'tomorrow 3pm' }) });
    expect((family as { args: Record<string, unknown> }).args.job).toBeUndefined();
    expect((await said('tomorrow find me nursing jobs in Leeds')).action).not.toBe('set_reminder');
  });

  it('a reminder verb asking a question after a comma or colon is that question, no reminder', async () => {
    expect(await said('jog my memory, which jobs did I keep')).toEqual({ action: 'list_saved_jobs', args: {} });
    expect((await said('remind me, which jobs did I save')).action).not.toBe('set_reminder');
    expect((await said("don't let me forget - which companies have I applied to")).action).not.toBe('set_reminder');
  });
});

describe('a move told with no company', () => {
  it('"they pushed my final round to thursday" moves the interview to come, found by its kind', async () => {
    expect(await said('they pushed my final round to thursday')).toEqual({ action: 'set_reminder', args: expect.objectContaining({ about: 'interview', when: 'thursday', moved: true }) });
    expect(await said('the Lintel screening got preponed to monday 10am')).toEqual({ action: 'set_reminder', args: expect.objectContaining({ job: 'Lintel', moved: true }) });
  });

  it('the handler moves the only interview to come, and asks which when there are two', async () => {
    const now = new Date('2026-12-07T08:00:00Z');
    const actions = createActions(inMemoryCareer({ now: () => now }));
    const context = { signal: new AbortController().signal, references: {}, artifactsDir: '/nonexistent' };
    const setReminder = actions.get('set_reminder');
    const first = await setReminder?.run({ when: 'wednesday at 2pm', about: 'interview', job: 'Umbra' }, context);
    expect(first?.ok).toBe(true);
    const moved = await setReminder?.run({ when: 'thursday at 2pm', about: 'interview', moved: true }, context);
    expect(moved?.summary).toMatch(/^Moved: .*Umbra.* to Thursday 10 Dec 2026, 14:00/);
    await setReminder?.run({ when: 'friday at 10am', about: 'interview', job: 'Lintel' }, context);
    const asked = await setReminder?.run({ when: 'monday at 9am', about: 'interview', moved: true }, context);
    expect(asked).toMatchObject({ ok: false, summary: expect.stringMatching(/^Which one moved to monday at 9am\? You have .*Umbra.*Lintel/) });
  });
});
