/**
 * Category headings of a skills list: "Languages:", "Data platforms" over "Snowflake dbt Airflow",
 * "Languages | Tools" over columns, and a category with its list on one line ("Data — dbt, Airflow").
 */
import { findSkillNames } from '../skill-tokenizer.ts';
import type { SkillVocabulary } from '../skill-vocabulary.ts';
import type { EntryLine } from './join-wrapped-lines.ts';
import { countKnownSkills, isKnownSkill, listsKnownSkill } from './known-skills.ts';
import { listSeparator, splitListItems } from './split-list-items.ts';

/** A level written after a skill: "Python - advanced", "Excel (expert)", "SQL — 4/5", "Git ★★★★☆". */
export const levelWords =
  /^(?:beginner|basic|elementary|novice|intermediate|advanced|expert|proficient|certified|fluent|native|familiar|working knowledge|strong|good|excellent|\d+\+?\s*(?:years?|yrs?)|\d(?:[.,]5)?\s?\/\s?(?:5|10)|10\s?\/\s?10|[★☆]{3,}|[●○]{3,})$/i;
// "ISO 9001:2015", "IEC 62304:2006": a colon between digits is an edition, not a label's.
const categorisedLine = /^([^:,]{2,40})(?<!\d):(?!\d)\s*(.+)$/;

/**
 * A category and its list on one line: "Languages: Go, C++", "Data — Snowflake, dbt, Airflow"
 * (but "Python - advanced" is a skill and its level).
 *
 * @example
 * splitCategory('Data — dbt, Airflow', loadSkillVocabulary()); // { name: 'Data', body: 'dbt, Airflow' }
 */
export function splitCategory(text: string, vocabulary: SkillVocabulary): { name: string; body: string } | undefined {
  const colon = categorisedLine.exec(text);
  if (colon) return { name: (colon[1] ?? '').trim(), body: colon[2] ?? '' };
  const cells = labelCell(text) ?? labelBesideChips(text, vocabulary);
  if (cells) return cells;
  const dash = /^([^:,;|•·–—]{2,40}?)\s+[–—-]\s+(.+)$/.exec(text);
  const name = (dash?.[1] ?? '').trim();
  const body = (dash?.[2] ?? '').trim();
  if (!dash || !isLabel(name) || levelWords.test(body)) return undefined;
  // "Carpentry — framing, finish carpentry, formwork": a skill's name over a list of two or more names a group.
  if (isKnownSkill(name, vocabulary) && !(/,\s/.test(body) && splitListItems(body).length >= 2)) return undefined;
  return listSeparator.test(body) || listsKnownSkill(body, vocabulary) ? { name, body } : undefined;
}

/**
 * "GOOGLE ADS ⇥ Search, Performance Max", "Clinical ⇥ Triage · IV therapy": a label in a cell of its own beside a list of two items
 * or more is the list's category, even when the label names a skill itself.
 *
 * @example
 * labelCell('Leadership | Rota planning, Coaching'); // { name: 'Leadership', body: 'Rota planning, Coaching' }
 */
export function labelCell(text: string): { name: string; body: string } | undefined {
  const cells = /^([^|]{2,40}?)\s+\|\s+([^|]+)$/.exec(text);
  const name = (cells?.[1] ?? '').trim();
  const body = (cells?.[2] ?? '').trim();
  // The list's items apart by commas, semicolons or middots ("Clinical ⇥ Wound care · IV therapy").
  if (!cells || !isLabel(name) || splitListItems(body).length < 2 || !/[,;]\s|\s[·•▪]\s/.test(body)) return undefined;
  return { name, body };
}

/**
 * "Cloud ⇥ Google Cloud Platform ⇥ Amazon Web Services ⇥ Microsoft Azure": a label in a cell of its own
 * before a row of chips a tab apart, two or more of them known names, is the row's category. A row of
 * labels over the columns under it ("Languages ⇥ Tools ⇥ Cloud") names no known skill beside its first.
 *
 * @example
 * labelBesideChips('Cloud | Google Cloud Platform | Amazon Web Services', loadReaderVocabulary());
 * // { name: 'Cloud', body: 'Google Cloud Platform | Amazon Web Services' }
 */
export function labelBesideChips(text: string, vocabulary: SkillVocabulary): { name: string; body: string } | undefined {
  const [name = '', ...chips] = text.split(/\s+\|\s+/);
  // "Subcontractor ⇥ procurement ⇥ …": a small-letter cell after a name is the rest of that name, no chip.
  if (chips.length < 2 || !isLabel(name) || isKnownSkill(name, vocabulary)) return undefined;
  if (/^\p{Ll}/u.test(chips[0] ?? '') && !isKnownSkill(chips[0] ?? '', vocabulary)) return undefined;
  const known = chips.filter((chip) => isKnownSkill(chip.replace(/\s*\([^()]*\)$/, ''), vocabulary)).length;
  if (known < 2 || known * 2 < chips.length || chips.some((chip) => chip.split(/\s+/).length > 5)) return undefined;
  return { name, body: chips.join(' | ') };
}

/**
 * The category a line heads, if it heads one: "Languages:", or a short label that is not a
 * skill itself over bullets or known skills ("Data platforms" / "Snowflake dbt Airflow"), or
 * labels side by side over the columns they head ("Languages | Tools" → "Languages / Tools").
 *
 * @example
 * categoryHeading({ text: 'Data platforms', bullet: false }, { text: 'Snowflake dbt', bullet: false }, loadSkillVocabulary()); // 'Data platforms'
 */
export function categoryHeading(
  line: EntryLine,
  next: EntryLine | undefined,
  vocabulary: SkillVocabulary,
  inCategories = false,
): string | undefined {
  // A blank line ends what a label could head.
  if (line.bullet || !next || next.text === '') return undefined;
  const label = /^([^:]{2,40}):$/.exec(line.text);
  if (label && isLabel(label[1] ?? '')) return (label[1] ?? '').trim();
  const cells = line.text.split(/\s+\|\s+/);
  if (!cells.every(isLabel) || labelBesideChips(line.text, vocabulary)) return undefined;
  // A label over bullets heads them even when it is a skill itself ("Machine learning" / "• PyTorch").
  if (cells.length === 1 && next.bullet) return line.text;
  // "Observability" / "Grafana Prometheus": a skill over a line of skills is their category.
  // "Respiratory nursing" / "IV therapy & cannulation": one item that joins two skills is no list under a label.
  const listsSkills = !joinsTwoInOne(next.text) && countKnownSkills(next.text, vocabulary) >= 2;
  if (cells.length === 1 && isKnownSkill(line.text, vocabulary) && listsSkills) return line.text;
  if (cells.every((cell) => listsKnownSkill(cell, vocabulary))) return undefined;
  // "Marketing" / "Email Marketing": a one-word label that the first item under it narrows.
  if (cells.length === 1 && /^\p{L}+$/u.test(line.text) && sharesWord(line.text, next.text)) return line.text;
  if (cells.length > 1) return next.text.split(/\s+\|\s+/).length >= cells.length && listsKnownSkill(next.text, vocabulary) ? cells.join(' / ') : undefined;
  // "Marketing" / "Email Marketing, Google": a label over a list, or over a line that names a skill.
  // "Clinical" / "Triage | IV therapy": a PDF's tags set apart by their margins are a list too.
  if (listSeparator.test(next.text) || /\s\|\s/.test(next.text) || listsSkills) return line.text;
  // "Systems" / "Redis": over one skill a line, a label heads it only in a list already in categories,
  // for "Negotiation" / "Salesforce" may as well be two skills.
  const overSkill = listsKnownSkill(next.text, vocabulary) || findSkillNames(next.text, vocabulary, { skillsContext: true }).length > 0;
  return inCategories && overSkill ? line.text : undefined;
}

/**
 * "Clinical — Advanced" over "Triage | IV therapy | Wound care": a category that carries its
 * level, over a line that lists two or more items. Alone, "Python - advanced" is a skill and its
 * level, so the list under it is what makes it a category.
 *
 * @example
 * leveledCategory({ text: 'Clinical — Advanced', bullet: false }, { text: 'Triage | IV therapy', bullet: false });
 * // { name: 'Clinical', level: 'Advanced' }
 */
export function leveledCategory(line: EntryLine, next: EntryLine | undefined): { name: string; level: string } | undefined {
  if (line.bullet || !next) return undefined;
  const match = /^(.{2,40}?)\s[-–—]\s(.+)$/.exec(line.text);
  const name = match?.[1]?.trim() ?? '';
  const level = match?.[2]?.trim() ?? '';
  if (!levelWords.test(level) || !isLabel(name)) return undefined;
  // "Clinical — Advanced" over "• Triage": bullets are a list too.
  return next.bullet || next.text.split(/\s+\|\s+/).length >= 2 ? { name, level } : undefined;
}

/**
 * "HACCP | Sous vide" / "Leadership" / "Rota planning | Hiring": between rows of tags, a line
 * with no tags heads the next row even when it names a skill itself; tags fill a row from the
 * left, so a row never ends with a lone tag that another row then continues.
 *
 * @example
 * isTagCategory({ text: 'Leadership', bullet: false }, { text: 'Git | Jira', bullet: false }, { text: 'Hiring | Coaching', bullet: false }); // true
 */
export function isTagCategory(line: EntryLine, previous: EntryLine | undefined, next: EntryLine | undefined): boolean {
  const tags = (row: EntryLine | undefined) => row !== undefined && !row.bullet && /\s\|\s/.test(row.text);
  return tags(previous) && tags(next) && !line.bullet && !tags(line) && isLabel(line.text);
}

/** A short label with no list in it: "Languages", "Data platforms", "Frontend & Design". */
export function isLabel(text: string): boolean {
  // "Python - advanced", "Excel (expert)", "Fluent": a skill with its level, or a level, is no label.
  if (/\s[-–—]\s|[()]/.test(text) || levelWords.test(text.trim())) return false;
  return text.length <= 40 && text.split(/\s+/).length <= 4 && !/[:,;|•·]/.test(text) && !/\d/.test(text);
}

// "IV therapy & cannulation", "Moving and handling": two things joined by "&" or "and" on a short line
// of its own with no list marks, one item of a list one a line.
function joinsTwoInOne(text: string): boolean {
  if (listSeparator.test(text) || /\s\|\s|\t/.test(text)) return false;
  const sides = text.split(/\s(?:&|and)\s/u);
  return sides.length === 2 && text.split(/\s+/).length <= 6 && sides.every((side) => side.trim() !== '');
}

function sharesWord(label: string, next: string): boolean {
  const first = splitListItems(next)[0] ?? '';
  return first.length > label.length && first.toLowerCase().split(/\s+/).includes(label.toLowerCase());
}
