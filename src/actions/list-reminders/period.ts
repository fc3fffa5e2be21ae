import { instantOfWallTime, wallTimeAt } from '../../time/time-zone.ts';
import type { reminderPeriods } from './args.ts';

export type ReminderPeriod = (typeof reminderPeriods)[number];

/** The weekday of a calendar day, Monday 0 … Sunday 6. */
const weekdayOf = (year: number, month: number, day: number) => (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;

/**
 * The stretch a period covers in the person's zone, from a local midnight to another: today,
 * tomorrow, this week (today to the end of Sunday) or next week (Monday to Sunday).
 *
 * @example
 * periodWindow('this_week', new Date('2026-12-09T10:00:00Z'), 'Europe/Dublin'); // { from: Wed 9 Dec 00:00, to: Mon 14 Dec 00:00 }
 */
export function periodWindow(period: ReminderPeriod, now: Date, timeZone: string): { from: Date; to: Date } {
  const { year, month, day } = wallTimeAt(now, timeZone);
  const midnight = (daysOn: number) => instantOfWallTime({ year, month, day: day + daysOn, hour: 0, minute: 0 }, timeZone);
  const toMonday = 7 - weekdayOf(year, month, day);
  if (period === 'today') return { from: midnight(0), to: midnight(1) };
  if (period === 'tomorrow') return { from: midnight(1), to: midnight(2) };
  if (period === 'this_week') return { from: midnight(0), to: midnight(toMonday) };
  return { from: midnight(toMonday), to: midnight(toMonday + 7) };
}

/** How a period is said in an answer: "this week". */
export const periodInWords = (period: ReminderPeriod): string => period.replace('_', ' ');

/**
 * The period a message asks about: "what's on this week", "anything tomorrow?", "next week's
 * interviews"; undefined when it names none.
 *
 * @example
 * periodSaid('whats on this week for me'); // 'this_week'
 */
export function periodSaid(lower: string): ReminderPeriod | undefined {
  if (/\b(?:this|the\s+rest\s+of\s+the)\s+week\b|\bthis\s+wk\b/.test(lower)) return 'this_week';
  if (/\bnext\s+(?:week|wk)\b/.test(lower)) return 'next_week';
  if (/\b(?:tomorrow|tmrw|tmr|tmrow|tomoz|2morrow|2moro|2morow|2mrw|tomoro|tomorro|tomorow|tommorow|tommorrow)\b/.test(lower)) return 'tomorrow';
  if (/\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/.test(lower)) return 'today';
  return undefined;
}
