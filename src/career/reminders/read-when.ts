// English only, as before (the package's index is English's `casual` plus 15 other locales, ~235 modules loaded for nothing).
import * as chrono from 'chrono-node/en';
import { afternoonHour, reminderDayWords, tidyTimeWordsTracked, unreadTimeWords } from '../../time/said-times.ts';
import { instantOfWallTime, offsetMinutesAt, type WallTime, wallTimeAt, writesMonthFirst, writesTwelveHourClock, zoneSaidAlone, zoneSaidAsPlace, zoneSaidVaguely } from '../../time/time-zone.ts';

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
  | { ok: false; code: 'REMINDER_TIME_UNREADABLE' | 'REMINDER_TIME_PAST' | 'REMINDER_DAY_MISMATCH' | 'REMINDER_ZONE_UNCLEAR'; message: string };

/** A reminder's own day and time, kept for whatever new words leave unsaid (a move to "2pm" keeps its day). */
export interface KeptWhen {
  wall: WallTime;
  allDay: boolean;
}

export interface WhenOptions {
  now: Date;
  /** The person's IANA time zone. */
  timeZone: string;
  /**
   * When moving a reminder: its current day and time. Words with a time and no day ("2pm",
   * "the afternoon") keep its day; words with a day and no time ("friday") keep its time,
   * unless they say "all day".
   */
  keep?: KeptWhen | undefined;
}

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
export function readWhen(words: string, { now, timeZone, keep }: WhenOptions): WhenReading {
  // "thurs at half past two", "2moro at 3 in the afternoon": typed as people type, read as chrono reads.
  const typed = words.trim();
  if (keep) {
    const corrected = correctedWords(typed, keep, timeZone);
    if (typeof corrected === 'string') return readWhen(corrected, { now, timeZone, keep });
    if (corrected) return { ok: true, when: { ...corrected, said: typed } };
  }
  // "9:00 Calgary time, that is 17:00 here": the person's own reckoning is a check of the reading, never ignored.
  const restated = ownReckoning.exec(typed);
  if (restated?.groups && restated.index > 0) {
    const read = readWhen(typed.slice(0, restated.index), { now, timeZone, keep });
    if (!read.ok || read.when.allDay) return read;
    const [hour, minute] = [Number(restated.groups.hour), Number(restated.groups.minute ?? 0)];
    const pm = /p/i.test(restated.groups.meridiem ?? '');
    const hourHere = restated.groups.meridiem ? (hour % 12) + (pm ? 12 : 0) : hour;
    const { wall } = read.when;
    const agrees = wall.minute === minute && (wall.hour === hourHere || (!restated.groups.meridiem && hour <= 12 && wall.hour === hour + 12));
    if (agrees) return { ok: true, when: { ...read.when, said: typed } };
    return {
      ok: false,
      code: 'REMINDER_ZONE_UNCLEAR',
      message: `"${typed.slice(0, 80)}" says two times: I read ${describeWall(wall, false)} (${timeZone}) from the clock named, but you said ${restated.groups.time} here. Which is it? Say the time on one clock, e.g. "${twoDigits(wall.hour)}:${twoDigits(wall.minute)}" or "${restated.groups.time} my time".`,
    };
  }
  // "3pm my time", "10am your time tomorrow", "9:30 local time": the person's own clock, said.
  if (typed.includes('time') && ownClock.test(typed)) {
    const read = readWhen(typed.replace(ownClock, ' ').replace(/\s+/g, ' ').trim(), { now, timeZone, keep });
    return read.ok ? { ok: true, when: { ...read.when, said: typed } } : read;
  }
  // "2pm Berlin time": the time is read on that place's clock, then shown on the person's ("9am Taipei": its city said bare).
  const place = zoneSaidAsPlace(withBareCityAsZone(typed));
  if (place) {
    const there = readWhen(place.rest, { now, timeZone: place.zone, keep });
    if (!there.ok || there.when.allDay) return place.zone === timeZone || !there.ok ? there : readWhen(place.rest, { now, timeZone, keep });
    const { second: _second, ...wall } = wallTimeAt(there.when.at, timeZone);
    return { ok: true, when: { ...there.when, wall, said: typed } };
  }
  // "9:00 Smalltown time", "10am Canada time": a clock named that is none known, or several, is asked about, never dropped.
  const vague = zoneSaidVaguely(typed);
  if (vague) return { ok: false, code: 'REMINDER_ZONE_UNCLEAR', message: `${vague.question} (in "${typed.slice(0, 80)}")` };
  // "wednesday 9th at 2pm", "tuesday the 15th": the date is read, and the weekday must agree with it.
  const weekdaySaid = weekdayBeforeDate.exec(typed);
  if (weekdaySaid?.groups) {
    const dated = readWhen(typed.replace(weekdaySaid[0], `${weekdaySaid.groups.on ?? ''}${weekdaySaid.groups.month || weekdaySaid.groups.monthAfterDigits ? '' : 'the '}${weekdaySaid.groups.date ?? ''}`), {
      now,
      timeZone,
      keep,
    });
    if (!dated.ok) return dated;
    const said = weekdayIndex(weekdaySaid.groups.weekday ?? '');
    const wall = dated.when.wall;
    const actual = new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
    if (said === actual) return { ok: true, when: { ...dated.when, said: typed } };
    // Never one of the two picked silently: both named, for the person to choose.
    const shift = ((said - actual + 10) % 7) - 3;
    const near = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + shift));
    const other = { ...wall, year: near.getUTCFullYear(), month: near.getUTCMonth() + 1, day: near.getUTCDate() };
    return {
      ok: false,
      code: 'REMINDER_DAY_MISMATCH',
      message: `"${typed.slice(0, 80)}" names two days: ${describeWall(wall, true)} is a ${weekdays[actual]}, not a ${weekdays[said]}. Which is it: ${describeWall(wall, dated.when.allDay)} or ${describeWall(other, dated.when.allDay)}?`,
    };
  }
  // "end of the week" is its last working day; "end of next week" that of the week after.
  const text = tidyTimeWordsTracked(typed, reminderDayWords)
    .text
    .replace(/\b(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+week\b/gi, 'friday')
    .replace(/\b(?:by\s+)?(?:the\s+)?end\s+of\s+next\s+week\b/gi, 'a week from friday');
  // "a week from friday", "3 days after tomorrow": the day read, then counted on from.
  const counted = countedFrom.exec(text);
  if (counted?.groups) {
    const from = readWhen(counted.groups.from ?? '', { now, timeZone, keep });
    if (!from.ok) return from;
    const days = (countNumbers[counted.groups.count ?? ''] ?? Number(counted.groups.count)) * (/^week/.test(counted.groups.unit ?? '') ? 7 : 1);
    const shifted = new Date(Date.UTC(from.when.wall.year, from.when.wall.month - 1, from.when.wall.day + days));
    const wall = { ...from.when.wall, year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
    return { ok: true, when: { ...from.when, at: instantOfWallTime(wall, timeZone), wall, said: typed } };
  }
  const today = wallTimeAt(now, timeZone);
  // "an hour later", "back a day", "30 mins earlier": a move counted from the reminder's own time (from now for a new one).
  // "one hour later.", "an hour later please": the closing stop or courtesy is no part of the shift.
  const shift = shiftSaid.exec(text.replace(/(?:[\s,]+please)?[\s.!?,;]*$/i, ''))?.groups;
  if (shift) return shifted(typed, shift, { now, timeZone, keep });
  // A reminder moved "later" or "earlier" by words not read as a shift: never counted from now's clock instead.
  if (keep && /\b(?:later|earlier|sooner)\b/i.test(text)) {
    return { ok: false, code: 'REMINDER_TIME_UNREADABLE', message: `I could not read by how much "${typed.slice(0, 80)}" moves the reminder: say e.g. "an hour later", "2 hours earlier" or "a day later", or the new time ("friday 15:00").` };
  }
  // "this time next week", "this time tomorrow": that day at the time it is now.
  const read = withMonthOfBareDay(
    inFiguresAsWritten(text.replace(/\bthis\s+time\s+(?=(?:next|tomorrow|on|a\s+week))/i, `at ${twoDigits(today.hour)}:${twoDigits(today.minute)} `), timeZone),
    today,
  );
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
  // "amanhã às 9h", "christmas eve at noon": only the clock time was read, and the words that said the
  // day were not. Refused, naming what was read, rather than set for today.
  const unread = wordsNotRead(read, found.text);
  if (unread.length > 0 && !start.isCertain('day') && !start.isCertain('weekday')) {
    // ("dia 35 às 16h": the number left over is part of the day said, "dia 35", not a time.)
    const dayWords = [...new Set([...unread, ...(start.isCertain('hour') ? unreadTimeWords(read, found.text) : [])])];
    return {
      ok: false,
      code: 'REMINDER_TIME_UNREADABLE',
      message: `I could read only "${found.text}" of "${typed.slice(0, 80)}", not the day ("${dayWords.join(' ').slice(0, 40)}"): say it as e.g. "tomorrow at 9", "on the 24th at noon", "Friday" or "2026-12-24 12:00".`,
    };
  }
  // "friday at 2ishh", "tmrw 9 or 10-ish": a time said that chrono did not read. Refused, naming it,
  // rather than set for the day alone (09:00) or for another hour.
  const unreadTime = unreadTimeWords(read, found.text);
  // Regression (trial s41 #30): "le 32 à 14h30" said "not the time ("32")" of a clock time it had read: a number left
  // over when the hour was read and no day was is the day the words tried to say.
  if (unreadTime.length > 0 && start.isCertain('hour') && !start.isCertain('day') && !start.isCertain('weekday')) {
    return {
      ok: false,
      code: 'REMINDER_TIME_UNREADABLE',
      message: `I could read only "${found.text}" of "${typed.slice(0, 80)}", not the day ("${unreadTime.join(' ').slice(0, 40)}"): say it as e.g. "the 24th at 2pm", "friday at 9:30" or "2026-12-24 14:00".`,
    };
  }
  if (unreadTime.length > 0) {
    return {
      ok: false,
      code: 'REMINDER_TIME_UNREADABLE',
      message: `I could read only "${found.text}" of "${typed.slice(0, 80)}", not the time ("${unreadTime.join(' ').slice(0, 40)}"): say it as e.g. "friday at 2pm", "tomorrow at 9:30" or "2026-12-12 15:00".`,
    };
  }
  // "tomorrow morning", "friday afternoon": a part of the day said without a clock time is that part's usual hour, not all day.
  const partHour = start.isCertain('hour') ? undefined : partOfDayHour(text);
  let timed = start.isCertain('hour') || partHour !== undefined;
  const daySaid = start.isCertain('day') || start.isCertain('weekday') || start.isCertain('month');
  let at: Date;
  let wall: WallTime;
  if (keep && (timed ? !daySaid : !keep.allDay && !allDayWords.test(text))) {
    // A move that names a time keeps the reminder's day; one that names a day keeps its time.
    const hourSaid = partHour ?? start.get('hour') ?? dayReminderHour;
    wall = timed
      ? {
          ...keep.wall,
          hour: partHour ?? (start.isCertain('meridiem') ? hourSaid : clockHour(hourSaid, found.text, typed, timeZone)),
          minute: partHour === undefined ? (start.get('minute') ?? 0) : 0,
        }
      : { year: start.get('year') ?? 0, month: start.get('month') ?? 1, day: start.get('day') ?? 1, hour: keep.wall.hour, minute: keep.wall.minute };
    timed = true;
    at = instantOfWallTime(wall, timeZone);
  } else if (timed && start.isCertain('timezoneOffset')) {
    // An instant with its own offset ("…T15:00Z", "3pm EST"): that instant, shown in the person's zone.
    at = start.date();
    const { second: _second, ...shown } = wallTimeAt(at, timeZone);
    wall = shown;
  } else {
    // "thursday at 2": an hour from one to six said without am or pm is in the afternoon.
    const hourSaid = partHour ?? start.get('hour') ?? dayReminderHour;
    wall = {
      year: start.get('year') ?? 0,
      month: start.get('month') ?? 1,
      day: start.get('day') ?? 1,
      hour: partHour ?? (timed ? (start.isCertain('meridiem') ? hourSaid : clockHour(hourSaid, found.text, typed, timeZone)) : dayReminderHour),
      minute: timed && partHour === undefined ? (start.get('minute') ?? 0) : 0,
    };
    // The zone's offset on that day, not today's: a date past a clock change keeps its hour.
    at = instantOfWallTime(wall, timeZone);
    // "half 2", "after lunch", "first thing" with no day: the next such time to come (chrono chose the day for the hour before it was read as afternoon).
    if (timed && !daySaid && !/\b(?:this|today|tonight|in)\b/i.test(text) && !start.isCertain('day')) {
      wall = { ...wall, year: today.year, month: today.month, day: today.day };
      at = instantOfWallTime(wall, timeZone);
      if (at.getTime() < now.getTime()) {
        const next = new Date(Date.UTC(today.year, today.month - 1, today.day + 1));
        wall = { ...wall, year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
        at = instantOfWallTime(wall, timeZone);
      }
    }
  }
  // "on Monday" said on a Monday is next Monday, unless a time later today is said ("monday at 3pm" at 9:00 is today;
  // "this monday" is today): chrono took today, or next week for an hour that had passed before it was read as afternoon.
  if (!keep && !(timed && start.isCertain('timezoneOffset')) && start.isCertain('weekday') && !start.isCertain('day') && weekdayAlone.test(text)) {
    const todayIndex = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay();
    if (start.get('weekday') === todayIndex) {
      const onToday = { ...wall, year: today.year, month: today.month, day: today.day };
      const keepToday = timed ? instantOfWallTime(onToday, timeZone).getTime() > now.getTime() : /\b(?:this|today)\b/i.test(text);
      const day = new Date(Date.UTC(today.year, today.month - 1, today.day + (keepToday ? 0 : 7)));
      wall = { ...wall, year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
      at = instantOfWallTime(wall, timeZone);
    }
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
  return { ok: true, when: { at, allDay: !timed, said: read === typed ? found.text : typed, wall } };
}

/**
 * A move said as a correction of the reminder's own day and time (`keep`): "Warsaw time" (the same clock time on
 * that zone's clock), "next day" / "same time next day" (a day later), "07:00 same day" (the time on its day),
 * "17 not 16" (a day when the number it corrects is its day, else an hour). The words to read instead, the time
 * itself for a zone, or undefined when the words are none of these.
 */
function correctedWords(typed: string, keep: KeptWhen, timeZone: string): string | Omit<When, 'said'> | undefined {
  const zone = zoneSaidAlone(typed.replace(/^(?:no|nope|sorry|correction|it'?s|it\s+is)[\s,.:]+/gi, '').replace(/\s+not\s+(?:your|my|the\s+\w+)\s+time$/i, ''));
  if (zone) {
    const at = instantOfWallTime(keep.wall, zone);
    const { second: _second, ...wall } = wallTimeAt(at, timeZone);
    return { at, allDay: keep.allDay, wall };
  }
  if (/\b(?:the\s+)?(?:next|following)\s+day\b/i.test(typed) && !/\bafter\b/i.test(typed)) return 'a day later';
  if (/\bsame\s+(?:time|day)\b/i.test(typed)) {
    const rest = typed.replace(/[\s,]*\bsame\s+(?:time|day)\b[\s,]*/gi, ' ').trim();
    return rest === '' ? undefined : rest;
  }
  const contrast = /^(?:at\s+|on\s+)?(?:the\s+)?(?<now>\d{1,2})(?:st|nd|rd|th)?\s*,?\s+not\s+(?:at\s+|on\s+)?(?:the\s+)?(?<was>\d{1,2})(?:st|nd|rd|th)?$/i.exec(typed)?.groups;
  if (contrast) {
    const saidNow = Number(contrast.now);
    return Number(contrast.was) === keep.wall.day && saidNow <= 31 ? `the ${saidNow}${ordinalSuffix(saidNow)}` : `at ${saidNow}`;
  }
  return undefined;
}

/** A clock time typed with its minutes and no am or pm ("6:00", "5:30", "at 06:15"): the hour of each. */
const clockWithMinutes = /(?<![\d:.])(\d{1,2}):[0-5]\d\b(?!\s*(?:[ap]\.?\s?m\b|[ap]\b))/gi;

/**
 * The hour a clock time said without am or pm means. Written with its minutes ("6:00", "5:30") by someone whose zone
 * writes the 24-hour clock (Europe but the British Isles, Latin America, most of Asia and Africa), it is as written:
 * 06:00, never 18:00. Otherwise (a bare "at 6", or "2:30" where the 12-hour clock is written) one to six o'clock is in
 * the afternoon (`afternoonHour`), and the answer says the hour it chose.
 */
function clockHour(hourSaid: number, readPart: string, typed: string, timeZone: string): number {
  const digits = /(\d{1,2})(?:[:.]\d{2})?\s*$/.exec(readPart)?.[1] ?? '';
  if (hourSaid >= 1 && hourSaid <= 6 && typed.includes(':') && !writesTwelveHourClock(timeZone)) {
    for (const clock of typed.matchAll(clockWithMinutes)) if (Number(clock[1]) === hourSaid) return hourSaid;
  }
  return afternoonHour(hourSaid, digits);
}

/** The person's own clock said after a time: "my time", "your time" (jobpilot runs on their machine), "local time", "here". */
const ownClock = /(?<=\d\s*(?:[ap]\.?m\b\.?)?\s*,?\s*)\b(?:(?:in\s+)?(?:my|your|our|local)\s+time|(?:my|your)\s+local\s+time)\b/i;

/** A time restated on the person's own clock after one said on another: ", that is 17:00 here", "(= 5pm my time)", "- 17:00 for me". */
const ownReckoning =
  /\s*(?:[,;(—–-]|\band\b)\s*(?:so\s+)?(?:that'?s|that\s+is|which\s+is|which'?s|i\.e\.|=)?\s*(?<time>(?<hour>\d{1,2})(?:[:.](?<minute>\d{2}))?\s*(?<meridiem>[ap]\.?m\.?)?)\s+(?:here|for\s+me|(?:in\s+)?my\s+time|local(?:\s+time)?|(?:on\s+)?my\s+clock)\b\)?\s*$/i;

/** "friday 9am Taipei" → "friday 9am Taipei time": a zone's city said bare after a time, as `zoneSaidAsPlace` reads it. */
function withBareCityAsZone(typed: string): string {
  const bareCity = /(?<=\d\s*(?:am|pm|h)?)\s+(\p{Lu}\p{L}+(?:[\s-]\p{Lu}\p{L}+)?)$/u.exec(typed);
  return bareCity && zoneSaidAsPlace(`at ${bareCity[1] ?? ''} time`) ? `${typed} time` : typed;
}

/**
 * The zone a time was said on when it is another place's ("9pm Manila time", "9am Taipei", "10am EST", "9:30 IST"):
 * its IANA name, so an answer can give both clocks; undefined when the words name none.
 *
 * @example
 * zoneOfWords('friday 9pm Manila time'); // 'Asia/Manila'
 */
export function zoneOfWords(said: string): string | undefined {
  const place = zoneSaidAsPlace(withBareCityAsZone(said.trim()));
  if (place) return place.zone;
  const letters = /(?<=\d\s*(?:am|pm)?\s*)\(?\b([A-Z]{2,5})\b\)?\s*$/.exec(said.trim())?.[1];
  return letters ? zoneSaidAlone(letters) : undefined;
}

const ordinalSuffix = (day: number): string => (day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th');

/** "all day", "the whole day": a day said to be a whole-day event, so a move keeps no time. */
const allDayWords = /\b(?:all|whole|full)[\s-]+day\b/i;

const monthPattern = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const weekdayPattern = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?`;
/** A weekday said with nothing that counts from it ("next", "a week from", "after"): the next one to come, or today's. */
const weekdayAlone = new RegExp(String.raw`^(?!.*\b(?:next|week|weeks|from|after|before|last)\b).*\b${weekdayPattern}\b`, 'i');
/** "wednesday 9th", "on tuesday the 15th", "tue 15 dec": a weekday said right before a date. */
const weekdayBeforeDate = new RegExp(
  String.raw`\b(?<on>on\s+)?(?<weekday>${weekdayPattern})[\s,]+(?:the\s+)?(?<date>\d{1,2}(?:st|nd|rd|th)(?<month>\s+(?:of\s+)?${monthPattern})?|\d{1,2}(?<monthAfterDigits>\s+(?:of\s+)?${monthPattern}))(?=\s|,|$)`,
  'i',
);
/** 0 for Sunday … 6 for Saturday, from a weekday however it is shortened. */
const weekdayIndex = (said: string): number => ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'].indexOf(said.slice(0, 2).toLowerCase());

/** Words around a time that say no day of their own. */
const noDayWords = new Set(
  'at on in by the of a an around about before after this next from until till to o\'clock oclock ish sharp please pls my me remind reminder time local latest earliest or so morning afternoon evening night tonight noon midday lunch lunchtime'.split(' '),
);

/** The words of `text` outside the part chrono read that could name a day (three letters or more, no filler). */
function wordsNotRead(text: string, readPart: string): string[] {
  const rest = text.replace(readPart, ' ').toLowerCase();
  return (rest.match(/\p{L}[\p{L}'’]*/gu) ?? []).filter((word) => word.length >= 3 && !noDayWords.has(word));
}

/** "a week from friday", "two days after tomorrow": a count of days or weeks from a day said. */
const countedFrom = /^(?:on\s+)?(?<count>a|an|one|two|three|four|\d{1,2})\s+(?<unit>weeks?|days?)\s+(?:from|after)\s+(?<from>.+)$/i;
const countNumbers: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4 };

/**
 * A date in figures as the person's zone writes it: "15/12", "9/12", "9.12.2026" are day first
 * outside the United States (named with their month for chrono: "9 December"); "12/9" in New
 * York stays month first, as chrono reads it. A time with a dot ("at 9.05") is no date.
 * Everywhere and after any word ("at 09.01.2027 14:30", "to 9.1.27"), a dotted date with its year
 * is day first: no one writes month first with dots.
 */
function inFiguresAsWritten(text: string, timeZone: string): string {
  const dottedWithYear = text.replace(/\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b(?![.:/]\d)/g, (whole, day: string, month: string, year: string) => named(day, month, year) ?? whole);
  if (writesMonthFirst(timeZone)) return dottedWithYear;
  return dottedWithYear.replace(/(?<!\b(?:at|@|by|from|until|till|before|after)\s*)\b(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?\b(?![.:/]\d)(?!\s*(?:am|pm)\b)/gi, (whole, day: string, _: string, month: string, year: string | undefined) => named(day, month, year) ?? whole);
}

/** A day and a month in figures named for chrono ("9", "12", "2026" → "December 9 2026"); undefined when they are no date. */
function named(day: string, month: string, year: string | undefined): string | undefined {
  const [dayNumber, monthNumber] = [Number(day), Number(month)];
  if (dayNumber < 1 || dayNumber > 31 || monthNumber < 1 || monthNumber > 12) return undefined;
  const fullYear = year === undefined ? '' : ` ${year.length === 2 ? `20${year}` : year}`;
  return `${monthNames[monthNumber - 1]} ${dayNumber}${fullYear}`;
}

/** "an hour later", "back 30 mins", "forward a day", "2 hours earlier": a shift of the time, said alone. */
const shiftSaid =
  /^(?:(?:push(?:ed)?|move[ds]?|put|bring|brought|shift(?:ed)?)\s+(?:it\s+)?)?(?:(?<back>back|later)\s+|(?<forward>forward|earlier)\s+)?(?:by\s+)?(?<count>an?|one|two|three|half\s+an?|\d{1,3})\s+(?<unit>hours?|mins?|minutes?|days?|weeks?)(?:\s+(?:(?<later>later|back)|(?<earlier>earlier|forward|sooner)))?$/i;

/** A shift read from `shiftSaid`: the reminder's own time (or now) moved by it. */
function shifted(typed: string, shift: Record<string, string | undefined>, { now, timeZone, keep }: WhenOptions): WhenReading {
  const back = Boolean(shift.back || shift.later);
  if (!back && !(shift.forward || shift.earlier)) {
    return { ok: false, code: 'REMINDER_TIME_UNREADABLE', message: `"${typed.slice(0, 80)}" says by how much but not which way: say e.g. "an hour later" or "a day earlier".` };
  }
  const said = (shift.count ?? '').toLowerCase();
  const count = /^half/.test(said) ? 0.5 : (countNumbers[said] ?? Number(said));
  const unit = (shift.unit ?? '').toLowerCase();
  const minutes = count * (/^h/.test(unit) ? 60 : /^d/.test(unit) ? 1440 : /^w/.test(unit) ? 10_080 : 1) * (back ? 1 : -1);
  const from = keep ?? { wall: wallTimeAt(now, timeZone), allDay: false };
  // Counted on the wall clock, so a shift across a clock change keeps the hour said.
  const moved = new Date(Date.UTC(from.wall.year, from.wall.month - 1, from.wall.day, from.wall.hour, from.wall.minute) + minutes * 60_000);
  const wall = { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate(), hour: moved.getUTCHours(), minute: moved.getUTCMinutes() };
  const allDay = from.allDay && minutes % 1440 === 0;
  const at = instantOfWallTime(wall, timeZone);
  if (at.getTime() < now.getTime() - graceMs && !allDay) {
    return { ok: false, code: 'REMINDER_TIME_PAST', message: `"${typed.slice(0, 80)}" reads as ${describeWall(wall, false)} (${timeZone}), which has passed; give a time to come.` };
  }
  return { ok: true, when: { at, allDay, said: typed, wall } };
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
  // "the 12th", and "12th" alone ("9th at 2pm").
  // ("the 3rd prox.", "the 20th inst.": of next month, of this one, as letters say it.)
  return said.replace(/\b(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?:\s+(prox(?:imo)?|inst(?:ant)?)\b\.?)?(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i, (whole, digits: string, monthSaid: string | undefined, offset: number) => {
    const day = Number(digits);
    // "December the 12th": the month is said already.
    const before = said.slice(0, offset).trim().split(/\s+/).pop() ?? '';
    if (day < 1 || day > 31 || monthWord.test(before)) return whole;
    let month = today.month;
    let year = today.year;
    const nextMonth = monthSaid ? /^prox/i.test(monthSaid) : day < today.day;
    if (nextMonth) [month, year] = month === 12 ? [1, year + 1] : [month + 1, year];
    return `on ${monthNames[month - 1]} ${day} ${year}`;
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

/** The hour a reminder rings for a part of the day said alone: morning 9:00, lunchtime and noon 12:00, afternoon 14:00, evening 18:00, tonight 19:00. */
function partOfDayHour(text: string): number | undefined {
  const part = /\b(?:(?<morning>morning)|(?<noon>lunch ?time|lunch|noon|midday)|(?<afternoon>afternoon)|(?<evening>evening)|(?<night>tonight))\b/i.exec(text)?.groups;
  if (!part) return undefined;
  return part.morning ? 9 : part.noon ? 12 : part.afternoon ? 14 : part.evening ? 18 : part.night ? 19 : undefined;
}
