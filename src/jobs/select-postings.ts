import { normaliseCompany } from './dedupe-key.ts';
import type { JobQuery } from './job-source.ts';
import type { NormalisedPosting } from '../protocol/posting.ts';

const anywhere = /\b(?:anywhere|worldwide|global(?:ly)?)\b/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether every keyword occurs in the posting's title, company, tags or description.
 * Keywords match at a word start ("engineer" finds "engineering"); keywords of three
 * characters or fewer must be whole words, so "go" does not find "good" and "c++" stays "c++".
 *
 * @example
 * matchesText(posting, 'typescript node.js'); // true when both are mentioned
 */
export function matchesText(posting: NormalisedPosting, text: string): boolean {
  const terms = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const haystack = [posting.title, posting.company, posting.tags.join(' '), posting.description]
    .join('\n')
    .toLowerCase();
  return terms.every((term) => {
    const end = term.length <= 3 ? '(?![a-z0-9])' : '';
    return new RegExp(`(?<![a-z0-9])${escapeRegExp(term)}${end}`).test(haystack);
  });
}

function matchesLocation(posting: NormalisedPosting, location: string): boolean {
  if (!posting.location || anywhere.test(posting.location)) return true;
  return posting.location.toLowerCase().includes(location.trim().toLowerCase());
}

/**
 * The postings a board answered, narrowed to the query and cut to its limit. Boards that
 * search server-side skip the keyword or location check (`matchText`, `matchLocation`
 * false) since their own matching is looser than ours (stemming, synonyms); the company
 * and remote checks always apply. A posting whose location is unknown or "anywhere" is
 * kept for any location.
 *
 * @example
 * selectPostings(postings, { text: 'rust', limit: 10 }, { matchText: true, matchLocation: true });
 */
export function selectPostings(
  postings: readonly NormalisedPosting[],
  query: JobQuery,
  { matchText, matchLocation }: { matchText: boolean; matchLocation: boolean },
): NormalisedPosting[] {
  const company = query.company ? normaliseCompany(query.company) : '';
  return postings
    .filter((posting) => !company || normaliseCompany(posting.company).includes(company))
    .filter((posting) => !query.remote || posting.remote === true)
    .filter((posting) => !matchText || matchesText(posting, query.text))
    .filter(
      (posting) =>
        !matchLocation || !query.location || matchesLocation(posting, query.location),
    )
    .slice(0, Math.max(0, query.limit));
}
