/**
 * A school's name that a narrow column wrapped onto a second line: "Southwest Tennessee" / "Community
 * College", "Western Pennsylvania Carpenters" / "Training Center", "University of Ghana Business" /
 * "School, Legon", "Institute of Chartered" / "Accountants, Ghana (ICAG)". The column tells a wrap from
 * two lines of their own: a line broke there only when the next word would not fit, so the line and
 * the next line's first word together are wider than the widest line of the section.
 */
import { institutionPattern, matchDegree } from './degree-pattern.ts';
import { namesFieldOfStudy } from './field-of-study.ts';
import { findDateRange } from './find-date-range.ts';
import type { ResumeLine } from './resume-lines.ts';

// What a wrap leaves on the second line of a school's name: the school's word with the generic words
// before it and at most one name ("Community College", "Carpenters Training Center", "Center", "School,
// Legon"), or the rest of a name that ends in the school's letters ("Accountants, Ghana (ICAG)",
// "Autónoma de México (UNAM)"). A field or a name of its own ("Rakennustekniikka", "ETH Zürich") is neither.
const genericWords = String.raw`(?:Community|Technical|Technology|Training|Career|Vocational|Business|Law|Medical|Nursing|Art|Arts|Music|State|Junior|High|Grammar|Public|Regional|County|City|National|Graduate|Professional|Apprenticeship|Trade|Skills|Education)`;
const schoolTail = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’-]+\s+)?(?:${genericWords}\s+)*(?:College|School|Center|Centre|Institute|Academy|University|Polytechnic)(?:,\s*\p{Lu}[\p{L}' -]*)?$`,
  'u',
);
const nameWithLetters = /^\p{Lu}[\p{L}'’ ,-]*\s\(\p{Lu}{2,}\)$/u;
// Columns set side by side, or a label and its value: not one wrapped name.
const columnSeparator = /\t|\s\|\s/;

/**
 * Joins a school's name wrapped in a narrow column onto its first line.
 *
 * @example
 * joinSchoolWrappedInColumn(toResumeLines('Certificate, Community\nHealth Worker\nSouthwest Tennessee\nCommunity College\n2020 – 2021'));
 * // […, { text: 'Southwest Tennessee Community College', … }, { text: '2020 – 2021', … }]
 */
export function joinSchoolWrappedInColumn(lines: readonly ResumeLine[]): ResumeLine[] {
  const widest = Math.max(0, ...lines.filter((line) => !line.bullet && !columnSeparator.test(line.text)).map((line) => line.text.length));
  const joined: ResumeLine[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    if (previous && wrappedSchool(previous, line, widest)) {
      joined[joined.length - 1] = { ...previous, text: `${previous.text} ${line.text}` };
      continue;
    }
    joined.push(line);
  }
  return joined;
}

function wrappedSchool(previous: ResumeLine, line: ResumeLine, widest: number): boolean {
  const plain = (candidate: ResumeLine) =>
    candidate.text !== '' && !candidate.bullet && !candidate.markdownHeading && !columnSeparator.test(candidate.text) && findDateRange(candidate.text) === undefined;
  if (!plain(previous) || !plain(line) || !/^\p{Lu}/u.test(line.text) || line.text.split(/\s+/).length > 6) return false;
  // A line that ended its sentence or its brackets was not cut.
  if (/[.;:!?)]$/.test(previous.text) || matchDegree(previous.text) || matchDegree(line.text)) return false;
  const firstWord = line.text.split(/\s+/)[0] ?? '';
  if (previous.text.length + 1 + firstWord.length <= widest) return false;
  if (!institutionPattern.test(`${previous.text} ${line.text}`)) return false;
  // "Science and Engineering" over "Stanford University": a field's end above a school. "Forbes Road
  // Career and Technology" / "Center" is no field once the word under it makes it a school.
  if (schoolTail.test(line.text)) return institutionPattern.test(previous.text) || !institutionPattern.test(line.text) || !namesFieldOfStudy(previous.text);
  return institutionPattern.test(previous.text) && nameWithLetters.test(line.text);
}
