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
  for (const [language, small] of smallWords) {
    const count = words.filter((word) => small.has(word)).length;
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

/** Each language's small words (pronouns, articles, prepositions, common verbs) that English does not spell. */
const smallWords: ReadonlyArray<readonly [string, ReadonlySet<string>]> = (
  [
  ['German', 'ich du wir ihr sie ist bin bist sind habe hast hat haben nicht und oder ein eine einen einem der das dem den des zu wie wo warum auf bei mit für von aus nach soll sollte kann kannst können möchte will mir mich dir dich mein meine meinen bitte danke auch noch schon sehr gut über morgen heute gibt welche welcher'],
  ['French', 'je tu il elle nous vous ils est suis sont ai avez une des les le la du au aux pour avec dans sur pas mon ma mes ton votre ce cette qui que quoi où et ou je cherche emploi travail merci bonjour voudrais peux pouvez'],
  ['Spanish', 'yo tú él ella nosotros es soy estoy son tengo tiene el los las una un del en con para por que qué mi mis tu y o hola gracias quiero busco trabajo puedes puede necesito dónde cómo'],
  ['Portuguese', 'eu você ele ela nós é sou estou são tenho tem os as uma um do da dos das em no na com para por que meu minha e ou olá obrigado obrigada quero procuro emprego vaga pode preciso onde como'],
  ['Italian', 'io tu lui lei noi è sono ho hai il lo gli una uno del della in con per che mio mia e o ciao grazie voglio cerco lavoro puoi posso dove come'],
  ['Dutch', 'ik jij je hij zij wij is ben heb hebt een het de van en voor met mijn niet zoek baan vacature kun kunt wil waar hoe bedankt dank'],
  ['Polish', 'ja ty on ona my jest jestem mam nie dla z w na moje mój moja szukam pracy praca proszę dziękuję cześć czy gdzie jak możesz chcę'],
  ] as const
).map(([language, words]) => [language, new Set(words.split(' '))] as const);
