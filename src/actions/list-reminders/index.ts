import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { reminderInWords } from '../../career/reminders/reminder-in-words.ts';
import { REMINDER_LIST_REFERENCE } from '../arguments/reminder-reference.ts';
import { listRemindersArgs } from './args.ts';
import { listRemindersPhrasing } from './phrasing.ts';

/**
 * `list_reminders`: the reminders to come, soonest first (or every one, past and cancelled
 * too). The listed ids become the thread's reminder list, so "cancel the second one" works.
 *
 * @example
 * registry line: makeListRemindersAction(dependencies)
 */
export const makeListRemindersAction = (dependencies: Pick<CareerDependencies, 'reminders' | 'now'>) =>
  defineAction({
    name: 'list_reminders',
    description: 'List the reminders (interviews, follow-ups) still to come, soonest first; or all of them, past and cancelled too.',
    args: listRemindersArgs,
    phrasing: listRemindersPhrasing,
    approval: () => 'auto',
    readsOnly: true,
    async run(args) {
      const all = args.include_past === true;
      const now = dependencies.now();
      // A whole-day reminder of today is still to come all day: from the start of the day before, in any zone.
      const reminders = await dependencies.reminders.list(all ? { all } : { from: new Date(now.getTime() - 24 * 3600_000) });
      const shown = all ? reminders : reminders.filter((reminder) => reminder.all_day || new Date(reminder.due_at).getTime() >= now.getTime());
      if (shown.length === 0) {
        return {
          ok: true,
          summary: all ? 'No reminders yet.' : 'No reminders to come. Say "remind me to follow up with Acme on Friday" to set one.',
          data: { count: 0 },
        };
      }
      const lines = shown.map((reminder, index) => `${index + 1}. ${reminderInWords(reminder)}`);
      const ids = shown.map((reminder) => reminder.id).slice(0, 50);
      const plural = shown.length === 1 ? '' : 's';
      return {
        ok: true,
        summary: `${shown.length} reminder${plural}${all ? '' : ' to come'}:\n${lines.join('\n')}`,
        data: { count: shown.length, reminder_ids: ids },
        references: { [REMINDER_LIST_REFERENCE]: ids.join(',') },
      };
    },
  });
