/**
 * A cheap test that proves chrono-node (English, `casual`, what `findWhen` parses with) finds no
 * date or time in a text, so the parse can be skipped. Derived from chrono's English parsers
 * (chrono-node 2.10, `dist/esm/locales/en/`), each of which needs, somewhere in what it matches:
 *
 * - a digit: `ISOFormatParser`, `SlashDateFormatParser`, `ENYearMonthDayParser`, `ENSlashMonthFormatParser`,
 *   `ENTimeExpressionParser` (its time is `\d{1,4}`), `ENYearMonthNameParser`;
 * - a weekday (`WEEKDAY_DICTIONARY`: "sun"…"sat" and the whole names, which hold them; `weekend`, `weekday`): `ENWeekdayParser`;
 * - a month (`MONTH_DICTIONARY`: "jan"…"dec", "may", and the whole names, which hold them): the three `ENMonthName…` parsers;
 * - a casual word: `ENCasualDateParser` (now, today, tonight, tomorrow, overmorrow, tmr, tmrw, yesterday, last night),
 *   `ENCasualTimeParser` (morning, afternoon, evening, night, midnight, midday, noon), `ENEndOfCurrentMonthParser` (month);
 * - a time unit (`TIME_UNIT_DICTIONARY`, "s", "m", "h" and "mo" among them) after a number (`NUMBER_PATTERN`: a digit,
 *   one…twelve, half, a, an, few, several, the, couple of) or after this/last/past/next/after, then either the end of a
 *   word or one of ago/before/earlier/later/after/from now/henceforth/forward/out: `ENTimeUnitWithinFormatParser`,
 *   `ENTimeUnitAgoFormatParser`, `ENTimeUnitLaterFormatParser`, `ENRelativeDateFormatParser`,
 *   `ENTimeUnitCasualRelativeFormatParser`.
 *
 * Chrono's refiners only merge, cut or drop what a parser found. So the words are looked for anywhere (inside other words
 * too: "monday" holds "mon", and "money" passes, which only costs the parse), case-insensitively, with chrono's own
 * `\W` (no `u` flag: a letter outside ASCII ends a word for chrono as here). False means chrono finds nothing;
 * true means it may. `tests/time/may-say-date.test.ts` holds it to every word of chrono's dictionaries and to chrono itself.
 *
 * @example
 * maySayDate('find remote python jobs'); // false: no parse
 * maySayDate('call Acme tmrw'); // true
 */
export function maySayDate(text: string): boolean {
  return dateSaid.test(text);
}

// (chrono's parsers match after `(\W|^)`; the words a pattern allows before its own are named with each.)
const weekdays = String.raw`(?:^|\W|on|this|last|past|next)(?:sun|mon|tue|wed|thu|fri|sat|weekend|weekday)`;
// (Before a month: "in", the "of" or the ordinal of "first of march", "1stjan", "the twentieth jan".)
const months = String.raw`(?:^|\W|in|of|st|nd|rd|th)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`;
const casualWords = String.raw`(?:^|\W|this)(?:now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night|morning|afternoon|evening|night|midnight|midday|noon)|\Wmonth`;
const numbers = String.raw`\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of|this|last|past|next`;
const units = 'seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|months?|mos?|mon|qtrs?|quarters?|years?|yrs?|y';
// (The last unit said, "an hour and a half", "a day or two" aside: it ends a word or comes before ago/later. Looked for
// with no word before it, so "pay" passes as "a" + "y": one pattern with no nested repeats, so no text makes it slow.)
const unitSaid = String.raw`(?:${numbers})\s*(?:${units})(?:(?=\W|$)|\s*(?:ago|before|earlier|later|after|from now|henceforth|forward|out))`;
const dateSaid = new RegExp(String.raw`\d|${weekdays}|${months}|${casualWords}|${unitSaid}`, 'i');
