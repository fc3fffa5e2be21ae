/**
 * Projects: "Campus Eats — React Native app for dining hall menus", "Raytracer: C++ path
 * tracer", or a name line followed by a description and bullets.
 */
import type { ResumeProject } from '../../protocol/json-resume.ts';
import { findSkillNames } from '../skill-tokenizer.ts';
import type { SkillVocabulary } from '../skill-vocabulary.ts';
import { findDateRange } from './find-date-range.ts';
import { joinWrappedLines } from './join-wrapped-lines.ts';
import type { ResumeLine } from './resume-lines.ts';
import { withoutDate } from './split-entry-header.ts';

const urlPattern = /\b(?:https?:\/\/|www\.|github\.com\/)[^\s|,;()]+/i;

/**
 * Parses the lines of a Projects section into JSON Resume projects; `keywords` are the
 * vocabulary skills each project names.
 *
 * @example
 * parseProjects(toResumeLines('Raytracer — C++ path tracer'), loadSkillVocabulary());
 * // [{ name: 'Raytracer', description: 'C++ path tracer', keywords: ['C++'] }]
 */
export function parseProjects(lines: readonly ResumeLine[], vocabulary: SkillVocabulary): ResumeProject[] {
  const projects: ResumeProject[] = [];
  let current: ResumeProject | undefined;
  for (const line of joinWrappedLines(lines)) {
    if (line.text === '') continue;
    if (line.bullet && current) {
      (current.highlights ??= []).push(line.text);
      continue;
    }
    const url = urlPattern.exec(line.text)?.[0];
    const withoutUrl = line.text.replace(urlPattern, '').trim();
    const range = findDateRange(withoutUrl);
    const text = withoutDate(withoutUrl, range);
    const split = /^(.{2,60}?)\s*(?:\s[–—-]\s|:\s|\s\|\s)\s*(.+)$/.exec(text);
    const name = split?.[1]?.trim() ?? text;
    const isHeader = (split && name.split(/\s+/).length <= 6) || (!split && text.split(/\s+/).length <= 6 && !/[.!?]$/.test(text));
    if (!isHeader && current && !current.description) {
      current.description = text;
      continue;
    }
    if (!isHeader && current) {
      (current.highlights ??= []).push(text);
      continue;
    }
    current = { name };
    if (split?.[2]) current.description = split[2].trim();
    if (range?.startDate) current.startDate = range.startDate;
    if (range && !range.present && range.endDate) current.endDate = range.endDate;
    if (url) current.url = /^https?:/i.test(url) ? url : `https://${url}`;
    projects.push(current);
  }
  for (const project of projects) {
    const keywords = findSkillNames([project.name, project.description, ...(project.highlights ?? [])].join('\n'), vocabulary);
    if (keywords.length > 0) project.keywords = keywords;
  }
  return projects;
}
