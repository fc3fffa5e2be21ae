/**
 * "Finance and Business AnalyticsJune 2019April 2021", "July 2021Present" (or "July 2021 | Present"
 * where the runs were parted into cells): a theme that sets a
 * range's dates (and the name beside them) apart only by CSS (floats, a dash drawn by the style
 * sheet) reaches a DOCX with them run together. A capitalised month or "Present" set tight against
 * a year, and a month-and-year set tight against a word in small letters, are parted again.
 */
import type { ResumeLine } from './resume-lines.ts';

const month = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const year = '(?:19|20)\\d{2}';
// Case-sensitive: "Present" after "2021" is a range's end; "2021present" is no one's writing.
// The text's reader may already have parted the runs into cells: "June 2019 | April 2021".
const endAfterYear = new RegExp(`(?<=\\b(?:${month}\\s+)?${year})(?:\\s+\\|\\s+)?(?=(?:${month}\\s+${year}|Present|Current|Now|Today)\\b)`, 'gu');
const endsRange = new RegExp(`(?:[-–—]|\\bto)\\s*(?:${month}\\s+)?${year}$`, 'u');
const dateAfterWord = new RegExp(`(?<=\\p{Ll})(?=${month}\\s+${year}\\b)`, 'gu');

/**
 * The lines with run-together dates parted: a dash between a range's two ends, a space before a
 * range glued to the name in front of it.
 *
 * @example
 * separateGluedDates([{ text: 'AccountancyJanuary 2014January 2017', bullet: false, markdownHeading: false }])[0].text;
 * // 'Accountancy January 2014 – January 2017'
 */
export function separateGluedDates(lines: readonly ResumeLine[]): ResumeLine[] {
  return lines.map((line) => {
    // "Jan 2018 - Jan 2019 | Jan 2011 - Jan 2015": a date that already ends a range starts no other.
    const text = line.text
      .replace(endAfterYear, (gap: string, offset: number, whole: string) => (endsRange.test(whole.slice(0, offset)) ? gap : ' – '))
      .replace(dateAfterWord, ' ');
    return text === line.text ? line : { ...line, text };
  });
}
