// graphile-worker's crontab parser alone (the version is pinned): its index loads the whole worker
// and its configuration loader, ~150 modules the server's start-up need not wait for.
import { parseCronItem } from 'graphile-worker/dist/crontab.js';
import type { CronMatcher } from 'graphile-worker';
import { offsetMinutesAt } from '../time/time-zone.ts';

const minuteMs = 60_000;
/** How far ahead a due time is looked for: a year and a day (so "29 2 * * *" on Feb 29 is found within leap years only if close). */
const horizonMs = 367 * 24 * 60 * minuteMs;
/** Offsets are looked up once per quarter hour: zones change offset on a quarter-hour boundary at the finest. */
const offsetBucketMs = 15 * minuteMs;

/** Thrown for a schedule or time zone that cannot be used; the message says which and why. */
export class ScheduleError extends Error {
  override readonly name = 'ScheduleError';
}

/** Throws `ScheduleError` for a time zone Intl does not know. */
function checkZone(timeZone: string): void {
  try {
    offsetMinutesAt(new Date(0), timeZone);
  } catch (error) {
    throw new ScheduleError(`"${timeZone}" is not a time zone (use an IANA name such as Europe/Berlin)`, { cause: error });
  }
}

/**
 * The cron parser's complaint in the person's terms: "'61' is too large for the minute (0–59)",
 * without the parser's own name ("in parseCronItem call") or its field jargon.
 */
function cronProblem(message: string): string {
  const fields: Readonly<Record<string, string>> = { minutes: 'the minute', hours: 'the hour', dates: 'the day of the month', months: 'the month', 'days of week': 'the day of the week' };
  const range = /^Too (large|small) value '([^']*)' in (.+?) range.*?expected values in the range (\d+)-(\d+)/.exec(message);
  if (range) return `'${range[2]}' is too ${range[1]} for ${fields[range[3] ?? ''] ?? range[3]} (${range[4]}–${range[5]})`;
  if (/^Invalid cron pattern/.test(message)) return 'a cron expression has five fields: minute hour day-of-month month day-of-week, e.g. "0 8 * * 1-5"';
  return message.replace(/\s*in parseCronItem call/g, '');
}

/** The matcher of a five-field cron expression (graphile-worker's parser); `ScheduleError` when invalid. */
export function cronMatcher(schedule: string): CronMatcher {
  try {
    const parsed = parseCronItem({ task: 'alert', match: schedule.trim() });
    return parsed.match;
  } catch (error) {
    throw new ScheduleError(`"${schedule}" is not a schedule: ${cronProblem((error as Error).message)}`, { cause: error });
  }
}

/**
 * The first minute after `after` at which `schedule` (a five-field cron expression) matches
 * the wall clock of `timeZone`; null when none does within a year. A wall time skipped by a
 * daylight-saving change does not run that day; one that happens twice runs at the first.
 *
 * @example
 * nextRunAfter('0 8 * * *', 'Europe/Berlin', new Date('2026-12-05T10:00:00Z')); // 2026-12-06T07:00:00.000Z
 */
export function nextRunAfter(schedule: string, timeZone: string, after: Date): Date | null {
  const match = cronMatcher(schedule);
  checkZone(timeZone);
  const start = Math.floor(after.getTime() / minuteMs) * minuteMs + minuteMs;
  let bucket = Number.NaN;
  let offset = 0;
  for (let at = start; at < start + horizonMs; at += minuteMs) {
    const here = Math.floor(at / offsetBucketMs);
    if (here !== bucket) {
      bucket = here;
      offset = offsetMinutesAt(new Date(at), timeZone) * minuteMs;
    }
    const wall = new Date(at + offset);
    const digest = {
      min: wall.getUTCMinutes(),
      hour: wall.getUTCHours(),
      date: wall.getUTCDate(),
      month: wall.getUTCMonth() + 1,
      dow: wall.getUTCDay(),
    };
    if (match(digest)) return new Date(at);
  }
  return null;
}

/** Checks a schedule and a time zone together, throwing `ScheduleError` when either is unusable. */
export function checkSchedule(schedule: string, timeZone: string, now: Date): Date {
  const next = nextRunAfter(schedule, timeZone, now);
  if (!next) throw new ScheduleError(`"${schedule}" never comes round within a year`);
  return next;
}
