/**
 * Which vocabulary names a posting writes as the name of a company or product rather than as
 * a skill ("At Miro we…", "Vercel's platform", its own company field), and which capitalised
 * words are names that a resume should not be asked to repeat.
 */
import type { SkillMention } from '../skill-tokenizer.ts';
import type { SkillToken } from '../skill-tokens.ts';
import { phraseKey } from '../skill-vocabulary.ts';

const organisationSuffixes = new Set(['inc', 'inc.', 'ltd', 'ltd.', 'llc', 'gmbh', 'plc', 'co', 'corp', 'corporation', 'company', 'sa', 'ag', 'bv', 'limited', 'group', 'the', 'se', 'oy', 'ab', 'as']);
const nameBefore = /\b(?:at|join|joining|joined|about|ex|former|formerly|from)[\s-]+$/i;
const nameAfter = /^(?:['’]s\b|\s+(?:is|are)\s+(?:hiring|looking for|growing|on a mission|a (?:company|startup|global|leading|fast-growing)|the (?:company|leading|world's))\b|\s+(?:helps|builds|was founded|makes|powers|empowers|enables|serves)\b|\s*,\s*(?:a|an|the)\s+(?:company|platform|startup|leader)\b)/i;
const organisationContext = /\b(?:customers|clients|trusted by|used by|loved by|backed by|investors|partners with|brands like|companies like|companies such as|teams at|teams like|alumni of)\b/i;

/**
 * Vocabulary names written as the name of a company or product, not as a skill: the
 * posting's own company, a possessive ("Miro's mission"), "at Vercel", "Figma is hiring",
 * and names listed as customers or investors.
 *
 * @example
 * nameReader('Miro').isName(text, mention, sentence); // true for "Miro" in "At Miro we…"
 */
export function nameReader(company: string | undefined) {
  const companyTokens = new Set(
    phraseKey(company ?? '')
      .split(' ')
      .filter((token) => token !== '' && !organisationSuffixes.has(token)),
  );
  // A posting names the same few skills many times: each spelling is read once.
  const companyBySpelling = new Map<string, boolean>();
  const isCompany = (mention: SkillMention) => {
    if (companyTokens.size === 0) return false;
    let known = companyBySpelling.get(mention.text);
    if (known === undefined) {
      const key = phraseKey(mention.text);
      known = key !== '' && key.split(' ').every((token) => companyTokens.has(token));
      companyBySpelling.set(mention.text, known);
    }
    return known;
  };
  // The skills of one sentence are read one after another: the sentence is tested once.
  let lastSentence: string | undefined;
  let lastSentenceNamesOrganisations = false;
  const isName = (text: string, mention: SkillMention, sentence: string) => {
    if (isCompany(mention)) return true;
    const written = text.slice(mention.start, mention.end);
    if (/['’]s$/i.test(written) && !/['’]s$/i.test(mention.skill.name)) return true;
    if (nameBefore.test(text.slice(Math.max(0, mention.start - 12), mention.start))) return true;
    if (nameAfter.test(text.slice(mention.end, mention.end + 40))) return true;
    if (sentence !== lastSentence) {
      lastSentence = sentence;
      lastSentenceNamesOrganisations = organisationContext.test(sentence);
    }
    return lastSentenceNamesOrganisations;
  };
  return { companyTokens, isCompany, isName };
}

/**
 * Capitalised words written mid-sentence and never in lower case ("Berlin", "Miro", "Acme"),
 * and the company's own words: names, not terms a resume should repeat.
 *
 * @example
 * properNamesOf(tokenizeSkillText('We are based in Lisbon.'), new Set()); // Set { 'lisbon' }
 */
export function properNamesOf(tokens: readonly SkillToken[], companyTokens: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const token of tokens) {
    if (!startsLowerCase(token.text) && !token.sentenceBefore && /\p{Ll}/u.test(token.text.slice(1))) names.add(token.lower);
  }
  // A word also written in lower case anywhere is a word, not a name.
  for (const token of tokens) if (names.has(token.lower) && startsLowerCase(token.text)) names.delete(token.lower);
  for (const token of companyTokens) names.add(token);
  return names;
}

// Whether the first character is unchanged by lower-casing (a lower-case letter, a digit, a
// dot); most are ASCII, answered without making a string.
function startsLowerCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return !(code >= 65 && code <= 90);
  const first = text.charAt(0);
  return first === first.toLowerCase();
}
