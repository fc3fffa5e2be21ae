import type { ReminderRecord } from '../../db/repositories/reminders.ts';
import { describeWall } from './read-when.ts';
import { wallTimeAt } from '../../time/time-zone.ts';

/**
 * When a reminder is, in the zone it was set in: "Friday 11 Dec 2026 (all day)" or
 * "Saturday 12 Dec 2026, 15:00 (Europe/Berlin)".
 *
 * @example
 * reminderWhen(reminder); // 'Saturday 12 Dec 2026, 15:00 (Europe/Berlin)'
 */
export function reminderWhen(reminder: Pick<ReminderRecord, 'due_at' | 'all_day' | 'time_zone'>): string {
  const wall = wallTimeAt(new Date(reminder.due_at), reminder.time_zone);
  return reminder.all_day ? `${describeWall(wall, true)} (all day)` : `${describeWall(wall, false)} (${reminder.time_zone})`;
}

/**
 * One reminder in a line, as action summaries and the CLI show it.
 *
 * @example
 * reminderInWords(reminder); // 'Follow up with Northwind, Friday 11 Dec 2026 (all day) [rem_3f9a1c0b7d]'
 */
export function reminderInWords(reminder: ReminderRecord): string {
  const state = reminder.cancelled_at ? ' (cancelled)' : '';
  return `${reminder.title}, ${reminderWhen(reminder)}${state} [${reminder.id}]`;
}
