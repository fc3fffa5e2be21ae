import { describe, expect, it } from 'vitest';
import { readWhen } from '../../../src/career/reminders/read-when.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { type ExpectedOutcome, expectOutcome, outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 52 (issues 21 and 14): reminders said the way strangers say them. Invented sentences, several per class
// (none from an eval set): the company told apart from words that only look like one, bookings told as news, the kind
// of reminder said by who asked, an hour said apart from its day.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string, history: ChatMessage[] = []) => outcomeOf(planner, registry, goal, { references: {}, messages: [...history, { role: 'user', content: goal }] });

const cases: Array<[string, ExpectedOutcome]> = [
  // The company, never a day's possessive, a person after a title, a time said in words, chatter or a verb.
  ["Saturday 10am - go over Monday's Lintel interview, remind me", { action: 'set_reminder', args: { when: 'saturday 10am', about: 'interview', job: 'lintel' } }],
  ["please set a reminder for Ms Varga's panel with Ferrowell on the 9th at 14:00", { action: 'set_reminder', args: { when: '9th', about: 'interview', job: 'ferrowell' } }],
  ['Friday I am meeting the Umbra hiring panel at half-ten Lisbon time, remind me', { action: 'set_reminder', args: { when: 'friday', about: 'interview', job: 'umbra' } }],
  ['right. so. interview. Lintel. the 21st. 10am. dont let me forget', { action: 'set_reminder', args: { when: '21st', about: 'interview', job: 'lintel' } }],
  ['Interview Ferrowell, Wednesday 16th at 9:15', { action: 'set_reminder', args: { when: '16th', about: 'interview', job: 'ferrowell' } }],
  ['the online test for Quillfield closes thursday noon, remind me wednesday', { action: 'set_reminder', args: { when: 'wednesday', job: 'quillfield' } }],
  ['remind me friday at 10 to send my references to ferrowell', { action: 'set_reminder', args: { when: 'friday', about: 'follow_up', job: 'ferrowell' } }],
  ['video interview at Umbra monday 9am, and remind me sunday to practise', { action: 'set_reminder', args: { job: 'umbra', about: 'interview' } }],
  // A booking told as news, the request for a reminder said short or not at all.
  ['the Lintel people booked me in for thursday at 3', { action: 'set_reminder', args: { when: 'thursday at 3', about: 'interview', job: 'lintel' } }],
  ['Quillfield has me down for a trial shift saturday 8am, reminder please', { action: 'set_reminder', args: { when: 'saturday 8am', job: 'quillfield' } }],
  ['Ferrowell superday 12 Jan 9am. Reminder plz', { action: 'set_reminder', args: { when: '12 jan', about: 'interview', job: 'ferrowell' } }],
  ['Umbra screening call on the 18th at 4pm, pls remind', { action: 'set_reminder', args: { when: '18th', job: 'umbra' } }],
  // The kind said by who asked: asked in, moved by the company, a chat with their recruiter; asking or checking them.
  ['the lady from Ferrowell rang, they want to see me monday at 2. pop it in my diary please', { action: 'set_reminder', args: { when: 'monday', about: 'interview', job: 'ferrowell' } }],
  ['Quillfield rescheduled — now 22 Dec 11:00', { action: 'set_reminder', args: { when: '22 dec', about: 'interview', job: 'quillfield', moved: true } }],
  ["yet another 'quick call' with a recruiter from Umbra. Thursday 5pm. Remind me", { action: 'set_reminder', args: { when: 'thursday', about: 'interview', job: 'umbra' } }],
  ['remind me tomorrow to ask Lintel about the notice period', { action: 'set_reminder', args: { when: 'tomorrow', about: 'follow_up', job: 'lintel' } }],
  ['remind me on friday to check the Ferrowell portal', { action: 'set_reminder', args: { when: 'friday', about: 'follow_up', job: 'ferrowell' } }],
  // An hour said apart from its one day; a part of "that" day, the day said before.
  ['thank-you email to the Umbra panel tonight, remind me at 8', { action: 'set_reminder', args: { when: 'tonight at 8', job: 'umbra' } }],
  ['follow-up note to Lintel tomorrow - remind me at 11', { action: 'set_reminder', args: { when: 'tomorrow at 11', job: 'lintel' } }],
  ["Quillfield said they'd reply by the 15th. If not, remind me to ring them that morning", { action: 'set_reminder', args: { when: '15th', job: 'quillfield' } }],
];

describe('reminders said by strangers (session 52)', () => {
  it.each(cases)('"%s"', async (goal, expected) => {
    expectOutcome(await said(goal), expected);
  });
});

describe('the time reader reads the dates session 52 passes on', () => {
  const now = new Date('2026-12-08T01:00:00Z');
  const at = (words: string) => {
    const reading = readWhen(words, { now, timeZone: 'Europe/London' });
    return reading.ok ? reading.when.at.toISOString() : reading.code;
  };
  it('reads an hour with the day said apart, and a part of a dated day', () => {
    expect(at('tonight at 8')).toBe('2026-12-08T20:00:00.000Z');
    expect(at('tomorrow at 11')).toBe('2026-12-09T11:00:00.000Z');
    expect(at('the 15th in the morning')).toBe('2026-12-15T09:00:00.000Z');
  });
});
