/**
 * Skills from a Skills section: "Languages: Go, C++, C#" (a category and its keywords),
 * "Python • pandas • SQL", "JavaScript / TypeScript / React", "Excel (advanced)" (a level),
 * "AWS (EC2, S3)" and "Python (scripting)" (one skill with its qualifier), "HTML/CSS", or a
 * sentence that names skills. Categories may also head the lines under them ("Data platforms" /
 * "Snowflake dbt Airflow"), one per line or side by side in columns ("Languages | Tools").
 */
import type { ResumeSkill } from '../../protocol/json-resume.ts';
import { findSkillNames } from '../skill-tokenizer.ts';
import { phraseKey, type SkillVocabulary } from '../skill-vocabulary.ts';
import { categoryHeading, isLabel, isTagCategory, leveledCategory, levelWords, splitCategory } from './find-skill-category.ts';
import type { EntryLine } from './join-wrapped-lines.ts';
import { isKnownSkill } from './known-skills.ts';
import type { ResumeLine } from './resume-lines.ts';
import { separateRunTogetherChips } from './separate-run-together-chips.ts';
import { readSkillTable } from './skill-table.ts';
import { splitListItems } from './split-list-items.ts';
import { splitSpacedSkills } from './split-spaced-skills.ts';
import { isSpokenLanguage } from './spoken-language.ts';
import { tidySkillLines } from './tidy-skill-lines.ts';


const proficiencyPhrase =
  /^(?:(?:highly\s+|very\s+)?(?:proficient|skilled|experienced|fluent|competent|versed)\s+(?:in|with|at)|(?:working|solid|strong|good|basic|advanced|in-depth)\s+knowledge\s+of|knowledge\s+of|familiar(?:ity)?\s+with|expert(?:ise)?\s+in|hands-on\s+experience\s+(?:in|with)|experience\s+(?:in|with))\s+/i;

const pageLink = /^(?:go|back)\s+to\s+top$/i;

export interface ParseSkillsOptions {
  /**
   * The group headings a document styled below its Skills heading ("Engineering" as a Word
   * heading one level below "Skills"), lower-cased: each opens a group, and the paragraph under
   * it is never read as the rest of the list above.
   */
  groupHeadings?: ReadonlySet<string>;
}

function groupKey(text: string): string {
  return text.replace(/:$/, '').trim().toLowerCase();
}

interface Category {
  skill: ResumeSkill;
  lines: EntryLine[];
  /** Opened by a heading the document styled as a group. */
  styled?: boolean;
}

/**
 * Parses the lines of a Skills section into JSON Resume skills: a categorised line, or a
 * category heading and the lines under it, becomes one skill named after the category with
 * the items as keywords; other items become one skill each.
 *
 * @example
 * parseSkills(toResumeLines('Languages: Go, C++, C#'), loadSkillVocabulary());
 * // [{ name: 'Languages', keywords: ['Go', 'C++', 'C#'] }]
 */
export function parseSkills(lines: readonly ResumeLine[], vocabulary: SkillVocabulary, { groupHeadings = new Set() }: ParseSkillsOptions = {}): ResumeSkill[] {
  const skills: ResumeSkill[] = [];
  const styled = (line: EntryLine | undefined) => line !== undefined && !line.bullet && groupHeadings.has(groupKey(line.text));
  // The one paragraph under a styled group heading is that group's list, whatever else it looks like.
  const listed = (index: number) => styled(lines[index - 1]) && (lines[index + 1] === undefined || lines[index + 1]?.text === '' || styled(lines[index + 1]));
  const separated = readSkillTable(lines, vocabulary).map((line, index) => ({ ...line, text: separateRunTogetherChips(line.text, vocabulary, { listed: listed(index) }) }));
  const joined = tidySkillLines(separated, vocabulary, styled).flatMap(splitCategoryCells);
  let category: Category | undefined;
  const close = () => {
    if (category) category.skill.keywords = categoryKeywords(category.lines, vocabulary);
    // "Lathe — Expert" styled like a group but with nothing under it is a skill and its level.
    if (category?.styled && category.skill.keywords?.length === 0) {
      skills.splice(skills.indexOf(category.skill), 1, ...skillItems(category.skill.name ?? '', vocabulary).map(itemSkill));
    }
    category = undefined;
  };
  // "• Data" / "Python" / "Spark" / "• Cloud" / "Terraform": where every bullet is a short label over
  // plain lines, the bullets are the groups' labels (a theme's nested list, its inner list unstyled).
  const bullets = joined.flatMap((line, index) => (line.bullet ? [index] : []));
  const overPlain = (index: number) => joined[index + 1] !== undefined && !joined[index + 1]!.bullet && joined[index + 1]!.text !== '';
  const bulletLabels = new Set(bullets.length >= 2 && bullets.every((index) => isLabel(joined[index]!.text) && overPlain(index)) ? bullets : []);
  // Chips that wrap in a narrow column fill each row from the left: a lone chip over a row of chips
  // ("Acute medical nursing" / "Medication safety | Epic EHR") did not fit beside the first of them.
  // Such a chip is a phrase in sentence case ("Medication safety", "Training & go-live support"), the row
  // under it holds two chips, and the first of them would not have fitted beside it; the first
  // chip of the row under a label would have fitted after the label.
  const rowLength = Math.max(0, ...joined.filter((line) => !line.bullet && /\s\|\s/.test(line.text)).map((line) => line.text.length));
  const wrappedChip = (line: EntryLine, below: EntryLine | undefined) => {
    const chips = below?.text.split(/\s+\|\s+/) ?? [];
    return (
      !line.bullet &&
      !/[:|]/.test(line.text) &&
      /^\p{Lu}\S*(?:\s+\S+)*\s+\p{Ll}/u.test(line.text) &&
      chips.length === 2 &&
      line.text.length + 3 + (chips[0] ?? '').length > rowLength
    );
  };
  let levelAt = -1;
  for (const [index, line] of joined.entries()) {
    if (bulletLabels.has(index)) {
      close();
      category = { skill: { name: line.text.replace(/:$/, '').trim() }, lines: [] };
      skills.push(category.skill);
      continue;
    }
    // "Go to top": a web page's link back up, kept when the page was saved as a document.
    if (index === levelAt || pageLink.test(line.text)) continue;
    if (line.text === '') {
      if (category && category.lines.length > 0) close();
      continue;
    }
    if (styled(line)) {
      close();
      category = { skill: { name: line.text.replace(/:$/, '').trim() }, lines: [], styled: true };
      skills.push(category.skill);
      continue;
    }
    const leveled = category?.lines.length === 0 ? undefined : leveledCategory(line, joined[index + 1]);
    if (leveled) {
      close();
      category = { skill: { ...leveled }, lines: [] };
      skills.push(category.skill);
      continue;
    }
    // "Health & Safety" / "Expert" / "SMSTS, CDM 2015": a label over its level over its list.
    const levelLine = joined[index + 1];
    const afterLevel = joined[index + 2];
    // Under a group with its level, any line over a level word opens the next group.
    const afterRatedGroup = category?.skill.level !== undefined && !category.styled && category.lines.length > 0 && isLabel(line.text);
    if (category?.lines.length !== 0 && levelLine && levelWords.test(levelLine.text.trim()) && afterLevel && (afterRatedGroup || categoryHeading(line, afterLevel, vocabulary, true))) {
      close();
      category = { skill: { name: line.text.replace(/:$/, ''), level: levelLine.text.trim() }, lines: [] };
      skills.push(category.skill);
      levelAt = index + 1;
      continue;
    }
    // The line right under a heading is its first item, whatever it looks like.
    // "Licences" / "" / "BLS | ACLS": a label whose row of tags a theme set a line apart.
    const below = joined[index + 1]?.text === '' && /\s\|\s/.test(joined[index + 2]?.text ?? '') ? joined[index + 2] : joined[index + 1];
    const tagCategory = category !== undefined && category.lines.length > 0 && isTagCategory(line, joined[index - 1], below);
    // Labels side by side head the columns under them, never a row among the rows of a grid.
    const rowOfGrid = /\s\|\s/.test(line.text) && /\s\|\s/.test(joined[index - 1]?.text ?? '');
    // "SQL | Power BI" / "VBA" / "Python (pandas) | SAP": a tag cloud's row that held one known skill, between rows of cells.
    const loneCell = !category && /\s\|\s/.test(joined[index - 1]?.text ?? '') && /\s\|\s/.test(below?.text ?? '') && isKnownSkill(line.text.trim(), vocabulary);
    // "Data" / "Expert" / "Spark 3.x" / "Kafka Streams" / "Airflow 2.x": under a label and its level,
    // one name a line, a name over a name is one more item; the next group has its own level line.
    // A label over a list on one line ("Front of house" / "Wine pairing, Table service") still opens a group.
    const inRatedGroup = category !== undefined && category.skill.level !== undefined && !category.styled && !/:$/.test(line.text) && !/[,;|·]/.test((joined[index + 1]?.text ?? '').replace(/\([^()]*\)/g, ''));
    const heading =
      category?.lines.length === 0 || rowOfGrid || loneCell || (inRatedGroup && !tagCategory) || bulletLabels.size > 0 || wrappedChip(line, below)
        ? undefined
        : tagCategory
          ? line.text
          : categoryHeading(line, below, vocabulary, category !== undefined || skills.some((skill) => skill.keywords !== undefined));
    if (heading) {
      close();
      category = { skill: { name: heading }, lines: [] };
      skills.push(category.skill);
      continue;
    }
    const categorised = splitCategory(line.text, vocabulary);
    if (category && !categorised) {
      category.lines.push(line);
      continue;
    }
    close();
    const items = skillItems(categorised ? categorised.body : line.text, vocabulary);
    if (categorised) {
      skills.push({ name: categorised.name, keywords: items.map(keywordOf) });
    } else {
      skills.push(...items.map(itemSkill));
    }
  }
  close();
  return skills;
}

// "Tools: Jira, Confluence | Methods: Scrum, Kanban": categories side by side on one line are
// read as if each had its own line.
function splitCategoryCells(line: EntryLine): EntryLine[] {
  const cells = line.text.split(/\s+\|\s+/);
  if (cells.length < 2 || !cells.every((cell) => /^[^:,|]{2,40}:\s*\S/.test(cell))) return [line];
  return cells.map((cell) => ({ ...line, text: cell }));
}

// Each line under a category heading ends an item ("Salesforce" / "HubSpot CRM").
function categoryKeywords(lines: readonly EntryLine[], vocabulary: SkillVocabulary): string[] {
  return skillItems(lines.map((line) => line.text).join(', '), vocabulary).map(keywordOf);
}

function itemSkill(item: SkillItem): ResumeSkill {
  return item.level ? { name: item.name, level: item.level } : { name: item.name };
}

// A keyword has no level of its own: "French (native)" under "Languages" stays as written.
function keywordOf(item: SkillItem): string {
  return item.written ?? item.name;
}

interface SkillItem {
  name: string;
  level?: string;
  /** The item as written, where a level was split off it. */
  written?: string;
}

function skillItems(written: string, vocabulary: SkillVocabulary): SkillItem[] {
  // "Subcontractor | procurement": a chip whose words a PDF set apart is one chip; a chip starts
  // with a small letter only where it is a skill of its own ("pandas", "dbt", "git"), or after one
  // ("scikit-learn | statsmodels").
  const text = joinSplitChips(written, vocabulary);
  // " / " is weighed item by item below: "Terraform / Pulumi" is two skills, "Pricing / margin analysis" one.
  const items = splitListItems(text, { atSpacedSlash: false });
  // A sentence, not a list: keep the skills it names.
  if (splitListItems(text).length === 1 && text.split(/\s+/).length >= 7 && !isDetailedSkill(text)) {
    return findSkillNames(text, vocabulary).map((name) => ({ name }));
  }
  return items.flatMap((item) => splitItem(item, vocabulary, items.length > 1));
}

function joinSplitChips(written: string, vocabulary: SkillVocabulary): string {
  const cells: { text: string; joined: boolean }[] = [];
  for (const cell of written.split(/\s+\|\s+/)) {
    const previous = cells.at(-1);
    // A chip that ends in its version ("Airflow 2.x", "Python 3.11") or a hyphenated small-letter name
    // ("dbt-core", "scikit-learn") is whole; the next small-letter chip is one of its own.
    const whole = previous !== undefined && (/\s(?:v?\d+(?:\.[\dx]+)*|\d+\.x)$/iu.test(previous.text) || /^\p{Ll}+-\p{Ll}+$/u.test(cell));
    const rest = previous !== undefined && !previous.joined && !whole && /^\p{Ll}[\p{L}-]*$/u.test(cell) && !isKnownSkill(cell, vocabulary) && !isKnownSkill(previous.text, vocabulary);
    if (rest) previous.text = `${previous.text} ${cell}`;
    else cells.push({ text: cell, joined: false });
    if (rest) previous.joined = true;
  }
  return cells.map((cell) => cell.text).join(' | ');
}

function splitItem(written: string, vocabulary: SkillVocabulary, inList = false): SkillItem[] {
  // "Security clearance:" with nothing after it names a skill of its own; "Python ★★★★☆" rates it.
  const item = written.replace(/\s*:$/, '').replace(/\s*[★☆●○◉◯■□]+$/u, '');
  // "Proficient in SAP and Excel", "working knowledge of Power BI": a sentence that rates the skills it names.
  const rated = proficiencyPhrase.exec(item);
  if (rated && !rated.index) {
    const named = item.slice(rated[0].length).trim();
    return named.split(/\s+(?:and|&)\s+/i).filter((name) => name.split(/\s+/).length <= 4).flatMap((name) => splitItem(name, vocabulary));
  }
  const bracket = /^(.*?)\s*\(([^()]+)\)$/.exec(item);
  if (bracket) {
    const name = (bracket[1] ?? '').trim();
    const inside = (bracket[2] ?? '').trim();
    if (name === '') return splitItem(inside, vocabulary);
    // "SQL Python (pandas)": tags side by side, the brackets qualifying the last.
    const spaced = splitSpacedSkills(name, vocabulary);
    if (spaced) return [...spaced.slice(0, -1).map((piece) => ({ name: piece })), ...splitItem(`${spaced.at(-1) ?? ''} (${inside})`, vocabulary)];
    // "Site licence (unrestricted):" with nothing after it: a skill and its level, in the writer's words.
    const leveled = () => [{ name, level: inside, written: `${name} (${inside})` }];
    if (/:$/.test(written.trim())) return leveled();
    // "Welsh (native), English (fluent)" in a list of skills: a spoken language is written with its
    // level there, and kept so; alone on its line it is a language and its level.
    if (inList && isSpokenLanguage(name)) return [{ name: `${name} (${inside})` }];
    if (levelWords.test(inside)) return leveled();
    // "Python (scripting)", "AWS (EC2, S3)": what the brackets say qualifies the skill before them.
    return [{ name: `${name} (${inside})` }];
  }
  const dashed = /^(.+?)\s+[-–—:]\s+(.+)$/.exec(item);
  if (dashed && levelWords.test((dashed[2] ?? '').trim())) return [{ name: (dashed[1] ?? '').trim(), level: (dashed[2] ?? '').trim(), written: item }];
  const isKnown = (text: string) => isKnownSkill(text, vocabulary);
  // "Terraform / Pulumi" and "SQL /Python" are two skills each; "Excel/VBA", "HTML5/CSS3" (one chip
  // as written, with no space at its slash), "CI/CD", "A/B testing" and "IB MYP / DP History" are one.
  if (/\S\s?\/\s?\S/.test(item) && /\s\/|\/\s/.test(item) && !isKnown(item)) {
    const halves = item.split('/').map((half) => half.trim());
    const spacedTags = /\s\/\s/.test(item) && halves.every((half) => /^\p{Lu}\S*$/u.test(half));
    if (halves.every(isKnown) || spacedTags) return halves.map((name) => ({ name }));
  }
  const and = /^(.+?)\s+(?:and|&)\s+(.+)$/i.exec(item);
  if (and && !isKnown(item) && item.length <= 60 && continuesPhrase((and[2] ?? '').trim(), vocabulary)) return [{ name: item }];
  if (and && !isKnown(item) && isKnown((and[1] ?? '').trim()) && isKnown((and[2] ?? '').trim())) {
    return [{ name: (and[1] ?? '').trim() }, { name: (and[2] ?? '').trim() }];
  }
  const spaced = splitSpacedSkills(item, vocabulary);
  if (spaced) return spaced.map((name) => ({ name }));
  return item.length <= 60 || isDetailedSkill(item) ? [{ name: item }] : findSkillNames(item, vocabulary).map((name) => ({ name }));
}

/**
 * "Electronic patient record (EPR) super-user – Cerner Millennium", "Digital champion – trained staff on the new
 * system": a skill named in a few words, a dash, then what it was done with or how. One skill as written, never
 * only the vocabulary's names found in it (nor nothing, where it names none), nor a sentence.
 */
function isDetailedSkill(item: string): boolean {
  const dashed = /^(\S.*?)\s[–—-]\s(\S.*)$/u.exec(item.trim());
  return dashed !== null && item.length <= 100 && (dashed[1] ?? '').split(/\s+/).length <= 6 && !/[.!?]$/u.test(item.trim());
}

// "Budgeting & forecasting", "Research and development": a small letter after the "&" goes on
// a phrase in sentence case, unless the vocabulary writes that skill so ("pandas", "dbt").
function continuesPhrase(after: string, vocabulary: SkillVocabulary): boolean {
  return /^\p{Ll}/u.test(after) && vocabulary.lookup.get(phraseKey(after))?.name !== after;
}
