/**
 * Schools a theme sets side by side in a grid: the text of such a page reads across the row, so
 * each line holds one cell of every entry ("University of A ⇥ University of B" / "2011 – 2015 ⇥
 * 2016 – 2018" / "BSc Physics ⇥ MSc Optics"). Read down each column instead, one entry after another.
 */
import { institutionPattern } from './degree-pattern.ts';
import type { ResumeLine } from './resume-lines.ts';

const cellSeparator = /\s+\|\s+/;

/**
 * The lines with every block of side-by-side entries read column by column: a row whose cells
 * each name a school, followed by rows of as many cells, becomes one entry a column, a blank line
 * between them.
 *
 * @example
 * entriesSideBySide(toResumeLines('University of A\tUniversity of B\nBSc\tMSc')).map((line) => line.text);
 * // ['University of A', 'BSc', '', 'University of B', 'MSc']
 */
export function entriesSideBySide(lines: readonly ResumeLine[]): ResumeLine[] {
  const out: ResumeLine[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as ResumeLine;
    const heads = line.text.split(cellSeparator);
    if (line.bullet || heads.length < 2 || !heads.every((cell) => institutionPattern.test(cell))) {
      out.push(line);
      continue;
    }
    let end = index + 1;
    while (end < lines.length && !lines[end]?.bullet && lines[end]?.text.split(cellSeparator).length === heads.length) end++;
    if (end === index + 1) {
      out.push(line);
      continue;
    }
    const rows = lines.slice(index, end).map((row) => row.text.split(cellSeparator));
    heads.forEach((_, column) => {
      if (column > 0) out.push({ text: '', bullet: false, markdownHeading: false });
      for (const row of rows) out.push({ text: row[column] ?? '', bullet: false, markdownHeading: false });
    });
    index = end - 1;
  }
  return out;
}
