import { isKnownPlace } from '../../jobs/regions.ts';

/**
 * German words people slip into an English request ("eine Stelle als frontend dev", "ein Anschreiben für N26",
 * "… bitte", "zeig mir meinen Lebenslauf"), read as the English they stand for, so a German word does not
 * derail the request. Words only German spells are always read so; words English spells too ("die", "den",
 * "mit", "was") only beside one of those. Job titles are kept as typed: "Pflege jobs" are searched as said.
 *
 * @example
 * inEnglishWords('kannst du ein Anschreiben für N26 schreiben'); // 'can you a cover letter for N26 write'
 */
export function inEnglishWords(text: string): string {
  // (A path or an address is kept as typed, with whatever follows it: "…\\Dokumente\\Lebenslauf 2026.pdf" is a file's name.)
  const end = text.search(pathOrAddress);
  if (end >= 0) return `${inEnglishWords(text.slice(0, end))}${text.slice(end)}`;
  if (!germanWord.test(text) && !phrases.some(([phrase]) => text.search(phrase) >= 0)) return text;
  let read = text.replace(nearPlace, (found, place: string) => (isKnownPlace(place) ? `near ${place}` : found));
  for (const [phrase, english] of phrases) read = read.replace(phrase, english);
  return read.replace(wordPattern, (word) => germanOnly.get(word.toLowerCase()) ?? alsoEnglish.get(word.toLowerCase()) ?? word);
}

/** Several words read as one: "wie gut passe ich zu" is "how well do I match". */
const phrases: ReadonlyArray<readonly [RegExp, string]> = (
  [
    ['wie\\s+gut\\s+passe\\s+ich\\s+(?:zu|auf)', 'how well do I match'],
    ['passe\\s+ich\\s+(?:zu|auf)', 'do I match'],
    ['zeig(?:e|en\\s+sie)?\\s+mir', 'show me'],
    ['ich\\s+suche', 'I am looking for'],
    ['ich\\s+habe', 'I have'],
    ['ich\\s+brauche', 'I need'],
    ['kannst\\s+du|können\\s+sie|koennen\\s+sie', 'can you'],
    ['vielen\\s+dank|danke\\s+(?:schön|schoen|dir|ihnen)', 'thanks'],
    ['bis\\s+(?:morgen|später|spaeter|dann|bald)|auf\\s+wiedersehen', 'bye'],
    ['guten\\s+(?:tag|morgen|abend)', 'hello'],
    ['maximal\\s+(?:eine\\s+)?halbe\\s+seite', 'half a page'],
    ['mit\\s+mindestens', 'with at least'],
  ] as const
).map(([source, english]) => [new RegExp(`(?<!\\p{L})(?:${source})(?!\\p{L})`, 'giu'), english] as const);

/** Words only German spells, as the English they mean in a job hunt. */
const germanOnly: ReadonlyMap<string, string> = new Map([
  ['stelle', 'job'],
  ['arbeit', 'work'],
  ['arbeitsstelle', 'job'],
  ['stellen', 'jobs'],
  ['stellenanzeige', 'posting'],
  ['stellenangebot', 'job'],
  ['stellenangebote', 'jobs'],
  ['lebenslauf', 'resume'],
  ['lebenslaufs', 'resume'],
  ['anschreiben', 'cover letter'],
  ['bewerbungsschreiben', 'cover letter'],
  ['motivationsschreiben', 'cover letter'],
  ['bewerbung', 'application'],
  ['bewerbungen', 'applications'],
  ['vorstellungsgespräch', 'interview'],
  ['vorstellungsgespraech', 'interview'],
  ['bitte', 'please'],
  ['danke', 'thanks'],
  ['hallo', 'hello'],
  ['tschüss', 'bye'],
  ['tschuess', 'bye'],
  ['für', 'for'],
  ['fuer', 'for'],
  ['mindestens', 'at least'],
  ['kürzer', 'shorter'],
  ['kuerzer', 'shorter'],
  ['länger', 'longer'],
  ['laenger', 'longer'],
  ['formeller', 'more formal'],
  ['lockerer', 'less formal'],
  ['meinen', 'my'],
  ['meinem', 'my'],
  ['meine', 'my'],
  ['schreiben', 'write'],
  ['schreib', 'write'],
  ['speichern', 'save'],
  ['speichere', 'save'],
  ['gehalt', 'salary'],
  ['nicht', 'not'],
  ['ohne', 'without'],
  // A search's own words: "Stellen bei Bosch, Vollzeit, unbefristet" (trial s46 #15). "bei" a place is "near" it (`nearPlace`).
  ['bei', 'at'],
  ['vollzeit', 'full-time'],
  ['teilzeit', 'part-time'],
  ['unbefristet', 'permanent only'],
  ['festanstellung', 'permanent only'],
  ['befristet', 'temporary'],
  ['keine', 'no'],
  ['kein', 'no'],
]);

/** Words English spells too, read as German only beside a word only German spells. */
const alsoEnglish: ReadonlyMap<string, string> = new Map([
  ['mit', 'with'],
  ['mein', 'my'],
  ['ein', 'a'],
  ['eine', 'a'],
  ['einen', 'a'],
  ['der', 'the'],
  ['die', 'the'],
  ['das', 'the'],
  ['den', 'the'],
  ['dem', 'the'],
  ['als', 'as'],
  ['und', 'and'],
  ['oder', 'or'],
  ['eher', 'rather'],
  ['locker', 'casual'],
  ['ich', 'I'],
  ['mir', 'me'],
]);

/** "bei München", "in der Nähe von Ulm", "im Raum Stuttgart": near a place (a place the table knows; "bei Bosch" is the employer). */
const nearPlace = /(?<!\p{L})(?:bei|in\s+der\s+n(?:ä|ae)he\s+von|im\s+raum|rund\s+um)\s+(\p{Lu}[\p{L}-]+)/gu;

const pathOrAddress = /(?<!\S)(?:[a-z]:[\\/]|~[\\/]|\.{0,2}[\\/]|https?:|www\.)|[\\/]|\.(?:pdf|docx?|md|txt|odt|rtf|com|de|org|net|io)(?!\p{L})/iu;
const wordPattern = /[\p{L}]+/gu;
const germanWord = new RegExp(`(?<!\\p{L})(?:${[...germanOnly.keys()].join('|')})(?!\\p{L})`, 'iu');
