import { describe, expect, it } from 'vitest';
import { findWhen } from '../../../src/actions/set-reminder/find-when.ts';
import { readWhen } from '../../../src/career/reminders/read-when.ts';
import { timeAsSaid } from '../../../src/career/reminders/reminder-in-words.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { type ExpectedOutcome, expectOutcome, outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 47 (issue 21): reminders said the way strangers say them, round seven. Invented sentences, one or more per
// class (none from an eval set): a move that names another company than the reminder just set; a day of the month
// and its time said with no "at" ("14th 4pm"), four figures after a day and month ("3 Feb, 0830"), a dash between a date in
// figures and its time; a zone's city said bare after a time ("10am Nairobi"), and both clocks in the answer.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string, history: ChatMessage[] = []) => outcomeOf(planner, registry, goal, { references: {}, messages: [...history, { role: 'user', content: goal }] });

/** The Brightwell call was the reminder set last; another company's interview was set before it. */
const afterBrightwellCall: ChatMessage[] = [
  { role: 'user', content: 'my interview with Ostrava Labs is on the 10th at 14:30' },
  { role: 'assistant', content: 'Reminder set: Interview: Ostrava Labs, Thu 10 Dec 14:30 (it rings at 13:30).' },
  { role: 'user', content: 'remind me about the Brightwell call on Thursday at 9:30' },
  { role: 'assistant', content: 'Reminder set: The Brightwell call, Thu 10 Dec 09:30.' },
];

const cases: Array<[string, ChatMessage[], ExpectedOutcome]> = [
  // Trial s46 #34: the company named is the reminder moved, never the one just set.
  ['please postpone the Ostrava Labs interview to the 11th, same time', afterBrightwellCall, { action: 'set_reminder', args: { job: 'Ostrava', when: '11th', moved: true } }],
  ['move my ostrava labs interview to 11.12.2026 14:30', afterBrightwellCall, { action: 'set_reminder', args: { job: 'ostrava', when: '11.12.2026', moved: true } }],
  ['the Ostrava Labs one is now on friday, same time', afterBrightwellCall, { action: 'set_reminder', args: { job: 'Ostrava', when: 'friday', moved: true } }],
  ['kindly prepone the Ostrava Labs interview to 18th December same time', afterBrightwellCall, { action: 'set_reminder', args: { job: 'Ostrava Labs', moved: true } }],
  // (The company of the one just set, or no company, is still that one.)
  ['sorry, the Brightwell call is at 10:30 not 9:30', afterBrightwellCall, { action: 'set_reminder', args: { job: 'Brightwell', moved: true } }],
  ['same time on friday instead', afterBrightwellCall, { action: 'set_reminder', args: { job: 'Brightwell', when: 'friday', moved: true } }],
  // The employer of a role described ("the X job at Y", "the X team (Y)"), never the role's words.
  ['interview for the night porter job at Hotel Lintel on the 14th at 10am', [], { action: 'set_reminder', args: { job: 'Hotel Lintel', about: 'interview' } }],
  ['remind me to chase the apprenticeship with Ferrowell Rail on friday', [], { action: 'set_reminder', args: { job: 'Ferrowell Rail', about: 'follow_up' } }],
  ['ring the London office (Umbra) monday at 9, remind me', [], { action: 'set_reminder', args: { job: 'Umbra' } }],
  // Asked in, told as news; "the final with X" is an interview.
  ["Lintel phoned!! they'd like me to come in on tuesday at 2", [], { action: 'set_reminder', args: { job: 'Lintel', about: 'interview', when: 'tuesday' } }],
  ['got the final w/ Umbra on the 16th at 11am, remind me', [], { action: 'set_reminder', args: { job: 'Umbra', about: 'interview' } }],
  // A reminder snoozed is moved: by so much, or to a day.
  ['snooze it by 30 mins', afterBrightwellCall, { action: 'set_reminder', args: { moved: true } }],
  ['snooze that for two hours', afterBrightwellCall, { action: 'set_reminder', args: { when: 'two hours later', moved: true } }],
  ['snooze the Ostrava Labs one until monday', afterBrightwellCall, { action: 'set_reminder', args: { job: 'Ostrava', when: 'monday', moved: true } }],
];

describe('reminders said by strangers, round seven (session 47)', () => {
  it.each(cases)('%s', async (goal, history, expected) => {
    expectOutcome(await said(goal, history), expected);
  });
});

/** Monday 7 Dec 2026, 09:00 in Berlin. */
const now = new Date('2026-12-07T08:00:00Z');
const wallOf = (words: string, timeZone = 'Europe/Berlin') => {
  const reading = readWhen(words, { now, timeZone });
  if (!reading.ok) throw new Error(`"${words}" was not read: ${reading.message}`);
  return reading.when.wall;
};

describe('dates said without their "at" (session 47)', () => {
  it('finds a day of the month with its time right after it, and four figures or a dash after a date', () => {
    expect(findWhen('chase Lintel 14th 4pm')).toMatchObject({ when: '14th 4pm', rest: 'chase Lintel', timed: true });
    expect(findWhen('onsite Umbra 21st 08:45')).toMatchObject({ when: '21st 08:45', timed: true });
    expect(findWhen('panel with Ferrowell, 3 Feb, 0830')).toMatchObject({ when: '3 Feb, 0830', timed: true });
    expect(findWhen('screen - Lintel - 22/12 - 09:15')).toMatchObject({ when: '22/12 - 09:15', timed: true });
    // (A year after the month stays a year; "the 2nd round" stays a stage.)
    expect(findWhen('call Umbra on 3 Feb 2027')).toMatchObject({ when: 'on 3 Feb 2027', timed: false });
  });

  it('reads them as that day at that time', () => {
    expect(wallOf('14th 4pm')).toMatchObject({ month: 12, day: 14, hour: 16, minute: 0 });
    expect(wallOf('3 Feb, 0830')).toMatchObject({ year: 2027, month: 2, day: 3, hour: 8, minute: 30 });
    expect(wallOf('22/12 - 09:15')).toMatchObject({ month: 12, day: 22, hour: 9, minute: 15 });
    expect(wallOf('3 Feb 2027')).toMatchObject({ year: 2027, month: 2, day: 3 });
  });

  it('reads a zone\'s city said bare after a time on that clock, and gives both times in the answer', () => {
    // 10:00 in Nairobi (UTC+3) is 08:00 in Berlin (UTC+1).
    expect(findWhen('panel with Lintel friday 10am Nairobi')).toMatchObject({ when: 'friday 10am Nairobi', rest: 'panel with Lintel' });
    expect(wallOf('friday 10am Nairobi')).toMatchObject({ day: 11, hour: 8, minute: 0 });
    // ("3pm Zoom" names no place: the person's own clock.)
    expect(wallOf('friday 3pm Zoom')).toMatchObject({ day: 11, hour: 15 });
    const dueAt = new Date('2026-12-11T07:00:00Z').toISOString();
    expect(timeAsSaid({ due_at: dueAt, all_day: false, time_zone: 'Europe/Berlin', said: 'friday 10am Nairobi' })).toBe(' — 10:00 in Africa/Nairobi, as you said it');
    expect(timeAsSaid({ due_at: dueAt, all_day: false, time_zone: 'Europe/Berlin', said: 'friday 3pm Manila time' })).toContain('15:00 in Asia/Manila');
    expect(timeAsSaid({ due_at: dueAt, all_day: false, time_zone: 'Europe/Berlin', said: 'friday at 8' })).toBe('');
  });
});
