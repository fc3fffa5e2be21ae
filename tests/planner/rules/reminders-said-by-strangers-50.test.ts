import { describe, expect, it } from 'vitest';
import { createActions } from '../../../src/actions/create-actions.ts';
import { inMemoryCareer } from '../../../src/career/in-memory-career.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { type ExpectedOutcome, expectOutcome, outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 50 (issues 14 and 21): reminders said the way strangers say them, round ten. Invented sentences, several per
// class (none from an eval set or a trial): a lead said for when it rings ("30 mins before", "an hour ahead", "half an
// hour beforehand", "the day before" of a meeting with its time), in the request or in a piece of its own; and a move
// told with the company as the one who moved it and no word for the meeting ("Lidl moved it, …").
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string) => outcomeOf(planner, registry, goal, { references: {}, messages: [{ role: 'user', content: goal }] });

const cases: Array<[string, ExpectedOutcome]> = [
  // A lead: the event keeps the time said; it rings that much before.
  ['final round with Octopus Energy on wednesday at 4pm, remind me 30 mins before', { action: 'set_reminder', args: { about: 'interview', job: 'Octopus', when: 'wednesday at 4pm', lead_minutes: 30 } }],
  ['remind me an hour ahead - phone screen with Wayfair tomorrow at 2:30pm', { action: 'set_reminder', args: { about: 'interview', job: 'Wayfair', when: 'tomorrow at 2:30pm', lead_minutes: 60 } }],
  ['zoom interview w/ Canva thurs 9am, nudge me half an hour beforehand', { action: 'set_reminder', args: { about: 'interview', job: 'Canva', when: 'thurs 9am', lead_minutes: 30 } }],
  ['assessment centre at Network Rail on the 16th at 8:30, can I get a heads-up 2 hrs early', { action: 'set_reminder', args: { job: 'Network Rail', when: '16th', lead_minutes: 120 } }],
  ['remind me to ring the Adecco consultant friday at 11am, 10 minutes prior pls', { action: 'set_reminder', args: { about: 'follow_up', job: 'Adecco', when: 'friday at 11am', lead_minutes: 10 } }],
  ['technical interview with Revolut on monday at 10, remind me the day before', { action: 'set_reminder', args: { about: 'interview', job: 'Revolut', when: 'monday at 10', lead_minutes: 1440 } }],
  // The meeting said after the lead still says the kind.
  ['could you ping me 10 minutes before my screening call on thursday at 4pm', { action: 'set_reminder', args: { about: 'interview', when: 'thursday at 4pm', lead_minutes: 10 } }],
  // A deadline's "day before" stays a reminder of its own on that day; a shift after one was set is a move, no lead.
  ['the Nationwide application closes on the 19th, remind me the day before', { action: 'set_reminder', args: { when: '18th', lead_minutes: undefined } }],
  // The company as the one who moved it, no meeting said.
  ['Lidl moved it, now tuesday at 11am', { action: 'set_reminder', args: { job: 'Lidl', when: 'tuesday at 11am', moved: true } }],
  ['Arup rescheduled us to the 14th at 2pm', { action: 'set_reminder', args: { job: 'Arup', when: '14th at 2pm', moved: true } }],
  ['Boots changed the time - 3:30 on friday now', { action: 'set_reminder', args: { job: 'Boots', when: '3:30 on friday', moved: true } }],
];

describe('reminders said by strangers, round ten (session 50)', () => {
  it.each(cases)('%s', async (goal, expected) => {
    expectOutcome(await said(goal), expected);
  });

  it('a shift after one was set is a move, never a lead', async () => {
    const outcome = await outcomeOf(planner, registry, 'make it 30 mins earlier', {
      references: {},
      messages: [
        { role: 'user', content: 'interview with Aldi friday at 2pm' },
        { role: 'assistant', content: 'Reminder set: Interview: Aldi, Friday 11 Dec 2026, 14:00 (Europe/London) [rem_0a1b2c3d4e]. I will remind you an hour before, at 13:00.' },
        { role: 'user', content: 'make it 30 mins earlier' },
      ],
    });
    expectOutcome(outcome, { action: 'set_reminder', args: { moved: true, lead_minutes: undefined } });
  });
});

describe('a lead said for when it rings', () => {
  /** Monday 7 Dec 2026, 08:00 in London. */
  const now = new Date('2026-12-07T08:00:00Z');
  const context = { signal: new AbortController().signal, references: {}, artifactsDir: '/nonexistent' };

  it('rings that long before, keeps the event at its time, says both, and keeps the lead when it moves', async () => {
    const career = inMemoryCareer({ now: () => now, timeZone: 'Europe/London' });
    const actions = createActions(career);
    const set = await actions.get('set_reminder')?.run({ when: 'friday at 2pm', about: 'interview', job: 'Octopus Energy', lead_minutes: 45 }, context);
    expect(set).toMatchObject({ ok: true, summary: expect.stringMatching(/Friday 11 Dec 2026, 14:00 .*I will remind you 45 minutes before, at 13:15\./) });
    const [reminder] = await career.reminders.list({ from: now });
    expect(reminder).toMatchObject({ due_at: '2026-12-11T14:00:00.000Z', remind_at: '2026-12-11T13:15:00.000Z' });
    // Moved to another time, it still rings 45 minutes before.
    await actions.get('set_reminder')?.run({ when: '4pm', about: 'interview', job: 'Octopus Energy', moved: true }, context);
    const [moved] = await career.reminders.list({ from: now });
    expect(moved).toMatchObject({ due_at: '2026-12-11T16:00:00.000Z', remind_at: '2026-12-11T15:15:00.000Z' });
  });

  it('the day before rings a day earlier and names that day; with no lead an interview rings an hour before', async () => {
    const career = inMemoryCareer({ now: () => now, timeZone: 'Europe/London' });
    const actions = createActions(career);
    const dayBefore = await actions.get('set_reminder')?.run({ when: 'wednesday at 10am', about: 'interview', job: 'Revolut', lead_minutes: 1440 }, context);
    expect(dayBefore?.summary).toMatch(/I will remind you the day before, at Tuesday 8 Dec 2026, 10:00\./);
    const plain = await actions.get('set_reminder')?.run({ when: 'thursday at 3pm', about: 'interview', job: 'Wayfair' }, context);
    expect(plain?.summary).toMatch(/I will remind you an hour before, at 14:00\./);
    const followUp = await actions.get('set_reminder')?.run({ when: 'thursday at 5pm', about: 'follow_up', what: 'chase Adecco' }, context);
    expect(followUp?.summary).not.toMatch(/I will remind you/);
  });
});
