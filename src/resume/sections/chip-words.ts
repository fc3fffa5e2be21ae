/**
 * What a capitalised word tells about where a skill chip ends, in a row of chips in Title Case
 * a space apart ("Curriculum Design Classroom Management Differentiated Instruction"), where no
 * capital shows the border: a chip's head noun ends it ("Design", "Management", "Testing"), a
 * modifier goes on ("Differentiated", "Technical"), and a maker's name that only prefixes
 * products in the vocabulary ("Google", "Microsoft") takes the next word.
 */
import { phraseKey, type SkillVocabulary } from '../skill-vocabulary.ts';

// Nouns of an activity or a field, which end a skill's name: "Classroom Management", "Email
// Marketing", "Differentiated Instruction", "Root Cause Analysis", "Process Safety".
const headSuffix = /\p{L}{3}(?:ment|tion|sion|ance|ence|ysis|ics|ogy|ship|ness|ity|ing|ure)s?$/iu;
const headNouns = new Set([
  ...['design', 'research', 'safety', 'care', 'support', 'review', 'interviews', 'studio', 'strategy', 'control', 'writing', 'sales'],
  ...['audit', 'audits', 'therapy', 'hygiene', 'law', 'tax', 'payroll', 'services', 'systems', 'privacy'],
]);

// Adjectives and participles, which need the noun after them: "Differentiated Instruction",
// "Technical SEO", "Advanced Excel", "Continuous Delivery", "Predictive Maintenance".
const modifierSuffix = /\p{L}{3}(?:ed|al|ive|ous|ary|ible|able)$/iu;
const modifierWords = new Set(['first', 'key', 'deep', 'big', 'basic', 'general']);

/**
 * Whether a word names what a skill is about and so may end its chip ("Management", "Design").
 *
 * @example
 * isHeadNoun('Management'); // true
 */
export function isHeadNoun(word: string): boolean {
  return headSuffix.test(word) || headNouns.has(word.toLowerCase());
}

/**
 * Whether a word qualifies the noun after it and never ends a chip ("Differentiated", "Technical").
 *
 * @example
 * isModifier('Differentiated'); // true
 */
export function isModifier(word: string): boolean {
  return modifierSuffix.test(word) || modifierWords.has(word.toLowerCase());
}

const prefixesByVocabulary = new WeakMap<SkillVocabulary, ReadonlySet<string>>();

/**
 * Whether a word opens product names in the vocabulary but is no skill alone ("Google" of
 * "Google Cloud", "Microsoft" of "Microsoft Project"): the word after it is part of its chip.
 *
 * @example
 * isMakerPrefix('Google', loadSkillVocabulary()); // true
 */
export function isMakerPrefix(word: string, vocabulary: SkillVocabulary): boolean {
  let prefixes = prefixesByVocabulary.get(vocabulary);
  if (!prefixes) {
    const found = new Set<string>();
    // Only the skills' names: the reader's product names ("Fusion 360") make no maker of their first word.
    for (const skill of vocabulary.skills.filter((definition) => definition.category !== 'product')) {
      const [first, ...rest] = skill.name.split(/\s+/);
      if (first && rest.length > 0 && /^\p{Lu}/u.test(first) && !vocabulary.lookup.has(phraseKey(first))) found.add(first.toLowerCase());
    }
    prefixes = found;
    prefixesByVocabulary.set(vocabulary, prefixes);
  }
  return prefixes.has(word.toLowerCase());
}
