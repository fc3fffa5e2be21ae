import type { z } from 'zod';
import { definePhrasing, leadingVerb, type Reading } from '../phrasing/phrasing.ts';
import type { searchJobsArgs } from './args.ts';
import { saysPlaceOrRemote, saysRemoteToo } from '../phrasing/remote-too.ts';
import { findTrade } from './find-trade.ts';
import { isFieldOfWork } from './fields-of-work.ts';
import { endsWithRoleWord } from '../../resume/sections/classify-entry-part.ts';
import { withRoleSpelled } from './role-spelling.ts';
import { placeName } from './place-nicknames.ts';
import { findHome } from '../phrasing/find-slots.ts';
import { readFollowUp } from './read-follow-up.ts';
import { eitherPlace, kindsKeptOut, placeToldApart, readBareQuery, readBareRole, readListedSearch, readSearch, type SearchArgs, searchFiltersIn } from './read-search.ts';
import { searchJobsUtterances } from './utterances.ts';
import { searchLimitsIn } from './read-limits.ts';
import { isKnownPlace } from '../../jobs/regions.ts';
import { seniorityIn } from '../../jobs/seniority-words.ts';
import type { JobSeniority } from '../../protocol/api.ts';

type Args = z.input<typeof searchJobsArgs>;

/** Verbs that start a search when what follows names jobs: "find … jobs", "any … openings". */
const searchVerbs = [
  // Regression (session 36): "pls try java jobs in lisbon" searched for "try java". (A try of the last search,
  // "try Porto instead", is a follow-up, read before this.)
  'try',
  'find',
  'find me',
  'search',
  'search for',
  'search for me',
  'look for',
  'look up',
  'dig up',
  'check for',
  'scan for',
  'looking for',
  "i'm looking for",
  'im looking for',
  'i am looking for',
  'hunt for',
  'hunting for',
  'show me',
  'show',
  'get me',
  'get',
  'list',
  'browse',
  'fetch',
  'pull up',
  'give me',
  'i need',
  'i want',
  // "need a job quick", "really need work": the request said without "I".
  'need',
  'really need',
  'i really need',
  'i urgently need',
  'urgently need',
  'got any',
  'do you have',
  'do you have any',
  'are there',
  'are there any',
  'is there',
  'is there any',
  'any',
  'anything',
  'seeking',
  // "make that data engineer jobs in NYC instead": a search said as a change of the one before.
  'make that',
  'make it',
  'change that to',
  'change it to',
  'switch that to',
  'switch it to',
  'what are the',
  'what are some',
  'what',
  'which',
  // Leads learners of English use: "I search job of …", "I search for work as …".
  'i search',
  'i search for',
  'i am search',
  'i am searching',
  'i am searching for',
  "i'm searching for",
  'im searching for',
  'i seek',
  // Hedged asks: "I wonder if there are any …", "do you know if there are …".
  ...['i wonder', 'i was wondering', "i'm wondering", 'im wondering', 'wondering', 'do you know', 'any idea'].flatMap((hedge) =>
    ['if', 'whether'].flatMap((joint) => ['there are', 'there are any', 'there is', 'there is any', "there's", "there's any", 'you have', 'you have any', 'you can find', 'you could find'].map((rest) => `${hedge} ${joint} ${rest}`)),
  ),
];
/** Verbs that can only mean a search: what follows them bare is what to search for ("search clinical informatics"). */
const onlySearches = /^(?:search(?:\s+for)?|find(?:\s+me)?|look\s+for|hunt(?:ing)?\s+for|seeking|i(?:'m|m|\s+am)\s+looking\s+for|looking\s+for)$/;
/** Words after which the search itself may start, in a sentence no pattern read. */
const searchLeadIns = new Set([
  ...['at', 'for', 'some', 'any', 'me', 'of', 'a', 'an', 'the', 'find', 'search', 'want', 'need', 'see', 'show', 'get', 'look', 'into', 'on', 'after', 'about', 'like', 'love', 'looking', 'searching', 'seeking'],
  // Talk before the search: "sorry i meant bricklayer jobs", "ok again: welder jobs", "no wait, just baker jobs".
  ...['meant', 'mean', 'again', 'instead', 'actually', 'that', 'to', 'ok', 'okay', 'so', 'wait', 'sorry', 'no', 'just', 'now', 'then', 'pls', 'please', 'try', 'got', 'have', 'is'],
]);
/** Leads that already say "job search", so what follows need not contain "jobs". */
const jobSearchLeads = [
  'job search',
  'job search for',
  'jobs for',
  'search jobs for',
  'search jobs',
  'job hunt',
  'job hunt for',
  'search for jobs for',
  "what's out there for",
  'whats out there for',
  'what is out there for',
  "what's available for",
  'whats available for',
  'anything for',
  'openings for',
  'roles for',
  'who is hiring',
  "who's hiring",
  'whos hiring',
  'who is hiring for',
  "who's hiring for",
  'whos hiring for',
];

/** Words no place is named with: "anything in the list", "something in my letter". */
const notAPlace = /\b(?:my|your|our|this|that|these|those|it|them|list|saved|results?|ones?|letters?|resumes?|cvs?|jobs?|documents?|tracker|here|there)\b/i;

/** An ask for work with no job words: "what's available", "anything going?", "can you search". */
const askedForWork = /\bwhat(?:'s|s|\s+is)\s+(?:available|out\s+there|going|open)\b|\b(?:anything|something)\s+(?:going|available|open|out\s+there|for\s+me)\b|\bcan\s+you\s+(?:search|look|find)\b|\blooking\s+for\s+(?:work|a\s+job|jobs)\b|\b(?:anyone|anybody|any\s+(?:companies|places|employers))\s+(?:hiring|recruiting)\b|\bwho(?:'s|s|\s+is)\s+(?:hiring|recruiting)\s*[?!.]*$/;

/** "anything near Lexington", "is there something going in Perth": where asked for, the kind of work told elsewhere. */
const anythingNear =
  /\b(?:anything|something|any\s+work|any\s+openings)\s+(?:going\s+|available\s+|open\s+|out\s+there\s+)?(?<target>(?:in|near|around|close\s+to|based\s+in)\s+\S.*)$/i;

/** Longer than a search said as a list of pieces ("jobs for vet nurse, Christchurch NZ"): not read as one. */
const maxListedLength = 160;

/** "in food safety inspection in Dublin": a field of work, then where, after "anything". */
const fieldFirst = /^in\s+(?!(?:the|a|an|my|your|this|that)\b)(?<field>[\p{L}][\p{L}\s&'’-]{2,40}?)\s+(?<where>(?:in|near|around|based\s+in)\s+\S.*)$/iu;

/** The search for a field of work asked for after "anything", and where; null when the words say no such thing. */
function fieldThenPlace(near: string): SearchArgs | null {
  const groups = fieldFirst.exec(near.trim())?.groups;
  if (!groups?.field || !groups.where) return null;
  const args = readSearch(`${groups.field} jobs ${groups.where}`, { needsNoun: true });
  return args?.query && args.location ? args : null;
}

/** Work asked for with no kind said: "any job honestly", "i need work", "anything at all". */
const anyWork = /\b(?:any\s+(?:job|work|kind\s+of\s+(?:job|work))|(?:need|want|get)\s+(?:a\s+job|work)|anything\s+at\s+all|whatever\s+(?:job|work))\b/;

/** The words a search falls back on when no role was said ("find job in Dubai"). */
const broadQuery =
  /^(?:(?:any|all|some|a|an|the)\s+)?(?:jobs?|work|roles?|positions?|openings?|vacanc(?:y|ies)|opportunit(?:y|ies)|gigs?|postings?|listings?|careers?|remote|something|anything)(?:\s+(?:jobs?|roles?|openings?|positions?|work))?$/i;

/**
 * "lead or principal battery", "senior/staff engineer": two levels said as either, each with the rest of the words
 * (`[{ level: 'lead', query: 'lead battery' }, { level: 'principal', query: 'principal battery' }]`); undefined otherwise.
 * Regression (trial s46 #63): "lead or principal battery roles" searched the words "lead or principal" at principal level only.
 */
function eitherLevel(query: string | undefined): { level: JobSeniority; query: string }[] | undefined {
  const found = /^(?<first>\p{L}+)(?:\s+or\s+|\s*\/\s*)(?<second>\p{L}+)(?<rest>(?:\s+\S+)+)$/u.exec(query?.trim() ?? '')?.groups;
  if (!found?.first || !found.second || !found.rest) return undefined;
  const [first, second] = [seniorityIn(found.first), seniorityIn(found.second)];
  if (!first || !second || first === second || seniorityIn(found.rest)) return undefined;
  return [
    { level: first, query: `${found.first}${found.rest}` },
    { level: second, query: `${found.second}${found.rest}` },
  ];
}

/** A search's words that name only when the work is done: "night shift", "weekend shifts", "nights", "days". */
const shiftsOnly = /^(?:(?:night|nights|day|days|evening|evenings|weekend|weekends|early|late|twilight|graveyard|rotating|rotational|split|long|12[- ]?hour)(?:\s+(?:and|or|&|\/)\s+(?:night|day|evening|weekend|early|late))?(?:\s+shifts?)?|shifts?|shift\s+work)$/i;

/** Words that make "or" part of one phrase, never a choice of roles: "either", "whether", "or so", "or similar". */
const notAChoice = /\b(?:either|whether|neither|nor)\b|\bor\s+(?:so|similar|equivalent|related|above|higher|more|less|whatever|anything|something)\b/i;

/**
 * "plumber or gas fitter", "chef, cook or kitchen porter", "IT support / helpdesk", "data or business analyst": two or
 * three roles said as a choice, one search for each (a board searches words, and "plumber or gas fitter" is in no
 * title). A lone first word that names no role nor field takes the role word the last one ends in ("python or java
 * developer" is "python developer" and "java developer"). Undefined when the words are one phrase ("UX/UI designer").
 * Regression (trial s48 #18): "X or Y jobs" was searched as the one phrase "X or Y".
 */
export function eitherRole(query: string | undefined): string[] | undefined {
  const said = query?.trim() ?? '';
  if (!/\sor\s|\s\/\s/i.test(said) || notAChoice.test(said)) return undefined;
  const roles = said.split(/\s*,\s*(?:or\s+)?|\s+or\s+|\s+\/\s+/i).map((role) => role.trim());
  if (roles.length < 2 || roles.length > 3 || roles.some((role) => !/^\p{L}[\p{L}\p{N}+#.&'’-]*(?:\s+[\p{L}\p{N}+#.&'’-]+){0,3}$/u.test(role))) return undefined;
  const last = roles.at(-1) ?? '';
  const head = last.split(/\s+/).at(-1) ?? '';
  const shared = last.includes(' ') && endsWithRoleWord(head) ? head : undefined;
  return roles.map((role) => (shared && !role.includes(' ') && !endsWithRoleWord(role) && !isFieldOfWork(role) ? `${role} ${shared}` : role));
}

/**
 * "portlogix or vdberglogistics", "acme, globex", "vdberglogistics and portlogix": two companies, one search at each
 * (a board searches one company). Regression (session 38): the pair was searched as one company "A and B".
 * ("Marks and Spencer", "Procter & Gamble": a name written with capitals and "and", or "&", is one company.)
 */
function twoCompanies(company: string): [string, string] | undefined {
  const or = /^(?<first>[\p{L}\p{N}.'-]+(?:\s+[\p{L}\p{N}.'-]+)?)\s*(?:,|\/|\s+or\s+|,\s*or\s+)\s*(?<second>[\p{L}\p{N}.'-]+(?:\s+[\p{L}\p{N}.'-]+)?)$/u.exec(company)?.groups;
  const and = /^(?<first>\p{Ll}[\p{L}\p{N}.'-]{2,})\s+and\s+(?<second>\p{Ll}[\p{L}\p{N}.'-]{2,})$/u.exec(company)?.groups;
  const found = or ?? and;
  return found?.first && found.second ? [found.first, found.second] : undefined;
}

/**
 * How people ask for a job search: "find remote typescript jobs in Berlin", "any data
 * engineer openings?", "search Stripe for backend roles", "10 newest rust jobs, best
 * matches first". Searching a known board ("search indeed for …") is opening that board's
 * search page, a surer reading another action owns.
 */
/** Words that point at someone, not a company: "what does it have open", "what have they got going". */
const companyPronoun = /^(?:it|they|he|she|you|u|we|i|that|this|there|the|my|your|their|them|anyone|anybody|someone|somebody)\b/i;

/** Internships asked for by name: "internships in ML", "a marketing intern position" (never "no internships", kept out before this is read). */
const internshipAsked = /\b(?:internships?|interns?)\b/i;

/** "in Montréal or remote Canada", "around Leeds or remotely in the UK": a place, then remote work said as the other choice. */
const placeBeforeRemote = /\b(?:in|near|around|based\s+in)\s+(?<place>\p{Lu}[\p{L}'’.-]*(?:[\s-]+\p{Lu}[\p{L}'’.-]*){0,2}),?\s+or\s+(?:(?:fully|100%)\s+)?remote(?:ly)?\b/u;

const countWords: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20 };
/**
 * How many to show, said apart from the search's words ("…, only show me 5", "just give me 3 pls", "top 10 only"): the
 * number ends the piece, or only "pls", "max", "results" follow it (never "5 years", "5k", "5 days").
 */
const countApart = new RegExp(
  `(?:^|[,;:.!?]\\s*|\\s(?:but|and|so)\\s+)(?:(?:only|just|pls|please)\\s+)*(?:(?:show|give|list|send|gimme)\\s+(?:me\\s+|us\\s+)?)?(?:(?:only|just|like|about|around|the)\\s+)*(?:(?:top|first|best|max(?:imum)?|at\\s+most|up\\s+to)\\s+)?(?<count>\\d{1,2}|${Object.keys(countWords).join('|')})(?:\\s+(?:results?|listings?|of\\s+them|ones?|jobs?|max|tops|only|at\\s+most))?(?:\\s+(?:pls|please|plz|thx|thanks|ty))?\\s*(?:[,;.!?]|\\s[—–-]\\s|$)`,
  'i',
);
/** A word that says a number is a count: "show", "only", "top", or "results", "max" after it. */
const countSaidSo = /\b(?:show|give|list|send|gimme|only|just|top|first|best|max|most|up\s+to)\b|\s(?:results?|listings?|of\s+them|max|tops|at\s+most)\b/i;
/** The count said in a piece of its own, 1 to 50; undefined when none is. */
function countToldApart(message: string): number | undefined {
  const found = countApart.exec(message);
  const said = found?.groups?.count?.toLowerCase();
  if (!found || !said) return undefined;
  // ("show me 5": a verb or "only"/"top" said the number is a count; a bare number after a comma may be anything.)
  if (!countSaidSo.test(found[0])) return undefined;
  const count = countWords[said] ?? Number(said);
  return count >= 1 && count <= 50 ? count : undefined;
}

export const searchJobsPhrasing = definePhrasing<Args>({
  priority: 30,
  utterances: searchJobsUtterances,
  // Filters told in pieces of their own: "remote only!! bookkeeping jobs, need at least 40k".
  slots: {
    remote: (message) => searchFiltersIn(message).remote,
    min_salary: (message) => searchFiltersIn(message).min_salary,
    min_salary_currency: (message) => searchFiltersIn(message).min_salary_currency,
    sort: (message) => searchFiltersIn(message).sort,
    seniority: (message) => searchFiltersIn(message).seniority,
    // "part time only", "nothing graduate-y pls", "no contract roles": the type asked for, the levels and types kept out.
    employment_type: (message) => searchFiltersIn(message).employment_type,
    exclude_seniority: (message) => searchFiltersIn(message).exclude_seniority,
    exclude_employment_type: (message) => searchFiltersIn(message).exclude_employment_type,
    // "no agencies", "direct employers only".
    exclude_agencies: (message) => searchFiltersIn(message).exclude_agencies,
    // "any roofer jobs? Leeds or anywhere in Yorkshire": where, told in a piece of its own.
    location: (message) => placeToldApart(message) ?? findHome(message),
    // "nurse jobs in leeds but just show me 3", "…, only 5 pls": how many, told in a piece of its own.
    limit: (message) => countToldApart(message),
  },
  // "find non-senior jobs", "nurse jobs in york, nothing senior-ish": kept out of the search words, and said to be not left out.
  keptOut: (text) => kindsKeptOut(text),
  // "within 100 km of Ulm", "hybrid", "posted in the last 3 days": asked, not applied, and said so.
  notApplied: (text) => searchLimitsIn(text),
  // "I am teacher of mathematics from Manila, I want to find job in Dubai": the trade told about oneself.
  // "need delivery driver gigs in philly": a place said by its nickname is searched by its name.
  sharpen: (args, message) => {
    // "find CATIA jobs, remote is also ok": remote allowed, never remote only (with a place, `either` searches both).
    if (args.remote === true && !args.location && saysRemoteToo(message)) {
      const { remote: _remote, ...anyJob } = args;
      args = anyJob;
    }
    // "internships in marketing": an internship is a kind of contract as well as a level; postings that state another type are not one.
    if (args.employment_type === undefined && !args.exclude_employment_type?.includes('internship') && !args.exclude_seniority?.includes('intern') && internshipAsked.test(message)) {
      args = { ...args, employment_type: 'internship' };
    }
    // ("staff nurse here, after night shift work": the shifts wanted are no role; the trade told is.)
    const trade = !args.query || broadQuery.test(args.query) || shiftsOnly.test(args.query) ? findTrade(message) : undefined;
    const place = args.location === undefined ? undefined : placeName(args.location);
    // ("fnd me nures jobs", "software enginer roles": the role word spelled as meant, or nothing is found.)
    const spelled = trade ?? (args.query ? withRoleSpelled(args.query) : undefined);
    if (spelled === args.query && place === args.location) return args;
    return { ...args, ...(spelled ? { query: spelled } : {}), ...(place === undefined ? {} : { location: place }) };
  },
  // Regression (session 38): "find me data analyst jobs in leeds or remote" searched Leeds AND remote: "or" between
  // a place and remote work is either, one search for each (the boards take no "or").
  either: (args, text) => {
    // ("lead or principal battery roles": two levels, one search at each, never the words "lead or principal" searched.)
    const levels = eitherLevel(args.query);
    if (levels) return levels.map(({ level, query }) => ({ ...args, query, seniority: level }));
    const companies = args.company ? twoCompanies(args.company) : undefined;
    if (companies) return companies.map((company) => ({ ...args, company, ...(args.query === args.company ? { query: company } : {}) }));
    const places = args.location ? eitherPlace(args.location) : undefined;
    if (places) return places.map((location) => ({ ...args, location }));
    const roles = eitherRole(args.query);
    if (roles) return roles.map((query) => ({ ...args, query }));
    // Regression (trial s41 #8): "in Montréal or remote Canada" searched remote Canada only: a place, or remote work in
    // another, is one search for each, the place first.
    const placeOrRemoteElsewhere = args.remote === true && args.location ? placeBeforeRemote.exec(text)?.groups?.place?.trim() : undefined;
    if (placeOrRemoteElsewhere && args.location && !placeOrRemoteElsewhere.toLowerCase().includes(args.location.toLowerCase())) {
      const { remote: _remote, ...inPlace } = args;
      return [{ ...inPlace, location: placeName(placeOrRemoteElsewhere) ?? placeOrRemoteElsewhere }, args];
    }
    // ("CATIA jobs in Pune, remote also fine": the place, and remote work too.)
    if (!args.location || args.remote !== true || !(saysPlaceOrRemote(args.location, text) || saysRemoteToo(text))) return undefined;
    const { remote: _remote, ...inPlace } = args;
    const { location: _location, ...remote } = args;
    return [inPlace, remote];
  },
  readSentence: (clause) => {
    // The search is what follows the request words: of the tails that start after a lead-in
    // word ("a look at remote golang positions"), the one that leaves the shortest query.
    const words = clause.text.split(/\s+/);
    // (No words to search for is the last choice, when the person told their trade: "im a carpenter … looking for work in germany".)
    const trade = findTrade(clause.text);
    let best: { args: SearchArgs; size: number } | undefined;
    words.forEach((_word, start) => {
      // (Or where a piece of the message starts: "i do carpentry, anything around Bergen?".)
      const before = words[start - 1]?.toLowerCase() ?? '';
      if (start > 0 && !searchLeadIns.has(before) && !/[,.;:!?]$/.test(before)) return;
      const read = readSearch(words.slice(start).join(' '), { needsNoun: true });
      const args = read && !read.query && trade ? { ...read, query: trade } : read;
      const size = args?.query ? args.query.split(/\s+/).length + (args === read ? 0 : 1_000) : Number.POSITIVE_INFINITY;
      if (args && size < (best?.size ?? Number.POSITIVE_INFINITY)) best = { args, size };
    });
    // "bookkeeper, part-time, anywhere in NSW", "…im a bit panicked lol. python dev, remote": a search told as a list of pieces.
    const listed = readListedSearch(clause.text);
    if (listed && (!best || broadQuery.test(best.args.query ?? '') || (!best.args.location && listed.location))) return withQuery(listed);
    if (best) return withQuery(best.args);
    // "… looking for evening office cleaning in Brussels": the work said without a job noun, after a search verb.
    const afterVerb = /\b(?:look(?:ing)?|searching|hunting|lookin)\s+for\s+(?<rest>.+)$|\b(?:search(?:\s+for)?|find(?:\s+me)?|seeking)\s+(?<other>.+)$/i.exec(clause.text)?.groups;
    const afterWords = (afterVerb?.rest ?? afterVerb?.other ?? '').split(/[,;]/)[0] ?? '';
    // Regression (session 37): "search backend engineer", "search clinical informatics" could not tell the details:
    // a few words after a search verb, with no job noun and nothing else said, are what to search for.
    const bare = afterVerb ? bareAfterSearchVerb(afterWords) : null;
    if (bare) return withQuery(bare);
    // "i'm a farrier (horseshoeing) - is there anything near lexington KY?": the trade told, and where asked after "anything".
    const near = anythingNear.exec(clause.text)?.groups?.target;
    // ("… been a chef for years but want out, anything in food safety in Dublin?": a field asked for wins over the trade told.)
    const asked = near ? fieldThenPlace(near) : null;
    if (asked) return withQuery(asked);
    const nearby = trade && near ? readSearch(near, { needsNoun: false }) : null;
    if (trade && nearby?.location && !nearby.query) return withQuery({ ...nearby, query: trade });
    // "i need a job. any job honestly. in cork": any work at all, and where told in a piece of its own.
    const place = anyWork.test(clause.lower) ? placeToldApart(clause.text) : undefined;
    if (place) return withQuery({ query: trade ?? '', location: place });
    // "I'm a registered nurse … looking to move to Abu Dhabi, what's available": the trade told, and an ask (where: `findHome`).
    return trade && askedForWork.test(clause.lower) ? withQuery({ query: trade }) : null;
  },
  capability: 'search jobs',
  describe: ({ query, location, company }) =>
    `search for ${query ? `${query} ` : ''}jobs${company ? ` at ${company}` : ''}${location ? ` in ${location}` : ''}`,
  produces: ['last_job_ids'],
  intents: [
    {
      // "what about in Amsterdam instead?", "same but senior": the last search, changed.
      pattern: /^.+$/,
      questions: true,
      read: ({ clause }, context) => readFollowUp(clause, context),
    },
    {
      // "search Stripe for backend roles": a company's openings.
      pattern: /^(?:search|check|look\s+(?:at|through)|browse)\s+(?<company>[\p{L}\p{N}][\p{L}\p{N} .&'-]{0,40}?)\s+for\s+(?<target>.+)$/u,
      read: ({ groups, original }) => {
        const company = original('company') ?? groups.company ?? '';
        if (/^(?:jobs?|openings?|roles?|positions?|me|work|a|an|any|some|the)$/i.test(company)) return null;
        const args = readSearch(original('target') ?? '', { needsNoun: true });
        return args ? withQuery({ ...args, company, query: args.query === args.company ? '' : args.query }) : null;
      },
    },
    {
      // "is Initech hiring?", "are Acme Labs hiring right now": that company's openings.
      pattern: /^(?:is|are)\s+(?<company>[\p{L}\p{N}][\p{L}\p{N} .&'-]{0,40}?)\s+(?:hiring|recruiting)(?:\s+(?:right\s+now|at\s+the\s+moment|now|currently|at\s+all|these\s+days))?$/u,
      questions: true,
      read: ({ original, groups }) => {
        const company = original('company') ?? groups.company ?? '';
        if (/^(?:anyone|anybody|anything|any|someone|somebody|it|they|there|that|this|he|she|you|we)\b/i.test(company)) return null;
        return withQuery({ company, query: company });
      },
    },
    {
      // "is Spotify hiring backend engineers in Stockholm", "does Tesco have any warehouse jobs in Leeds", "what's open at
      // Canva for designers": a company's openings asked as a question, the kind and place after it.
      pattern:
        /^(?:(?:is|are)\s+(?<hiring>[\p{L}\p{N}][\p{L}\p{N} .&'-]{0,40}?)\s+(?:hiring|recruiting|looking\s+for)|(?:does|do)\s+(?<having>[\p{L}\p{N}][\p{L}\p{N} .&'-]{0,40}?)\s+(?:have|has|got|offer)(?:\s+(?:any|some))?|what(?:'s|’s|s|\s+is)\s+(?:open|going|available|there)\s+at\s+(?<at>[\p{L}\p{N}][\p{L}\p{N} .&'-]{0,40}?)(?:\s+for)?)\s+(?<target>\S.*)$/u,
      questions: true,
      confidence: 'certain',
      read: ({ groups, original }) => {
        const company = (original('hiring') ?? original('having') ?? original('at') ?? '').trim();
        const target = original('target') ?? '';
        // ("is anyone hiring nurses in leeds": openings anywhere.)
        if (groups.hiring !== undefined && /^(?:anyone|anybody|someone|somebody|any\s+(?:company|companies|one))$/i.test(company)) {
          const anywhere = readSearch(target, { needsNoun: false });
          return anywhere ? withQuery(anywhere) : null;
        }
        // ("is it hiring…", "does the Acme job have…", "do you have any…": no company named.)
        if (!company || /^(?:anyone|anybody|anything|any|someone|somebody|it|they|there|that|this|he|she|you|u|we|i|the|my|your)\b/i.test(company)) return null;
        // ("does Acme have a remote policy", "does Tesco have parking": only openings are a search.)
        if (groups.having !== undefined && !/\b(?:jobs?|openings?|roles?|positions?|vacanc(?:y|ies)|opportunit(?:y|ies)|posts?|gigs?|work)\b/i.test(target)) return null;
        const args = readSearch(target, { needsNoun: false });
        return args ? withQuery({ ...args, company, query: args.query === args.company ? '' : args.query }) : null;
      },
    },
    {
      // "stay in Berlin, any jobs there?", "I'm moving to Porto - anything going there?": a place said first, then work asked
      // for "there": a search in that place (the kind of work, if said, between the two).
      pattern:
        /^(?<said>.*?\b(?:in|to|near|around)\s+(?<place>[\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){0,2}))\s*(?:[,;:!?-]|\.)+\s*(?:so\s+|and\s+|but\s+)?(?:(?:are|is)\s+there\s+|(?:have\s+)?(?:you\s+)?got\s+|do\s+you\s+have\s+|what\s+about\s+)?(?:any|anything|something|what'?s)(?:\s+(?<kind>[\p{L}\p{N} -]{1,40}?))?\s+(?:going\s+|available\s+|open\s+)?(?:over\s+)?there$/u,
      questions: true,
      read: ({ original }) => {
        const place = (original('place') ?? '').trim();
        // ("I sent it to them, anything new there?": a place, not a person or a thing, is where to search.)
        if (!isKnownPlace(place) && !/^\p{Lu}/u.test(place)) return null;
        if (notAPlace.test(place)) return null;
        const kind = (original('kind') ?? '').trim();
        if (kind && !/\b(?:jobs?|work|openings?|roles?|positions?|vacanc(?:y|ies)|gigs?|shifts?)$/i.test(kind)) return null;
        const args = readSearch(`${kind || 'jobs'} in ${place}`, { needsNoun: false });
        return args?.location ? withQuery(args) : null;
      },
    },
    {
      // "what openings does Ocado have at the moment?", "what's Zalando got going", "what roles has Shopify got open right now":
      // a company's openings, the company the subject of "have"/"got" (the kind of job, if any, said after "what").
      pattern:
        /^what(?:\s+(?<kind>[\p{L}\p{N} -]{1,40}?))?(?:\s+(?:does|do|has|have|is)|'s|’s)\s+(?<company>[\p{L}\p{N}][\p{L}\p{N} .&'-]{0,40}?)\s+(?<having>have|has|got|offer|offering|advertising|posted)(?:\s+(?<open>open|going|available|on|on\s+offer|up|advertised|posted|listed))?(?:\s+(?:right\s+now|at\s+the\s+moment|now|rn|atm|currently|these\s+days|at\s+present|today))?$/u,
      questions: true,
      read: ({ groups, original }) => {
        const company = (original('company') ?? '').trim();
        const kind = (original('kind') ?? '').trim();
        // ("what does it have open", "what do you have", "what does the Acme job offer": no company named.)
        if (!company || companyPronoun.test(company) || /\b(?:job|role|position|posting|one|letter|resume|cv)$/i.test(company)) return null;
        // ("what does Acme offer", "what has Tesco got": openings only when said, by a word of openings or "open"/"going".)
        const openings = /\b(?:jobs?|openings?|roles?|positions?|vacanc(?:y|ies)|opportunit(?:y|ies)|posts?|gigs?|work)$/i;
        if (!groups.open && !openings.test(kind)) return null;
        const args = kind ? readSearch(kind, { needsNoun: false }) : null;
        const query = args?.query && !broadQuery.test(args.query.trim()) ? args.query : '';
        return withQuery({ ...(args ?? {}), company, query });
      },
    },
    {
      // "got anything near Cork?", "anything going in Galway", "what's there in Calgary": where alone, the kind told elsewhere (`sharpen`).
      pattern:
        /^(?:(?:(?:have\s+)?(?:you\s+)?got\s+|(?:do\s+)?you\s+have\s+|is\s+there\s+)?(?:anything|something)(?:\s+(?:going|open|out\s+there|available|on\s+offer|for\s+me))?|what(?:'s|’s|s|\s+is)\s+(?:there|going|open|out\s+there|available|on\s+offer))\s+(?<target>(?:in|near|around|close\s+to|based\s+in)\s+\S.*)$/,
      questions: true,
      // (After a search, "anything in Munich?" changes that search, or asks about its results: other readings.)
      read: ({ original }, context) => {
        if (context.lastRequest?.('search_jobs') || context.references.last_job_ids) return null;
        const args = readSearch(original('target') ?? '', { needsNoun: false });
        // (Only a place: "anything in the saved list", "something in my letter" are about what jobpilot holds.)
        if (!args?.location || args.query || notAPlace.test(args.location)) return null;
        // The kind of job is told elsewhere in the message ("i do plumbing, …"), or asked: the whole message is read again for it.
        return { reply: `What kind of job should I look for in ${args.location}? Name a role or skill, e.g. "find electrician jobs in ${args.location}".` };
      },
    },
    {
      // "im a tree surgeon - is there anything near asheville?": the trade told, then where asked after "anything".
      pattern: /^(?<told>.+)$/,
      questions: true,
      read: ({ original }) => {
        const said = original('told') ?? '';
        const near = anythingNear.exec(said)?.groups?.target;
        // (Nothing asked after "anything": no reading, so the trade is not looked for.)
        if (!near) return null;
        const asked = fieldThenPlace(near);
        if (asked) return withQuery(asked);
        const trade = findTrade(said);
        const nearby = trade ? readSearch(near, { needsNoun: false }) : null;
        return trade && nearby?.location && !nearby.query ? withQuery({ ...nearby, query: trade }) : null;
      },
    },
    {
      // "necesito trabajo de camarero en Madrid", "je cherche un emploi de serveur à Lyon": the same search in a few other languages.
      pattern:
        /^(?:(?:yo\s+|je\s+|ich\s+|eu\s+)?(?:necesito|busco|quiero|procuro|preciso(?:\s+de)?|cherche|suche|cerco|szukam)\s+)?(?:un\s+|una\s+|um\s+|uma\s+|une?\s+|einen?\s+|eine\s+|del\s+)?(?:trabajo|empleo|trabalho|emprego|travail|emploi|poste|arbeit|stelle|lavoro|pracy|praca)\s+(?:de|como|da|comme|als|come|jako)\s+(?<role>\p{L}[\p{L}\s'’-]{1,40}?)(?:\s+(?:en|em|à|in|w|au|na|no)\s+(?<place>\p{L}[\p{L}\s'’.-]{1,40}))?$/u,
      questions: true,
      read: ({ original }) => withQuery({ query: original('role') ?? '', ...(original('place') ? { location: original('place') } : {}) }),
    },
    {
      // "what's available?", "anything going?": work asked for with nothing said of which; the rest of the message may say (the trade told, where).
      // ("is anyone hiring?", "who's hiring": the same, asked of the employers.)
      pattern:
        /^(?:what(?:'s|’s|s|\s+is)\s+(?:available|out\s+there|going)|(?:(?:have\s+)?(?:you\s+)?got\s+)?anything\s+(?:going|available)(?:\s+for\s+me)?|(?:is\s+)?(?:any\s*one|any\s*body)\s+(?:hiring|recruiting)(?:\s+(?:right\s+now|at\s+the\s+moment|now|atm|these\s+days))?|who(?:'s|’s|s|\s+is)\s+(?:hiring|recruiting))$/,
      questions: true,
      read: (_match, context) =>
        context.lastRequest?.('search_jobs') || context.references.last_job_ids ? null : { reply: 'What kind of job should I look for? Name a role or skill, e.g. "find remote typescript jobs in Berlin".' },
    },
    {
      pattern: leadingVerb(jobSearchLeads, ':?\\s*(?<target>.+)'),
      questions: true,
      read: ({ original }) => {
        const target = original('target') ?? '';
        const args = readSearch(target, { needsNoun: false });
        // ("jobs for vet nurse, Christchurch NZ": where told in a piece of its own is no part of the search words.)
        const listed = args && !args.location && args.query?.includes(',') && target.length <= maxListedLength ? readListedSearch(target) : null;
        return fromSearch(listed?.location ? listed : args);
      },
    },
    {
      pattern: leadingVerb(searchVerbs),
      questions: true,
      // ("looking for evening office cleaning in Brussels": the work said without a job noun, and where.)
      // ("search backend engineer", "find clinical informatics": words said bare after a verb that only searches.)
      read: ({ original, groups }) =>
        fromSearch(
          readSearch(original('target') ?? '', { needsNoun: true }) ??
            (onlySearches.test(groups.verb ?? '') ? bareAfterSearchVerb(original('target') ?? '') : readBareRole(original('target') ?? '')),
        ),
    },
    {
      // "remote rust jobs in Lisbon", "newest golang jobs": no verb, so only a guess.
      pattern: /^(?<target>.+)$/,
      confidence: 'guess',
      read: ({ original }) => {
        // ("plumber, full time, anywhere in Ontario": a search told as a list of pieces.)
        const args = readSearch(original('target') ?? '', { needsNoun: true, bare: true }) ?? readBareRole(original('target') ?? '') ?? readListedSearch(original('target') ?? '');
        // ("jobs in cork", "jobs at Maersk": a place or a company and the noun, no role: every kind of job there.)
        if (args && !args.query && (args.location || args.company) && /\b(?:jobs|roles|openings|positions|vacancies|work)\b/i.test(original('target') ?? '')) return withQuery(args);
        return args?.query && !(pointingBack.test(args.query.trim()) && !args.location && !args.company) ? { args } : null;
      },
    },
  ],
  examples: [
    { say: 'find remote typescript jobs in Berlin', args: { query: 'typescript', remote: true, location: 'Berlin' } },
    { say: 'any data engineer openings?', args: { query: 'data engineer' } },
    { say: 'search Stripe for backend roles', args: { company: 'Stripe', query: 'backend' } },
    { say: 'look for product designer jobs, best matches first', args: { query: 'product designer', sort: 'fit' } },
    { say: 'show me the 5 newest rust jobs', args: { query: 'rust', sort: 'recent', limit: 5 } },
    { say: 'openings at Shopify in Toronto', args: { company: 'Shopify', location: 'Toronto' } },
    { say: "what's out there for QA testers in Lisbon?", args: { query: 'qa testers', location: 'Lisbon' } },
    { say: 'I need a job as a welder', args: { query: 'welder' } },
    { say: 'on-site accountant positions in Leeds', args: { query: 'accountant', remote: false, location: 'Leeds' } },
    { say: 'find remote typescript and react jobs', args: { query: 'typescript and react', remote: true } },
    {
      say: 'find senior typescript jobs in Europe paying over 100k',
      args: { query: 'senior typescript', seniority: 'senior', location: 'Europe', min_salary: 100_000 },
    },
    { say: 'golang roles that pay at least $120,000', args: { query: 'golang', min_salary: 120_000, min_salary_currency: 'USD' } },
    { say: 'show me 100k+ data engineer jobs', args: { query: 'data engineer', min_salary: 100_000 } },
    { say: 'python jobs in Berlin, €80k or more', args: { query: 'python', location: 'Berlin', min_salary: 80_000, min_salary_currency: 'EUR' } },
    { say: 'any devops openings paying 90-120k?', args: { query: 'devops', min_salary: 90_000 } },
    { say: 'entry-level accounting positions in Dublin', args: { query: 'entry-level accounting', seniority: 'junior', location: 'Dublin' } },
    { say: 'find lead android developer jobs', args: { query: 'lead android developer', seniority: 'lead' } },
    { say: 'find jobs paying over 150k in London', args: { location: 'London', min_salary: 150_000 } },
    { say: 'find jobs in cork', args: { location: 'cork' } },
    { say: 'find product manager jobs in healthtech, remote in ireland or cork', args: { query: 'product manager healthtech', location: 'ireland', remote: true } },
    { say: 'junior nurse jobs paying $35 an hour or more', args: { query: 'junior nurse', seniority: 'junior', min_salary: 72_800, min_salary_currency: 'USD' } },
    // The employment type asked for, and levels or types kept out: filters, never search words.
    { say: 'part-time jobs in utrecht', args: { employment_type: 'part_time', location: 'utrecht' } },
    { say: 'find contract react work', args: { query: 'react', employment_type: 'contract' } },
    { say: 'data analyst jobs in leeds, no contract roles', args: { query: 'data analyst', location: 'leeds', exclude_employment_type: ['contract'] } },
    { say: 'find non-senior typescript jobs', args: { query: 'typescript', exclude_seniority: ['senior', 'lead', 'principal'] } },
    { say: 'any data jobs in manchester? nothing graduate-y pls', args: { query: 'data', location: 'manchester', exclude_seniority: ['junior', 'intern'] } },
    // Recruitment agencies kept out: a filter, never search words.
    { say: 'warehouse supervisor jobs in rotterdam, no agencies', args: { query: 'warehouse supervisor', location: 'rotterdam', exclude_agencies: true } },
    { say: 'find accountant jobs in bristol, direct employers only', args: { query: 'accountant', location: 'bristol', exclude_agencies: true } },
    { say: 'search nursing jobs in leeds without recruiters', args: { query: 'nursing', location: 'leeds', exclude_agencies: true } },
  ],
  counterExamples: [
    'search indeed for typescript jobs',
    'show me my saved jobs',
    'show me the stripe job',
    'which jobs did I save?',
  ],
});

/**
 * Words said bare after a verb that only searches: a role and a place the table knows ("sous chef
 * lisbon"), else the words as the query ("data platform", "veterinary nursing": the last word is
 * no place).
 */
function bareAfterSearchVerb(said: string): SearchArgs | null {
  const role = readBareRole(said);
  if (role && (!role.location || isKnownPlace(role.location))) return role;
  return readBareQuery(said) ?? role;
}

function fromSearch(args: SearchArgs | null): Reading<Args> | null {
  return args ? withQuery(args) : null;
}

/**
 * A search needs words to search for. With none but something else to go on (a company, a
 * place, "remote", "best matches"), the broadest: the company, "remote", or "jobs". With
 * nothing at all, ask.
 */
/** A "query" that only points back at something: "same", "the other", "that". */
const pointingBack = /^(?:the\s+)?(?:same|other|another|that|this|it|those|these)$/i;

function withQuery(args: SearchArgs): Reading<Args> | null {
  // "same job but more formal", "the other job": words that point back name no kind of work.
  if (args.query && pointingBack.test(args.query.trim()) && !args.location && !args.company) return null;
  const anything =
    args.location !== undefined ||
    args.sort !== undefined ||
    args.limit !== undefined ||
    args.min_salary !== undefined ||
    args.seniority !== undefined ||
    args.employment_type !== undefined ||
    args.exclude_seniority !== undefined ||
    args.exclude_employment_type !== undefined ||
    args.exclude_agencies !== undefined;
  // Regression (session 37): "find jobs in cork" searched the keyword "jobs". A word that only says "a job"
  // is never what to search for: with a place, a company or a filter, every kind of job there.
  const { query: said, ...rest } = args;
  const query = said && !broadQuery.test(said.trim()) ? said : undefined;
  if (!query && !rest.company && !rest.remote && !anything) {
    return {
      reply: 'What kind of job should I look for? Name a role or skill, e.g. "find remote typescript jobs in Berlin".',
    };
  }
  return { args: { ...rest, ...(query ? { query } : {}) } };
}
