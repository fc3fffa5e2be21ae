import { languageWords } from './language-words.ts';

/**
 * The language a message is written in when it is not English and the planner cannot read it (`null`: one
 * it cannot name either; `undefined`: the message reads as English): a script
 * other than the Latin alphabet ("我想找北京的工作", "ищу работу"), or a sentence made mostly of another
 * language's small words ("ich habe morgen ein Gespräch bei Siemens", "je voudrais un emploi à Lyon").
 * A German or French word in an English sentence is no foreign sentence: English words outnumber them.
 *
 * @example
 * foreignLanguageOf('ich habe morgen ein Gespräch bei Siemens, was soll ich tun?'); // 'German'
 * foreignLanguageOf('find a Stelle in Berlin'); // undefined
 */
export function foreignLanguageOf(text: string): string | null | undefined {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return undefined;
  const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length;
  if (latin < letters.length / 2) return scriptLanguage(letters);
  const words = text.toLowerCase().match(/\p{L}+(?:'\p{L}+)?/gu) ?? [];
  if (words.length < 3) return undefined;
  const english = words.filter((word) => englishWords.has(word)).length;
  let best: { language: string; count: number } | undefined;
  for (const { language, own, sharedWithEnglish } of languageWords) {
    const count = words.filter((word) => own.has(word) || sharedWithEnglish.has(word)).length;
    if (!best || count > best.count) best = { language, count };
  }
  return best && best.count >= 3 && best.count * 3 >= words.length && best.count > 2 * english ? best.language : undefined;
}

/** The language written in a script other than the Latin alphabet, by the script most of its letters are in. */
function scriptLanguage(letters: readonly string[]): string | null {
  const counts = new Map<string | null, number>();
  for (const letter of letters) {
    const language = scripts.find(([script]) => script.test(letter))?.[1] ?? null;
    counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  return [...counts].sort((left, right) => right[1] - left[1])[0]?.[0] ?? null;
}

const scripts: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{Script=Hangul}/u, 'Korean'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Japanese'],
  [/\p{Script=Han}/u, 'Chinese'],
  [/\p{Script=Cyrillic}/u, 'Russian'],
  [/\p{Script=Arabic}/u, 'Arabic'],
  [/\p{Script=Hebrew}/u, 'Hebrew'],
  [/\p{Script=Devanagari}/u, 'Hindi'],
  [/\p{Script=Greek}/u, 'Greek'],
  [/\p{Script=Thai}/u, 'Thai'],
];

/** English words that say a sentence is English whatever else it holds. */
const englishWords = new Set(
  'the a an to for of in on at with and or my me i is are am it this that you your can could please find show write job jobs what how do does'.split(' '),
);
