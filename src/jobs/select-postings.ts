import { foldAccents, workerForms } from '../db/repositories/job-search-text.ts';
import { translatedTitles } from '../db/repositories/job-title-translations.ts';
import { normaliseCompany } from './dedupe-key.ts';
import type { JobQuery } from './job-source.ts';
import { meetsSalaryFloor, meetsSeniority } from './posting-constraints.ts';
import { locationMatches } from './regions.ts';
import { statedSalary } from './salary-in-text.ts';
import { remoteAsStated } from './work-arrangement.ts';
import type { NormalisedPosting } from '../protocol/posting.ts';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether every keyword occurs in the posting's title, company, tags or description.
 * Keywords match at a word start ("engineer" finds "engineering"), a field's "-ing" word also as the one
 * who does it ("nursing" finds "Nurse", `workerForms`); keywords of three
 * characters or fewer must be whole words, so "go" does not find "good" and "c++" stays "c++".
 * Accents are folded on both sides, as the index does ("seguranca" finds "Segurança"); a title the
 * translations table knows is found in any of its languages, as the index finds it ("welder" finds "Lasser").
 *
 * @example
 * matchesText(posting, 'typescript node.js'); // true when both are mentioned
 */
export function matchesText(posting: NormalisedPosting, text: string): boolean {
  // ("Schweißer (m/w/d)": a gender note's letters are no keyword.)
  const terms = foldAccents(text).toLowerCase().split(/\s+/).filter((term) => term && !/^[([]?[mwfdxhkvn](?:\/[mwfdxhkvn]){1,3}[)\]]?$/.test(term));
  if (terms.length === 0) return true;
  const haystack = foldAccents([posting.title, posting.company, posting.tags.join(' '), posting.description].join('\n')).toLowerCase();
  const mentions = (term: string) => {
    const end = term.length <= 3 ? '(?![a-z0-9])' : '';
    // ("nursing" finds "Nurse", "teaching" finds "Teacher": the one who does the work said by its field's word.)
    const forms = [term, ...workerForms(term)].map(escapeRegExp).join('|');
    return new RegExp(`(?<![a-z0-9])(?:${forms})${end}`).test(haystack);
  };
  // A title the translations table knows is found in any of its languages ("welder" finds "Schweißer", "Lasser").
  const titles = translatedTitles(terms);
  const inTitles = new Set(titles.flatMap((title) => Array.from({ length: title.end - title.start }, (_, offset) => title.start + offset)));
  return (
    titles.every((title) => title.phrases.some((phrase) => phrase.every(mentions))) &&
    terms.every((term, index) => inTitles.has(index) || mentions(term))
  );
}

/**
 * The postings a board answered, narrowed to the query and cut to its limit. Boards that
 * search server-side skip the keyword or location check (`matchText`, `matchLocation`
 * false) since their own matching is looser than ours (stemming, synonyms); the company,
 * remote (as the posting's own words say), pay-floor (its text read when the board gives no
 * salary) and level checks always apply. Location matches the place or anything
 * the region table puts in it ("Europe" finds "Lisbon, Portugal"); "anywhere" matches every
 * place. A posting that does not state its pay or level is kept here: the search's answer
 * decides about those, and says how many it left out.
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
  const { minSalary, seniority } = query;
  return postings
    .filter((posting) => !company || normaliseCompany(posting.company).includes(company))
    // Remote as the posting says: a remote board's hybrid listing is not remote work.
    .filter((posting) => !query.remote || remoteAsStated(posting) === true)
    .filter((posting) => !matchText || matchesText(posting, query.text))
    .filter((posting) => !matchLocation || !query.location || locationMatches(posting, query.location))
    .filter((posting) => minSalary === undefined || meetsSalaryFloor(statedSalary(posting), minSalary, query.minSalaryCurrency) !== 'no')
    .filter((posting) => seniority === undefined || meetsSeniority(posting, seniority) !== 'no')
    .slice(0, Math.max(0, query.limit));
}
