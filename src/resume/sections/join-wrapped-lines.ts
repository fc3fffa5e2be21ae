/**
 * Rejoins lines that a PDF or a narrow column wrapped: a line whose first word is lower case
 * ("second at peak", not "iOS Engineer"), one that follows a line ending in a comma, a conjunction
 * or, unless a header block starts there, a preposition or article ("…used by" / "120 people"),
 * or one that follows a bullet line which filled the column's width and did not end its sentence
 * ("…for merchants on" / "Stripe Connect and Klarna") continues the line before it.
 * A header whose name wrapped in its cell beside the dates ("Tutor at University of    2019 – 2021" /
 * "Iceland") gets the rest of the name back in that cell.
 */
import { endsWithRoleWord, isLocationLike, isOrganisationLike, isTitleLike } from './classify-entry-part.ts';
import { institutionPattern, matchDegree } from './degree-pattern.ts';
import { findDateRange } from './find-date-range.ts';
import type { ResumeLine } from './resume-lines.ts';

export interface EntryLine {
  text: string;
  bullet: boolean;
  /** A Markdown heading (`### Senior Engineer — Acme`): it starts an entry of its own. */
  heading?: boolean;
}

/** A line this close to the widest line of its section filled the column: the text wrapped. */
const fullWidth = 0.8;

/**
 * Joins wrapped continuation lines onto the line they continue. With `entriesAreDated` (work
 * history, where every entry's header carries dates), a capitalised line under a bullet that
 * filled the column joins it too; elsewhere (projects) such a line may be the next undated header.
 *
 * @example
 * joinWrappedLines(toResumeLines('• Designed the service, handling 50k requests per\nsecond at peak'));
 * // [{ text: 'Designed the service, handling 50k requests per second at peak', bullet: true }]
 */
export function joinWrappedLines(
  lines: readonly ResumeLine[],
  options: { entriesAreDated?: boolean; startsOwnItem?: (previous: string, line: string) => boolean } = {},
): EntryLine[] {
  const joined: EntryLine[] = [];
  const widest = Math.max(0, ...lines.map((line) => line.text.length));
  // The physical line the last joined item ends with: whether it reached the margin.
  let lastLine: ResumeLine | undefined;
  for (const [index, line] of lines.entries()) {
    const previous = joined[joined.length - 1];
    const candidate =
      previous !== undefined &&
      previous.text !== '' &&
      line.text !== '' &&
      !line.bullet &&
      !line.markdownHeading &&
      !/[.!?:]$/.test(previous.text) &&
      (findDateRange(line.text) === undefined || yearInSentence(previous, line.text));
    // A degree written in lower case ("mgr inż.", "cand.merc.") starts its own line.
    const lowerOrLinked =
      (/^(?:\p{Ll}+(?=[\s,.;:)'’]|$)|[(&])/u.test(line.text) && matchDegree(line.text)?.index !== 0 && !(previous && options.startsOwnItem?.(previous.text, line.text))) || /(?:[,&/-]|\b(?:and|or|the|of|to|with))$/.test(previous?.text ?? '') ||
      // "The University of Texas at" / "Austin": a name cut inside a narrow column.
      (previous?.bullet === false && /\s(?:at|for|de|del|di|du|von|van|für)$/u.test(previous.text));
    const following = lines.slice(index + 1, index + 3);
    // "…a dbt model used by" / "120 people in purchasing": a sentence cut after a preposition or an
    // article goes on, unless the line starts the next entry's header block.
    // A line that starts with a figure ("91% to 96%", "40 trucks a day") starts no header.
    const cutAfterFunctionWord =
      /\b(?:a|an|by|for|in|on|at|from)$/.test(previous?.text ?? '') && (!startsHeaderBlock(following) || /^[$€£]?\d[\d.,]*(?:%|[kKmM]\b)?(?:\s+\p{Ll}|\s*$)/u.test(line.text));
    // "MSc, Computing (Artificial" / "Intelligence and Machine" / "Learning)": a bracket the column
    // wrapped before closing it goes on.
    const openBracket = (previous?.text.split('(').length ?? 0) > (previous?.text.split(')').length ?? 0);
    const continues =
      candidate &&
      (lowerOrLinked ||
        openBracket ||
        cutAfterFunctionWord ||
        (options.entriesAreDated === true &&
          (continuesFullBullet(previous, lastLine, line, following, widest) ||
            continuesWrappedTitle(previous, line, following) ||
            continuesDashedHeader(previous, joined[joined.length - 2], line, following, widest))));
    const cell = candidate && previous ? headerCellWithContinuation(previous.text, line.text) : undefined;
    if (cell !== undefined && previous) previous.text = cell;
    else if (previous && !line.bullet && endOfWrappedHeader(previous, line.text, options.entriesAreDated === true ? widest : undefined)) previous.text = joinWords(previous.text, line.text);
    else if (continues) previous.text = joinWords(previous.text, line.text);
    else joined.push(line.markdownHeading ? { text: line.text, bullet: line.bullet, heading: true } : { text: line.text, bullet: line.bullet });
    lastLine = line;
  }
  return joined;
}

// "…zero fines in" / "2023", "…with the" / "customs broker; zero fines in 2023": one date (no range,
// not "present") that a bullet's sentence goes on into is part of it, not the next entry's dates.
function yearInSentence(previous: EntryLine, line: string): boolean {
  const range = findDateRange(line);
  if (!range || range.present || range.startDate !== range.endDate) return false;
  const afterFunctionWord = /\b(?:in|since|by|until|from|of|during|before|after|through|to|for|on|the|and|with)$/i.test(previous.text);
  const bare = range.match.trim().length >= line.trim().length - 1;
  if (bare) return previous.bullet && afterFunctionWord;
  // "…students absent during the" / "2017 strike.": the sentence goes on into a line that opens with its year.
  if (range.index === 0 && afterFunctionWord && /^\s*\p{Ll}/u.test(line.slice(range.match.length))) return true;
  return /^\p{Ll}/u.test(line) && (afterFunctionWord || /[,;]$/.test(previous.text));
}

// "Tallbacka Kommun" / "IT Technician" / "2014 – 2016": the next line or the one after it carries an entry's dates.
function startsHeaderBlock(following: readonly ResumeLine[]): boolean {
  const [next, afterNext] = following;
  const dated = (candidate: ResumeLine | undefined) => candidate !== undefined && !candidate.bullet && findDateRange(candidate.text) !== undefined;
  return dated(next) || (next !== undefined && !next.bullet && next.text.split(/\s+/).length <= 8 && dated(afterNext));
}

// A capitalised line under a bullet that ran to the margin without ending its sentence continues
// that bullet, unless it reads as the next entry's header: a title, an employer or a place on a
// short line, or a line whose next line carries the entry's dates.
function continuesFullBullet(
  previous: EntryLine,
  lastLine: ResumeLine | undefined,
  line: ResumeLine,
  following: readonly ResumeLine[],
  widest: number,
): boolean {
  if (!previous.bullet || !lastLine || widest < 40) return false;
  if (lastLine.text.length < widest * fullWidth || /;$/.test(previous.text)) return false;
  const short = (text: string) => text.split(/\s+/).length <= 8;
  if (startsHeaderBlock(following)) return false;
  const [next] = following;
  // Between two bullets, an undated line is no entry's header.
  if (next?.bullet) return true;
  return !(short(line.text) && (isTitleLike(line.text) || isOrganisationLike(line.text) || isLocationLike(line.text)));
}

// "Backend Engineer, Payments" / "Platform" / "Kestrel Labs" / "Jun 2018 – Feb 2021": a stacked
// header has a title and an employer above its dates, so a word or two between a title with a
// qualifier and the employer is the end of the title, wrapped.
function continuesWrappedTitle(previous: EntryLine, line: ResumeLine, following: readonly ResumeLine[]): boolean {
  const [employer, dates] = following;
  if (previous.bullet || !previous.text.includes(',') || !endsWithRoleWord(previous.text.split(',')[0] ?? '')) return false;
  const words = line.text.split(/\s+/);
  if (words.length > 2 || !words.every((word) => /^\p{Lu}/u.test(word)) || isLocationLike(line.text) || isTitleLike(line.text)) return false;
  if (!employer || employer.bullet || employer.text === '' || findDateRange(employer.text) !== undefined) return false;
  if (!dates || dates.bullet) return false;
  // The dates stand alone on their line.
  const range = findDateRange(dates.text);
  return range !== undefined && range.match.length >= dates.text.trim().length - 2;
}

// "Head of Science — Westbrook" / "Collegiate Institute, Eastgate District School Board" / "2019 – Present":
// a header that already has its title and its employer on either side of a dash wrapped inside the
// employer's name, so the short line between it and its dates (or under it, where the dates come
// first) is the rest of the name, not a second employer, a place or a highlight.
function continuesDashedHeader(previous: EntryLine, beforePrevious: EntryLine | undefined, line: ResumeLine, following: readonly ResumeLine[], widest: number): boolean {
  if (previous.bullet || previous.heading || findDateRange(previous.text) !== undefined) return false;
  // "Forklift Driver — DSV" / "Solutions, Venlo": letters in capitals after the dash open a name the
  // line goes on with when it opens with a business word ("Staff Nurse – NICU" over "Harbour Hospital" names a ward).
  const acronymName = isOrganisationLike(line.text.split(/[\s,]+/)[0] ?? '');
  if (!isDashedHeader(previous.text, acronymName) || !(ranToEdge(previous.text, line.text, widest) || opensWithKindOfBody(line.text))) return false;
  const words = line.text.split(/\s+/);
  if (words.length > 8 || !/^\p{Lu}/u.test(line.text) || /[.!?;]$/.test(line.text) || isTitleLike(line.text)) return false;
  if (readsAsPlace(line.text)) return false;
  const dated = (candidate: { text: string; bullet: boolean } | undefined) => candidate !== undefined && !candidate.bullet && findDateRange(candidate.text) !== undefined;
  const [next] = following;
  if (dated(next)) return true;
  // Dates first: "Sep 2019 – Present" / "Head of Science — Westbrook" / "Collegiate Institute, …".
  return dated(beforePrevious) && isOrganisationLike(line.text);
}

// "Head of Mathematics — Westbrook": a title, a dash, and an employer ("Staff Nurse – NICU" names a ward).
function isDashedHeader(text: string, acronymName = false): boolean {
  const sides = text.split(/\s[–—]\s|\s-\s|\s\|\s/u);
  const after = sides[1]?.trim() ?? '';
  return sides.length === 2 && isTitleLike(sides[0]?.trim() ?? '') && after !== '' && (acronymName || !/^\p{Lu}{2,5}$/u.test(after));
}

// The header's line was cut because the next word did not fit: with it, it would have been about as
// long as the section's widest line (a heading's larger type holds fewer letters than the bullets').
function ranToEdge(previous: string, line: string, widest: number): boolean {
  const nextWord = line.split(/\s+/)[0] ?? '';
  return widest >= 40 && previous.length + 1 + nextWord.length >= widest * 0.75;
}

// Words that say what kind of body an employer is, and none of its own name: "Secondary School, …",
// "Collegiate Institute, …", "Foundation", "District School Board" cannot open an employer's name.
const kindOfBody = new Set([
  'institute', 'school', 'schools', 'secondary', 'elementary', 'primary', 'public', 'collegiate', 'college', 'university', 'board', 'district',
  'foundation', 'services', 'service', 'centre', 'center', 'hospital', 'clinic', 'council', 'association', 'society', 'trust', 'group',
  'company', 'corporation', 'department', 'office', 'agency', 'authority', 'academy', 'library', 'museum', 'ministry', 'network',
  'partners', 'health', 'care', 'community', 'regional', 'national', 'international', 'catholic', 'municipal', 'county', 'city', 'of', 'for',
  'and', '&', 'the', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'limited',
]);

function opensWithKindOfBody(line: string): boolean {
  const words = (line.split(',')[0] ?? '').trim().toLowerCase().split(/\s+/);
  return words.length <= 4 && /^\p{Lu}/u.test(line) && words.every((word) => kindOfBody.has(word));
}

// "Toronto, ON", "Hamilton, Ontario": a town and its region, which a header's second line often is.
function readsAsPlace(text: string): boolean {
  const parts = text.split(',').map((part) => part.trim());
  // "Logistics Services, Rotterdam": the rest of a name, with the place after it.
  if (isOrganisationLike(parts[0] ?? '')) return false;
  if (isLocationLike(text)) return true;
  return parts.length === 2 && parts.every((part) => part !== '' && part.split(/\s+/).length <= 3 && !isOrganisationLike(part));
}

// "Kestrel School, Teacher of Biology and" / "Chemistry    2015 – Present": a header wrapped before
// the dates beside it; the last words of its name or title come back with the dates.
function endOfWrappedHeader(previous: EntryLine, line: string, widest?: number): boolean {
  if (previous.bullet || previous.text === '' || findDateRange(previous.text) !== undefined) return false;
  const range = findDateRange(line);
  if (!range || (!range.present && range.startDate === range.endDate) || range.index === 0) return false;
  const rest = line.slice(0, range.index).replace(/[\s|,–—-]+$/u, '');
  // "Curriculum Consultant — Eastgate School Board, Student" / "Achievement Services    Sep 2018 – Present".
  const dashedRest = widest !== undefined && isDashedHeader(previous.text) && (ranToEdge(previous.text, rest, widest) || opensWithKindOfBody(rest)) && isOrganisationLike(rest) && !readsAsPlace(rest) && !isTitleLike(rest);
  if ((!dashedRest && !/(?:,|\s(?:and|of|for|in|&))$/u.test(previous.text)) || previous.text.split(/\s+/).length > 14) return false;
  return rest !== '' && rest.split(/\s+/).length <= 3 && range.index + range.match.length >= line.trimEnd().length - 1;
}

/**
 * Two pieces of one line broken by a wrap. A word broken at its hyphen rejoins without a space:
 * a compound keeps its hyphen ("Mid-" / "Market", "dead-" / "letter"), a word hyphenated to fit
 * ("manage-" / "ment") loses it.
 *
 * @example
 * joinWords('Ludwig-Maximilians-', 'Universität München'); // 'Ludwig-Maximilians-Universität München'
 */
export function joinWords(before: string, after: string): string {
  // "Grades 1–" / "3)": a range of numbers wrapped at its dash.
  if (/\d[-–—]$/.test(before) && /^\d/.test(after)) return `${before}${after}`;
  if (!/\p{L}-$/u.test(before)) return `${before} ${after}`;
  const next = /^\p{L}+/u.exec(after)?.[0] ?? '';
  const wordEnding = /^(?:ment|ments|tion|tions|sion|ing|ings|ity|ness|ance|ence|able|ible|ly|ed|er|ers|al|ive|ous|ure|ist)$/;
  const hyphenated = /^\p{Ll}/u.test(after) && (next.length <= 2 || wordEnding.test(next));
  return hyphenated ? `${before.slice(0, -1)}${after}` : `${before}${after}`;
}

// Words that stay lower case inside a name ("University of Texas at Austin", "Universidad de Vigo").
const nameJoiners = new Set([
  'of', 'and', 'at', 'the', 'for', 'in', 'de', 'del', 'di', 'da', 'do', 'du', 'des', 'la', 'le', 'y', 'e', 'von', 'van', 'der', 'für', 'z', '&',
  // "Universität zu Köln", "Zespół Szkół nr 2 we Wrocławiu", "Hochschule für Technik und Wirtschaft".
  'zu', 'und', 'am', 'an', 'nr', 'w', 'we', 'im',
]);

// "Teaching Assistant at University of    Sept 2023 – Jun 2025" / "Washington": the header's cell
// wrapped beside its dates, so the next line finishes the employer's (or school's) name. The
// header is the new text with the name in its cell, or undefined when the line is not its rest.
function headerCellWithContinuation(previous: string, line: string): string | undefined {
  const range = findDateRange(previous);
  if (!range || range.present === false && range.startDate === range.endDate) return undefined;
  if (range.index + range.match.length < previous.trimEnd().length) return undefined;
  const cell = previous.slice(0, range.index).replace(/[\s|]+$/u, '');
  if (cell === '') return undefined;
  // "Stanford University — B.S. Physics, 2012–2016" / "Columbus State Community College": a school
  // named whole under a header that names one is the next school, whatever the comma before the dates.
  if (/,$/.test(cell) && institutionPattern.test(line) && institutionPattern.test(cell)) return undefined;
  const linked = /(?:[,&-]|\s(?:of|and|at|the|for|de|del|di|da|du|des|von|van|der|für))$/iu.test(cell);
  // "… at" on either line: the header names both the role and where, and the wrap falls inside.
  // The "at" inside a school's name ("The University of Texas at Austin") splits nothing.
  const beforeAt = cell.split(/\s(?:at|@)\s/u)[0] ?? '';
  const atInCell = /\s(?:at|@)\s/u.test(cell) && !(institutionPattern.test(beforeAt) && matchDegree(beforeAt)?.index !== 0);
  const atEither = atInCell || /\s(?:at|@)\s\p{Lu}/u.test(line);
  // "Charge Nurse — Riverside University NHS    Jan 2021 – Present" / "Foundation Trust, Kendal, UK": a
  // "Title — Employer" cell cut inside the employer's name, the next line opening with what kind of body it is.
  const dashedRest = isDashedHeader(cell) && opensWithKindOfBody(line);
  if (!linked && !atEither && !dashedRest) return undefined;
  const words = line.split(/\s+/);
  const nameLike = words.length <= 8 && /^\p{Lu}/u.test(line) && words.every((word) => /^[\p{Lu}\d]/u.test(word) || nameJoiners.has(word.toLowerCase()));
  // A place under a header is where the job was, unless the name is a school's, which takes
  // its town ("Technische Hochschule" / "Ingolstadt").
  const school = institutionPattern.test(cell.split(/\s(?:at|@)\s/u).at(-1) ?? '') && !cell.toLowerCase().includes(line.toLowerCase());
  if (!nameLike || (!linked && !school && isLocationLike(line))) return undefined;
  // A degree or a job title under the header starts its second line, not the rest of a name,
  // unless the name was cut at a small word ("The Guild of" / "Certified Accountants").
  const cutAtWord = /\s(?:of|and|the|for|de|del|di|da|du|des|von|van|der|für)$/iu.test(cell);
  if (matchDegree(line) || (isTitleLike(line) && !cutAtWord)) return undefined;
  return `${joinWords(cell, line)} | ${range.match}`;
}
