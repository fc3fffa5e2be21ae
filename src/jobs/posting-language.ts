/**
 * The language names a person calls a posting by ("the french one", "the German posting"), by
 * the words they type, accents folded, and the language each names.
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

/** Each language's small words (articles, prepositions, pronouns) that an English text does not use. */
const smallWords: ReadonlyArray<readonly [string, ReadonlySet<string>]> = (
  [
    ['English', 'the and of to with for you our we your are is in on as be will this that from an'],
    ['French', 'le la les des du et une un pour avec vous nous est dans sur au aux votre nos notre sont qui que ce cette de en'],
    ['German', 'der die das und mit für sie wir ist ein eine einen bei zu von auf im den dem ihre unser unsere oder'],
    ['Spanish', 'el la los las y con para usted nosotros es en un una del al su sus nuestro nuestra que por'],
    ['Portuguese', 'o a os as e com para você nós é em um uma do da dos das no na seu sua nosso nossa que por'],
    ['Italian', 'il lo la gli le e con per voi noi è in un una del della dei delle nel nella suo sua nostro nostra che'],
    ['Dutch', 'de het en met voor je jij wij we is in een van op bij aan onze ons jouw zijn die dat'],
  ] as const
).map(([language, words]) => [language, new Set(words.split(' '))] as const);

/**
 * The language a posting is written in, by which language's small words its title and text use
 * most (English when nothing else leads): "Gestionnaire de produit … Vous travaillerez avec …" is French.
 *
 * @example
 * postingLanguage({ title: 'Gestionnaire de produit', description: 'Vous travaillerez avec nos équipes.' }); // 'French'
 */
export function postingLanguage(posting: { title: string; description: string }): string {
  const words = `${posting.title} ${posting.description.slice(0, 3000)}`.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = { language: 'English', count: 0 };
  for (const [language, small] of smallWords) {
    const count = words.filter((word) => small.has(word)).length;
    if (count > best.count) best = { language, count };
  }
  return best.language;
}
