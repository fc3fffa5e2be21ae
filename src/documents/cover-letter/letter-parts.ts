import { article, asClause, startsWithActionVerb } from '../prose.ts';
import type { Highlight } from '../relevant-highlights.ts';
import type { LetterFacts } from './letter-facts.ts';

/** The latest job with its article: "a Senior Software Engineer at Northwind Labs". */
export function latestRoleWithArticle(latest: LetterFacts['latest']): string | undefined {
  if (!latest) return undefined;
  const { position, employer } = latest;
  if (position && employer) return `${article(position)} ${position} at ${employer}`;
  if (position) return `${article(position)} ${position}`;
  return undefined;
}

/** Where a highlight happened: "at Northwind Labs", "on Open Ledger", or nothing. */
export function placeOf(highlight: Highlight): string | undefined {
  if (highlight.employer) return `at ${highlight.employer}`;
  return highlight.project ? `on ${highlight.project}` : undefined;
}

/** Whether two highlights come from the same job or project. */
export function samePlace(left: Highlight, right: Highlight): boolean {
  return placeOf(left) === placeOf(right) && left.position === right.position;
}

/**
 * A highlight as the person says it: "I led the migration …" when it starts with a verb,
 * otherwise the stated result itself ("patient satisfaction rose …"), as a clause.
 */
export function inFirstPerson(highlight: Highlight): string {
  return startsWithActionVerb(highlight.text) ? `I ${asClause(highlight.text)}` : asClause(highlight.text);
}

/** The highlights a letter tells: achievements first (a role's summary only when there is nothing else), at most `count`. */
export function chosenHighlights(facts: LetterFacts, count: number): Highlight[] {
  const stated = facts.highlights.filter((highlight) => highlight.source !== 'summary');
  return (stated.length > 0 ? stated : facts.highlights).slice(0, count);
}

/**
 * A stable choice among phrasings for one letter: the same resume and posting always read the
 * same, different postings read differently.
 */
export function pick<T>(facts: LetterFacts, salt: string, options: readonly T[]): T {
  let hash = 2166136261;
  for (const character of `${salt}|${facts.company}|${facts.role}|${facts.name ?? ''}`) {
    hash = Math.imul(hash ^ character.charCodeAt(0), 16777619) >>> 0;
  }
  return options[hash % options.length] as T;
}

/** The closing line and the name under it, as a hard line break. */
export function signOff(closing: string, name: string | undefined): string {
  return name ? `${closing}  \n${name}` : closing;
}

/** A sentence's first letter raised: "discharge planning is …" → "Discharge planning is …". */
export function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
