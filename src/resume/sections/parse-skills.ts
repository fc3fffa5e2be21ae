/**
 * Skills from a Skills section: "Languages: Go, C++, C#" (a category and its keywords),
 * "Python • pandas • SQL", "JavaScript / TypeScript / React", "Excel (advanced)" (a level),
 * "AWS (EC2, S3)" and "Python (scripting)" (one skill with its qualifier), "HTML/CSS", or a
 * sentence that names skills.
 */
import type { ResumeSkill } from '../../protocol/json-resume.ts';
import { findSkillNames } from '../skill-tokenizer.ts';
import type { SkillVocabulary } from '../skill-vocabulary.ts';
import { joinWrappedLines } from './join-wrapped-lines.ts';
import type { ResumeLine } from './resume-lines.ts';
import { splitListItems } from './split-list-items.ts';

const levelWords =
  /^(?:beginner|basic|elementary|novice|intermediate|advanced|expert|proficient|fluent|native|familiar|working knowledge|strong|good|excellent|\d+\+?\s*(?:years?|yrs?))$/i;

/**
 * Parses the lines of a Skills section into JSON Resume skills: a categorised line becomes
 * one skill named after the category with the items as keywords; other items become one
 * skill each.
 *
 * @example
 * parseSkills(toResumeLines('Languages: Go, C++, C#'), loadSkillVocabulary());
 * // [{ name: 'Languages', keywords: ['Go', 'C++', 'C#'] }]
 */
export function parseSkills(lines: readonly ResumeLine[], vocabulary: SkillVocabulary): ResumeSkill[] {
  const skills: ResumeSkill[] = [];
  const joined = joinWrappedLines(lines);
  let subCategory: ResumeSkill | undefined;
  for (const [index, line] of joined.entries()) {
    if (line.text === '') continue;
    // "Languages" / "• Java" / "• Go": a sub-heading names the category of the bullets under it.
    if (!line.bullet && isSubHeading(line.text) && nextFilled(joined, index)?.bullet === true) {
      subCategory = { name: line.text, keywords: [] };
      skills.push(subCategory);
      continue;
    }
    if (line.bullet && subCategory) {
      subCategory.keywords?.push(...skillItems(line.text, vocabulary).map((item) => item.name));
      continue;
    }
    subCategory = undefined;
    const category = /^([^:,]{2,40}):\s*(.+)$/.exec(line.text);
    const body = category ? (category[2] ?? '') : line.text;
    const items = skillItems(body, vocabulary);
    if (category) {
      skills.push({ name: (category[1] ?? '').trim(), keywords: items.map((item) => item.name) });
    } else {
      for (const item of items) skills.push(item.level ? { name: item.name, level: item.level } : { name: item.name });
    }
  }
  return skills;
}

// A short label with no list in it: "Languages", "Data platforms", "Frontend & Design".
function isSubHeading(text: string): boolean {
  return text.length <= 40 && text.split(/\s+/).length <= 4 && !/[:,;|•·]/.test(text);
}

function nextFilled<T extends { text: string }>(lines: readonly T[], index: number): T | undefined {
  return lines.slice(index + 1).find((line) => line.text !== '');
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
  const known = (text: string) => vocabulary.lookup.has(text.toLowerCase());
  // "HTML/CSS" is two skills; "CI/CD" and "A/B testing" are one.
  if (/\S\/\S/.test(item) && !known(item)) {
    const halves = item.split('/');
    if (halves.every((half) => known(half.trim()))) return halves.map((half) => ({ name: half.trim() }));
  }
  const and = /^(.+?)\s+(?:and|&)\s+(.+)$/i.exec(item);
  if (and && !known(item) && known((and[1] ?? '').trim()) && known((and[2] ?? '').trim())) {
    return [{ name: (and[1] ?? '').trim() }, { name: (and[2] ?? '').trim() }];
  }
  return item.length <= 60 ? [{ name: item }] : findSkillNames(item, vocabulary).map((name) => ({ name }));
}
