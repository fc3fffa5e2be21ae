import type { ReminderRecord } from '../../db/repositories/reminders.ts';
import { describeWall, zoneOfWords } from './read-when.ts';
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

/**
 * The time on the clock it was said on, when that is another zone's ("9pm Manila time" in Berlin): " — 21:00 in
 * Asia/Manila, as you said it", so the answer gives both times; empty when it was said on the person's own clock.
 *
 * @example
 * timeAsSaid(reminder); // ' — 21:00 in Asia/Manila, as you said it'
 */
export function timeAsSaid(reminder: Pick<ReminderRecord, 'due_at' | 'all_day' | 'time_zone' | 'said'>): string {
  const zone = reminder.all_day ? undefined : zoneOfWords(reminder.said);
  if (!zone || zone === reminder.time_zone) return '';
  const there = wallTimeAt(new Date(reminder.due_at), zone);
  const here = wallTimeAt(new Date(reminder.due_at), reminder.time_zone);
  const day = there.day === here.day ? '' : `${describeWall(there, true)}, `;
  return ` — ${day}${String(there.hour).padStart(2, '0')}:${String(there.minute).padStart(2, '0')} in ${zone}, as you said it`;
}
