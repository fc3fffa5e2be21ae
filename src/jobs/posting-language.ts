/**
 * The language names a person calls a posting by ("the french one", "the German posting"), by
 * the words they type, accents folded, and the language each names. Which language a posting
 * is written in is told by `postingLanguage` (src/resume/posting-language.ts).
 */
export const languageNames: Readonly<Record<string, string>> = {
  english: 'English', anglais: 'English',
  french: 'French', francais: 'French', francaise: 'French',
  german: 'German', deutsch: 'German', deutsche: 'German',
  spanish: 'Spanish', espanol: 'Spanish',
  portuguese: 'Portuguese', portugues: 'Portuguese',
  italian: 'Italian', italiano: 'Italian',
  dutch: 'Dutch', nederlands: 'Dutch',
};
