/**
 * A skills table read as text: "Area | Tools and methods" over "Assessment | Rubrics, exit tickets",
 * or "Skill | Level" over "Python | Advanced" (Markdown pipes, a PDF's column gaps and a DOCX's table
 * cells all reach the reader as " | "). The header row names the columns, not skills, and a row
 * under a level column is one skill with its level.
 */
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
export function readSkillTable(lines: readonly ResumeLine[]): ResumeLine[] {
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
