/**
 * Sentences in a language the rules planner does not read, and the few words of one that
 * slip into English ("match me against the Frontend Entwickler Stelle", "a German
 * Lebenslauf"). Read by the words a language cannot do without (articles, pronouns,
 * the verbs of a request; `languageWords`): a sentence of them, and few English ones, is not English.
 */

import { asCareerWish } from './career-wish.ts';
import { foreignLanguageOf } from './foreign-language.ts';
import { inPlainEnglish } from './translated-english.ts';
import { inEnglishWords } from './german-words.ts';
import { otherLanguageWords } from './language-words.ts';

/** Words that say a sentence is English, whatever else it holds. */
const englishWords = new Set(
  (
    'i me my you your we they it its this that these those the a and or of to for with from about on at is are was be been do does did ' +
    'not no yes what which who how when where why can could would should will shall please pls show find search get give make let want ' +
    'need have has had just im i\'m i\'ve i\'d don\'t can\'t any some all new one too now later jobs job resume cv letter interview remind ' +
    'save open write apply applied mark as hi hello hey thanks thank ok okay btw anyway also there their them'
  ).split(' '),
);

/** The words of a sentence, lower-cased, apostrophes kept. */
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}']+/gu) ?? [];

/** Whether a sentence is said in another language than English. */
export function saidInAnotherLanguage(sentence: string): boolean {
  const words = wordsOf(sentence);
  const foreign = words.filter((word) => otherLanguageWords.has(word)).length;
  const english = words.filter((word) => englishWords.has(word)).length;
  // (One foreign word among English ones is a slip: "no Werkstudent bitte".)
  // (Or another script, or a sentence of a language's small words this list lacks: `foreignLanguageOf`.)
  return (foreign >= 2 && foreign >= english * 2) || foreignLanguageOf(sentence) !== undefined;
}

/** Whether a text holds a word of another language (a step read from "jeden Montag neue React Jobs" is a misreading). */
export function holdsForeignWord(text: string): boolean {
  return wordsOf(text).some((word) => otherLanguageWords.has(word));
}

/**
 * The pieces of a message: its sentences, and the parts of a sentence set apart by a comma or a
 * dash ("busco trabajo de chef en Dublin, in english sorry - chef jobs dublin"), each with the
 * marks that end it.
 */
function piecesOf(message: string): string[] {
  return message.match(/[^.!?,;]+?(?:[.!?,;]+(?=\s|$)|\s-(?=\s)|$)|[.!?,;]+/g)?.map((piece) => piece.trim()).filter(Boolean) ?? [];
}

/**
 * A message split into its sentences said in another language and the rest, in English;
 * undefined when no sentence is in another language.
 *
 * @example
 * otherLanguageIn('hi, I am Ana. zeig mir neue Stellen'); // { foreign: ['zeig mir neue Stellen'], english: 'hi, I am Ana.' }
 */
export function otherLanguageIn(message: string): { foreign: string[]; english: string; language: string | null } | undefined {
  // ("12.12. um 14:30" holds full stops that end no sentence: a date is no sentence's end.)
  const sentences = piecesOf(message.replace(/\b(\d{1,2})\.(\d{1,2})\.(?!\d)/g, '$1\u2024$2\u2024').replace(/(\d)\.(?=\d)/g, '$1\u2024'));
  const foreign = sentences.filter(saidInAnotherLanguage);
  if (foreign.length === 0) return undefined;
  const restore = (text: string) => text.replace(/\u2024/g, '.');
  const said = (piece: string) => restore(piece).replace(/[\s,;-]+$/, '');
  const language = foreignLanguageOf(restore(foreign.join(' '))) ?? null;
  return { foreign: foreign.map(said), english: restore(sentences.filter((sentence) => !foreign.includes(sentence)).join(' ')), language };
}

/**
 * An English message with the German words that slip into it said in English (`inEnglishWords`): "Stelle" is
 * a job, "Lebenslauf" a resume, "Anschreiben" a cover letter, "bitte" a please.
 *
 * @example
 * withEnglishWords('how well do I match the Frontend Entwickler Stelle?'); // 'how well do I match the Frontend Entwickler job?'
 */
export function withEnglishWords(message: string): string {
  // (Never inside quotes, a path or an address: "~/Documents/Lebenslauf Jonas.pdf" is a file's name.)
  const said = message.split(/("[^"]*"|“[^”]*”|\S*[/\\~@]\S*|\S+\.(?:pdf|docx?|md|txt|json|odt|rtf)\b)/i);
  // (English as translation software writes it, "I desire to conserve this employment", is read as plain English too;
  // "I want to go back to logistics" is the work wanted, never an undo.)
  const text = said.map((part, index) => (index % 2 === 1 ? part : inPlainEnglish(asCareerWish(inEnglishWords(part))))).join('');
  return text === message ? message : text.replace(/\s{2,}/g, ' ').replace(/\s+([.!?,])/g, '$1').trim();
}
