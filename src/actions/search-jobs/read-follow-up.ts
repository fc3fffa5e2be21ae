import type { z } from 'zod';
import { isKnownPlace } from '../../jobs/regions.ts';
import { seniorityIn, withoutSeniorityWords } from '../../jobs/seniority-words.ts';
import type { Clause, PhrasingContext, Reading } from '../phrasing/phrasing.ts';
import { positionOf, readPronoun } from '../phrasing/references.ts';
import type { searchJobsArgs } from './args.ts';
import { readSearch, type SearchArgs } from './read-search.ts';

type Args = z.input<typeof searchJobsArgs>;

/** The reference the search leaves behind: its arguments as JSON, for a follow-up to change. */
export const lastSearchReference = 'last_search';

/**
 * The words that say "the search before, changed": the change itself is the `change` group
 * ("what about in Amsterdam instead", "same but senior", "search again but only remote ones
 * this time", "any in Lisbon?", "try Porto instead", "now in Berlin").
 */
const followUps: readonly RegExp[] = ([
  /^(?:and\s+)?(?:what|how)\s+about\s+(?<change>.+)$/,
  /^what\s+if\s+(?:i|we|you)\s+(?:look|search|try|check)(?:ed)?\s+(?<change>.+)$/,
  /^(?:and\s+|ok\s+|okay\s+|now\s+)?(?:any|anything)\s+(?<change>(?:in|near|around|out\s+of|based\s+in)\s+.+)$/,
  /^(?:and\s+|ok\s+|okay\s+)?(?:(?:show|find|get|give|do|run|try|search)\s+(?:me\s+)?)?(?:the\s+)?same(?:\s+(?:search|thing|query|again|one|ones|jobs|roles|results|please))*(?:\s*,)?\s+(?<change>(?:but|with|in|near|for|only|just|except|and|now)\b.*)$/,
  /^(?:search|look|try|check|do\s+(?:it|that|the\s+search)|run\s+(?:it|that|the\s+search))\s+(?:again|once\s+more)(?:\s*,)?(?<change>.*)$/,
  /^(?:re-?do|re-?run|repeat)\s+(?:(?:that|this|the)\s+(?:last\s+)?search|the\s+same(?:\s+search)?|it|that|this)(?:\s*,)?(?<change>.*)$/,
  /^(?:try|search|look|check)\s+(?<change>.+?)\s+instead$/,
  // "make that remote instead", "change it to Leeds": the last search, changed.
  /^(?:make|change|switch)\s+(?:it|that|the\s+search)(?:\s+to)?\s+(?<change>.+?)(?:\s+(?:instead|this\s+time))?$/,
  // "anything similar but remote?", "something like that in Porto": the search the list answers, changed.
  /^(?:(?:and|ok|okay|now|so)\s+)?(?:anything|something|any|some|others?|jobs|roles)\s+(?:similar|like\s+(?:that|this|those|these|it|them))(?:\s*,)?(?<change>(?:\s+(?:but|in|near|around|only|just|with|remote|for)\b.*)?)$/,
  // "more like these but in Manchester", "some more of those, remote only": the search the list answers, changed.
  /^(?:(?:some|any|a\s+few)\s+)?more\s+(?:like\s+(?:these|those|this|that|them)|of\s+(?:these|those|the\s+same))(?:\s*,)?(?<change>(?:\s+(?:but|in|near|around|only|just|with|remote|for)\b.*)?)$/,
  /^(?:(?:and|also|ok|okay|now|then)\s+)+(?:(?:try|search|look|check)\s+)?(?<change>(?:in|near|around|only|just)\s+.+)$/,
  /^(?:(?:and|ok|okay|now|then)\s+)*try\s+(?<change>.+)$/,
  /^(?<change>(?:in|near|around)\s+.+?)\s+(?:instead|this\s+time)$/,
  // "and for senior roles?": the last search for other roles.
  /^(?:(?:and|ok|okay|now|then)\s+)*(?<bare>)(?<guess>)(?<change>for\s+.+)$/,
  // "only senior ones", "just remote": a narrower last search, when it changes only its filters.
  /^(?<bare>)(?<guess>)(?<change>(?:only|just)\s+.+)$/,
  // "in Paris?" alone: a follow-up only as a guess, so after a request it joins that request instead.
  /^(?<guess>)(?<change>(?:in|near|around)\s+[^,]+)$/,
] as const).map((pattern) => new RegExp(pattern.source, 'd'));
/** What carries no change: "… instead", "… this time", "ones", "but". */
const noChange = /\b(?:instead|this\s+time|too|as\s+well|again|please|pls|then|ones?|but|rather|though)\b|[?!.,]/g;
const jobNoun = /\b(?:jobs|roles|positions|openings|vacancies|gigs|postings|listings)\b/;

/**
 * A search that changes the last one ("what about in Amsterdam instead?" after "find data
 * engineer jobs in Berlin"): the last search's arguments with what the sentence changes.
 * The last search is the one the search action left as a reference, or else the newest
 * earlier message read as a search. Null when the sentence is no follow-up or changes nothing
 * a search has; a reply when there is no search to follow.
 *
 * @example
 * readFollowUp(clauseOf('same but senior'), context); // { args: { query: 'data engineer', location: 'Berlin', seniority: 'senior' } }
 */
export function readFollowUp(clause: Clause, context: PhrasingContext): Reading<Args> | null {
  const text = clause.lower.replace(/[?!.]+$/, '').trim();
  const typed = clause.text.replace(/[?!.]+$/, '').trim();
  const match = followUps.map((pattern) => pattern.exec(text)).find(Boolean);
  const span = match?.indices?.groups?.change;
  if (!match || !span) return null;
  // The change as typed ("Amsterdam"), unless lower-casing changed the length.
  const said = typed.length === text.length ? typed.slice(span[0], span[1]) : (match.groups?.change ?? '');
  // "search again": the same search.
  const change = said.trim() ? readChange(said) : {};
  // "try python jobs": a new search, which the search patterns read.
  if (text.startsWith('try') && jobNoun.test(said.toLowerCase())) return null;
  if (!change) return null;
  // "only senior ones" narrows the search; "just save it" or "only python jobs" is no follow-up here.
  if (match.groups?.bare !== undefined && (change.query !== undefined || Object.keys(change).length === 0)) return null;
  const last = lastSearch(context);
  const sureness = match.groups?.guess === undefined ? {} : { confidence: 'guess' as const };
  return last ? { args: changed(last, change), ...sureness } : { reply: noSearch, ...sureness };
}

const noSearch = 'There is no earlier search in this conversation to change: say what to look for, e.g. "find data engineer jobs in Amsterdam".';

/**
 * What a follow-up changes: where, remote, level, pay floor, order, company, or the role when it
 * names jobs ("but in Toronto" → { location: 'Toronto' }); null when it changes nothing a search has.
 * An alert said again for somewhere else ("same alert but for Toronto") reads its change here too.
 *
 * @example
 * readChange('but for Toronto'); // { location: 'Toronto' }
 */
export function readChange(said: string): Partial<SearchArgs> | null {
  const lower = said.toLowerCase();
  const rest = said.replace(noChange, ' ').replace(/\s+/g, ' ').trim().replace(/^(?:with|for|and)\s+/i, '');
  if (!rest) return {};
  // "what about the second one", "how about the senior one": a job, not a search.
  if (positionOf(rest) !== undefined || readPronoun(rest) || /^(?:the|that|this)\s.*\b(?:one|job|role|position|posting|listing)$/i.test(said.replace(/[?!.,\s]+$/, ''))) return null;
  const level = seniorityIn(rest);
  const words = level ? withoutSeniorityWords(rest, level) : rest;
  const change: Partial<SearchArgs> = level ? { seniority: level } : {};
  if (!words || /^(?:only|just|more|the|level|roles?)$/i.test(words)) return change;
  const read = readSearch(words, { needsNoun: false });
  if (!read) return null;
  const { query, ...filters } = read;
  Object.assign(change, Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)));
  if (query && !/^(?:(?:only|just|the|more|some|level)\s*)+$/i.test(query)) {
    if (jobNoun.test(lower)) change.query = query;
    // "what about Lisbon?": a bare name is a place when the table knows it or it is written as a name.
    else if (!change.location && (isKnownPlace(query) || /^\p{Lu}/u.test(query)) && query.split(/\s+/).length <= 3) change.location = query;
    else return null;
  }
  return Object.keys(change).length > 0 ? change : null;
}

/** The last search's arguments: the reference the search left, or the newest earlier message read as one. */
function lastSearch(context: PhrasingContext): SearchArgs | undefined {
  try {
    const stored: unknown = JSON.parse(context.references[lastSearchReference] ?? 'null');
    if (stored && typeof stored === 'object' && typeof (stored as SearchArgs).query === 'string') return stored as SearchArgs;
  } catch {
    // A placeholder or an older thread's value: read the conversation instead.
  }
  const earlier = context.lastRequest?.('search_jobs');
  return earlier && typeof earlier.query === 'string' ? (earlier as SearchArgs) : resultsSearch(context);
}

/**
 * The search the results in play answer, when the thread no longer shows it ("more like these
 * but in Manchester" with only the list in view): the title word most of them share
 * ("Electrician", "Maintenance Electrician" → "electrician"), else the first one's title.
 */
function resultsSearch(context: PhrasingContext): SearchArgs | undefined {
  const ids = new Set(context.references.last_job_ids?.split(',') ?? []);
  const titles = (context.known?.jobs ?? []).filter((job) => job.id !== undefined && ids.has(job.id)).map((job) => job.title.toLowerCase()).filter(Boolean);
  if (titles.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const title of titles) for (const word of new Set(title.match(/\p{L}{3,}/gu) ?? [])) counts.set(word, (counts.get(word) ?? 0) + 1);
  const [shared] = [...counts].filter(([word, count]) => count >= 2 && !/^(?:and|the|for|with|senior|junior|lead|head|assistant|trainee|apprentice)$/.test(word)).sort((left, right) => right[1] - left[1]);
  return { query: shared?.[0] ?? titles[0] ?? '' };
}

/**
 * The last search with the change: a place replaces "remote" and the other way round (unless
 * the change says both), a new level replaces the old level's word in the query.
 */
export function changed(last: SearchArgs, change: Partial<SearchArgs>): Args {
  const next: SearchArgs = { ...last };
  if (change.location !== undefined && change.remote === undefined) delete next.remote;
  if (change.remote === true && change.location === undefined) delete next.location;
  if (change.seniority && last.seniority && change.seniority !== last.seniority) {
    next.query = withoutSeniorityWords(last.query, last.seniority) || last.query;
  }
  return { ...next, ...change };
}
