/**
 * Whether a line is written in English, told by its small words: a resume written in two
 * languages ("Reduzi as não-conformidades em 60%", "Kept the daily temperature records")
 * gives a letter in English only the lines it can quote without switching language.
 */

// Words that are English and in no other language a resume is often written in.
const english = new Set(
  'the and of to for with on by from at my our into across per over than was were which that this these those their its has have had while who'.split(' '),
);
// Small words of Portuguese, Spanish, French, German, Italian, Dutch and Polish that English does not use.
const other = new Set(
  (
    'de do da dos das em e o os as para com no na nos nas pelo pela pelos pelas um uma uns umas que ao aos à às ' +
    'del la el los las en y con por una al se su sus ' +
    'du le les des et avec pour une au aux dans sur est ' +
    'der die das und mit für von im den dem ein eine zu auf ist bei ' +
    'di della il gli nel nella per con ' +
    'het een van voor met op bij ' +
    'w z na dla się oraz od po przez'
  ).split(' '),
);

/**
 * True when the text reads as English (or says too little to tell); false when its small
 * words are another language's.
 *
 * @example
 * readsAsEnglish('Wrote the HACCP plan for two kitchens'); // true
 * readsAsEnglish('Escrevi o plano HACCP de dois restaurantes'); // false
 */
export function readsAsEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let englishWords = 0;
  let otherWords = 0;
  for (const word of words) {
    if (english.has(word)) englishWords++;
    else if (other.has(word)) otherWords++;
  }
  // A lower-case word with an accent ("gestão", "técnicas", "für") is seldom English; capitalised ones are names ("Tágide").
  for (const word of text.match(/(?<![\p{L}])\p{Ll}*[ãõçâêôáéíóúàèìòùäöüßñąćęłńśźż]\p{Ll}*/gu) ?? []) if (!/^(?:café|cafés|déjà|naïve|façade|résumé|rosé|crème|brûlée|purée|sauté|sautéed|flambé|entrée|entrées|jalapeño|jalapeños)$/.test(word)) otherWords++;
  return !(otherWords >= 2 && otherWords > englishWords);
}
