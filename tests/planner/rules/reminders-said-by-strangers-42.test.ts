import { describe, expect, it } from 'vitest';
import { findWhen } from '../../../src/actions/set-reminder/find-when.ts';
import { readWhen } from '../../../src/career/reminders/read-when.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { type ExpectedOutcome, expectOutcome, outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 42 (issue 21): reminders said the way strangers say them, round five. Invented sentences, one or more per
// class (none from an eval set): the 24-hour clock without a colon ("1615hrs", "0745", "16.45"), a day and month with
// a dot ("on 11.1"), "the 14 at 2pm", a bare hour after a weekday ("thu 4"), French and German around a day; the
// employer named as whose a job or contact is, what is handed to it, a capitalised name standing alone; "I'd like to be
// reminded", "need a nudge", "remember for me", "rem …", "set something for"; the task in a piece of its own.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string, history: ChatMessage[] = []) => outcomeOf(planner, registry, goal, { references: {}, messages: [...history, { role: 'user', content: goal }] });

const cases: Array<[string, ChatMessage[], ExpectedOutcome]> = [
  // The 24-hour clock, a dotted date, a bare day of the month.
  ['Set reminder 1615hrs Friday: video screen, Ferrowell Logistics', [], { action: 'set_reminder', args: { when: '1615hrs friday', about: 'interview', job: 'ferrowell logistics' } }],
  ['Reminder 0745 Tuesday. Task: chase Umbra recruiter re contract.', [], { action: 'set_reminder', args: { when: '0745 tuesday', about: 'follow_up', job: 'umbra' } }],
  ['technical round Lintel wednesday 16.45 at their Ghent office', [], { action: 'set_reminder', args: { when: 'wednesday 16.45', about: 'interview', job: 'lintel' } }],
  ['please remind me on 11.1 at 8.30 to call Ferrowell', [], { action: 'set_reminder', args: { when: '11.1 at 8.30', about: 'follow_up', job: 'ferrowell' } }],
  ['coding round with Umbra on the 14 at 2pm', [], { action: 'set_reminder', args: { when: 'the 14 at 2pm', about: 'interview', job: 'umbra' } }],
  ['rem thu 4 lintel', [], { action: 'set_reminder', args: { when: 'thu 4' } }],
  ['remind me about the Umbra call thursday 4 or so', [], { clarify: true }],
  ['entretien chez Lintel samedi prochain à 11h, remind me', [], { action: 'set_reminder', args: { when: 'samedi prochain à 11h', about: 'interview', job: 'lintel' } }],
  // Who the reminder is about.
  ['remind me friday to send Marta the portfolio for the eBay role', [], { action: 'set_reminder', args: { when: 'friday', job: 'ebay' } }],
  ['remind me monday to email the Ferrowell contact again', [], { action: 'set_reminder', args: { when: 'monday', job: 'ferrowell' } }],
  ['remind me on the 20th to return the signed contract to Umbra', [], { action: 'set_reminder', args: { when: '20th', job: 'umbra' } }],
  ['remind me tomorrow to finish the Codility task for Lintel', [], { action: 'set_reminder', args: { when: 'tomorrow', job: 'lintel' } }],
  ['remind me tuesday to ring the uh the agency, Brightwell, about the forklift job', [], { action: 'set_reminder', args: { when: 'tuesday', job: 'brightwell' } }],
  ['The Umbra rang me at work, final interview on the 18th at 10:15. Please put it in', [], { action: 'set_reminder', args: { when: '18th', about: 'interview', job: 'umbra' } }],
  ['zoom interview with Lintel Friday at 11, remind me', [], { action: 'set_reminder', args: { when: 'friday', job: 'lintel' } }],
  ['remind me in a week, since Ferrowell\'s talent team is slow, to nudge them', [], { action: 'set_reminder', args: { when: 'in a week', job: 'ferrowell' } }],
  ['In two weeks I should hear from Lintel. Remind me to write to them if not.', [], { action: 'set_reminder', args: { job: 'lintel' } }],
  // How the request is said.
  ["I'd like to be reminded to send a thank-you note to the Umbra panel on Monday morning", [], { action: 'set_reminder', args: { when: 'monday', job: 'umbra' } }],
  ['need a nudge on Thursday at lunchtime to fill in the Lintel forms', [], { action: 'set_reminder', args: { when: 'thursday' } }],
  ['remember for me: Ferrowell culture-fit call on Fri at 15.30', [], { action: 'set_reminder', args: { when: 'fri at 15.30', about: 'interview', job: 'ferrowell' } }],
  ['could you set something for the 5th of January, 10am, reminding me to sign the Umbra contract', [], { action: 'set_reminder', args: { when: '5th of january', job: 'umbra' } }],
  ['please set a follow-up reminder for Lintel Group tomorrow at noon', [], { action: 'set_reminder', args: { when: 'tomorrow', about: 'follow_up', job: 'lintel group' } }],
  ['My first day at Ferrowell is 11 January. Can you pop a reminder in for that morning?', [], { action: 'set_reminder', args: { when: '11 january', job: 'ferrowell' } }],
  ['remind me on Friday at 10 to ring the recruiter from Ferrowell about the BI analyst role', [], { action: 'set_reminder', args: { when: 'friday', job: 'ferrowell' } }],
  ['Please note for my diary: final interview with Marks and Spencer on Thursday the 17th at 3.15pm.', [], { action: 'set_reminder', args: { when: '17th', job: 'marks and spencer' } }],
  ["They've asked me to come in on the 4th of January for an induction at 9.30, at Umbra Leeds", [], { action: 'set_reminder', args: { when: '4th', job: 'umbra' } }],
  // Cancelling and listing said loosely; "show my reminders" is never a cancel.
  ['rem cancel lintel', [], { action: 'cancel_reminder', args: { reminder: 'lintel' } }],
  ['never mind the Umbra follow up reminder, they already replied', [], { action: 'cancel_reminder', args: { reminder: 'umbra follow up' } }],
  ['both Ferrowell ones can go, the post is filled', [], { action: 'cancel_reminder', args: { reminder: 'all ferrowell' } }],
  ['Kindly withdraw the reminder regarding Lintel; the matter is settled.', [], { action: 'cancel_reminder', args: { reminder: 'lintel' } }],
  ['wipe out all my reminders, I got the job', [], { action: 'cancel_reminder', args: { reminder: 'all' } }],
  ["drop whatever I've got on thursday", [], { action: 'cancel_reminder', args: { reminder: 'thursday' } }],
  ['show my reminders', [], { action: 'list_reminders', args: {} }],
  ['rems this wk?', [], { action: 'list_reminders', args: { period: 'this_week' } }],
  ['do I have anything tomorrow after my shift', [], { action: 'list_reminders', args: { period: 'tomorrow' } }],
  ['have i anything on friday', [], { action: 'list_reminders', args: {} }],
  ['did you set the Lintel one?', [], { action: 'list_reminders', args: {} }],
  ['how can I put all my interviews into my outlook calendar', [], { action: 'list_reminders', args: { feed: true } }],
  ['subscribe my apple calendar to my reminders', [], { action: 'list_reminders', args: { feed: true } }],
  ['do you have a feed my phone can subscribe to?', [], { action: 'list_reminders', args: { feed: true } }],
  // (A phone number is no time; a 24-hour time corrected moves the reminder just set.)
  ['put in the umbra reminder that the dial-in is 0845 600 700', [], { action: 'note_reminder', args: { reminder: 'umbra', note: '0845' } }],
  [
    'sorry, 16.30 not 16.00',
    [
      { role: 'user', content: 'interview with Lintel on thursday at 16:00' },
      { role: 'assistant', content: 'Reminder set: Interview at Lintel, Thu 10 Dec 16:00 [rem_1].' },
    ],
    { action: 'set_reminder', args: { when: '16.30', moved: true } },
  ],
  [
    'make that half five',
    [
      { role: 'user', content: 'remind me to ring Umbra tomorrow at 5' },
      { role: 'assistant', content: 'Reminder set: ring Umbra, Tue 8 Dec 17:00 [rem_1].' },
    ],
    { action: 'set_reminder', args: { when: 'half five', moved: true } },
  ],
];

describe('reminders said by strangers (session 42)', () => {
  it.each(cases)('"%s"', async (goal, history, expected) => {
    expectOutcome(await said(goal, history), expected);
  });
});

describe('findWhen: the 24-hour clock and dates written with figures and dots', () => {
  it('reads four figures as a time only beside "hrs", a zone, a weekday, "at" or a leading zero', () => {
    expect(findWhen('call at 1615hrs Friday')).toMatchObject({ when: 'at 1615hrs Friday', timed: true });
    expect(findWhen('panel on the 9th at 1300 UTC')).toMatchObject({ when: 'on the 9th at 1300 UTC', timed: true });
    expect(findWhen('make it 0815 instead')).toMatchObject({ when: '0815', timed: true });
    expect(findWhen('we moved here in 2019 and')).toBeUndefined();
    expect(findWhen('the dial-in is 0845 600 700')).toBeUndefined();
  });

  it('reads a dotted time by its minutes, and a dotted day and month after "on"', () => {
    expect(findWhen('screen tuesday 10.45 in town')).toMatchObject({ when: 'tuesday 10.45', timed: true });
    expect(findWhen('the bus fare is 3.20 each way')).toBeUndefined();
    expect(findWhen('ring them on 11.1 at 8.30')).toMatchObject({ when: 'on 11.1 at 8.30', rest: 'ring them', timed: true });
  });
});

describe('readWhen: the clocks and days of round five', () => {
  const now = new Date('2026-12-06T20:00:00Z');
  const at = (words: string) => {
    const reading = readWhen(words, { now, timeZone: 'Europe/London' });
    return reading.ok ? reading.when.at.toISOString() : reading.code;
  };
  it.each([
    ['1615hrs Friday', '2026-12-11T16:15:00.000Z'],
    ['0745 Tuesday', '2026-12-08T07:45:00.000Z'],
    ['wednesday 16.45', '2026-12-09T16:45:00.000Z'],
    ['on 11.1 at 8.30', '2027-01-11T08:30:00.000Z'],
    ['the 14 at 2pm', '2026-12-14T14:00:00.000Z'],
    ['thu 4', '2026-12-10T16:00:00.000Z'],
    ['samedi prochain à 11h', '2026-12-12T11:00:00.000Z'],
    ['am Mittwoch um 9 Uhr', '2026-12-09T09:00:00.000Z'],
  ])('"%s"', (words, expected) => {
    expect(at(words)).toBe(expected);
  });
});

describe('trial s42: a correction right after a move, and the Portuguese days (#23, #48)', () => {
  const moved: ChatMessage[] = [
    { role: 'user', content: 'my interview with Lintel is on the 15th at 10am' },
    { role: 'assistant', content: 'Reminder set: Interview: Analyst at Lintel, Tue 15 Dec 10:00 [rem_1]. It is in your calendar feed (/v1/calendar.ics).' },
    { role: 'user', content: 'push it to 4pm' },
    { role: 'assistant', content: 'Moved: Interview: Analyst at Lintel, from Tue 15 Dec 10:00 to Tue 15 Dec 16:00 [rem_1]; your calendar feed has the new time.' },
  ];
  it.each([
    ['no wait, the 16th', { action: 'set_reminder', args: { when: 'the 16th', moved: true } }],
    ['oops, the 16th', { action: 'set_reminder', args: { when: 'the 16th', moved: true } }],
    ['no, wednesday', { action: 'set_reminder', args: { when: 'wednesday', moved: true } }],
  ] as Array<[string, ExpectedOutcome]>)('"%s" moves the reminder just moved', async (goal, expected) => {
    expectOutcome(await outcomeOf(planner, registry, goal, { references: { last_reminder_id: 'rem_1' }, messages: [...moved, { role: 'user', content: goal }] }), expected);
  });

  const now = new Date('2026-12-06T20:00:00Z');
  it.each([
    ['hoje às 22h15', '2026-12-06T22:15:00.000Z'],
    ['depois de amanhã', '2026-12-08T09:00:00.000Z'],
    ['daqui a 3 dias', '2026-12-09T09:00:00.000Z'],
    ['daqui a duas horas', '2026-12-06T22:00:00.000Z'],
    ['segunda-feira às 9h', '2026-12-07T09:00:00.000Z'],
  ])('"%s"', (words, expected) => {
    const reading = readWhen(words, { now, timeZone: 'Europe/Lisbon' });
    expect(reading.ok ? reading.when.at.toISOString() : reading.code).toBe(expected);
  });
});
