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
    // "Deutsch ⇥ Muttersprache", "Englisch ⇥ verhandlungssicher (C1)": a table's row, the language beside its level.
    const cells = line.text.split(/\s*[|\t]\s*/).map((cell) => cell.trim()).filter(Boolean);
    const name = /^\P{L}*(\p{L}[\p{L} ]{1,30})$/u.exec(cells[0] ?? '')?.[1];
    if (cells.length === 2 && name && isLevel(cells[1] ?? '')) {
      languages.push({ language: name.trim(), fluency: withoutNestedLevel(cells[1] ?? '') });
      continue;
    }
    for (const listed of splitListItems(line.text)) {
      // "🇩🇪 German (native)": a flag or an icon before the name is no part of it.
      const bare = listed.replace(/^\P{L}+(?=\p{L})/u, '');
      const wrapped = knowledgeOf.exec(bare);
      const item = wrapped ? bare.slice(wrapped[0].length) : bare;
      // "Francês (B2 (intermédio))": a level in brackets may hold its words in brackets too.
      const match = /^([\p{L}][\p{L} ]{1,30}?)\s*(?:\(((?:[^()]|\([^()]*\))+)\)|[:–—-]\s*(.+))?$/u.exec(item);
      if (!match) continue;
      const language: ResumeLanguage = { language: (match[1] ?? '').trim() };
      // "Gute Kenntnisse in Französisch": the words around the language are its level.
      const fluency = withoutNestedLevel((match[2] ?? match[3] ?? wrapped?.[1] ?? '').trim());
      if (fluency) language.fluency = fluency;
      languages.push(language);
    }
  }
  return languages;
}

// "C1 (avançado)" → "C1, avançado": a CEFR level with its words in brackets, which a display that puts the level
// itself in brackets would nest ("Inglês (C1 (avançado))").
function withoutNestedLevel(fluency: string): string {
  const nested = /^([ABC][12])\s*\(([^()]+)\)$/u.exec(fluency);
  return nested ? `${nested[1]}, ${nested[2]}` : fluency;
}

// "Muttersprache", "verhandlungssicher (C1)", "B2", "fluent": a level, not a second language's name. A
// level is written small, or is a CEFR grade, or holds one in brackets; a language's name is capitalised.
function isLevel(cell: string): boolean {
  return !/[,;•·]/.test(cell) && (/^\p{Ll}/u.test(cell) || /\b[ABC][12]\b/.test(cell) || levelWords.test(cell));
}

const levelWords = /^(?:native|mother\s+tongue|muttersprache|langue\s+maternelle|lengua\s+materna|língua\s+materna|madrelingua|moedertaal|fluent|bilingual|proficient|advanced|intermediate|basic|beginner|elementary|conversational|professional|business|full\s+professional|limited|grundkenntnisse|fließend|verhandlungssicher|gut|sehr\s+gut)\b/iu;
