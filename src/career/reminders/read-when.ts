import * as chrono from 'chrono-node';
import { instantOfWallTime, offsetMinutesAt, type WallTime, wallTimeAt } from './time-zone.ts';

/** When a reminder is, read from the person's words. */
export interface When {
  /** The moment: the time said, or 09:00 in the person's zone on a day said without one. */
  at: Date;
  /** A day with no time said ("on Friday", "in 3 days"): a whole-day event. */
  allDay: boolean;
  /** The words the date was read from, as typed ("on the 12th at 3pm"). */
  said: string;
  /** The wall-clock time in the person's zone. */
  wall: WallTime;
}

export type WhenReading =
  | { ok: true; when: When }
  | { ok: false; code: 'REMINDER_TIME_UNREADABLE' | 'REMINDER_TIME_PAST'; message: string };

/** The hour a reminder for a day said without a time rings (09:00 in the person's zone). */
export const dayReminderHour = 9;

/** How far back "now" may be and still count as not past (the words took a moment to read). */
const graceMs = 60_000;

/**
 * Reads a date and time from words ("Friday", "on the 12th at 3pm", "in 3 days", "tomorrow
 * morning", "2026-12-12T15:00") relative to `now` in the person's IANA `timeZone`, with
 * chrono-node; a day without a year or a weekday is the next one to come. A day said without
 * a time is a whole day (the reminder rings at 09:00 there). A time in the past, or words
 * with no date in them, is an error with a stable code and a sentence saying what works.
 *
 * @example
 * readWhen('on the 12th at 3pm', { now: new Date('2026-12-05T10:00:00Z'), timeZone: 'Europe/Berlin' });
 * // { ok: true, when: { at: 2026-12-12T14:00:00.000Z, allDay: false, said: 'on the 12th at 3pm', … } }
 */
export function readWhen(words: string, { now, timeZone }: { now: Date; timeZone: string }): WhenReading {
  const text = words.trim();
  const today = wallTimeAt(now, timeZone);
  const read = withMonthOfBareDay(text, today);
  const results = read ? chrono.casual.parse(read, { instant: now, timezone: offsetMinutesAt(now, timeZone) }, { forwardDate: true }) : [];
  const found = results[0];
  if (!found) {
    return {
      ok: false,
      code: 'REMINDER_TIME_UNREADABLE',
      message: `I could not read a date in "${text.slice(0, 80)}": say a day and, if you know it, a time, e.g. "Friday", "on the 12th at 3pm", "in 3 days" or "2026-12-12 15:00".`,
    };
  }
  const start = found.start;
  const timed = start.isCertain('hour');
  let at: Date;
  let wall: WallTime;
  if (timed && start.isCertain('timezoneOffset')) {
    // An instant with its own offset ("…T15:00Z", "3pm EST"): that instant, shown in the person's zone.
    at = start.date();
    const { second: _second, ...shown } = wallTimeAt(at, timeZone);
    wall = shown;
  } else {
    wall = {
      year: start.get('year') ?? 0,
      month: start.get('month') ?? 1,
      day: start.get('day') ?? 1,
      hour: timed ? (start.get('hour') ?? dayReminderHour) : dayReminderHour,
      minute: timed ? (start.get('minute') ?? 0) : 0,
    };
    // The zone's offset on that day, not today's: a date past a clock change keeps its hour.
    at = instantOfWallTime(wall, timeZone);
  }
  const isToday = wall.year === today.year && wall.month === today.month && wall.day === today.day;
  const past = timed ? at.getTime() < now.getTime() - graceMs : at.getTime() < now.getTime() && !isToday;
  if (past) {
    return {
      ok: false,
      code: 'REMINDER_TIME_PAST',
      message: `"${found.text}" reads as ${describeWall(wall, !timed)} (${timeZone}), which has passed; give a day to come.`,
    };
  }
  // Words rewritten for chrono ("the 12th" → "December 12") are reported as the person typed them.
  return { ok: true, when: { at, allDay: !timed, said: read === text ? found.text : text, wall } };
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthWord = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * "the 12th" with no month (chrono reads no date in it): the next 12th to come, named with its
 * month ("December 12"), this month's when it has not passed, else next month's.
 */
function withMonthOfBareDay(text: string, today: WallTime): string {
  // "December the 12th" is "December 12th" to chrono.
  const said = text.replace(/\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s+the\s+(\d{1,2}(?:st|nd|rd|th)?)\b/i, '$1 $2');
  return said.replace(/\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[a-z]{3})/i, (whole, digits: string, offset: number) => {
    const day = Number(digits);
    // "December the 12th": the month is said already.
    const before = said.slice(0, offset).trim().split(/\s+/).pop() ?? '';
    if (day < 1 || day > 31 || monthWord.test(before)) return whole;
    let month = today.month;
    let year = today.year;
    if (day < today.day) [month, year] = month === 12 ? [1, year + 1] : [month + 1, year];
    return `on ${monthNames[month - 1]} ${day}${year === today.year ? '' : ` ${year}`}`;
  });
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * A wall-clock time in words: "Friday 12 Dec 2026, 15:00", or the day alone for a whole day.
 *
 * @example
 * describeWall({ year: 2026, month: 12, day: 12, hour: 15, minute: 0 }, false); // 'Saturday 12 Dec 2026, 15:00'
 */
export function describeWall(wall: WallTime, dayOnly: boolean): string {
  const weekday = weekdays[new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay()];
  const day = `${weekday} ${wall.day} ${months[wall.month - 1]} ${wall.year}`;
  return dayOnly ? day : `${day}, ${twoDigits(wall.hour)}:${twoDigits(wall.minute)}`;
}
