/**
 * "Period | Employer, position", "Dates | Institution and qualification": the header row of a
 * table of jobs or schools, as forms typed in a word processor print it (Europass among them).
 * It names the columns, never a job or a school.
 */
import type { ResumeLine } from './resume-lines.ts';

const columnWords = new Set([
  'period', 'periods', 'date', 'dates', 'from', 'to', 'year', 'years', 'duration', 'when',
  'employer', 'employers', 'company', 'organisation', 'organization', 'position', 'positions', 'title', 'job', 'role',
  'occupation', 'function', 'department', 'institution', 'school', 'university', 'college', 'qualification',
  'qualifications', 'degree', 'diploma', 'award', 'field', 'subject', 'subjects', 'study', 'studies',
  'location', 'place', 'city', 'country', 'description', 'duties', 'responsibilities', 'activities', 'main',
  'name', 'address', 'type', 'sector', 'level', 'grade', 'held', 'obtained', 'of', 'and', 'or', 'the',
]);

/**
 * Whether a line is a table's header row: two cells or more, each made only of column names.
 *
 * @example
 * isColumnLabelRow('Period | Employer, position'); // true
 * isColumnLabelRow('2019 – now | Acme, Engineer'); // false
 */
export function isColumnLabelRow(text: string): boolean {
  const cells = text.split(/\s*(?:\||\t)\s*/).filter((cell) => cell.trim() !== '');
  if (cells.length < 2) return false;
  return cells.every((cell) => isColumnLabel(cell, columnWords));
}

// "Okres / Period", "Uprawnienie / Certificate": a bilingual header names its column twice, once in English.
function isColumnLabel(cell: string, words: ReadonlySet<string>): boolean {
  const named = (text: string) => {
    const each = text.toLowerCase().split(/[\s,/&()–—-]+/).filter(Boolean);
    return each.length > 0 && each.length <= 5 && each.every((word) => words.has(word));
  };
  return named(cell) || cell.split(/\s+\/\s+/u).some((half) => named(half.replace(/[:.]\s*$/u, '')));
}

// The names of a certificate table's columns, besides a table's dates, names and types.
const certificateColumnWords = new Set([
  ...columnWords,
  'certificate', 'certificates', 'certification', 'certifications', 'licence', 'license', 'licences', 'licenses',
  'issuer', 'issued', 'by', 'issuing', 'body', 'valid', 'until', 'expiry', 'expires', 'number', 'no', 'process',
  'processes', 'standard', 'course', 'courses', 'provider', 'awarded', 'awarding', 'scope', 'validity',
]);

/**
 * Whether a line is the header row of a table of certificates ("Certificate ⇥ Year",
 * "Uprawnienie / Certificate ⇥ Rok / Year", "Name | Issuer | Date"): two cells or more, each a
 * column's name (in one of its languages).
 *
 * @example
 * isCertificateTableHeader('Uprawnienie / Certificate\tRok / Year'); // true
 * isCertificateTableHeader('EN ISO 9606-1 141 T BW\t2022'); // false
 */
export function isCertificateTableHeader(text: string): boolean {
  const cells = text.split(/\s*(?:\||\t)\s*/).filter((cell) => cell.trim() !== '');
  return cells.length >= 2 && cells.every((cell) => isColumnLabel(cell, certificateColumnWords));
}

/** The lines of a section without a table's header rows. */
export function withoutColumnLabelRows(lines: readonly ResumeLine[]): ResumeLine[] {
  return lines.filter((line) => line.bullet || !isColumnLabelRow(line.text));
}
