import { describe, expect, it } from 'vitest';
import { findWhen } from '../../../src/actions/set-reminder/find-when.ts';
import { readWhen } from '../../../src/career/reminders/read-when.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { type ExpectedOutcome, expectOutcome, outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 48 (issue 21): reminders said the way strangers say them, round eight. Invented sentences, one or more per
// class (none from an eval set): a date corrected after other words or across a dash ("— no sorry,", ".. actually make
// it"); "half" right after a day ("tmrw half 9"); "on day 15", "the day 11 of December", "at 16 hours"; a diary's
// shorthand ("f/u", "followup", "intv"); a call or ring to make, told as a command with its day; a question about a
// job asked as "remind me what …"; the feed wished for in a calendar app; one kind of reminder listed, or its first.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string) => outcomeOf(planner, registry, goal, { references: {}, messages: [{ role: 'user', content: goal }] });

const cases: Array<[string, ExpectedOutcome]> = [
  ['remind me to ring Monzo on wednesday at 10.. actually thursday at 10', { action: 'set_reminder', args: { job: 'Monzo', when: 'thursday' } }],
  ['my panel with Arup is the 8th — no wait, the 9th — at 2pm', { action: 'set_reminder', args: { about: 'interview', job: 'Arup', when: '9th' } }],
  ["remind me on the 4th to email Kainos - sorry, the 5th, I'm away on the 4th", { action: 'set_reminder', args: { job: 'Kainos', when: '5th' } }],
  ['remind me about the Zalando interview on day 21 at 10h', { action: 'set_reminder', args: { about: 'interview', job: 'Zalando', when: 'day 21' } }],
  ['f/u monzo thurs', { action: 'set_reminder', args: { about: 'follow_up', job: 'monzo', when: 'thurs' } }],
  ['followup with arup tues', { action: 'set_reminder', args: { about: 'follow_up', job: 'arup', when: 'tues' } }],
  ['intv zalando fri 2pm', { action: 'set_reminder', args: { about: 'interview', job: 'zalando', when: 'fri' } }],
  ['ring the Kier recruiter back monday 9am', { action: 'set_reminder', args: { about: 'follow_up', job: 'Kier', when: 'monday' } }],
  ['my JP Morgan superday is on the 9th at 8:30am', { action: 'set_reminder', args: { about: 'interview', job: 'JP Morgan', when: '9th' } }],
  ['Probearbeit bei Dallmayr am Freitag um 10 Uhr, remind me', { action: 'set_reminder', args: { about: 'interview', job: 'Dallmayr', when: 'Freitag' } }],
  ['remind me what the Zeiss job pays again', { action: 'answer_about_job', args: { job: 'Zeiss', about: 'pay' } }],
  ['remind me when the Arup posting closes', { action: 'answer_about_job', args: { job: 'Arup', about: 'closes' } }],
  ['I want my reminders to appear on my android calendar', { action: 'list_reminders', args: { feed: true } }],
  ['just the interview reminders please', { action: 'list_reminders', args: { kind: 'interview' } }],
  ['which follow-up is due soonest?', { action: 'list_reminders', args: { kind: 'follow_up', next: true } }],
  // (Still no reminder: an alert by e-mail, a document sent.)
  ['email me new welding jobs every morning', { action: 'create_alert' }],
];

describe('reminders said by strangers, round eight (session 48)', () => {
  it.each(cases)('%s', async (goal, expected) => {
    expectOutcome(await said(goal), expected);
  });
});

/** Monday 7 Dec 2026, 09:00 in Berlin. */
const now = new Date('2026-12-07T08:00:00Z');
const wallOf = (words: string) => {
  const reading = readWhen(words, { now, timeZone: 'Europe/Berlin' });
  if (!reading.ok) throw new Error(`"${words}" was not read: ${reading.message}`);
  return { ...reading.when.wall, allDay: reading.when.allDay };
};

describe('the days and times of round eight', () => {
  it('reads "half" after a day, "day 15", "the day 11 of December", "16 hours" and a dash before the time', () => {
    expect(wallOf('tmrw half 9')).toMatchObject({ day: 8, hour: 9, minute: 30, allDay: false });
    expect(wallOf('fri half 2')).toMatchObject({ day: 11, hour: 14, minute: 30 });
    expect(wallOf('on day 15 at 14h')).toMatchObject({ month: 12, day: 15, hour: 14, minute: 0 });
    expect(wallOf('at the day 11 of January at 16 hours')).toMatchObject({ year: 2027, month: 1, day: 11, hour: 16 });
    expect(wallOf('the 11th — at 9am')).toMatchObject({ day: 11, hour: 9, allDay: false });
  });

  it('reads a weekday said on that weekday as next week, unless a time later today is said', () => {
    expect(wallOf('on Monday')).toMatchObject({ day: 14, allDay: true });
    expect(wallOf('monday at 3pm')).toMatchObject({ day: 7, hour: 15 });
    expect(wallOf('monday at 2')).toMatchObject({ day: 7, hour: 14 });
    expect(wallOf('monday at 8am')).toMatchObject({ day: 14, hour: 8 });
    expect(wallOf('this monday')).toMatchObject({ day: 7, allDay: true });
    expect(wallOf('next monday')).toMatchObject({ day: 14 });
    expect(wallOf('tuesday')).toMatchObject({ day: 8 });
  });

  it('takes the date said last when it is corrected after other words, and keeps those words', () => {
    expect(findWhen('remind me on the 4th to email Kainos - sorry, the 5th, the 4th is a holiday')).toMatchObject({
      when: 'the 5th',
      rest: 'remind me to email Kainos, the 4th is a holiday',
      corrected: true,
    });
    expect(findWhen('call Xero back friday at 2.. actually make it monday at 2')).toMatchObject({ when: 'monday at 2', rest: 'call Xero back' });
    // ("no rush" corrects no date.)
    expect(findWhen('remind me friday at 10 to ring Lidl, no rush')).toMatchObject({ when: 'friday at 10' });
  });
});
