/**
 * Dates as resumes write them: "Jan 2019 – Present", "03/2018 - 12/2020", "2019-2023",
 * "2019 – now", "Sept. 2017 to Aug. 2021", "Jun '13", "Summer 2017", "Since 2021",
 * "2020/05 – Current". Results are JSON Resume dates: "YYYY" or "YYYY-MM".
 */

export interface DateRange {
  startDate?: string;
  endDate?: string;
  /** The range runs to today ("Present", "now", "current", "Since 2019"). */
  present: boolean;
  /** Where the matched text starts in the searched string. */
  index: number;
  /** The matched text. */
  match: string;
}

const monthNames: readonly (readonly string[])[] = [
  ['jan', 'january'], ['feb', 'february'], ['mar', 'march'], ['apr', 'april'], ['may'],
  ['jun', 'june'], ['jul', 'july'], ['aug', 'august'], ['sep', 'sept', 'september'],
  ['oct', 'october'], ['nov', 'november'], ['dec', 'december'],
];
// The months in the other languages European CVs are written in (pt, es, fr, de, it, nl, pl), full
// and in their usual short forms; short forms that are also common words ("set", "out", "mag") are left out.
const europeanMonthNames: readonly (readonly string[])[] = [
  ['janeiro', 'enero', 'janvier', 'januar', 'jänner', 'gennaio', 'januari', 'styczeń', 'stycznia', 'ene', 'janv', 'jän', 'gen', 'sty'],
  ['fevereiro', 'febrero', 'février', 'februar', 'febbraio', 'februari', 'luty', 'lutego', 'fev', 'fév', 'févr', 'lut'],
  ['março', 'marzo', 'mars', 'märz', 'maart', 'marzec', 'marca', 'mär', 'mrz', 'mrt'],
  ['abril', 'avril', 'aprile', 'kwiecień', 'kwietnia', 'abr', 'avr', 'kwi'],
  ['maio', 'mayo', 'mai', 'maggio', 'mei', 'maj', 'maja'],
  ['junho', 'junio', 'juin', 'juni', 'giugno', 'czerwiec', 'czerwca', 'giu', 'cze'],
  ['julho', 'julio', 'juillet', 'juli', 'luglio', 'lipiec', 'lipca', 'juil', 'lug', 'lip'],
  ['agosto', 'août', 'augustus', 'sierpień', 'sierpnia', 'ago', 'sie'],
  ['setembro', 'septiembre', 'setiembre', 'septembre', 'settembre', 'wrzesień', 'września', 'sept', 'sett', 'wrz'],
  ['outubro', 'octubre', 'octobre', 'oktober', 'ottobre', 'październik', 'października', 'okt', 'ott', 'paź'],
  ['novembro', 'noviembre', 'novembre', 'listopad', 'listopada', 'lis'],
  ['dezembro', 'diciembre', 'décembre', 'dezember', 'dicembre', 'grudzień', 'grudnia', 'dez', 'dic', 'déc', 'gru'],
];
const monthNumber = new Map(
  [...monthNames, ...europeanMonthNames].flatMap((_, index, all) => (all[index] ?? []).map((name) => [name, (index % 12) + 1] as const)),
);

// "set. 2016", "out. 2014", "mag. 2018": the Portuguese and Italian short forms that are also common words, read
// only with their full stop.
const dottedOnlyMonths = [['set', 9], ['out', 10], ['mag', 5]] as const;
const month = `(?:(?:${[...monthNumber.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?|(?:${dottedOnlyMonths.map(([name]) => name).join('|')})\\.)`;
for (const [name, number] of dottedOnlyMonths) monthNumber.set(name, number);
const year = `(?:19[5-9]\\d|20\\d\\d)`;
const shortYear = `'\\d\\d`;
const season = `(?:spring|summer|fall|autumn|winter)`;
// A day's date, read to its month: "01/03/2019" and "15.03.2019" day first, as Europe writes them (and the
// Europass editor prints them), "03/15/2019" month first where the second number cannot be a month, "2019-03-15".
const day = `(?:0?[1-9]|[12]\\d|3[01])`;
const monthNumberPattern = `(?:0?[1-9]|1[0-2])`;
const dayDate =
  `${day}/${monthNumberPattern}/${year}|${day}\\.\\s?${monthNumberPattern}\\.\\s?${year}|${monthNumberPattern}/(?:1[3-9]|2\\d|3[01])/${year}` +
  `|${year}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])`;
const date =
  `(?:${dayDate}` +
  // "março de 2016", "marzo de 2019": Portuguese and Spanish put "de" between month and year.
  `|${month}\\s*,?\\s*(?:de\\s+)?(?:${year}|${shortYear})` +
  `|(?:0?[1-9]|1[0-2])\\s*[/.-]\\s*${year}` +
  `|${year}\\s*[/.-]\\s*(?:0[1-9]|1[0-2])(?!\\d)` +
  `|${season}\\s+${year}` +
  `|${year})`;
/**
 * "Today" as the end of a range, in English and in the languages European CVs are written in:
 * "03/2016 – presente", "seit 2019 – heute", "2021 - aujourd'hui", "2018 – obecnie".
 */
export const presentWords =
  `(?:present|current(?:ly)?|now|today|ongoing|to\\s+date|till\\s+date|date` +
  `|(?:(?:o|ao|al|el)\\s+)?presente|(?:o\\s+)?momento|atual(?:mente)?|actual(?:mente|idad)?|hoje|hoy|la\\s+fecha` +
  `|aujourd['’]hui|présent|ce\\s+jour|en\\s+cours|(?:bis\\s+)?heute|jetzt|laufend|derzeit|dato|(?:ad\\s+)?oggi|attuale|in\\s+corso` +
  `|heden|nu|huidig|obecnie|teraz|nadal|dziś|danas|dnes|dodnes|současnost|doposud|jelenleg|napjainkig|(?:în\\s+)?prezent|idag|i\\s+dag|tänään|nykyään)`;
// "obecnie / now", "heute / today": a bilingual CV says "today" in both its languages, one range's end.
const present = `(?:${presentWords}(?:\\s*/\\s*${presentWords})?)`;
// "June 2022 — | Present": a column gap after the dash still leaves one range; "2016 até ao presente",
// "2019 bis heute", "2015 à aujourd'hui" have their own words for "to".
const separator =
  `(?:\\s*(?:[-–—−~→]|->|to|until|till|through|thru|até(?:\\s+ao)?|hasta|à|au|a|bis|al|fino\\s+al?|tot|do)\\s*(?:\\|\\s*)?)`;

// How long the job lasted, set tight against the end year by a theme that prints it in a box of its own:
// "May, 20192 years 4 months" is "May, 2019" then "2 years 4 months".
const gluedTenure = `\\d{1,2}\\s*(?:years?|yrs?|months?|mos?)(?![\\p{L}])`;
const rangePattern = new RegExp(`(?<![\\w/.])(${date})${separator}(${date}|${present})(?:(?![\\w/])|(?=${gluedTenure}))`, 'iu');
const openPattern = new RegExp(`(?:(?<!\\p{L})(?:since|from|desde|depuis|seit|dal|dall['’]|sinds|od)\\s*(${date})(?![\\w/])|(?<![\\w/.])(${date})\\s*[-–—]\\s*$)`, 'iu');
const singlePatterns = new RegExp(`(?<![\\w/.$£€])(${date})(?![\\w/%+])`, 'giu');

/**
 * Finds the first date range in a line, or a single date when there is no range
 * (`startDate` = `endDate` for a single date).
 *
 * @example
 * findDateRange('Senior Engineer — Acme Corp, Jan 2019 – Present');
 * // { startDate: '2019-01', present: true, index: 29, match: 'Jan 2019 – Present' }
 */
export function findDateRange(text: string): DateRange | undefined {
  const range = rangePattern.exec(text);
  if (range) {
    const startDate = toIsoDate(range[1] ?? '');
    const endText = range[2] ?? '';
    const isPresent = new RegExp(`^${present}$`, 'iu').test(endText.trim());
    const endDate = isPresent ? undefined : toIsoDate(endText);
    if (startDate && (isPresent || endDate)) {
      return { startDate, endDate, present: isPresent, index: range.index, match: range[0] };
    }
  }
  const open = openPattern.exec(text);
  if (open) {
    const startDate = toIsoDate(open[1] ?? open[2] ?? '');
    if (startDate) return { startDate, present: true, index: open.index, match: open[0] };
  }
  for (const single of text.matchAll(singlePatterns)) {
    // "to EN 1995", "NBN EN 1998", "ISO 2015": a standard's number after its body's letters is no year.
    if (standardBefore.test(text.slice(0, single.index))) continue;
    const when = toIsoDate(single[1] ?? '');
    if (when) return { startDate: when, endDate: when, present: false, index: single.index, match: single[0] };
    return undefined;
  }
  return undefined;
}

// The letters of the bodies that number standards ("EN 1992", "ISO 9001", "NFPA 70E"), written in capitals.
export const standardBefore = /(?<![\p{L}\d])(?:EN|ISO|IEC|DIN|BS|NBN|NF|ASTM|ANSI|IEEE|NFPA|CSA|NZS|UNE|UNI|JIS|ASME|OHSAS|IS)\s$/u;

/**
 * One written date as a JSON Resume date ("YYYY-MM" or "YYYY").
 *
 * @example
 * toIsoDate("Jun. '13"); // '2013-06'
 */
export function toIsoDate(text: string): string | undefined {
  const value = text.trim().toLowerCase();
  const named = /^(\p{L}+)\.?\s*,?\s*(?:de\s+)?(\d{4}|'\d\d)$/u.exec(value);
  if (named) {
    const number = monthNumber.get(named[1] ?? '');
    const fullYear = expandYear(named[2] ?? '');
    if (number && fullYear) return `${fullYear}-${pad(number)}`;
    if (fullYear && /^(?:spring|summer|fall|autumn|winter)$/.test(named[1] ?? '')) return fullYear;
    return undefined;
  }
  const withDay = /^(\d{1,2})\s*([/.])\s*(\d{1,2})\s*[/.]\s*(\d{4})$/.exec(value);
  if (withDay) {
    const [first, second] = [Number(withDay[1]), Number(withDay[3])];
    // Day first unless the second number cannot be a month ("03/15/2019").
    const monthOf = withDay[2] === '/' && second > 12 ? first : second;
    return `${withDay[4]}-${pad(monthOf)}`;
  }
  const isoDay = /^(\d{4})-(\d{2})-\d{2}$/.exec(value);
  if (isoDay) return `${isoDay[1]}-${isoDay[2]}`;
  const monthFirst = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(value);
  if (monthFirst) return `${monthFirst[2]}-${pad(Number(monthFirst[1]))}`;
  const yearFirst = /^(\d{4})\s*[/.-]\s*(\d{2})$/.exec(value);
  if (yearFirst) return `${yearFirst[1]}-${yearFirst[2]}`;
  if (/^\d{4}$/.test(value)) return value;
  return undefined;
}

function expandYear(text: string): string | undefined {
  if (/^\d{4}$/.test(text)) return text;
  const short = Number(text.slice(1));
  if (Number.isNaN(short)) return undefined;
  // '13 is 2013, '98 is 1998: nobody's career began before 1950.
  return String(short < 50 ? 2000 + short : 1900 + short);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
