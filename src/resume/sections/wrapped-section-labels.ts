/**
 * "EDUCATION AND" / "2023 – 2026  Gdańsk, Poland" / "TRAINING": a form CV (Europass) prints each section's
 * label in a narrow left column beside its first entry, and a long label wraps there. Read as text, the
 * label's two halves come out a line or two apart with the entry's first line between them, and the date
 * line that sits a little higher than the label comes out above it. Each half alone is either no heading
 * ("EDUCATION AND", "JOB-RELATED") or the wrong one ("WORK" then "EXPERIENCE" opened two sections, the
 * first job's dates left in the section before). The halves are joined where together they name a section
 * exactly, and the entry's date line goes under the joined label.
 */
import { findDateRange } from './find-date-range.ts';
import { sectionNamed } from './find-sections.ts';
import type { ResumeLine } from './resume-lines.ts';

// A label's half: a word or three in capitals, no digits ("EDUCATION AND", "TRAINING", "JOB-RELATED").
const labelHalf = /^\p{Lu}[\p{Lu}\s&/-]{0,28}$/u;
// How many of the entry's lines may come out between the halves.
const maxBetween = 2;

/**
 * The lines with every wrapped label joined into one heading line.
 *
 * @example
 * joinWrappedSectionLabels(lines('WORK', 'WELDER – ACME', 'EXPERIENCE')).map((line) => line.text);
 * // ['WORK EXPERIENCE', 'WELDER – ACME']
 */
export function joinWrappedSectionLabels(lines: readonly ResumeLine[]): ResumeLine[] {
  const out = [...lines];
  for (let index = 0; index < out.length; index += 1) {
    const line = out[index] as ResumeLine;
    // "JOB-RELATED | Welding: TIG, MAG": the label's first half in its column beside the entry's first line.
    const cells = line.text.split(' | ');
    const first = cells.length > 1 ? { ...line, text: cells[0] ?? '' } : line;
    const beside = cells.length > 1 ? [{ ...line, text: cells.slice(1).join(' | ') }] : [];
    if (!isLabelHalf(first)) continue;
    for (let gap = 1; gap <= maxBetween + 1 && index + gap < out.length; gap += 1) {
      const second = out[index + gap] as ResumeLine;
      const between = out.slice(index + 1, index + gap);
      // The entry's own lines between the halves: never a blank (a new block) or a bullet (the entry's body).
      if (between.some((line) => line.text.trim() === '' || line.bullet)) break;
      if (!isLabelHalf(second)) continue;
      const joined = `${first.text.trim()} ${second.text.trim()}`;
      // Together one heading the file is known to use.
      if (!sectionNamed(joined)) continue;
      out.splice(index + gap, 1);
      out.splice(index, 1, { ...first, text: joined }, ...beside);
      // The entry's date line printed a little higher than its label belongs under it.
      const above = out[index - 1];
      if (above && isDateLine(above.text) && !above.bullet) [out[index - 1], out[index]] = [out[index] as ResumeLine, above];
      break;
    }
  }
  return out;
}

function isLabelHalf(line: ResumeLine): boolean {
  const text = line.text.trim();
  return !line.bullet && !line.markdownHeading && labelHalf.test(text) && text.split(/\s+/).length <= 3;
}

// "03/2019 – CURRENT", "10/2014 – 09/2016  Dresden, Germany": a line that starts with its dates.
function isDateLine(text: string): boolean {
  return findDateRange(text)?.index === 0;
}
