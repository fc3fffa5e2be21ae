import { describe, expect, it } from 'vitest';
import { findWhen } from '../../../src/actions/set-reminder/find-when.ts';
import { readWhen } from '../../../src/career/reminders/read-when.ts';
import { recordAlertChange, recordReminderChange } from '../../../src/career/changes/record-change.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { type ExpectedOutcome, expectOutcome, outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 41 (issue 21): reminders said the way strangers say them, round four. Invented sentences, one or more per
// class (none from an eval set): a date corrected in the same breath, a day of the month said in Portuguese or French
// inside English, "prox.", a part of the day naming a thing ("night shift"), names joined by "&" or "and".
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string, history: ChatMessage[] = []) => outcomeOf(planner, registry, goal, { references: {}, messages: [...history, { role: 'user', content: goal }] });

type Expected = ExpectedOutcome;
const cases: Array<[string, ChatMessage[], Expected]> = [
  ['remind me wednesday at 4, no wait, thursday at 4, to ring Ferrowell', [], { action: 'set_reminder', args: { when: 'thursday', job: 'ferrowell' } }],
  ['remind me sunday, um, saturday actually, to chase Umbra', [], { action: 'set_reminder', args: { when: 'saturday', job: 'umbra' } }],
  ['phone screen with Lintel on the 14th, wait no the 15th, at 10h', [], { action: 'set_reminder', args: { when: '15th', job: 'lintel' } }],
  ['remind me to call Ferrowell dia 20 às 10h', [], { action: 'set_reminder', args: { when: '20', job: 'ferrowell' } }],
  ['entretien with Lintel le 21 à 9h15, remind me', [], { action: 'set_reminder', args: { when: '21' } }],
  ['set a reminder: call with the partners at Bower & Quill, 5th prox., 11 a.m.', [], { action: 'set_reminder', args: { when: '5th', job: 'bower & quill' } }],
  ['just finished a morning shift. phone screen with Umbra friday 1pm, remind me', [], { action: 'set_reminder', args: { when: 'friday', job: 'umbra' } }],
  ['final interview with Hobbs and Lyle on Tuesday the 15th at 11am', [], { action: 'set_reminder', args: { when: '15th', job: 'hobbs and lyle' } }],
  // A list written on one line ("Your reminders: 1. … 2. …", "This week: 1. …") is a list all the same.
  ['scrap the first one', [{ role: 'user', content: 'reminders this week?' }, { role: 'assistant', content: 'This week: 1. Interview at Umbra, Wed 9 Dec 10:00. 2. Follow up with Lintel, Fri 11 Dec.' }], { action: 'cancel_reminder', args: { reminder: 'first' } }],
  ['number 2 is not needed', [{ role: 'user', content: 'my reminders' }, { role: 'assistant', content: 'Your reminders: 1. Interview at Umbra, Wed 9 Dec 10:00. 2. Follow up with Lintel, Fri 11 Dec.' }], { action: 'cancel_reminder', args: { reminder: '2' } }],
  // "move the interview" with two interviews listed: which one is asked; with the company named, moved.
  ['push the interview to 4pm', [{ role: 'user', content: 'my reminders' }, { role: 'assistant', content: 'Your reminders:\n1. Interview at Umbra, Wed 9 Dec 10:00\n2. Interview at Lintel, Thu 10 Dec 11:00' }], { clarify: true }],
  ['move the Lintel interview to 4pm', [{ role: 'user', content: 'my reminders' }, { role: 'assistant', content: 'Your reminders:\n1. Interview at Umbra, Wed 9 Dec 10:00\n2. Interview at Lintel, Thu 10 Dec 11:00' }], { action: 'set_reminder', args: { job: 'lintel', moved: true } }],
  ['chase Ferrowell at some point', [], { clarify: true }],
];

describe('reminders said by strangers (session 41)', () => {
  it.each(cases)('"%s"', async (goal, history, expected) => {
    expectOutcome(await said(goal, history), expected);
  });
});

describe('findWhen: a date corrected in the same breath, and words that only look like dates', () => {
  it('takes the date said last, and leaves neither with the rest', () => {
    expect(findWhen('at 2pm, sorry 3pm to call Umbra')).toMatchObject({ when: '3pm', rest: 'to call Umbra', corrected: true });
    expect(findWhen('friday at 3, no wait, saturday at 3 to ring Lintel')).toMatchObject({ when: 'saturday at 3', rest: 'to ring Lintel', corrected: true });
    expect(findWhen('monday, er, tuesday actually, to chase Umbra')).toMatchObject({ when: 'tuesday', rest: 'to chase Umbra' });
    // Two dates without a correction between them: the first, as before.
    expect(findWhen('friday to chase Umbra about monday')).toMatchObject({ when: 'friday' });
    expect(findWhen('friday to chase Umbra about monday')).not.toHaveProperty('corrected');
  });

  it('reads no time in "a night shift", and an ordinal said as a piece of its own', () => {
    expect(findWhen('off a night shift. interview with Umbra monday 2pm')).toMatchObject({ when: 'monday 2pm' });
    expect(findWhen('onsite with Umbra. 18th. 10am')).toMatchObject({ when: '18th. 10am', timed: true });
  });
});

describe('readWhen: Portuguese and French days of the month, "amanhã", "prox."', () => {
  const now = new Date('2026-12-06T20:00:00Z');
  const at = (words: string) => {
    const reading = readWhen(words, { now, timeZone: 'Europe/London' });
    return reading.ok ? reading.when.at.toISOString() : reading.code;
  };
  it.each([
    ['dia 12 às 15h', '2026-12-12T15:00:00.000Z'],
    ['le 14 à 14h30', '2026-12-14T14:30:00.000Z'],
    ['amanhã às 9h', '2026-12-07T09:00:00.000Z'],
    ['the 3rd prox. at 10am', '2027-01-03T10:00:00.000Z'],
    // "prox." is next month's even when this month's day is still to come.
    ['the 20th prox.', '2027-01-20T09:00:00.000Z'],
    // (Trial s42 #48: "depois de amanhã" is read as the day after tomorrow; it was refused, never tomorrow, before.)
    ['depois de amanhã às 9h', '2026-12-08T09:00:00.000Z'],
  ])('"%s"', (words, expected) => {
    expect(at(words)).toBe(expected);
  });
});

describe('recordReminderChange and recordAlertChange record through one function', () => {
  it('records each kind with its subject, and nothing outside a conversation', async () => {
    const recorded: Array<[string, unknown]> = [];
    const changes = { record: async (threadId: string, change: unknown) => void recorded.push([threadId, change]) };
    const dependencies = { changes } as unknown as Parameters<typeof recordReminderChange>[0];
    const reminder = { id: 'rem_1', title: 'Interview' } as unknown as Parameters<typeof recordReminderChange>[2]['after'];
    const alert = { id: 'alt_1', name: 'Rust jobs' } as unknown as Parameters<typeof recordAlertChange>[2]['before'];
    await recordReminderChange(dependencies, { threadId: 'th_1' }, { before: null, after: reminder, description: 'set it' });
    await recordAlertChange(dependencies, { threadId: 'th_1' }, { before: alert, after: null, description: 'deleted it' });
    await recordAlertChange(dependencies, { threadId: undefined }, { before: alert, after: null, description: 'deleted it' });
    expect(recorded).toEqual([
      ['th_1', { kind: 'reminder', subject: 'rem_1', description: 'set it', before: null, after: reminder }],
      ['th_1', { kind: 'alert', subject: 'alt_1', description: 'deleted it', before: alert, after: null }],
    ]);
  });
});
