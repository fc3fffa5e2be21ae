import { describe, expect, it } from 'vitest';
import { createActions } from '../../../src/actions/create-actions.ts';
import { inMemoryCareer } from '../../../src/career/in-memory-career.ts';
import { readWhen } from '../../../src/career/reminders/read-when.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { type ExpectedOutcome, expectOutcome, outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 40 (issue 21): reminders said the way strangers say them, round three. Invented sentences, one or more per
// class (none from an eval set): corrections of the reminder just set, times and days in words, cancels said any way,
// days asked about, who is contacted at a company, a day with nothing to be reminded of.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string, history: ChatMessage[] = []) => outcomeOf(planner, registry, goal, { references: {}, messages: [...history, { role: 'user', content: goal }] });

type Expected = ExpectedOutcome;
const cases: Array<[string, ChatMessage[], Expected]> = [
    ["oh sorry i meant 3pm not 2", [{"role": "user", "content": "interview with Lintel on friday at 2pm"}, {"role": "assistant", "content": "Reminder set: Interview with Lintel, Fri 11 Dec 14:00 (it rings at 13:00)."}], {"action": "set_reminder", "args": {"when": "3pm", "moved": true}}],
    ["no wait, it's the 19th not the 18th", [{"role": "user", "content": "my Umbra screen is on the 18th at 9am"}, {"role": "assistant", "content": "Reminder set: Interview with Umbra, Fri 18 Dec 09:00."}], {"action": "set_reminder", "args": {"when": "19", "moved": true}}],
    ["oops, not 2, 4", [{"role": "user", "content": "interview with Lintel on friday at 2pm"}, {"role": "assistant", "content": "Reminder set: Interview with Lintel, Fri 11 Dec 14:00 (it rings at 13:00)."}], {"action": "set_reminder", "args": {"when": "4", "moved": true}}],
    ["they bumped it to monday, same time", [{"role": "user", "content": "interview with Lintel on friday at 2pm"}, {"role": "assistant", "content": "Reminder set: Interview with Lintel, Fri 11 Dec 14:00 (it rings at 13:00)."}], {"action": "set_reminder", "args": {"when": "monday", "moved": true}}],
    ["no, Lisbon time not yours", [{"role": "user", "content": "interview with Lintel on friday at 2pm"}, {"role": "assistant", "content": "Reminder set: Interview with Lintel, Fri 11 Dec 14:00 (it rings at 13:00)."}], {"action": "set_reminder", "args": {"when": "lisbon", "moved": true}}],
    ["kindly correct, it is India time", [{"role": "user", "content": "interview with Lintel on friday at 2pm"}, {"role": "assistant", "content": "Reminder set: Interview with Lintel, Fri 11 Dec 14:00 (it rings at 13:00)."}], {"action": "set_reminder", "args": {"when": "india", "moved": true}}],
    ["sorry, I meant thursday", [{"role": "user", "content": "interview with Lintel on friday at 2pm"}, {"role": "assistant", "content": "Reminder set: Interview with Lintel, Fri 11 Dec 14:00 (it rings at 13:00)."}], {"action": "set_reminder", "args": {"when": "thursday", "moved": true}}],
    ["same time the following day please", [{"role": "user", "content": "interview with Lintel on friday at 2pm"}, {"role": "assistant", "content": "Reminder set: Interview with Lintel, Fri 11 Dec 14:00 (it rings at 13:00)."}], {"action": "set_reminder", "args": {"moved": true}}],
    ["prepone it by 2 hours", [{"role": "user", "content": "interview with Lintel on friday at 2pm"}, {"role": "assistant", "content": "Reminder set: Interview with Lintel, Fri 11 Dec 14:00 (it rings at 13:00)."}], {"action": "set_reminder", "args": {"when": "2 hours earlier", "moved": true}}],
    ["postpone it by one day", [{"role": "user", "content": "interview with Lintel on friday at 2pm"}, {"role": "assistant", "content": "Reminder set: Interview with Lintel, Fri 11 Dec 14:00 (it rings at 13:00)."}], {"action": "set_reminder", "args": {"when": "day later", "moved": true}}],
    ["bring it forward half an hour", [{"role": "user", "content": "interview with Lintel on friday at 2pm"}, {"role": "assistant", "content": "Reminder set: Interview with Lintel, Fri 11 Dec 14:00 (it rings at 13:00)."}], {"action": "set_reminder", "args": {"moved": true}}],
    ["push it back 45 mins", [{"role": "user", "content": "interview with Lintel on friday at 2pm"}, {"role": "assistant", "content": "Reminder set: Interview with Lintel, Fri 11 Dec 14:00 (it rings at 13:00)."}], {"action": "set_reminder", "args": {"moved": true}}],
    ["make it 5 instead", [{"role": "user", "content": "interview with Lintel on friday at 2pm"}, {"role": "assistant", "content": "Reminder set: Interview with Lintel, Fri 11 Dec 14:00 (it rings at 13:00)."}], {"action": "set_reminder", "args": {"when": "5", "moved": true}}],
    ["the Ferrowell induction got moved to wednesday at 10", [], {"action": "set_reminder", "args": {"when": "wednesday", "moved": true, "job": "ferrowell"}}],
    ["no, find jobs in Leeds instead", [{"role": "user", "content": "interview with Lintel on friday at 2pm"}, {"role": "assistant", "content": "Reminder set: Interview with Lintel, Fri 11 Dec 14:00 (it rings at 13:00)."}], {"action": "search_jobs"}],
    ["remind me wednesday at seven thirty pm to ring Lintel", [], {"action": "set_reminder", "args": {"when": "seven thirty pm", "job": "lintel"}}],
    ["set a reminder for january third at ten a m: call with Umbra", [], {"action": "set_reminder", "args": {"when": "third", "job": "umbra"}}],
    ["remind me at lunch on monday to email Ferrowell", [], {"action": "set_reminder", "args": {"when": "monday", "job": "ferrowell"}}],
    ["interview at Lintel on the twenty first at 3pm", [], {"action": "set_reminder", "args": {"when": "twenty first", "job": "lintel"}}],
    ["remind me this avo to chase Umbra", [], {"action": "set_reminder", "args": {"when": "avo", "job": "umbra"}}],
    ["anything on tomoz?", [], {"action": "list_reminders", "args": {"period": "tomorrow"}}],
    ["have i got anything booked for thursday", [], {"action": "list_reminders", "args": {}}],
    ["whats on the 14th", [], {"action": "list_reminders", "args": {}}],
    ["any reminders 2moro?", [], {"action": "list_reminders", "args": {"period": "tomorrow"}}],
    ["how can i put them into my outlook calendar", [], {"action": "list_reminders", "args": {"feed": true}}],
    ["send me the url to subscribe from google", [], {"action": "list_reminders", "args": {"feed": true}}],
    ["did you actually set one for the Umbra call?", [], {"action": "list_reminders", "args": {}}],
    ["cancel the lintel one, they ghosted me", [{"role": "user", "content": "remind me to chase Lintel on friday"}, {"role": "assistant", "content": "Reminder set: Chase Lintel, Fri 11 Dec."}], {"action": "cancel_reminder", "args": {"reminder": "lintel"}}],
    ["Umbra one delete can?", [], {"action": "cancel_reminder", "args": {"reminder": "umbra"}}],
    ["bin it, not going anymore", [{"role": "user", "content": "interview with Lintel on friday at 2pm"}, {"role": "assistant", "content": "Reminder set: Interview with Lintel, Fri 11 Dec 14:00 (it rings at 13:00)."}], {"action": "cancel_reminder", "args": {"reminder": "it"}}],
    ["remove the one on tuesday", [], {"action": "cancel_reminder", "args": {"reminder": "tuesday"}}],
    ["delete all of my reminders", [], {"action": "cancel_reminder", "args": {"reminder": "all"}}],
    ["scrap all reminders for Umbra", [], {"action": "cancel_reminder", "args": {"reminder": "umbra"}}],
    ["all my reminders for monday can go", [], {"action": "cancel_reminder", "args": {"reminder": "monday"}}],
    ["remind me monday to call the consultant at reed about the temp role", [], {"action": "set_reminder", "args": {"when": "monday", "job": "reed"}}],
    ["remind me friday to send Ferrowell my certificates", [], {"action": "set_reminder", "args": {"when": "friday", "job": "ferrowell"}}],
    ["put me down to email Lintel about the rota next tuesday", [], {"action": "set_reminder", "args": {"when": "next tuesday", "job": "lintel"}}],
    ["the Umbra folks want me in for a chat on monday at 10", [], {"action": "set_reminder", "args": {"when": "monday at 10", "about": "interview", "job": "umbra"}}],
    ["my induction at Ferrowell is on the 4th at 8:30", [], {"action": "set_reminder", "args": {"when": "4th", "job": "ferrowell"}}],
    ["remind me on monday", [], {"clarify": true}],
    ["set a reminder for 7am on friday please", [], {"action": "set_reminder", "args": {"when": "7am on friday"}}],
    ["remind me thursday or perhaps friday to chase Umbra", [], {"clarify": true}],
];

describe('reminders said by strangers (session 40)', () => {
  it.each(cases)('"%s"', async (goal, history, expected) => {
    expectOutcome(await said(goal, history), expected);
  });
});

describe('the time reader reads corrections against the reminder\'s own time', () => {
  const now = new Date('2026-12-06T20:00:00Z');
  const keep = { wall: { year: 2026, month: 12, day: 16, hour: 14, minute: 30 }, allDay: false };
  const read = (words: string) => {
    const reading = readWhen(words, { now, timeZone: 'Europe/London', keep });
    return reading.ok ? reading.when.at.toISOString() : reading.code;
  };
  it.each([
    ['Lisbon time', '2026-12-16T14:30:00.000Z'],
    ['India time', '2026-12-16T09:00:00.000Z'],
    ['no, CET', '2026-12-16T13:30:00.000Z'],
    ['next day', '2026-12-17T14:30:00.000Z'],
    ['same time the following day', '2026-12-17T14:30:00.000Z'],
    ['09:15 same day', '2026-12-16T09:15:00.000Z'],
    ['18 not 16', '2026-12-18T14:30:00.000Z'],
    ['3 not 2', '2026-12-16T15:00:00.000Z'],
  ])('"%s"', (words, at) => {
    expect(read(words)).toBe(at);
  });

  it('reads times and days said in words for a new reminder', () => {
    const at = (words: string) => {
      const reading = readWhen(words, { now, timeZone: 'Europe/London' });
      return reading.ok ? reading.when.at.toISOString() : reading.code;
    };
    expect(at('wednesday at seven thirty pm')).toBe('2026-12-09T19:30:00.000Z');
    expect(at('january third at ten a m')).toBe('2027-01-03T10:00:00.000Z');
    expect(at('the twenty first at 3pm')).toBe('2026-12-21T15:00:00.000Z');
    expect(at('lunchtime on monday')).toBe('2026-12-07T12:00:00.000Z');
    expect(at('vendredi 9h')).toBe('2026-12-11T09:00:00.000Z');
  });
});

describe('cancelling every reminder, or every one of a day or company', () => {
  it('cancels each one that fits, and says none fit when none do', async () => {
    const now = new Date('2026-12-07T08:00:00Z');
    const actions = createActions(inMemoryCareer({ now: () => now }));
    const context = { signal: new AbortController().signal, references: {}, artifactsDir: '/nonexistent' };
    const setReminder = actions.get('set_reminder');
    const cancel = actions.get('cancel_reminder');
    await setReminder?.run({ when: 'friday at 10am', about: 'interview', job: 'Umbra' }, context);
    await setReminder?.run({ when: 'friday at 3pm', about: 'follow_up', what: 'chase Lintel' }, context);
    await setReminder?.run({ when: 'monday at 9am', about: 'follow_up', what: 'chase Ferrowell' }, context);
    const friday = await cancel?.run({ reminder: 'all friday' }, context);
    expect(friday).toMatchObject({ ok: true, summary: expect.stringMatching(/^Cancelled 2: /) });
    expect(friday?.summary).not.toMatch(/Ferrowell/);
    expect(await cancel?.run({ reminder: 'all Kainos' }, context)).toMatchObject({ ok: false, summary: expect.stringMatching(/No reminder to come fits "Kainos"/) });
    expect(await cancel?.run({ reminder: 'all' }, context)).toMatchObject({ ok: true, summary: expect.stringMatching(/^Cancelled 1: .*Ferrowell/) });
  });
});
