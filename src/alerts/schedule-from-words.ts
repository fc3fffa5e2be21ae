import { tidyTimeWords } from '../time/said-times.ts';
import { takeZone } from './zone-from-words.ts';

/** Schedule words as people type them in a hurry, and the words meant. */
const scheduleSpellings: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:evry|evey|evrey|evrery|eveyr|everey)\b/gi, 'every'],
  [/\b(?:mornin|mornng|morng|mornig|morninng|mrng)(s?)\b/gi, 'morning$1'],
  [/\b(?:evenin|evning|evng|eveing|evenig)(s?)\b/gi, 'evening$1'],
  [/\b(?:aftrnoon|afternon|afternooon|arvo)(s?)\b/gi, 'afternoon$1'],
  [/\bnite(s?)\b/gi, 'night$1'],
  [/\b(?:wkdays?|wk\s+days?|weekdys?|wkdys?|weekdayz)\b/gi, 'weekdays'],
  [/\b(?:wkends?|wk\s+ends?|weekned)\b/gi, 'weekends'],
  [/\b(?:wkly|weekley|weekely|wkely)\b/gi, 'weekly'],
  [/\b(?:dayly|dailey|dailly|daly)\b/gi, 'daily'],
  [/\b(?:hrly|hourley)\b/gi, 'hourly'],
  [/\b(every|each|a|per|once\s+a)\s+wk\b/gi, '$1 week'],
  [/\b(every|each|\d{1,2})\s+hrs?\b/gi, '$1 hours'],
];
const shortDays: Readonly<Record<string, string>> = { mon: 'monday', tue: 'tuesday', wed: 'wednesday', thu: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday' };
const dayOf = (short: string) => shortDays[short.toLowerCase()] ?? short;

/**
 * A schedule as typed in a hurry, in the words `scheduleFromWords` and the alert readers
 * know: "evry mornin" → "every morning", "wkdays" → "weekdays", "every thurs at half past
 * two" → "every thursday at 2:30", "dayly" → "daily".
 *
 * @example
 * tidyScheduleWords('evry mornin at 7'); // 'every morning at 7'
 */
export function tidyScheduleWords(text: string): string {
  let tidy = tidyTimeWords(text);
  for (const [pattern, meant] of scheduleSpellings) tidy = tidy.replace(pattern, meant);
  // "every mon", "on fri", "tue and thu": a short day name after a word of schedule, or in a list of days.
  return tidy
    .replace(/\b(every|each|on|and|&|or|,)(\s*)(mon|tue|wed|thu|fri|sat|sun)\b(?!['’])/gi, (_, before: string, space: string, short: string) => `${before}${space || ' '}${dayOf(short)}`)
    .replace(/\b(mon|tue|wed|thu|fri|sat|sun)(?=\s*(?:,|&|and|-|to)\s*(?:mon|tue|wed|thu|fri|sat|sun))/gi, (short: string) => dayOf(short));
}

/** A five-field cron expression: minute hour day-of-month month day-of-week. */
const cronPattern = /^[\d*,/-]+\s+[\d*,/-]+\s+[\d*,/?LW-]+\s+[\d*,/a-z-]+\s+[\d*,/a-z#-]+$/i;

const dayNumbers: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};
const dayWord = '(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?s?';

/** The hour a part of the day means when no time is said, and how a bare "at 6" is read in it. */
const partsOfDay: Readonly<Record<string, { hour: number; pm: boolean }>> = {
  morning: { hour: 8, pm: false },
  afternoon: { hour: 14, pm: true },
  evening: { hour: 18, pm: true },
  night: { hour: 20, pm: true },
  noon: { hour: 12, pm: false },
  midday: { hour: 12, pm: false },
  lunchtime: { hour: 12, pm: false },
};

/** "at 8", "at 8am", "at 8:30", "at 18:00", "at 6 pm", "at noon"; the part of day decides a bare "at 6". */
function readTime(lower: string, part: { hour: number; pm: boolean } | undefined): { hour: number; minute: number } | null {
  if (/\b(?:at\s+)?(?:noon|midday)\b/.test(lower) && !/\d/.test(lower)) return { hour: 12, minute: 0 };
  const match = /\b(?:at|@|by|around)\s*(?<hour>\d{1,2})(?:[:.h](?<minute>\d{2}))?\s*(?<half>am|pm|a\.m\.|p\.m\.|o'?clock)?/.exec(lower)
    ?? /\b(?<hour>\d{1,2})(?:[:.](?<minute>\d{2}))?\s*(?<half>am|pm|a\.m\.|p\.m\.)/.exec(lower)
    // "every monday 08:30", "daily 18:00": a clock time with its minutes needs no "at".
    ?? /(?<![\d:.])\b(?<hour>[01]?\d|2[0-3]):(?<minute>[0-5]\d)\b(?![\d:])/.exec(lower);
  if (!match?.groups) return part ? { hour: part.hour, minute: 0 } : null;
  let hour = Number(match.groups.hour);
  const minute = Number(match.groups.minute ?? 0);
  const half = match.groups.half?.replace(/\./g, '');
  if (half === 'pm' && hour < 12) hour += 12;
  else if (half === 'am' && hour === 12) hour = 0;
  else if (!half?.endsWith('m') && part?.pm && hour < 12) hour += 12;
  // "daily at 3": an hour from one to five said without am, pm or a part of the day is in the afternoon.
  else if (!half && !part && hour >= 1 && hour <= 5 && !match.groups.hour?.startsWith('0')) hour += 12;
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

/**
 * A schedule said in words ("every morning at 8", "weekdays at 7:30", "every Monday",
 * "hourly", "every 4 hours", "daily") or as a cron expression, as a five-field cron
 * expression; null when the words name no schedule. The times are wall-clock times, read
 * later in the person's time zone.
 *
 * @example
 * scheduleFromWords('every morning at 8'); // '0 8 * * *'
 * scheduleFromWords('weekdays at 6pm'); // '0 18 * * 1-5'
 */
export function scheduleFromWords(said: string): string | null {
  // ("daily at 9 IST", "at 7 são paulo time": the zone is the alert's `time_zone`, read apart; its words are no time.)
  const text = takeZone(said.trim().replace(/\s+/g, ' ')).text;
  if (cronPattern.test(text)) return text;
  // ("every half an hour" is no "every hour": more often than hourly is no schedule, `tooOften` says why.)
  if (tooOften(text)) return null;
  return fromTidyWords(tidyScheduleWords(text));
}

function fromTidyWords(text: string): string | null {
  const lower = text.toLowerCase();
  const hours = /\bevery\s+(?<count>\d{1,2})\s+hours?\b/.exec(lower);
  if (hours?.groups) {
    const count = Number(hours.groups.count);
    return count >= 1 && count <= 23 ? (count === 1 ? '0 * * * *' : `0 */${count} * * *`) : null;
  }
  if (/\b(?:hourly|every\s+hour|each\s+hour|once\s+an\s+hour)\b/.test(lower)) return '0 * * * *';
  // "every 2 days", "every other day": a day of the month in steps (a cron's step restarts each month).
  const dayStep = /\bevery\s+(?:(?<count>\d{1,2})\s+days|(?<other>other|second)\s+day)\b/.exec(lower);
  if (dayStep?.groups) {
    const count = dayStep.groups.other ? 2 : Number(dayStep.groups.count);
    if (count < 1 || count > 15) return null;
    const partOfStep = /\b(morning|afternoon|evening|night|noon|midday|lunchtime)s?\b/.exec(lower)?.[1];
    const { hour, minute } = readTime(lower, partOfStep ? partsOfDay[partOfStep] : undefined) ?? { hour: 8, minute: 0 };
    return `${minute} ${hour} ${count === 1 ? '*' : `*/${count}`} * *`;
  }
  // "3x a day", "three times a day": spread over the working day unless times are said.
  const perDay = timesPer.exec(lower);
  if (perDay?.groups?.per === 'day' && !/\d\s*(?::\d{2}|am|pm)|\bat\s+\d/.test(lower)) {
    const hours = hoursForTimes[countOf(perDay.groups.count)];
    return hours ? `0 ${hours} * * *` : null;
  }
  // "twice a day", "morning and evening": at 08:00 and 18:00 unless times are said.
  const twiceADay = /\b(?:twice\s+(?:a|per)\s+day|twice\s+daily|two\s+times\s+(?:a|per)\s+day|(?:mornings?|am)\s+(?:and|&|\+)\s+(?:evenings?|nights?|pm))\b/.test(lower);
  if (twiceADay && !/\d/.test(lower)) return '0 8,18 * * *';
  const partName = /\b(morning|afternoon|evening|night|noon|midday|lunchtime)s?\b/.exec(lower)?.[1];
  const part = partName ? partsOfDay[partName] : undefined;
  const time = readTime(lower, part);
  let days: string | null = null;
  if (/\b(?:week\s*days?|every\s+work(?:ing)?\s*day|monday\s+(?:to|through|-)\s+friday|mon\s*-\s*fri)\b/.test(lower)) days = '1-5';
  else if (/\bweekends?\b/.test(lower)) days = '0,6';
  else {
    const named = [...lower.matchAll(new RegExp(`\\b(${dayWord})\\b`, 'g'))]
      .map((found) => dayNumbers[(found[1] ?? '').replace(/s$/, '').replace(/day$/, '')] ?? dayNumbers[(found[1] ?? '').replace(/s$/, '')])
      .filter((day): day is number => day !== undefined);
    if (named.length > 0) days = [...new Set(named)].sort().join(',');
    else if (/\b(?:twice|two\s+times)\s+(?:a|per)\s+week\b/.test(lower)) days = '1,4';
    else if (perDay?.groups?.per === 'week') {
      // "3x a week", "four times a week": days spread over the week, Monday first.
      const spread = daysForTimes[countOf(perDay.groups.count)];
      if (!spread) return null;
      days = spread;
    }
    else if (/\b(?:weekly|every\s+week|each\s+week|once\s+a\s+week)\b/.test(lower)) days = '1';
    else if (/\b(?:daily|every\s*day|each\s+day|every\s+(?:morning|afternoon|evening|night)|each\s+(?:morning|evening)|nightly|once\s+a\s+day|a\s+day)\b/.test(lower) || part) days = '*';
  }
  if (days === null && time === null) return null;
  const { hour, minute } = time ?? { hour: 8, minute: 0 };
  return `${minute} ${hour} * * ${days ?? '*'}`;
}

/** "3x a week", "three times per day", "2 times a week": how many times in a day or a week. */
const timesPer = /\b(?<count>\d{1,2}|one|two|three|four|five|six|seven)\s*(?:x|times)\s+(?:a|per|each|every)\s+(?<per>day|week)\b/;
const countWords: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const countOf = (said: string | undefined): number => countWords[said ?? ''] ?? Number(said);
/** The days of the week a count a week runs on; the hours of the day a count a day runs at. */
const daysForTimes: Readonly<Record<number, string>> = { 1: '1', 2: '1,4', 3: '1,3,5', 4: '1,2,4,5', 5: '1-5', 6: '1-6', 7: '*' };
const hoursForTimes: Readonly<Record<number, string>> = { 1: '8', 2: '8,18', 3: '8,13,18', 4: '8,12,16,20' };

/**
 * Whether words ask for a schedule more often than once an hour ("every 15 minutes", "every
 * half hour", "5x a day" is not: it is read), which no alert keeps: each run asks every board.
 *
 * @example
 * tooOften('every 10 mins'); // true
 */
export function tooOften(said: string): boolean {
  return /\b(?:every|each)\s+(?:(?:\d{1,2}|few|couple(?:\s+of)?|ten|fifteen|twenty|thirty|five)\s+)?min(?:ute)?s?\b|\b(?:every|each)\s+half\s+(?:an\s+)?hour\b|\bhalf[\s-]?hourly\b|\b(?:every|each)\s+(?:few|couple(?:\s+of)?)?\s*secs?(?:onds?)?\b|\b(?:constantly|non-?stop|real[\s-]?time)\b/i.test(said);
}

const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A cron expression as people read it, for the simple forms `scheduleFromWords` makes;
 * other expressions are shown as they are.
 *
 * @example
 * describeSchedule('0 8 * * *'); // 'every day at 08:00'
 */
export function describeSchedule(cron: string): string {
  const [minute, hour, dayOfMonth, month, dayOfWeek] = cron.split(/\s+/);
  if (minute === '0' && hour === '*' && dayOfMonth === '*' && month === '*' && dayOfWeek === '*') return 'every hour';
  const every = /^\*\/(\d+)$/.exec(hour ?? '');
  if (minute === '0' && every && dayOfMonth === '*' && month === '*' && dayOfWeek === '*') return `every ${every[1]} hours`;
  const dayStep = /^\*\/(\d+)$/.exec(dayOfMonth ?? '');
  if (!/^\d+$/.test(minute ?? '') || !/^\d+(?:,\d+)*$/.test(hour ?? '') || (dayOfMonth !== '*' && !dayStep) || month !== '*') return `cron "${cron}"`;
  // "0 8,18 * * *": every day at 08:00 and 18:00.
  const at = (hour ?? '').split(',').map((one) => `${one.padStart(2, '0')}:${String(minute).padStart(2, '0')}`).join(' and ');
  if (dayStep) return dayOfWeek === '*' ? `every ${dayStep[1]} days at ${at} (from the 1st of each month)` : `cron "${cron}"`;
  if (dayOfWeek === '*') return `every day at ${at}`;
  if (dayOfWeek === '1-5') return `weekdays at ${at}`;
  if (dayOfWeek === '0,6') return `weekends at ${at}`;
  const days = (dayOfWeek ?? '').split(',').map((day) => dayNames[Number(day)]);
  if (days.some((day) => day === undefined)) return `cron "${cron}"`;
  return `every ${days.join(' and ')} at ${at}`;
}
