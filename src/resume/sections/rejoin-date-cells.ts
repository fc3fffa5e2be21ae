/**
 * A date range that a narrow right-hand cell wrapped: "Coursera | Jan 2021 - Apr" over
 * "Professional Certificate in Google Data | 2021", or "Hogeschool van Amsterdam | Sep 2011 -"
 * over "Bachelor of Business Administration | Jun 2015". The end of the range is put back on the
 * line where the range starts, and taken off the line below, where it would end a degree's name.
 */
import { isTitleLike } from './classify-entry-part.ts';
import { matchDegree } from './degree-pattern.ts';
import { findDateRange, presentWords } from './find-date-range.ts';
import type { ResumeLine } from './resume-lines.ts';

const month = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const year = '(?:19|20)\\d{2}';
const startsRange = new RegExp(`(?:${month}\\s+|\\d{1,2}[/.])?${year}\\s*[-–—]`, 'i');
// "Jan 2021 - Apr": the end's month is there, its year wrapped.
const endsWithMonth = new RegExp(`${startsRange.source}\\s*${month}$`, 'i');
// "Sep 2011 -": the whole end wrapped.
const endsWithDash = new RegExp(`${startsRange.source}$`, 'i');
const bareYear = new RegExp(`^${year}$`);
const wholeEnd = new RegExp(`^(?:(?:${month}\\s+|\\d{1,2}[/.])?${year}|${presentWords})$`, 'iu');

/**
 * The lines with each wrapped date range made whole again.
 *
 * @example
 * rejoinDateCells(toResumeLines('UCL | Jan 2021 - Apr\nMSc in Marketing | 2021')).map((line) => line.text);
 * // ['UCL | Jan 2021 - Apr 2021', 'MSc in Marketing']
 */
export function rejoinDateCells(lines: readonly ResumeLine[]): ResumeLine[] {
  const joined = lines.map((line) => ({ ...line }));
  const emptied = new Set<ResumeLine>();
  for (const [index, line] of joined.entries()) {
    const next = joined[index + 1];
    if (!next || next.text === '') continue;
    const cells = next.text.split(' | ');
    const last = cells.at(-1) ?? '';
    const rest = cells.slice(0, -1).join(' | ');
    const completes = endsWithMonth.test(line.text) ? bareYear.test(last) : endsWithDash.test(line.text) && wholeEnd.test(last);
    if (!completes) continue;
    line.text = `${line.text} ${last}`;
    next.text = rest;
    // A line that held only the wrapped end goes with it: a blank line would part the entry.
    if (rest === '') emptied.add(next);
    // The row was two lines tall, so the name beside the dates may have wrapped too: "Indian Institute
    // of Management | Jun 2019 - Apr" / "2021" / "Kozhikode". A degree or a title under it is no part of it.
    const after = joined[index + 2];
    const [name, dates, ...others] = line.text.split(' | ');
    if (rest === '' && others.length === 0 && dates !== undefined && after && continuesName(after)) {
      line.text = `${name ?? ''} ${after.text} | ${dates}`;
      emptied.add(after);
    }
  }
  return joined.filter((line) => !emptied.has(line));
}

function continuesName(line: ResumeLine): boolean {
  const text = line.text;
  if (line.bullet || text === '' || text.includes(' | ') || text.split(/\s+/).length > 5 || /[.!?:]$/.test(text)) return false;
  return findDateRange(text) === undefined && matchDegree(text)?.index !== 0 && !isTitleLike(text);
}
