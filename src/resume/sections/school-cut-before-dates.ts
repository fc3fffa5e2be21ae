/**
 * A school's name cut at a joining word beside the dates that close its line, the rest of the name
 * on the line under it: "MBA Finance at Northmoor University of Science and ⇥ Jan 2022 - Current" /
 * "Technology (NUST), Kestrel". A theme that prints "Degree at School" with the dates on the right
 * wraps a long name so; the rest of the name belongs before the dates, not after them.
 */
import { institutionPattern, matchDegree } from './degree-pattern.ts';
import { findDateRange } from './find-date-range.ts';
import type { ResumeLine } from './resume-lines.ts';

// A name never ends with a small joining word, in the languages schools are named in.
const cutAtJoiner = /\s(?:of|for|and|&|de|del|da|do|dos|das|di|du|des|der|für|und|et|la|y|e|van|voor|i)$/iu;

/**
 * Moves the rest of a school's name, wrapped onto the next line, in front of the dates beside its start.
 *
 * @example
 * joinSchoolCutBeforeDates(toResumeLines('MBA at Institute of\tJan 2022 - Current\nManagement Kestrel'));
 * // [{ text: 'MBA at Institute of Management Kestrel\tJan 2022 - Current', … }]
 */
export function joinSchoolCutBeforeDates(lines: readonly ResumeLine[]): ResumeLine[] {
  const joined: ResumeLine[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as ResumeLine;
    const next = lines[index + 1];
    const range = line.bullet ? undefined : findDateRange(line.text);
    if (!range || !next || next.bullet || next.markdownHeading || !restOfName(next.text)) {
      joined.push(line);
      continue;
    }
    const before = line.text.slice(0, range.index);
    // The dates may stand after a tab read as a bar: "…Institute of | Nov 2016 - Jun 2019".
    const name = before.replace(/[\s|–—-]+$/u, '');
    const after = line.text.slice(range.index + range.match.length).trim();
    // The school is what follows the degree's "at", a dash or a bar; it must hold a school's word.
    const school = name.split(/\s(?:at|@)\s|\s[|–—-]\s|\|/u).at(-1) ?? '';
    if (after !== '' || !cutAtJoiner.test(name) || !institutionPattern.test(school)) {
      joined.push(line);
      continue;
    }
    joined.push({ ...line, text: `${name} ${next.text.trim()}${before.slice(name.length)}${line.text.slice(range.index)}` });
    index++;
  }
  return joined;
}

// The rest of a name opens with a capital and holds neither dates nor a degree of its own.
function restOfName(text: string): boolean {
  return /^\p{Lu}/u.test(text) && findDateRange(text) === undefined && matchDegree(text)?.index !== 0;
}
