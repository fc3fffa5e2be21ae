/**
 * The language a posting is written in, told by its small words, for the writers that write
 * in English: a letter for a posting in German is said to be in English, never mixed.
 */
import { readsAsEnglish } from './written-language.ts';

// Small words each language uses and the others (and English) seldom do.
const smallWords: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  ['German', new Set('der die das und mit für von im den dem ein eine zu auf ist bei du sie wir ihr dein deine ihre unser unsere oder sowie nicht auch'.split(' '))],
  ['Dutch', new Set('het een van voor met op bij je jij wij ons onze en of ook niet naar zijn'.split(' '))],
  ['French', new Set('le les des et avec pour une au aux dans sur est vous nous votre notre du'.split(' '))],
  ['Spanish', new Set('el los las y con por una al su sus del para nuestro nuestra tu eres'.split(' '))],
  ['Portuguese', new Set('do da dos das em e o os com no na nos nas pelo pela um uma você nosso nossa'.split(' '))],
  ['Italian', new Set('il gli della nel nella per con di e un una sei nostro nostra tuo'.split(' '))],
  ['Polish', new Set('w z na dla się oraz od po przez i jest nasz nasza'.split(' '))],
];

/**
 * The name of the language a posting is written in when it is not English, else undefined.
 *
 * @example
 * postingLanguage('Du entwickelst Webanwendungen mit React und arbeitest eng mit dem UX-Team zusammen.'); // 'German'
 * postingLanguage('You will build web apps with React.'); // undefined
 */
export function postingLanguage(text: string): string | undefined {
  if (readsAsEnglish(text)) return undefined;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: string | undefined;
  let bestCount = 0;
  for (const [language, known] of smallWords) {
    const count = words.filter((word) => known.has(word)).length;
    if (count > bestCount) [best, bestCount] = [language, count];
  }
  return bestCount >= 2 ? best : undefined;
}
