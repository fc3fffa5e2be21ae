import { wallTimeAt } from '../time/time-zone.ts';
import type { ReminderResponse } from '../protocol/api.ts';
import { formatTable, type TableColumn } from './format-table.ts';
import type { Painter } from './render.ts';

const reminderColumns: TableColumn[] = [
  { header: 'ID', fixed: true },
  { header: 'WHEN', fixed: true },
  { header: 'KIND', fixed: true, optional: true },
  { header: 'WHAT', weight: 3 },
  { header: 'STATUS', fixed: true, optional: true },
];

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (value: number) => String(value).padStart(2, '0');

/** When, short, in the zone the reminder was set in: "Wed 9 Dec 2026 14:00", "Fri 11 Dec 2026 all day". */
function shortWhen(reminder: Pick<ReminderResponse, 'due_at' | 'all_day' | 'time_zone'>): string {
  const wall = wallTimeAt(new Date(reminder.due_at), reminder.time_zone);
  const weekday = weekdays[new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay()];
  const day = `${weekday} ${wall.day} ${months[wall.month - 1]} ${wall.year}`;
  return reminder.all_day ? `${day} all day` : `${day} ${pad(wall.hour)}:${pad(wall.minute)}`;
}

const kindNames: Record<ReminderResponse['kind'], string> = { interview: 'interview', follow_up: 'follow-up', other: 'other' };

/**
 * Reminders as a table that fits `width`: id, when (in the zone each was set in, named below), kind, what, status.
 *
 * @example
 * stdout.write(formatReminderTable(paint, reminders, 100));
 */
export function formatReminderTable(paint: Painter, reminders: readonly ReminderResponse[], width: number): string {
  if (reminders.length === 0) {
    return 'No reminders to come. Say "remind me to follow up with Acme on Friday" in a chat to set one.\n';
  }
  const rows = reminders.map((reminder) => [reminder.id, shortWhen(reminder), kindNames[reminder.kind], reminder.title, reminder.status]);
  const zones = [...new Set(reminders.map((reminder) => reminder.time_zone))];
  return `${formatTable(paint, reminderColumns, rows, width)}${paint.dim(`Times in ${zones.join(', ')}.`)}\n`;
}
