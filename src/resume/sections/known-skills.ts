/**
 * Whether text names skills of the vocabulary, as a whole, as list items ("Figma, Prototyping",
 * "HTML/CSS") or as keywords apart by spaces ("Snowflake dbt Airflow").
 */
import { phraseKey, type SkillVocabulary } from '../skill-vocabulary.ts';
import { splitListItems } from './split-list-items.ts';
import { splitSpacedSkills } from './split-spaced-skills.ts';

/**
 * Whether the text as a whole is a skill of the vocabulary, under any alias, or known skills
 * written as one chip with a slash and no space ("Excel/VBA").
 *
 * @example
 * isKnownSkill('postgres', loadSkillVocabulary()); // true
 */
export function isKnownSkill(text: string, vocabulary: SkillVocabulary): boolean {
  if (vocabulary.lookup.has(phraseKey(text))) return true;
  return /^[^\s/]+(?:\/[^\s/]+)+$/.test(text) && text.split('/').every((half) => vocabulary.lookup.has(phraseKey(half)));
}

/**
 * Whether a line lists at least one known skill.
 *
 * @example
 * listsKnownSkill('HTML/CSS, Pipeline Management', loadSkillVocabulary()); // true
 */
export function listsKnownSkill(text: string, vocabulary: SkillVocabulary): boolean {
  return splitListItems(text.replace(/\s*\([^()]*\)/g, ''))
    .flatMap((item) => [item, ...item.split('/')])
    .some((item) => isKnownSkill(item, vocabulary) || splitSpacedSkills(item, vocabulary) !== undefined);
}

/**
 * How many known skills a line lists.
 *
 * @example
 * countKnownSkills('Keras, TensorFlow Polars', loadSkillVocabulary()); // 3
 */
export function countKnownSkills(text: string, vocabulary: SkillVocabulary): number {
  const items = splitListItems(text).flatMap((item) => splitSpacedSkills(item, vocabulary) ?? [item]);
  return items.filter((item) => isKnownSkill(item, vocabulary)).length;
}
