import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { recordReminderChange } from '../../career/changes/record-change.ts';
import { reminderInWords } from '../../career/reminders/reminder-in-words.ts';
import { resolveReminder } from '../../career/reminders/resolve-reminder.ts';
import { REMINDER_REFERENCE } from '../arguments/reminder-reference.ts';
import { cancelReminderArgs } from './args.ts';
import { cancelReminderPhrasing } from './phrasing.ts';

/**
 * `cancel_reminder`: stops a reminder. It is kept, marked cancelled, so a calendar that
 * subscribed to the feed removes the event (STATUS:CANCELLED) instead of keeping a stale one.
 *
 * @example
 * registry line: makeCancelReminderAction(dependencies)
 */
export const makeCancelReminderAction = (dependencies: Pick<CareerDependencies, 'reminders' | 'now'> & Partial<Pick<CareerDependencies, 'changes'>>) =>
  defineAction({
    name: 'cancel_reminder',
    description: 'Cancel a reminder (by id, "it", its place in the last list, or words from it); the calendar feed drops its event.',
    args: cancelReminderArgs,
    phrasing: cancelReminderPhrasing,
    approval: () => 'auto',
    async run(args, context) {
      const now = dependencies.now();
      const resolved = await resolveReminder(args.reminder, { reminders: dependencies.reminders, references: context.references ?? {}, now });
      if (!resolved.ok) return { ok: false, summary: resolved.error };
      const outcome = await dependencies.reminders.cancel(resolved.reminder.id, now);
      if (!outcome) return { ok: false, summary: `The reminder ${resolved.reminder.id} is gone.` };
      const { reminder, changed } = outcome;
      if (changed) await recordReminderChange(dependencies, context, { before: resolved.reminder, after: reminder, description: `cancelled the reminder "${reminder.title}"` });
      return {
        ok: true,
        summary: changed ? `Cancelled: ${reminderInWords(reminder)}.` : `That reminder was already cancelled: ${reminderInWords(reminder)}.`,
        data: { reminder_id: reminder.id, changed },
        references: { [REMINDER_REFERENCE]: reminder.id },
      };
    },
  });
