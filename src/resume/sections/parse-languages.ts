/**
 * Spoken languages: "English (native), Spanish (fluent)", "Italian — native", "French - B1",
 * "German: basic".
 */
import type { ResumeLanguage } from '../../protocol/json-resume.ts';
import type { ResumeLine } from './resume-lines.ts';
import { splitListItems } from './split-list-items.ts';

/**
 * Parses the lines of a Languages section into JSON Resume languages.
 *
 * @example
 * parseLanguages(toResumeLines('English (native), German (B2)'));
 * // [{ language: 'English', fluency: 'native' }, { language: 'German', fluency: 'B2' }]
 */
export function parseLanguages(lines: readonly ResumeLine[]): ResumeLanguage[] {
  const languages: ResumeLanguage[] = [];
  for (const line of lines) {
    for (const item of splitListItems(line.text)) {
      const match = /^([\p{L}][\p{L} ]{1,30}?)\s*(?:\(([^)]+)\)|[:–—-]\s*(.+))?$/u.exec(item);
      if (!match) continue;
      const language: ResumeLanguage = { language: (match[1] ?? '').trim() };
      const fluency = (match[2] ?? match[3] ?? '').trim();
      if (fluency) language.fluency = fluency;
      languages.push(language);
    }
  }
  return languages;
}
