/**
 * Knock-outs as a recruiter weighs them. Language requirements: a language the posting makes mandatory
 * ("Business fluent German (C1) is mandatory", "Deutsch verhandlungssicher (zwingend)",
 * "Fluent Dutch required") and the resume does not show at that level is a knock-out, whatever
 * else fits; one asked without such a word is a gap that keeps the score from reading as a strong
 * fit. How far below the level the resume lists it decides how far the score is capped, never
 * how many skills the posting happened to name.
 */
import type { SkillDefinition } from '../skill-vocabulary.ts';
import type { ConditionEvidence } from './resume-conditions.ts';
import type { ConditionKind, PostingCondition } from './posting-conditions.ts';

/*
 * Licences and certifications the same way: one the posting says a person must hold ("must hold a
 * valid CDL Class A", "registered nurse licence required", "Führerschein Klasse B zwingend",
 * "security clearance required") and the resume does not show is a knock-out, named first and
 * capped like a missing mandatory language; asked without such a word, it is a missing
 * requirement like any other.
 */

/** The conditions a person holds by a document: a licence, a certificate, a clearance. */
export const credentialKinds: ReadonlySet<string> = new Set<ConditionKind>(['licence', 'driving licence', 'clearance']);

// The words that make a vocabulary skill a document one holds: "CDL Class A" ("class a commercial
// driver's license"), "NABCEP" ("nabcep certification"), "Gas Safe" ("gas safe registration").
const credentialName = /licen[cs]|certif|registration|(?<![\p{L}])(?:card|ticket)(?![\p{L}])/iu;

/**
 * Whether a vocabulary skill is a licence, certificate or registration a person holds, by its
 * name or one of its aliases.
 *
 * @example
 * isCredentialSkill({ name: 'CDL Class A', aliases: ["class a commercial driver's license"], … }); // true
 * isCredentialSkill({ name: 'Python', aliases: ['python3'], … }); // false
 */
export function isCredentialSkill(skill: Pick<SkillDefinition, 'name' | 'aliases'>): boolean {
  return credentialName.test(skill.name) || skill.aliases.some((alias) => credentialName.test(alias));
}

// A word that makes a requirement a condition of the job, not a wish: in English and in the
// languages postings near English ones are written in.
const mandatoryWord =
  /(?<![\p{L}])(?:mandatory|required|requirement|essential|must|a must|indispensable|non[- ]negotiable|zwingend(?:\s+erforderlich)?|unbedingt|unabdingbar|erforderlich|vorausgesetzt|voraussetzung|pflicht|verplicht|vereist|obligatoire|exigée?s?|requise?s?|obligatori[oa]|imprescindible|requerid[oa]|obrigatóri[oa]|indispensável|obbligatori[oa]|richiest[oa]|wymagan\p{L}*|konieczn\p{L}*)(?![\p{L}])/iu;

/**
 * Whether the clause a language is asked in makes it mandatory ("German (C1) is mandatory",
 * "Deutsch verhandlungssicher (zwingend)"); the clause only, so "Python required, German a
 * plus" makes German no condition.
 *
 * @example
 * mandatoryAt('Business fluent German (C1) is mandatory', 15); // true
 * mandatoryAt('Fluent German', 7); // false
 */
export function mandatoryAt(sentence: string, at: number): boolean {
  const stops = [',', ';', ' / ', ' but ', ' while ', ' aber '];
  const start = Math.max(...stops.map((stop) => sentence.lastIndexOf(stop, at)), -1) + 1;
  const ends = stops.map((stop) => sentence.indexOf(stop, at)).filter((index) => index >= 0);
  return mandatoryWord.test(sentence.slice(start, ends.length > 0 ? Math.min(...ends) : sentence.length));
}

/**
 * How many CEFR steps below the level asked the resume lists a language (1 for B1 against B2),
 * or null when the resume does not list it at all. 0 when it meets it or no level is asked.
 *
 * @example
 * stepsBelow({ kind: 'language', needs: ['German'], level: { rank: 5, said: 'C1' } }, evidence); // 2 (B1 listed)
 */
export function stepsBelow(condition: Pick<PostingCondition, 'kind' | 'needs' | 'level'>, evidence: ConditionEvidence): number | null {
  const listed = condition.needs.filter((language) => evidence.languages.includes(language));
  if (listed.length === 0) return null;
  if (!condition.level) return 0;
  const asked = condition.level.rank;
  // "German or French": the best of the languages listed counts.
  const best = Math.max(...listed.map((language) => evidence.languageLevels.get(language)?.rank ?? asked));
  return Math.max(0, asked - best);
}

/** The most a match scores with a mandatory language missing: a knock-out. */
export const knockOutCap = (steps: number | null): number => (steps === 1 ? 45 : 35);
/** The most a match scores with a required (not mandatory) language missing: no strong fit. */
export const languageGapCap = (steps: number | null): number => (steps === 1 ? 75 : 60);

/**
 * The share of a language requirement met, 0–1: met in full, one step below half, two steps a
 * fifth, further below or not listed nothing.
 */
export const languageCredit = (steps: number | null): number => (steps === 0 ? 1 : steps === 1 ? 0.5 : steps === 2 ? 0.2 : 0);
