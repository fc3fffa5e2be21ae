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
import { findDateRange } from './find-date-range.ts';
import { joinWrappedLines, type EntryLine } from './join-wrapped-lines.ts';
import type { ResumeLine } from './resume-lines.ts';
import { splitListItems } from './split-list-items.ts';
import { splitSpacedSkills } from './split-spaced-skills.ts';

const levelWords =
  /^(?:beginner|basic|elementary|novice|intermediate|advanced|expert|proficient|fluent|native|familiar|working knowledge|strong|good|excellent|\d+\+?\s*(?:years?|yrs?))$/i;
const listSeparator = /[,;•·▪◦⋅∙]/;
const categorisedLine = /^([^:,]{2,40}):\s*(.+)$/;

interface Category {
  skill: ResumeSkill;
  lines: EntryLine[];
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
export function parseSkills(lines: readonly ResumeLine[], vocabulary: SkillVocabulary): ResumeSkill[] {
  const skills: ResumeSkill[] = [];
  const joined = joinWrappedItems(beforeFirstEntry(joinWrappedLines(lines), vocabulary), vocabulary);
  let category: Category | undefined;
  const close = () => {
    if (category) category.skill.keywords = categoryKeywords(category.lines, vocabulary);
    category = undefined;
  };
  for (const [index, line] of joined.entries()) {
    if (line.text === '') {
      if (category && category.lines.length > 0) close();
      continue;
    }
    // The line right under a heading is its first item, whatever it looks like.
    const heading = category?.lines.length === 0 ? undefined : categoryHeading(line, joined[index + 1], vocabulary);
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
      skills.push({ name: categorised.name, keywords: items.map((item) => item.name) });
    } else {
      for (const item of items) skills.push(item.level ? { name: item.name, level: item.level } : { name: item.name });
    }
  }
  close();
  return skills;
}

/**
 * A category and its list on one line: "Languages: Go, C++", "Data — Snowflake, dbt, Airflow"
 * (but "Python - advanced" is a skill and its level).
 */
function splitCategory(text: string, vocabulary: SkillVocabulary): { name: string; body: string } | undefined {
  const colon = categorisedLine.exec(text);
  if (colon) return { name: (colon[1] ?? '').trim(), body: colon[2] ?? '' };
  const dash = /^([^:,;|•·–—]{2,40}?)\s+[–—-]\s+(.+)$/.exec(text);
  const name = (dash?.[1] ?? '').trim();
  const body = (dash?.[2] ?? '').trim();
  if (!dash || !isLabel(name) || known(name, vocabulary) || levelWords.test(body)) return undefined;
  return listSeparator.test(body) || namesSkill(body, vocabulary) ? { name, body } : undefined;
}

/**
 * The category a line heads, if it heads one: "Languages:", or a short label that is not a
 * skill itself over bullets or known skills ("Data platforms" / "Snowflake dbt Airflow"), or
 * labels side by side over the columns they head ("Languages | Tools" → "Languages / Tools").
 */
function categoryHeading(line: EntryLine, next: EntryLine | undefined, vocabulary: SkillVocabulary): string | undefined {
  // A blank line ends what a label could head.
  if (line.bullet || !next || next.text === '') return undefined;
  const label = /^([^:]{2,40}):$/.exec(line.text);
  if (label && isLabel(label[1] ?? '')) return (label[1] ?? '').trim();
  const cells = line.text.split(/\s+\|\s+/);
  if (!cells.every(isLabel)) return undefined;
  // A label over bullets heads them even when it is a skill itself ("Machine learning" / "• PyTorch").
  if (cells.length === 1 && next.bullet) return line.text;
  // "Observability" / "Grafana Prometheus": a skill over a line of skills is their category.
  if (cells.length === 1 && known(line.text, vocabulary) && knownSkillCount(next.text, vocabulary) >= 2) return line.text;
  if (cells.every((cell) => namesSkill(cell, vocabulary))) return undefined;
  // "Marketing" / "Email Marketing": a one-word label that the first item under it narrows.
  if (cells.length === 1 && /^\p{L}+$/u.test(line.text) && sharesWord(line.text, next.text)) return line.text;
  if (cells.length > 1) return next.text.split(/\s+\|\s+/).length >= cells.length && namesSkill(next.text, vocabulary) ? cells.join(' / ') : undefined;
  // "Marketing" / "Email Marketing, Google": a label over a list, or over a line that names a skill.
  const overSkills = namesSkill(next.text, vocabulary) || findSkillNames(next.text, vocabulary, { skillsContext: true }).length > 0;
  return listSeparator.test(next.text) || overSkills ? line.text : undefined;
}

// A short label with no list in it: "Languages", "Data platforms", "Frontend & Design".
function isLabel(text: string): boolean {
  return text.length <= 40 && text.split(/\s+/).length <= 4 && !/[:,;|•·]/.test(text) && !/\d/.test(text);
}

// Whether a line lists at least one known skill: "Snowflake dbt Airflow", "Figma, Prototyping", "HTML/CSS".
function namesSkill(text: string, vocabulary: SkillVocabulary): boolean {
  return splitListItems(text.replace(/\s*\([^()]*\)/g, ''))
    .flatMap((item) => [item, ...item.split('/')])
    .some((item) => known(item, vocabulary) || splitSpacedSkills(item, vocabulary) !== undefined);
}

function sharesWord(label: string, next: string): boolean {
  const first = splitListItems(next)[0] ?? '';
  return first.length > label.length && first.toLowerCase().split(/\s+/).includes(label.toLowerCase());
}

function knownSkillCount(text: string, vocabulary: SkillVocabulary): number {
  const items = splitListItems(text).flatMap((item) => splitSpacedSkills(item, vocabulary) ?? [item]);
  return items.filter((item) => known(item, vocabulary)).length;
}

function known(text: string, vocabulary: SkillVocabulary): boolean {
  return vocabulary.lookup.has(phraseKey(text));
}

/**
 * The lines before a job or a school that the text order put after the Skills heading (a
 * sidebar read before the main column): a dated line that names no skill starts an entry, with
 * the plain lines just above it ("Fastly Inc." / "Site Reliability Engineer" / "03/2019 - 11/2022"),
 * and all after it is that entry's. A dated line that names a skill only loses its dates.
 */
function beforeFirstEntry(lines: readonly EntryLine[], vocabulary: SkillVocabulary): EntryLine[] {
  const namesAny = (text: string) => findSkillNames(text, vocabulary, { skillsContext: true }).length > 0;
  const entry = lines.findIndex((line) => findDateRange(line.text) !== undefined && !namesAny(line.text));
  const kept = entry === -1 ? [...lines] : lines.slice(0, entry);
  if (entry !== -1) {
    for (let header = 0; header < 2; header++) {
      const last = kept[kept.length - 1];
      if (!last || last.text === '' || last.bullet || listSeparator.test(last.text) || namesAny(last.text)) break;
      kept.pop();
    }
  }
  return kept.flatMap((line) => {
    const range = findDateRange(line.text);
    if (!range) return [line];
    // "Kotlin (2018 - 2024)": the skill stays, its years go.
    const text = `${line.text.slice(0, range.index)}${line.text.slice(range.index + range.match.length)}`.replace(/\(\s*\)|[\s,;|–—-]+$/g, '').trim();
    return text === '' ? [] : [{ ...line, text }];
  });
}

// Each line under a category heading ends an item ("Salesforce" / "HubSpot CRM").
function categoryKeywords(lines: readonly EntryLine[], vocabulary: SkillVocabulary): string[] {
  return skillItems(lines.map((line) => line.text).join(', '), vocabulary).map((item) => item.name);
}

/**
 * Rejoins a comma list that a narrow column wrapped inside an item: a list line that does not
 * end with its separator broke inside its last item ("Salesforce, MEDDIC, Pipeline" /
 * "Management, Google Analytics").
 */
function joinWrappedItems(lines: readonly EntryLine[], vocabulary: SkillVocabulary): EntryLine[] {
  const joined: EntryLine[] = [];
  for (const [index, line] of lines.entries()) {
    const previous = joined[joined.length - 1];
    // The line above as printed: a wrapped remainder ("Instruction") is no list of its own.
    const printed = lines[index - 1];
    if (previous && printed && wrapsInsideItem(printed, line, vocabulary)) previous.text = `${previous.text} ${line.text}`;
    else joined.push({ ...line });
  }
  return joined;
}

function wrapsInsideItem(previous: EntryLine, line: EntryLine, vocabulary: SkillVocabulary): boolean {
  if (line.text === '' || line.bullet || splitCategory(line.text, vocabulary)) return false;
  // A line that ends with its separator, or with an item's bracket ("Excel (advanced)"), ended its item.
  if (!listSeparator.test(previous.text) || /[,;•·▪◦⋅∙)\]]$/.test(previous.text)) return false;
  // Cells of columns ("Curriculum Design | Python") end where the column does.
  if (previous.text.includes('|') || line.text.includes('|')) return false;
  // A wrapped line filled the column: the rest under it is seldom much longer.
  if (previous.text.length < line.text.length * 0.75) return false;
  const head = splitListItems(previous.text).at(-1) ?? '';
  const tail = splitListItems(line.text)[0] ?? '';
  const joined = `${head} ${tail}`;
  if (joined.split(/\s+/).length > 4) return false;
  // "Python, Go" / "Docker, Kubernetes": two known skills end and start the lines; "Google" / "Analytics" is one.
  return known(joined, vocabulary) || !(namesSkill(head, vocabulary) || namesSkill(tail, vocabulary));
}

function skillItems(text: string, vocabulary: SkillVocabulary): { name: string; level?: string }[] {
  const items = splitListItems(text);
  // A sentence, not a list: keep the skills it names.
  if (items.length === 1 && text.split(/\s+/).length >= 7) {
    return findSkillNames(text, vocabulary).map((name) => ({ name }));
  }
  return items.flatMap((item) => splitItem(item, vocabulary));
}

function splitItem(item: string, vocabulary: SkillVocabulary): { name: string; level?: string }[] {
  const bracket = /^(.*?)\s*\(([^()]+)\)$/.exec(item);
  if (bracket) {
    const name = (bracket[1] ?? '').trim();
    const inside = (bracket[2] ?? '').trim();
    if (name === '') return splitItem(inside, vocabulary);
    if (levelWords.test(inside)) return [{ name, level: inside }];
    // "Python (scripting)", "AWS (EC2, S3)": what the brackets say qualifies the skill before them.
    return [{ name: `${name} (${inside})` }];
  }
  const dashed = /^(.+?)\s+[-–—:]\s+(.+)$/.exec(item);
  if (dashed && levelWords.test((dashed[2] ?? '').trim())) return [{ name: (dashed[1] ?? '').trim(), level: (dashed[2] ?? '').trim() }];
  const isKnown = (text: string) => known(text, vocabulary);
  // "HTML/CSS" is two skills; "CI/CD" and "A/B testing" are one.
  if (/\S\/\S/.test(item) && !isKnown(item)) {
    const halves = item.split('/');
    if (halves.every((half) => isKnown(half.trim()))) return halves.map((half) => ({ name: half.trim() }));
  }
  const and = /^(.+?)\s+(?:and|&)\s+(.+)$/i.exec(item);
  if (and && !isKnown(item) && isKnown((and[1] ?? '').trim()) && isKnown((and[2] ?? '').trim())) {
    return [{ name: (and[1] ?? '').trim() }, { name: (and[2] ?? '').trim() }];
  }
  const spaced = splitSpacedSkills(item, vocabulary);
  if (spaced) return spaced.map((name) => ({ name }));
  return item.length <= 60 ? [{ name: item }] : findSkillNames(item, vocabulary).map((name) => ({ name }));
}
