/**
 * The skills vocabulary (data/skills.json): canonical names, categories and aliases, indexed
 * for the tokenizer. Phrases are keyed by their tokens joined with one space, lower-cased,
 * so "Ruby on Rails", "ruby  on rails" and "RUBY ON RAILS" are one key.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { tokenizeSkillText } from './skill-tokens.ts';
import { loadSkillTranslations, withTranslations } from './skill-translations.ts';

export const skillDefinitionSchema = z.object({
  name: z.string().min(1).describe('canonical spelling, e.g. "Node.js"'),
  category: z.string().min(1).describe('e.g. "language", "devops"'),
  aliases: z.array(z.string().min(1)).describe('other spellings, lower case: "nodejs", "node"'),
  ambiguous: z
    .boolean()
    .optional()
    .describe('the name is also a common word or letter (Go, R, C, Swift): found only in a skills context'),
  ordinaryWordAliases: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'aliases that are also ordinary words or units ("rest", "node", "ml"), written in the case that is evidence ("REST", "Node", "ML"): found only with context, like an ambiguous name',
    ),
  implies: z
    .array(z.string().min(1))
    .optional()
    .describe('canonical names of the generic skills this one shows: PostgreSQL implies SQL'),
});

const skillsFileSchema = z.object({
  categories: z.array(z.string()),
  skills: z.array(skillDefinitionSchema),
});

export type SkillDefinition = z.infer<typeof skillDefinitionSchema>;

export interface SkillVocabulary {
  readonly skills: readonly SkillDefinition[];
  /** Phrase key (lower-case tokens joined by a space) → skill. */
  readonly lookup: ReadonlyMap<string, SkillDefinition>;
  /** Phrase keys that are ambiguous words ("go", "r", "c", "rest", "ml"): aliases such as "golang" are not. */
  readonly ambiguousKeys: ReadonlySet<string>;
  /** Ambiguous key → the spelling that is evidence of the skill ("rest" → "REST", "ml" → "ML"). */
  readonly evidenceSpelling: ReadonlyMap<string, string>;
  /** First token of a phrase → the most tokens a phrase starting with it has. */
  readonly longestPhraseFrom: ReadonlyMap<string, number>;
  /** Lower-case canonical name → skill. */
  readonly byName: ReadonlyMap<string, SkillDefinition>;
}

// Memoised: the same few skill spellings are looked up for every posting. Only short phrases
// are kept, so the memory stays small whatever text is passed.
const phraseKeys = new Map<string, string>();
const phraseKeyCacheLimit = 20_000;
const memoisedPhraseLength = 64;

/**
 * The key a phrase is looked up by. Memoised.
 *
 * @example
 * phraseKey('Ruby  on RAILS'); // 'ruby on rails'
 */
export function phraseKey(phrase: string): string {
  const known = phraseKeys.get(phrase);
  if (known !== undefined) return known;
  const key = tokenizeSkillText(phrase)
    .map((token) => token.lower)
    .join(' ');
  if (phrase.length > memoisedPhraseLength) return key;
  if (phraseKeys.size >= phraseKeyCacheLimit) phraseKeys.clear();
  phraseKeys.set(phrase, key);
  return key;
}

/**
 * Indexes skill definitions for lookup.
 *
 * @example
 * const vocabulary = createSkillVocabulary([{ name: 'Kubernetes', category: 'devops', aliases: ['k8s'] }]);
 * vocabulary.lookup.get('k8s')?.name; // 'Kubernetes'
 */
export function createSkillVocabulary(definitions: readonly SkillDefinition[]): SkillVocabulary {
  const lookup = new Map<string, SkillDefinition>();
  const ambiguousKeys = new Set<string>();
  const evidenceSpelling = new Map<string, string>();
  const longestPhraseFrom = new Map<string, number>();
  const byName = new Map<string, SkillDefinition>();
  for (const skill of definitions) {
    byName.set(skill.name.toLowerCase(), skill);
    for (const phrase of [skill.name, ...skill.aliases, ...(skill.ordinaryWordAliases ?? [])]) {
      const key = phraseKey(phrase);
      if (key === '' || lookup.has(key)) continue;
      lookup.set(key, skill);
      const tokens = key.split(' ');
      const first = tokens[0] ?? '';
      longestPhraseFrom.set(first, Math.max(longestPhraseFrom.get(first) ?? 0, tokens.length));
      // A name of words is written joined by hyphens too, as German compounds do ("Design-Systems", "Code-Reviews").
      const hyphened = tokens.length > 1 && !skill.ambiguous && tokens.every((token) => /^\p{L}+$/u.test(token)) ? tokens.join('-') : undefined;
      if (hyphened && !lookup.has(hyphened)) {
        lookup.set(hyphened, skill);
        longestPhraseFrom.set(hyphened, Math.max(longestPhraseFrom.get(hyphened) ?? 0, 1));
      }
    }
    const ordinary = [...(skill.ambiguous ? [skill.name] : []), ...(skill.ordinaryWordAliases ?? [])];
    for (const spelling of ordinary) {
      const key = phraseKey(spelling);
      if (lookup.get(key) !== skill) continue;
      ambiguousKeys.add(key);
      evidenceSpelling.set(key, spelling);
    }
  }
  return { skills: definitions, lookup, ambiguousKeys, evidenceSpelling, longestPhraseFrom, byName };
}

let shipped: SkillVocabulary | undefined;

/**
 * The vocabulary shipped in data/skills.json, with the other languages' words for its skills
 * (data/skill-translations.json), read and indexed once.
 *
 * @example
 * loadSkillVocabulary().lookup.get('postgres')?.name; // 'PostgreSQL'
 */
export function loadSkillVocabulary(): SkillVocabulary {
  if (!shipped) {
    const file = readFileSync(new URL('../../data/skills.json', import.meta.url), 'utf8');
    shipped = createSkillVocabulary(withTranslations(skillsFileSchema.parse(JSON.parse(file)).skills, loadSkillTranslations()));
  }
  return shipped;
}

const productNamesSchema = z.object({ names: z.array(z.string().min(1)) });

let reader: SkillVocabulary | undefined;

/**
 * The vocabulary the resume reader splits and recognises skills lists with: data/skills.json and
 * the names of products, services and standards in data/product-names.json ("Google Kubernetes
 * Engine", "Microsoft Dynamics 365", "IFS Food"), which a list printed a space apart must keep whole.
 * Only the reader uses the names: a posting's requirements are read with the skills alone.
 *
 * @example
 * loadReaderVocabulary().lookup.has('kafka streams'); // true
 */
export function loadReaderVocabulary(): SkillVocabulary {
  if (!reader) {
    const file = readFileSync(new URL('../../data/product-names.json', import.meta.url), 'utf8');
    const products = productNamesSchema.parse(JSON.parse(file)).names.map((name) => ({ name, category: 'product', aliases: [] }));
    reader = createSkillVocabulary([...loadSkillVocabulary().skills, ...products]);
  }
  return reader;
}

/**
 * A comparison key for a skill name: the canonical name, lower-cased, for a vocabulary skill
 * under any alias; the phrase key for any other.
 *
 * @example
 * skillKey('k8s') === skillKey('Kubernetes'); // true
 */
export function skillKey(skill: string, vocabulary: SkillVocabulary = loadSkillVocabulary()): string {
  const key = phraseKey(skill);
  return vocabulary.lookup.get(key)?.name.toLowerCase() ?? key;
}
