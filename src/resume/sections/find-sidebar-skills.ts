/**
 * Skills a sidebar prints under category labels with no Skills heading of its own: themes that
 * set contact details and skills in one column put "Data platforms" / "Snowflake dbt Airflow"
 * straight under the contact lines, so the text puts them at the end of the About or Contact
 * section.
 */
import { findSkillNames } from '../skill-tokenizer.ts';
import type { SkillVocabulary } from '../skill-vocabulary.ts';
import { isKnownSkill } from './known-skills.ts';
import { parseLocation } from './parse-location.ts';
import { skillDateRange } from './tidy-skill-lines.ts';
import { countryCodes, regionCodes } from './place-names.ts';
import type { ResumeLine } from './resume-lines.ts';

const placeCodes: ReadonlySet<string> = new Set(countryCodes.values());

/** The labels of contact details, whose values may hold commas too ("Address: 12 Quay St, Cork"). */
export const contactLabel = /^(?:e-?mail(?: address)?|phone(?: number)?|mobile|tel(?:ephone)?|address|location|city|region|country|web ?site|url|linkedin|github|portfolio|contact)$/i;

export interface SidebarSkills {
  /** The section's lines before the skills. */
  rest: ResumeLine[];
  /** The skills lines, the first category label ending in ":" so the skills reader heads them with it. */
  skills: ResumeLine[];
}

/**
 * Splits off the lines that end a section when they read as skill categories: a label, then
 * short lines, among which at least one names a known skill, or which a level word rates, or
 * which are rows of chips, or which a Skills heading follows (`beforeSkills`).
 *
 * @example
 * findSidebarSkills(toResumeLines('Lyon FR\nTools\nGit Linux'), loadSkillVocabulary())?.skills.map((line) => line.text);
 * // ['', 'Tools:', 'Git Linux', ''] (the place is not a category)
 */
export function findSidebarSkills(lines: readonly ResumeLine[], vocabulary: SkillVocabulary, options: { beforeSkills?: boolean } = {}): SidebarSkills | undefined {
  let end = lines.length;
  while (end > 0 && lines[end - 1]?.text === '') end--;
  let start = end;
  while (start > 0 && isShortItem(lines[start - 1] as ResumeLine) && !inProfile(lines, start - 1)) start--;
  // The run may begin with the tail of a wrapped profile URL or a user name ("jdoe-dev"): the
  // first category is the first capitalised line that does not continue the line above it.
  while (start < end && !startsCategory(lines, start)) start++;
  const block = lines.slice(start, end);
  // "Contracts &" / "Commercial": a label the column wrapped after a word that needs another.
  const [first, second] = block;
  if (first && second && /\s(?:for|of|and|&|in|with|to)$/i.test(first.text)) block.splice(0, 2, { ...first, text: `${first.text} ${second.text}` });
  const [label, ...items] = block;
  if (!label || items.length === 0 || /[,;|•·]/.test(label.text) || label.text.split(/\s+/).length > 4 || contactLabel.test(label.text.replace(/:$/, ''))) return undefined;
  // "Epic Pyxis": tags set side by side name skills word by word, a word too common to count in
  // running text; a long run of short lines under a label that has one reads as a list of skills.
  const tagged = block.some((line) => line.text.split(/\s+/).some((word) => isKnownSkill(word, vocabulary)));
  // A long run straight under the contact details lists skills, known or not ("Classroom management").
  const underContact = start > 0 && isContactDetail((lines[start - 1] as ResumeLine).text) && block.length >= 6;
  // "Critical care" / "Advanced": a label over how well the person does it rates a group of skills.
  const rated = items.some((line) => skillLevel.test(line.text.trim()));
  // "Aspen HYSYS | HAZOP": rows of chips set side by side are tags, whatever they name.
  // One row could be a label and its value ("Region | GA").
  const chips = items.filter((line) => isChipRow(line.text)).length >= 2;
  // "Process" / "HAZOP" / "P&ID" right above the sidebar's "Tools" heading: one more group of skills.
  const grouped = rated || chips || options.beforeSkills === true;
  if (!block.some((line) => namesKnownSkill(line.text, vocabulary)) && !(tagged && block.length >= 6) && !underContact && !grouped) return undefined;
  const blank: ResumeLine = { text: '', bullet: false, markdownHeading: false };
  // "Wireshark" / "Intermediate" / "ServiceNow" / "Beginner": each skill over its own level.
  // A name the column wrapped before its version ("Windows Server" / "2019/2022") is one name.
  const rows = block.reduce<ResumeLine[]>((joined, line) => {
    const above = joined.at(-1);
    if (above && /^\d[\d./x]*$/i.test(line.text.trim()) && !pairedLevel.test(above.text.trim())) joined[joined.length - 1] = { ...above, text: `${above.text} ${line.text.trim()}` };
    else joined.push(line);
    return joined;
  }, []);
  if (rows.length >= 4 && rows.length % 2 === 0 && rows.every((line, index) => (index % 2 === 1) === pairedLevel.test(line.text.trim()))) {
    const pairs = rows.flatMap((line, index) => (index % 2 === 0 ? [{ ...line, text: `${line.text} — ${rows[index + 1]?.text.trim() ?? ''}` }] : []));
    return { rest: lines.slice(0, start), skills: [blank, ...pairs, blank] };
  }
  return {
    rest: lines.slice(0, start),
    skills: [blank, { ...label, text: `${label.text.replace(/:$/, '')}:` }, ...joinWrappedWords(items, vocabulary), blank],
  };
}

/**
 * A skill too wide for the column wraps one word a line ("Conflict" / "Resolution"): two lone
 * words that together are wider than any line of the column could not have shared a line, so
 * they are one skill, unless either is a skill of its own. A version number alone on a line
 * ("Office" / "365") ends the name above it.
 */
function joinWrappedWords(items: readonly ResumeLine[], vocabulary: SkillVocabulary): ResumeLine[] {
  const widest = Math.max(...items.map((line) => line.text.length));
  const loneWord = (line: ResumeLine | undefined): line is ResumeLine =>
    line !== undefined && !line.bullet && /^\p{L}+$/u.test(line.text) && !isKnownSkill(line.text, vocabulary);
  // "Demand forecasting", "Stakeholder management": where names are in sentence case, a capital
  // starts the next name ("Forhandling" / "Struktureret" are two) and a small letter goes on one.
  // Product names ("Power BI") keep their capitals whatever the list's habit.
  const names = items.filter((line) => /^\p{Lu}\p{Ll}+ \p{L}/u.test(line.text) && !isKnownSkill(line.text, vocabulary));
  const sentenceCase = names.length >= 2 && names.filter((line) => /^\S+ \p{Ll}/u.test(line.text)).length * 2 >= names.length;
  const lower = (line: ResumeLine | undefined) => line !== undefined && loneWord(line) && /^\p{Ll}/u.test(line.text);
  const wrapsOnto = (line: ResumeLine, next: ResumeLine, after: ResumeLine | undefined) => {
    if (lower(next)) return true;
    if (sentenceCase || lower(after)) return false;
    return line.text.length + 1 + next.text.length > widest;
  };
  const joined: ResumeLine[] = [];
  for (let index = 0; index < items.length; index++) {
    const line = items[index] as ResumeLine;
    const next = items[index + 1];
    // A version alone on its line ends the name above it: "Microsoft Dynamics" / "365".
    const version = next !== undefined && !next.bullet && /^\d{1,4}$/.test(next.text) && /\p{L}$/u.test(line.text);
    // "Robot Structural" / "Analysis": the two lines make one known skill.
    const knownWhole = next !== undefined && !next.bullet && !line.bullet && /^\p{L}+$/u.test(next.text) && !isKnownSkill(line.text, vocabulary) && isKnownSkill(`${line.text} ${next.text}`, vocabulary);
    // "Assessment for" / "learning", "Workspace for" / "Education", "Ontario Curriculum" / "(Grades 9–12)":
    // a small-letter word, a bracket or the word after a dangling "for" goes on the name above.
    const wrapped = next !== undefined && !next.bullet && !line.bullet && /\s/.test(line.text) && (lower(next) || /^\(/.test(next.text) || /\s(?:for|of|and|&|in|with|to|across)$/i.test(line.text) || openBracket(line.text));
    if (version || knownWhole || wrapped || (loneWord(line) && loneWord(next) && wrapsOnto(line, next, items[index + 2]))) {
      joined.push({ ...line, text: `${line.text} ${next.text}` });
      index++;
    } else {
      joined.push(line);
    }
  }
  return joined;
}

// The level under each skill of a list of rated skills, a certificate's "Certified" among them.
const pairedLevel = /^(?:beginner|basic|elementary|novice|intermediate|advanced|expert|proficient|certified)$/i;

// A level that rates a skill, in words, as a mark out of five or ten ("4/5", "8/10") or as stars;
// "Native" and "Fluent" rate a spoken language, which a contact column also prints.
const skillLevel = /^(?:beginner|basic|elementary|novice|intermediate|advanced|expert|proficient|[0-9](?:[.,]5)?\s?\/\s?(?:5|10)|10\s?\/\s?10|[★☆]{3,}|[●○]{3,})$/i;

// More brackets opened than closed: the rest of the name is on the next line.
const openBracket = (text: string): boolean => (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;

// "CATIA V5 | Siemens NX": two or three short cells a line.
function isChipRow(text: string): boolean {
  const cells = text.split(/\s+\|\s+/);
  return cells.length >= 2 && cells.length <= 4 && cells.every((cell) => cell.split(/\s+/).length <= 3);
}

// "A/B testing", "CI/CD", "NEC3/NEC4 contracts", "SAP S/4HANA", "MATLAB/Simulink", "Excel/VBA": a
// slash between capitals, or between two capitalised names, names a skill; in a path ("in/ana-ortiz",
// "profile/Ana_Ortiz") or a date ("03/2021") the slash has small letters or digits before it.
const capitalsSlash = /(?<![\w./-])(?:[\p{Lu}\d]*\p{Lu}[\p{Lu}\d]*\/[\p{Lu}\d]*\p{Lu}[\p{Lu}\d]*|\p{Lu}[\p{L}\d]*\/\p{Lu}[\p{L}\d]*)(?![\w./-])/gu;

// "Server 2019/2022", "Office 2016/2019", "Windows 10/11": two years or two versions after a name (never a date: "03/2021").
const versionPair = /(?<=\p{L}) (?:(?:19|20)\d\d\/(?:19|20)\d\d|\d{1,2}\/\d{1,2})(?=\s|$)/gu;

// A keyword line of a narrow column: short, no contact detail, no date, no sentence.
function isShortItem(line: ResumeLine): boolean {
  const text = line.text;
  // "ROS 2 | MoveIt | C++": the bars between chips are no words.
  if (text === '' || text.length > 40 || text.split(/\s+/).filter((word) => word !== '|').length > 5) return false;
  // A phone number is no item; a version or a standard is ("Dynamics 365", "DIN EN 1992").
  // A slash between words is in a path or a date; "IB / GCSE" is a list.
  // "SQL (T-SQL, PL/pgSQL)" and "Windows Server 2019/2022" name one skill: a slash inside brackets
  // (no address there), or between two versions after a name.
  // "Windows Server" / "2019/2022": the versions of a name the column wrapped, alone on their line.
  if (/^(?:(?:19|20)\d\d\/(?:19|20)\d\d|\d{1,2}\/\d{1,2})$/.test(text)) return true;
  // "Excel (pivot tables," / "Power Query)": a name the column wrapped inside its brackets goes on.
  if (openBracket(text) && !/[@]/.test(text)) return true;
  const slashesOfNames = text.replace(/\s\/\s/g, ' ').replace(capitalsSlash, 'X').replace(/\([^().@]*\)/g, '(X)').replace(versionPair, ' X');
  if (/@|\S\/|\/\S|www\.|\.[a-z]{2,}$|\d[\d\s().-]{6,}\d/i.test(slashesOfNames) || /[.,;-]$/.test(text)) return false;
  return skillDateRange(text) === undefined;
}

// "GitHub" / "ana-ortiz": a network's name over the user name on it is a profile, not a category
// of skills, even where the network is also a skill.
const networkName = /^(?:linkedin|github|gitlab|bitbucket|twitter|x|mastodon|bluesky|dribbble|behance|kaggle|medium|stack ?overflow|xing|instagram|facebook|youtube)$/i;

function inProfile(lines: readonly ResumeLine[], index: number): boolean {
  const isNetwork = (line: ResumeLine | undefined) => line !== undefined && networkName.test(line.text.replace(/:$/, ''));
  return isNetwork(lines[index]) || isNetwork(lines[index - 1]);
}

function startsCategory(lines: readonly ResumeLine[], index: number): boolean {
  const line = lines[index] as ResumeLine;
  const above = lines[index - 1];
  return /^\p{Lu}/u.test(line.text) && !line.bullet && !(above && /[-@.]$/.test(above.text)) && !isPlace(line.text) && !isUserName(line.text);
}

// "Ana_Ortiz3", "AnaOrtiz_dev": a profile's user name, printed without its network, is one word
// with an underscore, which no label of skills has.
function isUserName(text: string): boolean {
  return /^[\p{L}\d.-]*_[\p{L}\d_.-]*$/u.test(text);
}

// "Lyon FR", "Austin TX US", "Berlin": where the person lives, printed above the categories.
function isPlace(text: string): boolean {
  const code = /\s([A-Z]{2})$/.exec(text)?.[1];
  return parseLocation(text) !== undefined || (code !== undefined && (regionCodes[code] !== undefined || placeCodes.has(code)));
}

function namesKnownSkill(text: string, vocabulary: SkillVocabulary): boolean {
  return findSkillNames(text, vocabulary, { skillsContext: true }).length > 0;
}

// An e-mail address, a phone number, a web address or a place: the contact lines a sidebar prints above its skills.
function isContactDetail(text: string): boolean {
  return /@|\d[\d\s().-]{6,}\d|\.[a-z]{2,}(?:\/\S*)?$/i.test(text) || isPlace(text);
}
