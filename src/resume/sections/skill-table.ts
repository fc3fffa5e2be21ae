/**
 * A skills table read as text: "Area | Tools and methods" over "Assessment | Rubrics, exit tickets",
 * "Skill | Level" over "Python | Advanced", or categories over their columns ("Clinical | Systems &
 * data" over "Wound care | Epic EHR") (Markdown pipes, a PDF's column gaps and a DOCX's table cells
 * all reach the reader as " | "). The header row names the columns, not skills; a row under a level
 * column is one skill with its level; under categories, each column is its category's list.
 */
import type { SkillVocabulary } from '../skill-vocabulary.ts';
import { isLabel } from './find-skill-category.ts';
import { isKnownSkill } from './known-skills.ts';
import type { ResumeLine } from './resume-lines.ts';

// Words that name a table's columns: what each row is, and how well it is known.
const columnWords = new Set([
  'area', 'areas', 'category', 'categories', 'skill', 'skills', 'skillset', 'set', 'competency', 'competencies', 'domain', 'domains',
  'tool', 'tools', 'method', 'methods', 'technology', 'technologies', 'software', 'platforms', 'examples', 'details', 'keywords',
  'level', 'proficiency', 'rating', 'years', 'experience', 'expertise', 'used', 'and', '&', '/', 'of', 'type', 'focus',
]);
// At least one column is named by one of these, so "Languages | Tools" over two lists stays two groups.
const rowNames = /^(?:area|areas|category|categories|skill|skills|skill\s+set|skillset|competency|competencies|domain|domains|type|focus(?:\s+area)?)$/i;
const levelColumn = /^(?:level|proficiency|rating|years(?:\s+of\s+experience)?|experience|expertise)$/i;

/**
 * The lines of a Skills section with a table's header row dropped and the rows under a level
 * column written as "Skill (Level)".
 *
 * @example
 * readSkillTable(toResumeLines('Skill | Level\nPython | Advanced')).map((line) => line.text); // ['Python (Advanced)']
 */
export function readSkillTable(lines: readonly ResumeLine[], vocabulary?: SkillVocabulary): ResumeLine[] {
  return readLevelColumns(vocabulary ? readCategoryColumns(lines, vocabulary) : lines);
}

// Words that name a group of skills, as a table's header cell does: "Clinical", "Systems & data".
const groupWords =
  /^(?:clinical|technical|technology|systems?|data|tools?|software|digital|languages?|frameworks?|platforms?|cloud|leadership|management|people|soft|interpersonal|professional|personal|communication|business|analytics?|design|engineering|safety|quality|compliance|finance|marketing|sales|operations|methods?|practice|care|patient|core|other|working|ways|teaching|research|admin(?:istration)?|office|creative|trade|kitchen|craft)$/i;

/**
 * "Clinical | Systems & data | Ways of working" over rows of as many cells: a header row of
 * category names (labels that name no skill, one of them at least named with a group's word or
 * joined by "&" or "and") over two rows or more that end the list; each column becomes
 * "Category: item, item".
 */
function readCategoryColumns(lines: readonly ResumeLine[], vocabulary: SkillVocabulary): ResumeLine[] {
  const cellsOf = (line: ResumeLine | undefined) => (line === undefined || line.bullet ? [] : line.text.split(/\s+\|\s+|\s+\|$/).map((cell) => cell.trim()));
  const result: ResumeLine[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const header = cellsOf(line);
    const rows: string[][] = [];
    while (isCategoryRow(header, vocabulary) && cellsOf(lines[index + 1 + rows.length]).length === header.length) rows.push(cellsOf(lines[index + 1 + rows.length]));
    // A table's rows end the list (or a blank line does); a grid whose cells wrapped ("Financial" over
    // "modelling", a cell's last word left on a line of its own under the rows) is read as it was.
    const after = lines[index + 1 + rows.length];
    const whole = (after === undefined || after.text === '') && rows.every((row) => row.every((cell) => !/^\p{Ll}/u.test(cell)));
    if (rows.length < 2 || !whole) {
      result.push(line);
      continue;
    }
    header.forEach((name, column) => {
      const items = rows.map((row) => row[column] ?? '').filter((item) => item !== '');
      const joiner = items.some((item) => item.includes(',')) ? '; ' : ', ';
      if (items.length > 0) result.push({ ...line, text: `${name}: ${items.join(joiner)}` });
    });
    index += rows.length;
  }
  return result;
}

function isCategoryRow(cells: readonly string[], vocabulary: SkillVocabulary): boolean {
  if (cells.length < 2 || cells.length > 4 || isHeaderRow(cells)) return false;
  if (!cells.every((cell) => isLabel(cell) && !isKnownSkill(cell, vocabulary))) return false;
  return cells.some((cell) => /\s(?:&|and)\s/i.test(cell) || cell.split(/\s+/).some((word) => groupWords.test(word)));
}

function readLevelColumns(lines: readonly ResumeLine[]): ResumeLine[] {
  const result: ResumeLine[] = [];
  let levelAt: number | undefined;
  let width = 0;
  for (const line of lines) {
    const cells = line.bullet ? [] : line.text.split(/\s+\|\s+/).map((cell) => cell.trim());
    if (cells.length >= 2 && cells.length <= 4 && isHeaderRow(cells)) {
      levelAt = cells.findIndex((cell) => levelColumn.test(cell));
      width = cells.length;
      if (levelAt <= 0) levelAt = undefined;
      continue;
    }
    if (levelAt !== undefined && cells.length === width) {
      const level = cells[levelAt];
      const rest = cells.filter((_cell, index) => index !== levelAt);
      result.push({ ...line, text: `${rest.join(' | ')} (${level})` });
      continue;
    }
    if (line.text !== '' && cells.length !== width) levelAt = undefined;
    result.push(line);
  }
  return result;
}

function isHeaderRow(cells: readonly string[]): boolean {
  const words = (cell: string) => cell.toLowerCase().split(/\s+/);
  return (
    cells.some((cell) => rowNames.test(cell)) &&
    cells.every((cell) => cell !== '' && words(cell).length <= 4 && words(cell).every((word) => columnWords.has(word.replace(/:$/, ''))))
  );
}
