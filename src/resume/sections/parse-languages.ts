/**
 * Spoken languages: "English (native), Spanish (fluent)", "Italian — native", "French - B1",
 * "German: basic".
 */
import type { ResumeLanguage } from '../../protocol/json-resume.ts';
import type { ResumeLine } from './resume-lines.ts';
import { splitListItems } from './split-list-items.ts';

/**
 * "Knowledge of" before a language's name, as people write it in Dutch, German, English, French,
 * Spanish, Portuguese and Italian ("Kennis van Frans", "Gute Kenntnisse in Französisch",
 * "Working knowledge of Spanish", "Connaissance de l'anglais", "Conocimientos de inglés"): the
 * words are the level, the name after them the language.
 */
const knowledgeOf = new RegExp(
  '^((?:(?:zeer\\s+)?goede?|basis|gute|sehr\\s+gute|fundierte|working|basic|good|fluent|bonnes?|buenos?|bons?|buona|ottima)?\\s*' +
    '(?:kennis|kenntnisse|grundkenntnisse|knowledge|connaissances?|conocimientos?|conhecimentos?|conoscenza|nozioni))' +
    '\\s+(?:van(?:\\s+het)?|in|of|de\\s+l[’\']|de(?:\\s+la)?|du|en|em|del(?:l[’\'])?|della|di)\\s*',
  'iu',
);

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
    for (const listed of splitListItems(line.text)) {
      const wrapped = knowledgeOf.exec(listed);
      const item = wrapped ? listed.slice(wrapped[0].length) : listed;
      const match = /^([\p{L}][\p{L} ]{1,30}?)\s*(?:\(([^)]+)\)|[:–—-]\s*(.+))?$/u.exec(item);
      if (!match) continue;
      const language: ResumeLanguage = { language: (match[1] ?? '').trim() };
      // "Gute Kenntnisse in Französisch": the words around the language are its level.
      const fluency = (match[2] ?? match[3] ?? wrapped?.[1] ?? '').trim();
      if (fluency) language.fluency = fluency;
      languages.push(language);
    }
  }
  return languages;
}
