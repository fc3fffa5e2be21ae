/**
 * Education printed as a table under a header row, as the classic Indian CV (and many forms)
 * prints it:
 *
 *     Qualification | Board / University | Institute | Year of Passing | Percentage / CGPA
 *     B.E. (Mechanical) | Savitribai Phule Pune University | Pune Institute of Computer Technology | 2016 | 74.60 %
 *
 * Each row is one school: the degree from its column, the institute (or, with none, the board or
 * university), the year and the score ("8.4 CGPA", "74.60 %", "First Class with Distinction").
 */
import type { ResumeEducation } from '../../protocol/json-resume.ts';
import { matchDegree } from './degree-pattern.ts';
import type { ResumeLine } from './resume-lines.ts';

type Column = 'degree' | 'board' | 'institution' | 'year' | 'score' | 'field';

const cellsOf = (text: string): string[] =>
  text
    .split(/\t|\s\|\s/)
    .map((cell) => cell.trim())
    .filter((cell, index, all) => cell !== '' || (index > 0 && index < all.length - 1));

// What a header cell names, tried in this order: "Board / University" is the board's column,
// "Name of Institute" the school's, "Class / Division" the score's.
const columnNames: readonly (readonly [Column, RegExp])[] = [
  ['institution', /\b(?:institut\w*|college|school|name\s+of\s+(?:the\s+)?(?:institut\w*|college|school))\b/i],
  ['board', /\b(?:board|universit\w*)\b/i],
  ['score', /(?:%|\b(?:percent\w*|c?gpa|marks?|grade|result|score|division|aggregate|class\s*\/\s*division)\b)/i],
  ['year', /\b(?:year|passing|passed|date|period|duration|batch|session)\b/i],
  ['field', /\b(?:speciali[sz]ation|stream|branch|discipline|subjects?)\b/i],
  ['degree', /\b(?:qualifications?|degree|course|exam(?:ination)?|standard|programm?e?|education|level|class)\b/i],
];

function headerColumns(text: string): Column[] | undefined {
  const cells = cellsOf(text);
  if (cells.length < 3 || cells.some((cell) => cell.length > 40 || /\d{4}/.test(cell))) return undefined;
  const columns = cells.map((cell) => columnNames.find(([, pattern]) => pattern.test(cell))?.[0]);
  if (columns.some((column) => column === undefined)) return undefined;
  const known = new Set(columns);
  return known.has('degree') && (known.has('institution') || known.has('board')) && (known.has('year') || known.has('score')) ? (columns as Column[]) : undefined;
}

/**
 * Whether a line is the header row of a table of schools ("Qualification | Board / University |
 * Institute | Year | Percentage"), which names its columns, no school.
 *
 * @example
 * isEducationTableHeader('Degree\tCollege\tYear\tCGPA'); // true
 */
export function isEducationTableHeader(text: string): boolean {
  return headerColumns(text) !== undefined;
}

// "S.S.C.", "HSC", "10th", "XII", "Class X (CBSE)", "Intermediate": school-leaving examinations, named whole.
const schoolLeaving =
  /^(?:s\.?\s?s\.?\s?c\.?|h\.?\s?s\.?\s?c\.?|s\.?\s?s\.?\s?l\.?\s?c\.?|p\.?\s?u\.?\s?c\.?|10th|12th|x|xii|std\.?\s*(?:x|xii|10|12)|class\s+(?:x|xii|10|12)(?:th)?|matric(?:ulation)?|intermediate|higher\s+secondary|secondary|cbse|icse|isc)\b/i;

function degreeOf(cell: string): Pick<ResumeEducation, 'studyType' | 'area'> {
  const text = cell.trim();
  if (schoolLeaving.test(text)) return { studyType: text };
  const match = matchDegree(text);
  if (!match || match.index !== 0) return text === '' ? {} : { studyType: text };
  const studyType = match[0].trim();
  const rest = text.slice(match.index + match[0].length).trim();
  // "(Mechanical Design) Part Time", "in Computer Science", "- Electronics": the field, without its brackets.
  const bracketed = /^\(([^()]+)\)/.exec(rest);
  const area = (bracketed ? (bracketed[1] ?? '') : rest.replace(/^(?:in|of|[-–,:])\s*/i, '')).trim();
  return area === '' ? { studyType } : { studyType, area };
}

function datesOf(cell: string): Pick<ResumeEducation, 'startDate' | 'endDate'> {
  const years = cell.match(/\b(?:19|20)\d{2}\b/g) ?? [];
  if (years.length >= 2) return { startDate: years[0], endDate: years[years.length - 1] };
  return years[0] ? { endDate: years[0] } : {};
}

/**
 * The schools of a table with a header row, and the section's other lines (read as usual).
 *
 * @example
 * readEducationTable(toResumeLines('Degree\tInstitute\tYear\tCGPA\nB.Tech (ECE)\tNIT Trichy\t2014\t8.1 CGPA')).entries;
 * // [{ institution: 'NIT Trichy', studyType: 'B.Tech', area: 'ECE', endDate: '2014', score: '8.1 CGPA' }]
 */
export function readEducationTable(lines: readonly ResumeLine[]): { entries: ResumeEducation[]; rest: ResumeLine[] } {
  const entries: ResumeEducation[] = [];
  const rest: ResumeLine[] = [];
  let columns: Column[] | undefined;
  for (const line of lines) {
    const header = line.bullet ? undefined : headerColumns(line.text);
    if (header) {
      columns = header;
      continue;
    }
    const cells = columns && !line.bullet ? cellsOf(line.text) : [];
    if (!columns || cells.length !== columns.length) {
      if (line.text !== '') columns = undefined;
      rest.push(line);
      continue;
    }
    const cell = (column: Column) => cells[columns?.indexOf(column) ?? -1]?.trim() || undefined;
    const degree = degreeOf(cell('degree') ?? '');
    const field = cell('field');
    const entry: ResumeEducation = {
      institution: cell('institution') ?? cell('board'),
      ...degree,
      ...(field && !degree.area ? { area: field } : {}),
      ...datesOf(cell('year') ?? ''),
      score: cell('score'),
    };
    entries.push(Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)) as ResumeEducation);
  }
  return { entries, rest };
}
