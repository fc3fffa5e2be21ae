import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { changeReminder } from '../../career/reminders/change-reminder.ts';
import { reminderInWords } from '../../career/reminders/reminder-in-words.ts';
import { resolveReminder } from '../../career/reminders/resolve-reminder.ts';
import { JobpilotError } from '../../errors.ts';
import { REMINDER_REFERENCE } from '../arguments/reminder-reference.ts';
import { noteReminderArgs } from './args.ts';
import { noteReminderPhrasing } from './phrasing.ts';

/**
 * `note_reminder`: a detail told about an interview or follow-up ("the HSE one is in Cork",
 * "it's on Zoom") kept with its reminder: added to its note, which its calendar event
 * describes (the feed's copy is replaced, same event).
 *
 * @example
 * registry line: makeNoteReminderAction(dependencies)
 */
export const makeNoteReminderAction = (dependencies: Pick<CareerDependencies, 'reminders' | 'now' | 'timeZone'>) =>
  defineAction({
    name: 'note_reminder',
    description: 'Keep a detail with a reminder ("the HSE interview is in Cork", "it\'s on Zoom"): where, how, what to bring; it is added to its note and its calendar event.',
    args: noteReminderArgs,
    phrasing: noteReminderPhrasing,
    approval: () => 'auto',
    async run(args, context) {
      const resolved = await resolveReminder(args.reminder, { reminders: dependencies.reminders, references: context.references ?? {}, now: dependencies.now() });
      if (!resolved.ok) return { ok: false, summary: resolved.error };
      const before = resolved.reminder;
      const detail = args.note.trim().replace(/[.!]+$/, '');
      // A detail told twice is kept once; a new one is added after the ones before.
      const had = before.note.trim();
      const note = had.toLowerCase().includes(detail.toLowerCase()) ? had : had ? `${had}; ${detail}` : detail;
      try {
        const { reminder } = await changeReminder(dependencies, before.id, { note });
        return {
          ok: true,
          summary: `Noted on ${reminderInWords(reminder)}: ${note}. Its calendar event says so too.`,
          data: { reminder_id: reminder.id, note },
          references: { [REMINDER_REFERENCE]: reminder.id },
        };
      } catch (error) {
        if (error instanceof JobpilotError && (error.code === 'REMINDER_CANCELLED' || error.code === 'REMINDER_NOT_FOUND')) return { ok: false, summary: error.message };
        throw error;
      }
    },
  });
