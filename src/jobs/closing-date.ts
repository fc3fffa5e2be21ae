/**
 * The closing date a posting states: "Applications close 18 December 2026", "Closing date:
 * 4th January", "Deadline for applications: 2027-01-15", "Apply by Jan 8, 2027", "Bewerbungsfrist:
 * 15.01.2027". Dates are read day-first unless the month comes first in words; a date without
 * a year is the next one on or after the day the posting was published.
 */

/** When the posting closes: the date when it can be read, and the words that say so. */
export interface ClosingDate {
  /** YYYY-MM-DD, or null when the words give no date that can be read ("closes when filled"). */
  date: string | null;
  said: string;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthName = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const weekday = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?`;
const day = String.raw`(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?`;
const dateForms = [
  String.raw`(?<iso>\d{4}-\d{2}-\d{2})`,
  String.raw`${weekday}(?<dayFirst>${day})(?:\s+of)?\s+(?<monthAfter>${monthName})(?:,?\s+(?<yearAfter>\d{4}))?`,
  String.raw`${weekday}(?<monthFirst>${monthName})\s+(?<dayAfter>${day})(?:,?\s+(?<yearFirst>\d{4}))?`,
  String.raw`(?<numericDay>[0-3]?\d)[./](?<numericMonth>[01]?\d)[./](?<numericYear>\d{4}|\d{2})`,
].join('|');
/** The words that introduce a closing date. */
const closingWords = String.raw`(?:applications?\s+(?:close|closes|closing|deadline|due|must\s+be\s+(?:received|submitted)\s+by)|(?:the\s+)?closing\s+date(?:\s+for\s+applications)?(?:\s+is)?|(?:application\s+)?deadline(?:\s+(?:for|to)\s+appl(?:y|ications))?(?:\s+is)?|apply\s+(?:by|before|no\s+later\s+than)|(?:this\s+)?(?:vacancy|posting|role|advert|job)\s+(?:closes|will\s+close|closing)|bewerbungsfrist|date\s+limite(?:\s+de\s+candidature)?|fecha\s+l[ií]mite)`;
const closingPattern = new RegExp(String.raw`${closingWords}\s*(?:on|:|-|–|at\s+(?:midnight|\d{1,2}(?::\d{2})?\s*(?:am|pm)?)\s+on)?\s*(?:${dateForms})`, 'iu');
/** A sentence that names a closing without a readable date: "The closing date is to be confirmed." */
const closingMention = new RegExp(String.raw`(?<![\p{L}])${closingWords}(?![\p{L}])`, 'iu');

const pad = (value: number): string => String(value).padStart(2, '0');
const monthOf = (name: string): number => months.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** YYYY-MM-DD, or null when the parts are not a date. */
function isoDate(year: number, month: number, dayOfMonth: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dayOfMonth) return null;
  return `${year}-${pad(month)}-${pad(dayOfMonth)}`;
}

function dateOf(groups: Record<string, string | undefined>, from: Date): string | null {
  if (groups.iso) return isoDate(Number(groups.iso.slice(0, 4)), Number(groups.iso.slice(5, 7)), Number(groups.iso.slice(8, 10)));
  if (groups.numericDay && groups.numericMonth && groups.numericYear) {
    const year = Number(groups.numericYear.length === 2 ? `20${groups.numericYear}` : groups.numericYear);
    return isoDate(year, Number(groups.numericMonth), Number(groups.numericDay));
  }
  const monthWord = groups.monthAfter ?? groups.monthFirst;
  const dayWord = groups.dayFirst ?? groups.dayAfter;
  if (!monthWord || !dayWord) return null;
  const month = monthOf(monthWord);
  const dayOfMonth = Number.parseInt(dayWord, 10);
  const yearWord = groups.yearAfter ?? groups.yearFirst;
  if (yearWord) return isoDate(Number(yearWord), month, dayOfMonth);
  // No year: the next such day on or after publication ("closes 4th January", posted in December).
  const year = from.getUTCFullYear();
  const thisYear = isoDate(year, month, dayOfMonth);
  const published = from.toISOString().slice(0, 10);
  return thisYear && thisYear >= published ? thisYear : isoDate(year + 1, month, dayOfMonth);
}

/** A sentence quoted as the posting's words, not too long to read in a line. */
const quoted = (sentence: string): string => (sentence.length > 160 ? `${sentence.slice(0, 159).trimEnd()}…` : sentence);

/**
 * The closing date a posting's text states, or null when it names none. `publishedAt` (the
 * posting's date, else when it was first seen) places a date written without a year.
 *
 * @example
 * closingDateIn('Applications close 4th January. Interviews w/c 11 Jan.', '2026-12-05T09:00:00Z');
 * // { date: '2027-01-04', said: 'Applications close 4th January.' }
 */
export function closingDateIn(text: string, publishedAt: string): ClosingDate | null {
  const from = new Date(publishedAt);
  const sentences = text.split(/\n+|(?<=[.!?])\s+(?=\p{Lu})/u).map((sentence) => sentence.trim()).filter(Boolean);
  let mention: ClosingDate | null = null;
  for (const sentence of sentences) {
    const match = closingPattern.exec(sentence);
    const date = match?.groups ? dateOf(match.groups, from) : null;
    if (date) return { date, said: quoted(sentence) };
    if (!mention && closingMention.test(sentence)) mention = { date: null, said: quoted(sentence) };
  }
  return mention;
}
