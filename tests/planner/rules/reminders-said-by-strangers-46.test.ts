import { describe, expect, it } from 'vitest';
import { findWhen } from '../../../src/actions/set-reminder/find-when.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { type ExpectedOutcome, expectOutcome, outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 46 (issue 21): reminders said the way strangers say them, round six. Invented sentences, one or more per
// class (none from an eval set): the answer for a reminder set worded as a writer words it ("Done: …", "It rings …");
// when the news came is no date of what it told; German "um" before a time; a time said for "that day"; the kind
// asked is the kind listed; a reason naming whose beside "drop the reminder"; two days as a choice with no time;
// follow-ups said in French, German or Spanish; a medical or induction said first; a call with the people who hire;
// "put the interview in my calendar"; "note down …" right after one was set.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string, history: ChatMessage[] = []) => outcomeOf(planner, registry, goal, { references: {}, messages: [...history, { role: 'user', content: goal }] });

/** A reminder just set, told as a writer would tell it, with no "Reminder set:" and no id. */
const toldByWriter = (answer: string): ChatMessage[] => [
  { role: 'user', content: 'interview with Brightwell on friday at 11am' },
  { role: 'assistant', content: answer },
];
const doneAnswer = toldByWriter('Done: Interview: Buyer at Brightwell, Fri 11 Dec, 11:00 (Europe/London). It rings an hour before, at 10:00.');
const allSetAnswer = toldByWriter("All set — I've added a reminder for your Brightwell interview on Friday at 11:00, and it's in your calendar feed.");
const followUpAnswer: ChatMessage[] = [
  { role: 'user', content: 'reminder to chase Lintel on the 21st' },
  { role: 'assistant', content: 'Done: Follow up with Lintel, Mon 21 Dec (all day), it rings at 09:00.' },
];

const cases: Array<[string, ChatMessage[], ExpectedOutcome]> = [
  // Right after a reminder was set, however the answer was worded: moves, cancels and details are of that one.
  ['oops, I meant 2pm not 11', doneAnswer, { action: 'set_reminder', args: { when: '2pm', moved: true } }],
  ['bring it forward 30 mins', allSetAnswer, { action: 'set_reminder', args: { moved: true } }],
  ['its 22 not 21', followUpAnswer, { action: 'set_reminder', args: { moved: true } }],
  ['forget it, they filled the post', doneAnswer, { action: 'cancel_reminder', args: { reminder: 'it' } }],
  ['wear the steel toecaps', allSetAnswer, { action: 'note_reminder', args: { reminder: 'it', note: 'steel toecaps' } }],
  ['please note down I must carry my CSCS card', doneAnswer, { action: 'note_reminder', args: { reminder: 'it', note: 'CSCS card' } }],
  ['jot down: bring two references', allSetAnswer, { action: 'note_reminder', args: { reminder: 'it', note: 'two references' } }],
  // When the news came is no date; "um" before a clock time is German's "at".
  ['Brightwell phoned me earlier today, panel interview thursday 1415 at the depot', [], { action: 'set_reminder', args: { when: 'thursday 1415', about: 'interview', job: 'Brightwell' } }],
  ['Gespräch mit Lintel am 21.12. um 8:45 bitte eintragen', [], { action: 'set_reminder', args: { when: '21.12', about: 'interview', job: 'Lintel' } }],
  // A time said for "that day": on the day of the date said beside it.
  ['the Umbra application portal shuts at 5pm on the 18th, set me a reminder at 9am that day', [], { action: 'set_reminder', args: { when: '18th at 9am' } }],
  // The kind asked is the kind listed; a meeting's time asked is answered from the reminders.
  ['any follow ups coming up?', [], { action: 'list_reminders', args: { kind: 'follow_up' } }],
  ['when is my next interview supposed to be', [], { action: 'list_reminders', args: { kind: 'interview', next: true } }],
  ['what day is the Lintel induction again', [], { action: 'list_reminders', args: {} }],
  // A reason that names whose, beside a cancel that only points.
  ['the Brightwell interview got pulled, so drop that reminder', [], { action: 'cancel_reminder', args: { reminder: 'Brightwell' } }],
  ["delete the reminder, I'm not going to the Umbra interview", [], { action: 'cancel_reminder', args: { reminder: 'Umbra' } }],
  ['Umbra called off the panel - drop that reminder', [], { action: 'cancel_reminder', args: { reminder: 'Umbra' } }],
  ['I withdrew from Lintel, remove the reminder', [], { action: 'cancel_reminder', args: { reminder: 'Lintel' } }],
  // Two days said as a choice are asked about, with a time or without.
  ['second round at Lintel, monday or tuesday, not confirmed yet', [], { clarify: true }],
  // Follow-ups said in another language, with their day and whose.
  ['relancer Lintel lundi prochain svp', [], { action: 'set_reminder', args: { when: 'lundi', about: 'follow_up', job: 'Lintel' } }],
  ['Am Donnerstag bei Umbra nachhaken', [], { action: 'set_reminder', args: { when: 'Donnerstag', about: 'follow_up', job: 'Umbra' } }],
  ['hacer seguimiento con Brightwell el viernes', [], { action: 'set_reminder', args: { when: 'viernes', about: 'follow_up', job: 'Brightwell' } }],
  // A medical or an induction said first; a call with the people who hire is an interview.
  ['Induction for the Umbra warehouse job is at 7:30 on the 4th', [], { action: 'set_reminder', args: { when: '4th', job: 'Umbra' } }],
  ['drug test at Lintel monday 8am, dont let me forget', [], { action: 'set_reminder', args: { when: 'monday', job: 'Lintel' } }],
  ['teams call with the Brightwell talent partner wednesday 16:30', [], { action: 'set_reminder', args: { when: 'wednesday 16:30', about: 'interview', job: 'Brightwell' } }],
  // Asked into the calendar: set with its day, else asked when.
  ['can you add my Lintel screen to the calendar for thursday at 10', [], { action: 'set_reminder', args: { when: 'thursday at 10', about: 'interview', job: 'Lintel' } }],
  ['stick the interview in my diary', [], { clarify: true }],
  // A move whose meeting is said with a figure ("my 3rd round").
  ['they pushed my 3rd round to wednesday', doneAnswer, { action: 'set_reminder', args: { when: 'wednesday', moved: true } }],
];

describe('reminders said by strangers (session 46)', () => {
  it.each(cases)('"%s"', async (goal, history, expected) => {
    expectOutcome(await said(goal, history), expected);
  });

  it('reads an alert answer as no reminder: "forget it" right after an alert was made is not a reminder cancelled', async () => {
    const outcome = await said('forget it', [
      { role: 'user', content: 'tell me every morning about new welder jobs in Perth' },
      { role: 'assistant', content: 'Done: an alert for welder jobs in Perth, every morning at 08:00 (alert_1a2b3c4d5e).' },
    ]);
    expect(outcome.action).not.toBe('cancel_reminder');
  });
});

describe('findWhen: round six', () => {
  it('leaves out when the news came, and keeps a time said after German "um" with its date', () => {
    expect(findWhen('Lintel rang this morning, onsite friday 0900')).toMatchObject({ when: 'friday 0900', timed: true });
    expect(findWhen('remind me this morning at 11 to call Lintel')).toMatchObject({ when: 'this morning at 11' });
    expect(findWhen('Termin mit Umbra am 9.1. um 10:30')).toMatchObject({ when: 'am 9.1. um 10:30', timed: true });
    expect(findWhen('remind me monday, um, tuesday to call Umbra')).toMatchObject({ when: 'tuesday', corrected: true });
  });

  it('takes a time restated on another clock as no time left unread, and cuts it from the rest', () => {
    const found = findWhen('panel with Lintel 10pm Singapore time thursday (3pm London), remind me');
    expect(found).toMatchObject({ when: '10pm Singapore time thursday', timed: true });
    expect(found?.unread).toBeUndefined();
    expect(found?.rest).toBe('panel with Lintel, remind me');
    expect(findWhen('ring Umbra friday 3pm = 9am New York time, then chase')).toMatchObject({ when: 'friday 3pm', rest: 'ring Umbra, then chase' });
    // (A time tried beside the date and not read is still asked about.)
    expect(findWhen('call Lintel friday at 2ishh')?.unread).toBe('2ishh');
  });
});
