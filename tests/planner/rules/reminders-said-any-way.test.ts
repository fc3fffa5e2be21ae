import { describe, expect, it } from 'vitest';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 38 (issue 21): reminders said any way, one test per class, on invented sentences (none from an eval set).
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string, history: ChatMessage[] = [], references: Record<string, string> = {}) =>
  outcomeOf(planner, registry, goal, { references, messages: [...history, { role: 'user', content: goal }] });

/** A reminder jobpilot has just set, as its answer says it (no ids in the text, no references). */
const justSet: ChatMessage[] = [
  { role: 'user', content: 'my interview with Brightpath is on Wednesday at 11am' },
  { role: 'assistant', content: 'Reminder set: Interview: Analyst at Brightpath, Wed 9 Dec, 11:00. I will remind you an hour before.' },
];
/** A list of reminders jobpilot has just shown. */
const listed: ChatMessage[] = [
  { role: 'user', content: 'list my reminders' },
  { role: 'assistant', content: 'Here are your reminders:\n1. Follow up with Umbra, Mon 7 Dec\n2. Interview: Porter at Ferrowell, Thu 10 Dec, 09:30\n3. Chase Lintel, Sat 12 Dec' },
];

describe('the date is passed on as the person typed it', () => {
  it.each([
    ['remind me 2moro at quarter past 4 to ring Umbra', '2moro at quarter past 4'],
    ['remind me weds arvo to email Ferrowell', 'weds arvo'],
    ['remind me in a fortnight to chase Lintel', 'in a fortnight'],
    ['remind me after the weekend to nudge Umbra', 'after the weekend'],
    ['remind me this time next week to check on Lintel', 'this time next week'],
    ['remind me ten to 9 tomorrow to call Ferrowell', 'ten to 9 tomorrow'],
  ])('"%s" → when "%s"', async (goal, when) => {
    expect(await said(goal)).toEqual({ action: 'set_reminder', args: expect.objectContaining({ when }) });
  });
});

describe('a move told or asked moves the reminder, not a second one', () => {
  it.each([
    ['Ferrowell pushed my interview back to monday 10am', 'Ferrowell', 'monday 10am'],
    ['lintel moved the interview to the 21st at 3pm', 'lintel', 'the 21st at 3pm'],
    ['the Umbra interview is now on Tuesday instead of Monday', 'Umbra', 'on Tuesday'],
    ['the follow-up with Lintel should be thursday not wednesday', 'Lintel', 'thursday'],
    ['move my Umbra reminder to the 18th', 'Umbra', 'the 18th'],
    ['bring the Ferrowell interview forward an hour', 'Ferrowell', 'an hour earlier'],
  ])('"%s"', async (goal, job, when) => {
    expect(await said(goal)).toEqual({ action: 'set_reminder', args: expect.objectContaining({ job, when, moved: true }) });
  });

  it('"it", "that" and "they" point at the reminder just set', async () => {
    for (const [goal, when] of [
      ['can you push it back half an hour', 'half an hour later'],
      ['ugh they changed it to friday', 'friday'],
      ['make that quarter past 2 instead', '2'],
    ] as const) {
      expect(await said(goal, justSet)).toEqual({ action: 'set_reminder', args: expect.objectContaining({ when: expect.stringContaining(when), moved: true }) });
    }
  });

  it('a move without its new time is asked about; "instead" in another request is no move', async () => {
    expect((await said('the phone screen got rescheduled')).answer).toMatch(/^When is it now\?/);
    expect((await said('find remote ones instead')).action).not.toBe('set_reminder');
  });
});

describe('news that brings an interview with its time sets one', () => {
  it.each([
    ['got a call from Umbra!! they want to see me friday at 10', 'Umbra', 'friday at 10'],
    ['Lintel phoned, they would like a chat on monday at 4pm', 'Lintel', 'on monday at 4pm'],
    ['ferrowell HR emailed me, final round on 15th at 11am', 'ferrowell', 'on 15th at 11am'],
  ])('"%s"', async (goal, job, when) => {
    expect(await said(goal)).toEqual({ action: 'set_reminder', args: expect.objectContaining({ about: 'interview', job, when }) });
  });

  it('news, then "remind me" after it, is one reminder; "the day before" counts from the date said', async () => {
    expect(await said('the Umbra application closes on the 22nd, remind me the day before')).toEqual({
      action: 'set_reminder',
      args: expect.objectContaining({ when: 'the 21st', job: 'Umbra' }),
    });
    expect(await said('call with a recruiter from Lintel at 2:45 on friday, remind me')).toEqual({ action: 'set_reminder', args: expect.objectContaining({ job: 'Lintel' }) });
  });

  it('an interview that is over stays news for the tracker', async () => {
    expect((await said('I had an interview with Umbra on monday at 2, went ok')).action).not.toBe('set_reminder');
  });

  it('two days said as a choice are asked about, never one picked', async () => {
    expect((await said('remind me to ring Lintel monday or tuesday')).answer).toMatch(/monday or tuesday\?/);
  });
});

describe('a reminder is cancelled by its place, day or words after a list', () => {
  it.each([
    ['bin the third one', 'the third one'],
    ['delete no. 2', 'no. 2'],
    ['cancel the saturday one', 'saturday'],
    ['the umbra one can go', 'umbra'],
  ])('"%s" → %s', async (goal, reminder) => {
    expect(await said(goal, listed)).toEqual({ action: 'cancel_reminder', args: { reminder } });
  });

  it('words no reminder listed has are asked about', async () => {
    expect((await said('cancel the orange one', listed)).answer).toMatch(/^Which one should I cancel\?/);
  });

  it('"the reminder I just set", "the X follow-up is not needed" name which', async () => {
    expect(await said('delete the reminder you just set', justSet)).toEqual({ action: 'cancel_reminder', args: { reminder: 'it' } });
    expect(await said('Lintel follow-up - not needed any more, they called')).toEqual({ action: 'cancel_reminder', args: { reminder: 'Lintel' } });
  });
});

describe('interviews asked about as dates list the reminders', () => {
  // (Session 46: the interviews alone, `kind` interview, as the action's arguments describe "my interviews".)
  it.each([
    ['any interviews lined up this week?', { period: 'this_week', kind: 'interview' }],
    ['upcoming interviews', { kind: 'interview' }],
    ['have i got anything booked tomorrow?', { period: 'tomorrow' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'list_reminders', args });
  });

  it('which applications reached interview stays the tracker\'s', async () => {
    expect(await said('which jobs am I interviewing for')).toEqual({ action: 'list_saved_jobs', args: { status: 'interviewing' } });
  });
});
