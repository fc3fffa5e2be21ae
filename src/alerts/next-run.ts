import { parseCronItem } from 'graphile-worker';
import type { CronMatcher } from 'graphile-worker';

const minuteMs = 60_000;
/** How far ahead a due time is looked for: a year and a day (so "29 2 * * *" on Feb 29 is found within leap years only if close). */
const horizonMs = 367 * 24 * 60 * minuteMs;
/** Offsets are looked up once per quarter hour: zones change offset on a quarter-hour boundary at the finest. */
const offsetBucketMs = 15 * minuteMs;

/** Thrown for a schedule or time zone that cannot be used; the message says which and why. */
export class ScheduleError extends Error {
  override readonly name = 'ScheduleError';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter for wall-clock parts in `timeZone`; throws `ScheduleError` for an unknown zone. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
    } catch (error) {
      throw new ScheduleError(`"${timeZone}" is not a time zone (use an IANA name such as Europe/Berlin)`, { cause: error });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** How far `timeZone`'s wall clock is ahead of UTC at `at`, in ms. */
function offsetAt(formatter: Intl.DateTimeFormat, at: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(at))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0);
  return wall - Math.floor(at / minuteMs) * minuteMs;
}

/** The matcher of a five-field cron expression (graphile-worker's parser); `ScheduleError` when invalid. */
export function cronMatcher(schedule: string): CronMatcher {
  try {
    const parsed = parseCronItem({ task: 'alert', match: schedule.trim() });
    return parsed.match;
  } catch (error) {
    throw new ScheduleError(`"${schedule}" is not a schedule: ${(error as Error).message}`, { cause: error });
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
  const formatter = formatterFor(timeZone);
  const start = Math.floor(after.getTime() / minuteMs) * minuteMs + minuteMs;
  let bucket = Number.NaN;
  let offset = 0;
  for (let at = start; at < start + horizonMs; at += minuteMs) {
    const here = Math.floor(at / offsetBucketMs);
    if (here !== bucket) {
      bucket = here;
      offset = offsetAt(formatter, at);
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
