/**
 * Whether a role's text shows a listed skill in other words than its name: "Residential
 * Wiring" in "Ran residential and light commercial service calls", "Conduit Bending" in "bent
 * and ran conduit", "Patient Care" in "cared for 8 patients a shift". A bullet shows a skill
 * when it has every naming word of the skill (or of one of its aliases) by stem; a word that
 * only says what kind of thing it is ("wiring", "systems", "controls") need not be there.
 */
import type { SkillDefinition } from '../skill-vocabulary.ts';
import { tokenizeSkillText } from '../skill-tokens.ts';
import { stem } from './salient-terms.ts';

// Head nouns many skills share: the word before them names the skill ("Residential Wiring", "Motor Controls").
export const headWords: ReadonlySet<string> = new Set(
  'wiring system systems control controls management skills skill work works installation installations maintenance care service services reading operation operations handling techniques technique planning preparation procedures'.split(' '),
);
const joiningWords = new Set('and or of the a an for in on with to &'.split(' '));

// A skill's naming stems, by phrase: the same few thousand vocabulary names and aliases are asked for every bullet of every role.
const namingStemsOf = new Map<string, readonly string[]>();

/** The stems a phrase must show: its words without joining words, and without a shared head noun when something else names it. */
function namingStems(phrase: string): readonly string[] {
  let known = namingStemsOf.get(phrase);
  if (!known) {
    known = readNamingStems(phrase);
    // Bounded: phrases come from the vocabulary, but a resume's own skill names are asked too.
    if (namingStemsOf.size >= 20_000) namingStemsOf.clear();
    namingStemsOf.set(phrase, known);
  }
  return known;
}

function readNamingStems(phrase: string): string[] {
  const words = tokenizeSkillText(phrase)
    .map((token) => token.lower)
    .filter((word) => !joiningWords.has(word) && /\p{L}/u.test(word));
  const naming = words.length > 1 ? words.filter((word) => !headWords.has(word)) : words;
  return (naming.length > 0 ? naming : words).map((word) => stem(word));
}

/** The stems of one bullet, for {@link showsSkill}. */
export function bulletStems(text: string): string[] {
  return tokenizeSkillText(text).map((token) => stem(token.lower));
}

// "bend" and "bending", "resident" and "residential": one begins the other, four letters at least.
function sameRoot(word: string, wanted: string): boolean {
  if (word === wanted) return true;
  const [short, long] = word.length < wanted.length ? [word, wanted] : [wanted, word];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 5;
}

/**
 * Whether one bullet (its stems) shows a skill in other words.
 *
 * @example
 * showsSkill(residentialWiring, bulletStems('Ran residential and light commercial service calls')); // true
 */
export function showsSkill(skill: Pick<SkillDefinition, 'name' | 'aliases'>, stems: readonly string[]): boolean {
  // A one-word skill by its stem only when the word is long enough not to be another word's start.
  return [skill.name, ...skill.aliases].some((phrase) => {
    const wanted = namingStems(phrase);
    if (wanted.length === 0 || (wanted.length === 1 && (wanted[0]?.length ?? 0) < 5)) return false;
    return wanted.every((word) => stems.some((have) => sameRoot(have, word)));
  });
}
