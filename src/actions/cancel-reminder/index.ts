import { type ActionContext, type ActionResult, defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { recordReminderChange } from '../../career/changes/record-change.ts';
import { reminderInWords } from '../../career/reminders/reminder-in-words.ts';
import { remindersMeant, resolveReminder } from '../../career/reminders/resolve-reminder.ts';
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
export function makeCancelReminderAction(dependencies: Pick<CareerDependencies, 'reminders' | 'now'> & Partial<Pick<CareerDependencies, 'changes'>>) {
  return defineAction({
    name: 'cancel_reminder',
    description: 'Cancel a reminder (by id, "it", its place in the last list, or words from it); the calendar feed drops its event.',
    args: cancelReminderArgs,
    phrasing: cancelReminderPhrasing,
    approval: () => 'auto',
    async run(args, context) {
      const now = dependencies.now();
      if (/^all\b/i.test(args.reminder.trim())) return cancelEvery(args.reminder, context);
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

  /** "all", "all friday", "all Acme": every reminder to come that fits, each cancelled (and each one undo takes back). */
  async function cancelEvery(reference: string, context: ActionContext): Promise<ActionResult> {
    const now = dependencies.now();
    const meant = await remindersMeant(reference, { reminders: dependencies.reminders, now });
    const words = reference.trim().replace(/^all\s*/i, '');
    if (meant.length === 0) return { ok: false, summary: `No reminder to come${words ? ` fits "${words}"` : ''}; "list my reminders" shows them.` };
    const cancelled: string[] = [];
    for (const before of meant) {
      const outcome = await dependencies.reminders.cancel(before.id, now);
      if (!outcome?.changed) continue;
      await recordReminderChange(dependencies, context, { before, after: outcome.reminder, description: `cancelled the reminder "${outcome.reminder.title}"` });
      cancelled.push(reminderInWords(outcome.reminder));
    }
    return {
      ok: true,
      summary: cancelled.length === 0 ? 'Those reminders were already cancelled.' : `Cancelled ${cancelled.length}: ${cancelled.join('; ')}.`,
      data: { reminder_ids: meant.map((reminder) => reminder.id), cancelled: cancelled.length },
    };
  }
}
