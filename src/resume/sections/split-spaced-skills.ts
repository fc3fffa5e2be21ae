/**
 * Keywords a PDF printed apart by spacing only, so the text lost their separators:
 * "Python SQL Scala", "Git Linux", "Java Python C# C". Split only when every piece is a known
 * skill (or a pair of them written as one chip, "Excel/VBA"), so "Google Analytics", "HubSpot CRM" or
 * "Pipeline Management" stay whole.
 */
import { phraseKey, type SkillVocabulary } from '../skill-vocabulary.ts';

/** The longest skill phrase tried at one position, in words ("Dynamics 365 Supply Chain Management"). */
const longestPhrase = 6;

/**
 * The known skills a space-separated item is made of, or undefined when it is one skill or
 * has a word that is not a known skill.
 *
 * @example
 * splitSpacedSkills('Snowflake dbt Airflow', loadSkillVocabulary()); // ['Snowflake', 'dbt', 'Airflow']
 * splitSpacedSkills('Google Analytics', loadSkillVocabulary()); // undefined
 */
export function splitSpacedSkills(item: string, vocabulary: SkillVocabulary): string[] | undefined {
  const words = item.trim().split(/\s+/);
  // A pair of known skills written as one chip ("Excel/VBA", "HTML5/CSS3") is a known piece too.
  const knownPair = (word: string) => word.split('/').every((half) => half !== '' && vocabulary.lookup.has(phraseKey(half)));
  const known = (phrase: string) => vocabulary.lookup.has(phraseKey(phrase)) || (/^[^\s/]+(?:\/[^\s/]+)+$/.test(phrase) && knownPair(phrase));
  // A list's separators split it already; this is for the pieces between them.
  if (words.length < 2 || known(item) || /[,;|•·]/.test(item)) return undefined;
  const pieces: string[] = [];
  let start = 0;
  while (start < words.length) {
    let length = Math.min(longestPhrase, words.length - start);
    while (length > 0 && !known(words.slice(start, start + length).join(' '))) length--;
    if (length === 0) return undefined;
    pieces.push(words.slice(start, start + length).join(' '));
    start += length;
  }
  return pieces;
}
