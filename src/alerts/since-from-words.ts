import { nextRunAfter } from './next-run.ts';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/** Local midnight `daysBack` days before `now`'s day, in `timeZone`. */
function midnight(now: Date, timeZone: string, daysBack: number): Date {
  // The first local midnight after a moment one day further back than wanted is that day's.
  return nextRunAfter('0 0 * * *', timeZone, new Date(now.getTime() - (daysBack + 1) * dayMs)) ?? new Date(now.getTime() - daysBack * dayMs);
}

/**
 * Since when "what's new since yesterday?" asks: yesterday is from its local midnight,
 * "today" from this morning's, "this week"/"last week" seven days, "last N days/hours" as
 * said, "last night" from yesterday 18:00. Null when the words name no time.
 *
 * @example
 * sinceFromWords('yesterday', now, 'Europe/Berlin'); // yesterday 00:00 in Berlin
 */
export function sinceFromWords(words: string, now: Date, timeZone: string): Date | null {
  const lower = words.toLowerCase();
  const counted = /\b(?:last|past)\s+(?<count>\d{1,3})\s+(?<unit>hours?|days?|weeks?)\b/.exec(lower);
  if (counted?.groups) {
    const count = Number(counted.groups.count);
    const unit = counted.groups.unit?.startsWith('hour') ? hourMs : counted.groups.unit?.startsWith('week') ? 7 * dayMs : dayMs;
    return new Date(now.getTime() - count * unit);
  }
  if (/\b(?:last\s+night|overnight)\b/.test(lower)) return new Date(midnight(now, timeZone, 1).getTime() + 18 * hourMs);
  // "since monday": from the start of the last such day (today's, when it is that day).
  const day = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/.exec(lower)?.[1];
  if (day) {
    const wanted = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'].indexOf(day);
    const today = new Date(midnight(now, timeZone, 0).getTime() + 12 * hourMs);
    const weekday = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short' }).format(today);
    const current = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(weekday);
    return midnight(now, timeZone, (current - wanted + 7) % 7);
  }
  if (/\byesterday\b/.test(lower)) return midnight(now, timeZone, 1);
  if (/\b(?:today|this\s+morning|tonight)\b/.test(lower)) return midnight(now, timeZone, 0);
  if (/\b(?:this|last|past)\s+week\b|\ba\s+week\b/.test(lower)) return new Date(now.getTime() - 7 * dayMs);
  if (/\b(?:this|last|past)\s+month\b/.test(lower)) return new Date(now.getTime() - 30 * dayMs);
  return null;
}
