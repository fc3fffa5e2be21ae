/**
 * The small words of the languages people mix with English or write to jobpilot in instead: one list per
 * language, read both to tell whether a sentence is said in another language (`saidInAnotherLanguage`,
 * `holdsForeignWord`) and to name which one (`foreignLanguageOf`).
 *
 * Each language's words come in two parts: its `own` words, which English neither spells nor writes as a name
 * ("ich", "voudrais", "busco"), and the words it shares with English's spelling, its places and its
 * abbreviations ("is", "on", "los", "van", "AI", "EST"). Only a sentence's words count towards a language
 * whichever part they are in; a word in a step's text says the text is foreign only when it is an own word
 * ("a van driver", "Los Angeles" and "AI jobs" are English).
 *
 * @example
 * languageWords.find(({ language }) => language === 'French')?.own.has('voudrais'); // true
 * otherLanguageWords.has('los'); // false: "Los Angeles"
 */
export interface LanguageWords {
  language: string;
  /** Words English neither spells nor writes as a name. */
  own: ReadonlySet<string>;
  /** The language's words that English spells too, or writes as a place, a name or an abbreviation. */
  sharedWithEnglish: ReadonlySet<string>;
}

const words = (...lines: string[]) => new Set(lines.join(' ').split(/\s+/).filter(Boolean));

export const languageWords: readonly LanguageWords[] = [
  {
    language: 'German',
    own: words(
      'ich du mir mich dir dich wir uns euch ihr sie es ein eine einen einem einer der das dem den des und oder nicht kein keine keinen',
      'bitte danke hallo servus moin mit für bei auf zu zum zur vom von aus ist sind bist hast habe haben kannst können kann',
      'möchte möchten würde würdest mach mache machen zeig zeige such suche suchen finde finden schreib schreibe schreiben',
      'verschieb verschiebe lösch lösche speicher speichere gib gibt sag wie wo wann warum welche welcher welches auch noch schon',
      'jetzt heute morgen gestern neue neuen neues stelle stellen stunde stunden uhr kürzer länger ja nein genau sehr als dass',
      'wenn aber weil mein meine meinen meinem meiner dein deine deinen mal doch eigentlich gerne über nach jeden jede soll sollte',
    ),
    sharedWithEnglish: words('bin hat will gut'),
  },
  {
    language: 'French',
    own: words(
      'je tu vous nous moi ils elle le les des une du aux pour avec dans sur pas oui merci bonjour salut cherche emploi travail',
      'peux pouvez voudrais mes votre cette qui que quoi où ou quel quelle quels sont avez suis offres',
    ),
    sharedWithEnglish: words('il est ai la au mon ma ton ce et'),
  },
  {
    language: 'Spanish',
    own: words('tú él ella nosotros es estoy tengo tiene una para por que qué mis tu hola gracias quiero busco buscando trabajo empleo puedes puede necesito dónde cómo'),
    sharedWithEnglish: words('yo soy son el los las un del en con mi y o'),
  },
  {
    language: 'Portuguese',
    own: words('você ele ela nós é sou estou são tenho tem uma para por que meu minha ou olá obrigado obrigada quero procuro emprego vaga vagas pode preciso onde'),
    sharedWithEnglish: words('eu os as um do da dos das em no na com e como'),
  },
  {
    language: 'Italian',
    own: words('tu lui noi è sono hai gli una della che mio ciao grazie voglio vorrei cerco lavoro puoi posso'),
    sharedWithEnglish: words('io lei ho il lo uno in del con per mia e o dove come'),
  },
  {
    language: 'Dutch',
    own: words('ik jij je mij hij zij wij een het niet voor naar mijn zoek baan vacature vacatures werk graag alsjeblieft hoi bedankt kun kunt heb hebt wil waar'),
    sharedWithEnglish: words('is ben de van en met hoe dank'),
  },
  {
    language: 'Polish',
    own: words('ja ty ona jest jestem nie dla moje mój moja szukam pracy praca proszę dziękuję cześć czy gdzie możesz chcę'),
    sharedWithEnglish: words('on my mam z w na jak'),
  },
];

/** Every language's own words: one of them in a step's text says the text is not English. */
export const otherLanguageWords: ReadonlySet<string> = new Set(languageWords.flatMap(({ own }) => [...own]));
