// English only, as the reminder reader (the package's index loads 15 other locales for nothing).
import * as chrono from 'chrono-node/en';
import { dayIn, offsetMinutesAt, wallTimeAt } from './time-zone.ts';

/** A month's name, whole or cut short: "December", "Dec", "Sept.". */
const monthName = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

/**
 * "yesterday", "on monday", "last friday", "2 days ago", "on the 3rd", "on December 3", "on 03.12.2026" (a dotted date is
 * day first, as Germans write it): a day that has passed, said in a sentence.
 */
const pastDaySaid = new RegExp(
  String.raw`\b(?:(?:the\s+)?day\s+before\s+yesterday|avant-hier|yesterday(?:\s+(?:morning|afternoon|evening|night))?|last\s+night|hier(?:\s+(?:soir|matin|après-midi|apres-midi))?|ayer|gestern|(?:(?:on|last|this\s+past)\s+)(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|(?:\d{1,2}|a|one|two|three|four|five|six)\s+(?:days?|weeks?)\s+ago|on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${monthName}(?:,?\s+\d{4})?|on\s+${monthName}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|on\s+the\s+\d{1,2}(?:st|nd|rd|th)|on\s+\d{4}-\d{2}-\d{2}|(?:on|am)\s+\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{4}|\d{2})?)(?![\p{L}\d])`,
  'iu',
);

/** The words of other languages `pastDaySaid` reads: never a slip for the spelling corrector to mend. */
export const pastDayWords: readonly string[] = ['hier', 'soir', 'matin', 'après-midi', 'apres-midi', 'avant-hier', 'ayer', 'gestern'];

/**
 * The words of a sentence that date something already done ("i applied yesterday", "heard back
 * on monday"); undefined when it names no past day.
 *
 * @example
 * pastDayIn('i applied to the housing trust one yesterday'); // 'yesterday'
 */
export function pastDayIn(sentence: string): string | undefined {
  return pastDaySaid.exec(sentence)?.[0];
}

const counts: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * The person's calendar day (YYYY-MM-DD in `timeZone`) that words for a past day mean, counted
 * back from `now`: "yesterday", "on monday" (the last Monday before today), "3 days ago", "on the
 * 3rd" (this month's, else last month's). Null for words that say no day, or a day to come.
 *
 * @example
 * readPastDay('yesterday', { now: new Date('2026-12-06T10:00:00Z'), timeZone: 'Europe/London' }); // '2026-12-05'
 */
export function readPastDay(words: string, { now, timeZone }: { now: Date; timeZone: string }): string | null {
  const text = words
    .trim()
    .toLowerCase()
    .replace(/^this\s+past\s+/, 'last ')
    // A part of yesterday is yesterday; so are the French, Spanish and German words for it.
    .replace(/^(?:avant-hier|(?:the\s+)?day\s+before\s+yesterday)$/, '2 days ago')
    .replace(/^(?:yesterday\s+\S+|last\s+night|hier(?:\s+\S+)?|ayer|gestern)$/, 'yesterday')
    .replace(/\b(\d{1,2}|a|one|two|three|four|five|six)\s+(days?|weeks?)\s+ago\b/, (_, count: string, unit: string) => `${counts[count] ?? Number(count)} ${unit} ago`);
  const today = wallTimeAt(now, timeZone);
  // "on monday": the last one up to today; "last monday": the last one before today.
  const weekday = /^(on|last)\s+(mon|tue|wed|thu|fri|sat|sun)/.exec(text);
  if (weekday) {
    const wanted = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(weekday[2] ?? '');
    const todayIndex = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay();
    const back = (todayIndex - wanted + 7) % 7 || (weekday[1] === 'last' ? 7 : 0);
    return dayIn(new Date(Date.UTC(today.year, today.month - 1, today.day - back, 12)), 'UTC');
  }
  // "on 03.12.2026", "am 3.12.": a dotted date is day first; with no year, the last such day up to today.
  const dotted = /^(?:on|am)\s+(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}|\d{2}))?$/.exec(text);
  if (dotted) {
    const [day, month] = [Number(dotted[1]), Number(dotted[2])];
    const said = dotted[3] ? Number(dotted[3].length === 2 ? `20${dotted[3]}` : dotted[3]) : undefined;
    const year = said ?? (month < today.month || (month === today.month && day <= today.day) ? today.year : today.year - 1);
    const date = new Date(Date.UTC(year, month - 1, day, 12));
    // (No 31.02.: a day the calendar does not have is no day.)
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    const found = dayIn(date, 'UTC');
    return found > dayIn(now, timeZone) ? null : found;
  }
  const ordinal = /^on\s+the\s+(\d{1,2})(?:st|nd|rd|th)?$/.exec(text)?.[1];
  if (ordinal) {
    const day = Number(ordinal);
    const [year, month] = day <= today.day ? [today.year, today.month] : today.month === 1 ? [today.year - 1, 12] : [today.year, today.month - 1];
    return dayIn(new Date(Date.UTC(year, month - 1, day, 12)), 'UTC');
  }
  const found = chrono.casual.parse(text, { instant: now, timezone: offsetMinutesAt(now, timeZone) }, { forwardDate: false })[0];
  if (!found) return null;
  const start = found.start;
  const day = `${start.get('year') ?? today.year}-${String(start.get('month') ?? today.month).padStart(2, '0')}-${String(start.get('day') ?? today.day).padStart(2, '0')}`;
  return day > dayIn(now, timeZone) ? null : day;
}
