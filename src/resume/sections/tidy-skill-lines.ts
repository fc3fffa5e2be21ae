/**
 * The lines of a Skills section made ready to read: a job the text order put after the
 * heading is cut off, years on a skill dropped, and an item a narrow column wrapped rejoined.
 */
import { findSkillNames } from '../skill-tokenizer.ts';
import type { SkillVocabulary } from '../skill-vocabulary.ts';
import { findDateRange } from './find-date-range.ts';
import { levelWords } from './find-skill-category.ts';
import { joinWrappedLines, type EntryLine } from './join-wrapped-lines.ts';
import { isKnownSkill, listsKnownSkill } from './known-skills.ts';
import type { ResumeLine } from './resume-lines.ts';
import { listSeparator, splitListItems } from './split-list-items.ts';

/**
 * The section's lines, wrapped lines joined, with no entry and no date range left in them.
 *
 * @example
 * tidySkillLines(toResumeLines('Go, Rust, Pipeline\nManagement, Helm\nAcme Ltd\n2019 - 2021'), loadSkillVocabulary());
 * // [{ text: 'Go, Rust, Pipeline Management, Helm', bullet: false }]
 */
export function tidySkillLines(lines: readonly ResumeLine[], vocabulary: SkillVocabulary, isGroupHeading: (line: EntryLine) => boolean = () => false): EntryLine[] {
  const startsOwnItem = (previous: string, line: string) => groupLabelled.test(line) || lowerNameOfItsOwn(previous, line, vocabulary);
  return joinWrappedItems(beforeFirstEntry(joinWrappedLines(joinWrappedCells(lines), { startsOwnItem }), vocabulary), vocabulary, isGroupHeading);
}

// "gute Kenntnisse: Cypress, Jest", "basic knowledge: | Docker": a group's label in small letters, its
// colon and its list is a row of its own, never the rest of the list above.
const groupLabelled = /^\p{L}[^,:;|()]{1,40}:\s*(?:\|\s*)?\S/u;

/**
 * "NumPy" / "scikit-learn" / "statsmodels": in a list of one name a line, a name written in small
 * letters is a name of its own under a name shaped like a tool's (in small letters, with a capital
 * inside or a digit), where no narrow column cut a phrase before its small-letter end
 * ("Stakeholder" / "management", "Inquiry-based" / "learning" stay one).
 */
function lowerNameOfItsOwn(previous: string, line: string, vocabulary: SkillVocabulary): boolean {
  if (/\s/.test(previous) || /\s/.test(line) || /[,;:&/+-]/.test(previous.slice(-1)) || previous.includes('/')) return false;
  const toolShaped = /^\p{Ll}/u.test(previous) || /\p{Ll}\p{Lu}/u.test(previous) || /\d/.test(previous);
  return toolShaped && !isKnownSkill(`${previous} ${line}`, vocabulary);
}

/**
 * Rejoins a cell of a grid that a narrow column wrapped: grids fill their rows from the left, so a
 * line of one cell between rows of several is the rest of a cell above it when that cell ends in a
 * word that needs another ("Rhino +" / "Grasshopper", "Health and" / "Safety"). Elsewhere a word
 * alone there may be a label, or the rest of either cell.
 */
function joinWrappedCells(lines: readonly ResumeLine[]): ResumeLine[] {
  const cells = (line: ResumeLine | undefined) => (line === undefined || line.text === '' ? [] : line.text.split(/\s+\|\s+/));
  const joined: ResumeLine[] = [];
  for (const [index, line] of lines.entries()) {
    const previous = joined.at(-1);
    const above = cells(previous);
    if (previous && above.length >= 2 && cells(line).length === 1 && cells(lines[index + 1]).length >= 2 && !line.bullet) {
      const at = above.findIndex((cell) => /\s(?:[+&/]|and|of|for|in|with)$/iu.test(cell));
      if (at !== -1) {
        previous.text = above.map((cell, cellIndex) => (cellIndex === at ? `${cell} ${line.text}` : cell)).join(' | ');
        continue;
      }
    }
    joined.push({ ...line });
  }
  return joined;
}

/**
 * The lines before a job or a school that the text order put after the Skills heading (a
 * sidebar read before the main column): a dated line that names no skill starts an entry, with
 * the plain lines just above it ("Fastly Inc." / "Site Reliability Engineer" / "03/2019 - 11/2022"),
 * and all after it is that entry's. A dated line that names a skill only loses its dates.
 */
function beforeFirstEntry(lines: readonly EntryLine[], vocabulary: SkillVocabulary): EntryLine[] {
  const namesAny = (text: string) => findSkillNames(text, vocabulary, { skillsContext: true }).length > 0;
  // "Eurocode 2, DIN EN" / "1992" or "1992, ISO 9001": a number first under a list line cut inside an item ends that item.
  const endsItem = (index: number) => /^\d{1,4}(?:$|\s*[,;•·])/.test(lines[index]?.text ?? '') && wrapsNumber(lines[index - 1], vocabulary);
  const entry = lines.findIndex((line, index) => skillDateRange(line.text) !== undefined && !namesAny(line.text) && !endsItem(index));
  const kept = entry === -1 ? [...lines] : lines.slice(0, entry);
  if (entry !== -1) {
    for (let header = 0; header < 2; header++) {
      const last = kept[kept.length - 1];
      if (!last || last.text === '' || last.bullet || listSeparator.test(last.text) || namesAny(last.text)) break;
      kept.pop();
    }
  }
  return kept.flatMap((line, index) => {
    const range = endsItem(index) ? undefined : skillDateRange(line.text);
    if (!range) return [line];
    // "Kotlin (2018 - 2024)": the skill stays, its years go.
    const text = `${line.text.slice(0, range.index)}${line.text.slice(range.index + range.match.length)}`.replace(/\(\s*\)|[\s,;|–—-]+$/g, '').trim();
    return text === '' ? [] : [{ ...line, text }];
  });
}

// The list line above ends in a name that is no skill without its number ("DIN EN", not "Go").
function wrapsNumber(above: EntryLine | undefined, vocabulary: SkillVocabulary): boolean {
  if (!above || !listSeparator.test(above.text) || !/\p{L}$/u.test(above.text)) return false;
  return !isKnownSkill(splitListItems(above.text).at(-1) ?? '', vocabulary);
}

/**
 * A date range in a skills line, but not a year that is part of a name: "DIN EN 1992",
 * "SQL Server 2019", "Office 2021" name a standard or a version, where "Kotlin (2018 - 2024)",
 * "Python 2015 – present" and "since 2019" date the skill.
 *
 * @example
 * skillDateRange('SQL Server 2019'); // undefined
 */
export function skillDateRange(text: string): ReturnType<typeof findDateRange> {
  const range = findDateRange(text);
  if (!range || range.present || range.startDate !== range.endDate || !/^\d{4}$/.test(range.match)) return range;
  const before = text.slice(0, range.index);
  // "ISO 9001:2015", "NOM-220-SSA1-2016": a year joined to a code by a colon or hyphen is the code's edition.
  if (/[\p{L}\d][:-]$/u.test(before) && /[\p{L}\d][\p{L}\d]*[:-]$/u.test(before.split(/\s/).at(-1) ?? '')) return undefined;
  return /\p{L}\s+$/u.test(before) && !/\b(?:since|in|from|until|to|seit|desde|od|depuis)\s+$/iu.test(before) ? undefined : range;
}

/**
 * Rejoins a comma list that a narrow column wrapped inside an item: a list line that does not
 * end with its separator broke inside its last item ("Salesforce, MEDDIC, Pipeline" /
 * "Management, Google Analytics").
 */
function joinWrappedItems(lines: readonly EntryLine[], vocabulary: SkillVocabulary, isGroupHeading: (line: EntryLine) => boolean): EntryLine[] {
  const joined: EntryLine[] = [];
  for (const [index, line] of lines.entries()) {
    const previous = joined[joined.length - 1];
    // The line above as printed: a wrapped remainder ("Instruction") is no list of its own.
    const printed = lines[index - 1];
    // "Ontario Curriculum (Grades 9–" / "12), …": a bracket left open goes on below.
    if (previous && line.text !== '' && !line.bullet && openBracket(previous.text)) previous.text = `${previous.text}${/[–—-]$/.test(previous.text) ? '' : ' '}${line.text}`;
    else if (previous && printed && !isGroupHeading(line) && wrapsInsideItem(printed, line, vocabulary) && !headsList(line, lines[index + 1], lines[index + 2])) previous.text = `${previous.text} ${line.text}`;
    else joined.push({ ...line });
  }
  return joined;
}

// "…, Wound care, Post-operative care" / "Systems" / "Epic, Pyxis": a line with no list of its own
// over a list is that list's label, not the end of the item above ("Technical: Python, Arduino" has its own).
// So is "Finance" over its level ("Advanced") over its list.
function headsList(line: EntryLine, next: EntryLine | undefined, after: EntryLine | undefined): boolean {
  if (next !== undefined && levelWords.test(next.text.trim()) && after !== undefined) return headsList(line, after, undefined);
  // "Curriculum" / "Ontario Curriculum (Grades 9–" / "12), IB MYP": the list under it wrapped inside a bracket.
  if (next !== undefined && after !== undefined && openBracket(next.text)) return headsList(line, { ...next, text: `${next.text} ${after.text}` }, undefined);
  return next !== undefined && !next.bullet && !listSeparator.test(line.text) && listSeparator.test(next.text) && !/^[^:,]{2,40}:\s*\S/.test(next.text);
}

function wrapsInsideItem(previous: EntryLine, line: EntryLine, vocabulary: SkillVocabulary): boolean {
  if (line.text === '' || line.bullet || /^[^:,]{2,40}:\s*\S/.test(line.text)) return false;
  // A line that ends with its separator, or with an item's bracket ("Excel (advanced)"), ended its item.
  if (!listSeparator.test(previous.text) || /[,;•·▪◦⋅∙)\]]$/.test(previous.text)) return false;
  // Cells of columns ("Curriculum Design | Python") end where the column does.
  if (previous.text.includes('|') || line.text.includes('|')) return false;
  const head = splitListItems(previous.text).at(-1) ?? '';
  const tail = splitListItems(line.text)[0] ?? '';
  const joined = `${head} ${tail}`;
  // "…, JCT D&B" / "2016, …", "…, Microsoft Excel" / "365, …": a year or version first on the line ends the
  // name above it; a number alone names no skill, even when the name above is one without it.
  if (/^\d{1,4}(?:\.\d{1,2})?$/.test(tail) && /\p{L}$/u.test(head)) return true;
  // "…, Microsoft" / "Dynamics 365, Power BI": the two ends make one known skill, however long the rest
  // ("…, Azure" / "DevOps, …" may as well be two).
  if (/\s/.test(joined) && !(isKnownSkill(head, vocabulary) && isKnownSkill(tail, vocabulary)) && isKnownSkill(joined, vocabulary)) return true;
  // "…, customs" / "documentation, Incoterms": a line that goes on in lower case with a word no skill
  // alone finishes the item above.
  if (/^\p{Ll}/u.test(tail) && !/\s/.test(tail) && /\p{L}$/u.test(head) && joined.split(/\s+/).length <= 3 && !isKnownSkill(tail, vocabulary)) return true;
  // "Lean, 5S, Kaizen" / "Inventory control": a line in sentence case, its first word no skill of its
  // own, starts an item; an item wrapped inside would go on in small letters ("Inventory" / "control").
  const [first = '', ...others] = tail.split(/\s+/);
  if (others.length > 0 && /^\p{Lu}\p{Ll}+$/u.test(first) && others.every((word) => /^\p{Ll}/u.test(word)) && !isKnownSkill(first, vocabulary)) return false;
  // A wrapped line filled the column: the rest under it is seldom much longer.
  if (previous.text.length < line.text.length * 0.75) return false;
  if (joined.split(/\s+/).length > 4) return false;
  // "…, Crew" / "Leadership, …", "…, Inventory" / "Control": one word no skill alone, over the noun a
  // phrase of this kind ends with, is that phrase cut in two, whatever the noun is alone.
  if (/^\p{Lu}\p{Ll}+$/u.test(head) && !isKnownSkill(head, vocabulary) && phraseEnd.test(tail)) return true;
  // "Python, Go" / "Docker, Kubernetes": two known skills end and start the lines; "Google" / "Analytics" is one.
  return isKnownSkill(joined, vocabulary) || !(listsKnownSkill(head, vocabulary) || listsKnownSkill(tail, vocabulary));
}

// Nouns that end a skill's name of two words ("Crew Leadership", "Blueprint Reading", "Inventory Control").
const phraseEnd = /^(?:leadership|management|training|planning|control|reading|scheduling|relations|maintenance|costing|safety)$/i;

function openBracket(text: string): boolean {
  return (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
}
