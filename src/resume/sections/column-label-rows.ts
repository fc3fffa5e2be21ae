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
  return cells.every((cell) => {
    const words = cell.toLowerCase().split(/[\s,/&()–—-]+/).filter(Boolean);
    return words.length > 0 && words.length <= 5 && words.every((word) => columnWords.has(word));
  });
}

/** The lines of a section without a table's header rows. */
export function withoutColumnLabelRows(lines: readonly ResumeLine[]): ResumeLine[] {
  return lines.filter((line) => line.bullet || !isColumnLabelRow(line.text));
}
