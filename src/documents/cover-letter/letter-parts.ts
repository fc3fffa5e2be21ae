import { article } from '../prose.ts';
import type { Highlight } from '../relevant-highlights.ts';
import type { LetterFacts } from './letter-facts.ts';

/** The latest job with its article: "a Senior Software Engineer at Northwind Labs". */
export function latestRoleWithArticle(latest: LetterFacts['latest']): string | undefined {
  if (!latest) return undefined;
  const { position, employer } = latest;
  if (position && employer) return `${article(position)} ${position} at ${employer}`;
  if (position) return `${article(position)} ${position}`;
  return employer ? `a member of the team at ${employer}` : undefined;
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

/** The posting skills a set of highlights mentions, in order, each once. */
export function skillsShownBy(highlights: readonly Highlight[]): string[] {
  return [...new Set(highlights.flatMap((highlight) => highlight.skills))];
}

/** The closing line and the name under it, as a hard line break. */
export function signOff(closing: string, name: string | undefined): string {
  return name ? `${closing}  \n${name}` : closing;
}
