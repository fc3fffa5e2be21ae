/**
 * Skill words in the other languages the resume reader recognises (data/skill-translations.json):
 * "segurança alimentar" is Food Safety and "gestão de equipas" People Management, so a resume
 * written in Portuguese meets a posting's English requirements, and the other way round.
 * They become more aliases of the vocabulary's skills.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The languages the translations are written in: those `readsAsEnglish` tells apart from English. */
export const translatedLanguages = ['pt', 'es', 'fr', 'de', 'it', 'nl', 'pl'] as const;

const translationsFileSchema = z.object({
  skills: z.record(z.string(), z.partialRecord(z.enum(translatedLanguages), z.array(z.string().min(1)))),
});

export type SkillTranslations = z.infer<typeof translationsFileSchema>['skills'];

/**
 * The shipped translations, by canonical skill name.
 *
 * @example
 * loadSkillTranslations()['Food Safety']?.pt; // ['segurança alimentar', …]
 */
export function loadSkillTranslations(): SkillTranslations {
  const file = readFileSync(new URL('../../data/skill-translations.json', import.meta.url), 'utf8');
  return translationsFileSchema.parse(JSON.parse(file)).skills;
}

/**
 * Each spelling as people type it: with a straight or a typographic apostrophe, and without
 * its accents ("seguranca alimentar"), which keyboards and forms often drop.
 *
 * @example
 * spellings("gestion d'équipe"); // ["gestion d'équipe", 'gestion d’équipe', "gestion d'equipe", 'gestion d’equipe']
 */
export function spellings(phrase: string): string[] {
  const apostrophes = phrase.includes("'") ? [phrase, phrase.replaceAll("'", '’')] : [phrase];
  const plain = apostrophes.map((each) => each.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'));
  return [...new Set([...apostrophes, ...plain])];
}

/**
 * The definitions with every translation added to its skill's aliases.
 *
 * @throws Error when a translation names a skill the vocabulary does not have (a typo in the data).
 * @example
 * withTranslations(definitions, { 'Food Safety': { pt: ['segurança alimentar'] } });
 */
export function withTranslations<Skill extends { name: string; aliases: string[] }>(definitions: readonly Skill[], translations: SkillTranslations): Skill[] {
  const names = new Set(definitions.map((skill) => skill.name));
  const unknown = Object.keys(translations).filter((name) => !names.has(name));
  if (unknown.length > 0) throw new Error(`data/skill-translations.json names skills data/skills.json does not have: ${unknown.join(', ')}`);
  return definitions.map((skill) => {
    const words = Object.values(translations[skill.name] ?? {}).flat().flatMap(spellings);
    if (words.length === 0) return skill;
    const known = new Set(skill.aliases);
    return { ...skill, aliases: [...skill.aliases, ...words.filter((word) => !known.has(word))] };
  });
}
