import { closingDateIn } from './closing-date.ts';
import { dedupeKey, jobIdFor } from './dedupe-key.ts';
import { employmentTermsOf } from './employment-terms.ts';
import { turnTaker } from './event-loop-turns.ts';
import type { MergedPosting, NormalisedPosting, PostingSource } from '../protocol/posting.ts';
import { salaryInText } from './salary-in-text.ts';
import { remoteAsStated } from './work-arrangement.ts';

const maxTags = 20;

/**
 * Folds postings of the same opening (same `dedupeKey`) into one job listing every board
 * it was seen on. Order is kept: a job sits where its first posting was. The first
 * posting's title, company and url win; other fields take the first stated value, except
 * the earliest `posted_at`, the longest description and the union of tags. What the posting's
 * own words state wins over a board's listing: a hybrid or on-site posting on a remote board is
 * not remote, and pay stated only in the text is the salary when no board gives one. The
 * employment type, working pattern and closing date are the boards' fields first, then what
 * the text states ("Part-time, 3 days a week", "Applications close 18 December"), so the index
 * can be searched by them.
 *
 * @example
 * const jobs = mergePostings([...fromRemotive, ...fromGreenhouse]);
 * jobs[0].sources; // [{ name: 'remotive', url: '…' }, { name: 'greenhouse', url: '…' }]
 */
export function mergePostings(postings: readonly NormalisedPosting[]): MergedPosting[] {
  const groups = new Map<string, NormalisedPosting[]>();
  for (const posting of postings) addToGroup(groups, posting);
  return [...groups.values()].map(mergeGroup);
}

/** Files a posting with the others that are the same opening (same `dedupeKey`). */
function addToGroup(groups: Map<string, NormalisedPosting[]>, posting: NormalisedPosting): void {
  const key = dedupeKey(posting);
  const group = groups.get(key);
  if (group) group.push(posting);
  else groups.set(key, [posting]);
}

/**
 * `mergePostings` for an import of thousands of postings: the same result, with a turn of the
 * event loop every few milliseconds (`turnTaker`) so other requests are answered meanwhile.
 *
 * @example
 * const jobs = await mergePostingsInTurns(validatedPostings);
 */
export async function mergePostingsInTurns(postings: readonly NormalisedPosting[]): Promise<MergedPosting[]> {
  const pause = turnTaker();
  const groups = new Map<string, NormalisedPosting[]>();
  for (const posting of postings) {
    addToGroup(groups, posting);
    await pause();
  }
  const merged: MergedPosting[] = [];
  for (const group of groups.values()) {
    merged.push(mergeGroup(group));
    await pause();
  }
  return merged;
}

function mergeGroup(group: NormalisedPosting[]): MergedPosting {
  const [first, ...rest] = group as [NormalisedPosting, ...NormalisedPosting[]];
  const firstStated = <K extends keyof NormalisedPosting>(field: K): NormalisedPosting[K] =>
    group.find((posting) => posting[field] !== null)?.[field] ?? first[field];
  const dates = group.flatMap((posting) => (posting.posted_at ? [posting.posted_at] : []));
  const description = rest.reduce(
    (longest, posting) =>
      posting.description.length > longest.length ? posting.description : longest,
    first.description,
  );
  const location = firstStated('location');
  const listedRemote = firstStated('remote');
  const postedAt = dates.sort()[0] ?? null;
  const terms = employmentTermsOf({ title: first.title, employment_type: firstStated('employment_type'), description });
  const listedClosing = group.find((posting) => posting.closes_on)?.closes_on ?? null;
  return {
    id: jobIdFor(first),
    title: first.title,
    company: first.company,
    location,
    remote: remoteAsStated({ title: first.title, location, remote: listedRemote, description }),
    salary: firstStated('salary') ?? salaryInText(description),
    employment_type: terms.type,
    work_pattern: terms.pattern,
    // A date without a year is placed after publication; a posting not dated is placed after today.
    closes_on: listedClosing ?? closingDateIn(description, postedAt ?? new Date().toISOString())?.date ?? null,
    posted_at: postedAt,
    url: first.url,
    sources: uniqueSources(group),
    tags: uniqueTags(group.flatMap((posting) => posting.tags)),
    description,
  };
}

function uniqueSources(group: NormalisedPosting[]): PostingSource[] {
  const seen = new Set<string>();
  const sources: PostingSource[] = [];
  for (const { source, source_url } of group) {
    const key = `${source} ${source_url}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sources.push({ name: source, url: source_url });
  }
  return sources;
}

/**
 * Tags trimmed, without blanks or case-insensitive repeats, at most 20.
 *
 * @example
 * uniqueTags(['Go', ' go ', 'Rust', '']); // ['Go', 'Rust']
 */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const tag of tags) {
    const key = tag.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(tag.trim());
  }
  return kept.slice(0, maxTags);
}
