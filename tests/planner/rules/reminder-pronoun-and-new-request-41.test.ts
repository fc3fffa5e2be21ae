import { describe, expect, it } from 'vitest';
import { readWhen } from '../../../src/career/reminders/read-when.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Trial s41 #24, #47, #50, #51, #30 as classes, in invented wordings: "it" right after a reminder answer is that reminder
// (not the thread's older job), a new request is never glued to a question still pending, a job's reminders cancelled by
// its words, Portuguese weekdays before a time, and the part of a date that was not read named as the day.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string, history: ChatMessage[] = [], references: Record<string, string> = {}) =>
  outcomeOf(planner, registry, goal, { references, messages: [...history, { role: 'user', content: goal }] });

const reminderSet: ChatMessage[] = [
  { role: 'user', content: 'drop the warehouse lead one' },
  { role: 'assistant', content: 'Removed "Warehouse Lead" at Brackenfield from your saved jobs (it was saved) [f00dfeed1234]. Say "undo" to put it back.' },
  { role: 'user', content: 'video interview with Corvel Health on the 9th at 11am' },
  { role: 'assistant', content: 'Reminder set: Interview: Corvel Health, Wednesday 9 Dec 2026, 11:00 (Europe/London) [rem_0a1b2c3d4e]. I will remind you an hour before.' },
];
const listed: ChatMessage[] = [
  { role: 'user', content: 'what reminders have I got' },
  { role: 'assistant', content: '1 reminder to come:\n1. Follow up with Ostrava Freight, Friday 11 Dec 2026 (all day) [rem_5e6f7a8b9c]' },
];
const thread = { last_job_id: 'f00dfeed1234', last_reminder_id: 'rem_0a1b2c3d4e' };

describe('"it" right after a reminder answer is that reminder, never the older job', () => {
  it.each([
    ['bump it to 2pm', reminderSet],
    ['shift it to thursday', reminderSet],
    ['can you make it 4 instead', reminderSet],
    ['move it to monday', listed],
  ])('"%s"', async (goal, history) => {
    const outcome = await said(goal, history, thread);
    expect(outcome.action).toBe('set_reminder');
    expect(outcome.args).toMatchObject({ moved: true });
    // (The reminder just set may be named by its company; never the removed job, never "it" for the thread's job.)
    expect(String((outcome.args as Record<string, unknown>).job ?? '')).not.toMatch(/^(?:it|that)$|warehouse|brackenfield/i);
  });
});

describe('a question still pending does not swallow a new complete request', () => {
  it('"remind me to send my references wednesday 10am" after "When should I remind you?" is its own reminder', async () => {
    const outcome = await said('remind me to send my references wednesday 10am', [
      { role: 'user', content: 'remind me to ring Pellow Group around the long weekend' },
      { role: 'assistant', content: 'When should I remind you? Say a day and, if you like, a time: "on Friday", "the 12th at 3pm", "in 3 days".' },
    ]);
    expect(outcome.action).toBe('set_reminder');
    expect(String((outcome.args as Record<string, unknown>).what ?? '')).not.toMatch(/pellow|long weekend/i);
    expect(String((outcome.args as Record<string, unknown>).when)).toMatch(/wednesday/i);
  });

  it('a bare day after the same question still answers it', async () => {
    const outcome = await said('thursday at 10', [
      { role: 'user', content: 'remind me to ring Pellow Group' },
      { role: 'assistant', content: 'When should I remind you? Say a day and, if you like, a time: "on Friday", "the 12th at 3pm", "in 3 days".' },
    ]);
    expect(outcome.action).toBe('set_reminder');
    expect(String((outcome.args as Record<string, unknown>).job ?? (outcome.args as Record<string, unknown>).what)).toMatch(/pellow/i);
  });
});

describe('a job\'s reminders cancelled by its words', () => {
  it.each([
    ['cancel the Night Auditor reminders, both of them', 'all night auditor'],
    ['delete both Fenwick reminders', 'all fenwick'],
    ['remove my Ostrava Freight reminders, all of them', 'all ostrava freight'],
  ])('"%s"', async (goal, reminder) => {
    const outcome = await said(goal);
    expect(outcome.action).toBe('cancel_reminder');
    expect(String((outcome.args as Record<string, unknown>).reminder).toLowerCase()).toBe(reminder);
  });
});

describe('times after "à"/"às", Portuguese weekdays, and the part not read', () => {
  const now = new Date('2026-12-06T12:00:00Z');
  const at = (words: string) => readWhen(words, { now, timeZone: 'Europe/Lisbon' });
  it('keeps the time said after the day', () => {
    expect(at('sexta às 16h30')).toMatchObject({ ok: true, when: { at: new Date('2026-12-11T16:30:00Z'), allDay: false } });
    expect(at('terça-feira às 9h')).toMatchObject({ ok: true, when: { at: new Date('2026-12-08T09:00:00Z'), allDay: false } });
    expect(at('mercredi à 15h')).toMatchObject({ ok: true, when: { at: new Date('2026-12-09T15:00:00Z'), allDay: false } });
    expect(at('on friday at 9h45')).toMatchObject({ ok: true, when: { at: new Date('2026-12-11T09:45:00Z'), allDay: false } });
  });
  it('"segunda"/"quarta" alone are no weekday ("a segunda entrevista" is the second interview)', () => {
    expect(at('a segunda entrevista')).toMatchObject({ ok: false });
  });
  it('names a number left over beside a clock time as the day', () => {
    const unread = at('le 34 à 10h');
    expect(unread.ok).toBe(false);
    if (!unread.ok) expect(unread.message).toMatch(/not the day \("34"\)/);
  });
});
