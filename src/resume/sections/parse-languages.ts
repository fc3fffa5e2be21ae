/**
 * Spoken languages: "English (native), Spanish (fluent)", "Italian — native", "French - B1",
 * "German: basic".
 */
import type { ResumeLanguage } from '../../protocol/json-resume.ts';
import { languageNames } from '../spoken-languages.ts';
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
  for (const written of lines) {
    const line = { ...written, text: englishHalves(written.text) };
    // "Deutsch ⇥ Muttersprache", "Englisch ⇥ verhandlungssicher (C1)": a table's row, the language beside its level.
    // "Hindi, Marathi ⇥ Muttersprache": one level for every language the row's first cell names.
    const cells = line.text.split(/\s*[|\t]\s*/).map((cell) => cell.trim()).filter(Boolean);
    const names = splitListItems(cells[0] ?? '').map((cell) => /^\P{L}*(\p{L}[\p{L} ]{1,30})$/u.exec(cell)?.[1]?.trim());
    if (cells.length === 2 && names.length > 0 && names.every((name) => name !== undefined && !isLevel(name)) && isLevel(cells[1] ?? '')) {
      for (const name of names) languages.push({ language: name ?? '', fluency: withoutNestedLevel(cells[1] ?? '') });
      continue;
    }
    const before = languages.length;
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
    shareNativeLevel(languages.slice(before));
  }
  return languages;
}

// Language names and levels in English, the half of a bilingual pair that is kept.
const englishLanguage = new Set(languageNames.map((name) => name.toLowerCase()));
const englishLevel = /^(?:native(?:\s+speaker)?|mother\s+tongue|first\s+language|fluent|bilingual|proficient|advanced|upper[\s-]intermediate|intermediate|basic|beginner|elementary|conversational|good|very\s+good|working)$/iu;
const bilingualPair = /(\p{L}[\p{L} ]{1,30}?)\s*\/\s*(\p{L}[\p{L} ]{1,30}?)(?=\s*(?:[;,()–—:|\t-]|$))/gu;

/**
 * "Polski / Polish – ojczysty / native; Angielski / English – B2": a bilingual CV names each language and level in
 * both its languages, one thing said twice. Where one half of "A / B" is English, the English half is kept; other
 * pairs are left as written.
 */
function englishHalves(text: string): string {
  return text.replace(bilingualPair, (pair: string, left: string, right: string) => {
    const english = (half: string) => englishLanguage.has(half.trim().toLowerCase()) || englishLevel.test(half.trim());
    if (english(right) && !english(left)) return right.trim();
    if (english(left) && !english(right)) return left.trim();
    return pair;
  });
}

/**
 * "Hindi, Marathi (native)": the one language named bare right before a mother tongue's level is a mother tongue
 * too (a pair of first languages). A grade ("English, German (B2)") is left to the one it is written beside, and so
 * is a longer run of bare names: "English, Polish, Czech (native)" makes no one trilingual from birth — a level
 * read wrongly would meet a posting's mandatory language.
 */
function shareNativeLevel(line: readonly ResumeLanguage[]): void {
  for (const [index, language] of line.entries()) {
    if (!language.fluency || !nativeLevel.test(language.fluency)) continue;
    const before = line[index - 1];
    const runOfOne = before !== undefined && before.fluency === undefined && line[index - 2]?.fluency !== undefined;
    const pairAtStart = index === 1 && before?.fluency === undefined;
    if (before && (runOfOne || pairAtStart)) before.fluency = language.fluency;
  }
}

const nativeLevel = /^(?:native|native\s+speaker|mother\s+tongue|first\s+language|muttersprache|erstsprache|langue\s+maternelle|lengua\s+materna|nativo|nativa|língua\s+materna|madrelingua|moedertaal|modersmål|äidinkieli)$/iu;

// "C1 (avançado)" → "C1, avançado": a CEFR level with its words in brackets, which a display that puts the level
// itself in brackets would nest ("Inglês (C1 (avançado))").
function withoutNestedLevel(fluency: string): string {
  const nested = /^([ABC][12])\s*\(([^()]+)\)$/u.exec(fluency);
  return nested ? `${nested[1]}, ${nested[2]}` : fluency;
}

// "Muttersprache", "verhandlungssicher (C1)", "B2", "fluent": a level, not a second language's name. A
// level is written small, or is a CEFR grade, or holds one in brackets; a language's name is capitalised.
// ("verhandlungssicher (C1, telc)", "Gute Kenntnisse (B1, Goethe-Zertifikat)": a comma inside the brackets is the level's.)
function isLevel(cell: string): boolean {
  // "IELTS 8.0", "JLPT N2", "C1, TOEIC 945": a grade or a test's score opens the cell, whatever follows it.
  if (examLevel.test(cell) || nativeInScript.test(cell)) return true;
  return !/[,;•·]/.test(cell.replace(/\([^()]*\)/g, '')) && (/^\p{Ll}/u.test(cell) || /\b[ABC][12]\b/.test(cell) || levelWords.test(cell));
}

// "Native" written in Korean, Japanese and Chinese, which have no small letters to tell a level by ("한국어 ⇥ 모국어").
const nativeInScript = /^(?:모국어|원어민|母語|母国語|母语|ネイティブ)$/u;

// A CEFR grade, or a language test and its score or band, at the start of a level: "C1, TOEIC 945", "IELTS 7.5",
// "TOEFL iBT 104", "HSK 4", "JLPT N2", "TOPIK 5", "DELF B2", "Goethe-Zertifikat B1", "Cambridge C2 Proficiency".
const examLevel =
  /^(?:[ABC][12]\b(?:\s*[,(–—-]|$)|(?:IELTS|TOEFL(?:\s+iBT)?|TOEIC|HSK|JLPT|TOPIK|DELF|DALF|DELE|TCF|TEF|TestDaF|telc|Goethe(?:-Zertifikat)?|CILS|CELI|PTE|Cambridge)\b\s*(?:[ABC][12]|N[1-5]|\d))/u;

// The words for a level in English, German, French, Spanish, Portuguese, Italian and Dutch.
const levelWords =
  /^(?:native|mother\s+tongue|first\s+language|muttersprache|erstsprache|langue\s+maternelle|lengua\s+materna|língua\s+materna|madrelingua|moedertaal|nativo|nativa|fluent|bilingual|bilingue|proficient|advanced|intermediate|basic|beginner|elementary|conversational|professional|business|full\s+professional|limited|working|grundkenntnisse|basiskenntnisse|(?:sehr\s+)?gute\s+kenntnisse|erweiterte\s+kenntnisse|fließend|verhandlungssicher|gut|sehr\s+gut|courant|notions|avancé|intermédiaire|débutant|fluido|fluida|fluente|avanzado|intermedio|básico|avançado|intermediário|intermédio|buono|ottimo|vloeiend|goed)\b/iu;
