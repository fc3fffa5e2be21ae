import { postingLanguage } from '../../documents/posting-language.ts';

/**
 * What the answer says about a letter's language when the posting is written in another: the
 * letter is in English, whole, and the person decides whether that suits the employer.
 * Empty for a posting in English.
 *
 * @example
 * letterLanguageNote('Deine Aufgaben: Du entwickelst Webanwendungen mit React und TypeScript.');
 * // ' The posting is written in German; this letter is in English throughout (I do not write letters in German). …'
 */
export function letterLanguageNote(description: string): string {
  const language = postingLanguage(description);
  if (!language) return '';
  return ` The posting is written in ${language}; this letter is in English throughout (I do not write letters in ${language}). If the employer expects ${language}, have it translated, or ask whether an English application is welcome.`;
}
