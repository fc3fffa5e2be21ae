import type { z } from 'zod';
import { seniorityIn } from '../../jobs/seniority-words.ts';
import { loadSkillVocabulary, phraseKey } from '../../resume/skill-vocabulary.ts';
import type { searchJobsArgs } from './args.ts';
import type { EmploymentType } from '../../protocol/posting.ts';
import { excludedKind, type ExclusionFilter, exclusionsOf, scorn } from '../phrasing/find-exclusion.ts';
import { isTradePiece, readAsides } from './read-asides.ts';
import { isFieldOfWork } from './fields-of-work.ts';
import { readPayFloor } from './read-pay-floor.ts';
import { hybridWords, radiusWords } from './read-limits.ts';
import { isKnownPlace, placeNames } from '../../jobs/regions.ts';

/** A search as read from words: `query` is '' when no role was said (`withQuery` leaves it out then). */
export type SearchArgs = Omit<z.input<typeof searchJobsArgs>, 'query'> & { query: string };

/** Plural nouns that make a phrase a job search: "react jobs", "data engineer openings". */
const pluralNoun =
  '(?:jobs|roles|positions|openings|vacancies|opportunities|gigs|postings|listings|internships|apprenticeships|traineeships|job openings|job offers|job ads|contracts|careers|work|shifts)';
/** Singular ones only count after "a", "any", "some": "a job as a nurse", not "the stripe job". */
const singularNoun = '(?:job|role|position|opening|vacancy|opportunity|gig|internship|apprenticeship|traineeship|contract)';
const nounPattern = new RegExp(`\\b(?<noun>${pluralNoun}|${singularNoun})\\b|^(?<vague>something|anything)(?=\\s+(?:in|at|as|for|with|near|around|close\\s+to|going|available|open|out\\s+there)\\s)`);
/**
 * The words of `nounPattern` anywhere, inside other words too: what a search that needs a noun cannot be read without. Every
 * edit `readSearch` makes turns words into spaces (or "near"), so a noun it finds was in the words as said.
 */
const nounWords = new RegExp(`${pluralNoun}|${singularNoun}|something|anything`);
/** A singular noun alone: "job", not "jobs". */
const singularNounAlone = new RegExp(`^${singularNoun}$`);
/** "the Stripe job", "that role": a job already named, not a search. */
const pointingWord = /\b(?:the|that|this|those|these|my|your|his|her|their|our|its|first|second|third|last)\b/;
/** Words no place name is made of: "jobs that would suit me" has no place in it. */
const notPlace =
  /\b(?:me|my|you|your|us|i|would|could|should|will|can|did|got|kept|am|suit|suits|fit|fits|match|matches|like|want|need|that|which|who|have|has|had|is|are|was|do|does|please|now|today|funny|good|best|first|only|for|to|and|or)\b/i;

/** Kinds of workplace, said after "in" as where the work is done: never the place searched. */
const workplace =
  /^(?:an?\s+|the\s+)?(?:restaurants?|hotels?|kitchens?|hospitals?|factor(?:y|ies)|warehouses?|shops?|stores?|offices?|schools?|bars?|caf[eé]s?|baker(?:y|ies)|farms?|(?:care|nursing)\s+homes?|clinics?|pubs?|supermarkets?|construction|retail|hospitality|healthcare)$/i;

const sortWords: ReadonlyArray<[RegExp, NonNullable<SearchArgs['sort']>]> = [
  [
    /\b(?:(?:sorted|sort|ordered|order|ranked|rank)\s+(?:(?:them|these|those|it\s+all|the\s+(?:results|jobs|list))\s+)?(?:by|on)\s+(?:(?:the\s+)?(?:fit|match(?:es)?|best match)(?:\s+score)?|how\s+(?:(?:well|closely|much|good)\s+)?(?:they|i|each(?:\s+one)?|it|the\s+jobs?)\s+(?:match(?:es)?|fits?|suits?)(?:\s+(?:me|my\s+(?:resume|cv|profile|skills)))?|how\s+good\s+(?:a\s+)?(?:fit|match)\s+(?:they\s+are|it\s+is)(?:\s+for\s+me)?)|(?:in\s+)?order\s+of\s+(?:fit|match)|best[- ](?:matches|match|fits?|matching|fitting|suited)(?:\s+first)?|(?:that|which)\s+(?:best\s+)?(?:fit|match|suit)\s+(?:me|my\s+(?:resume|cv|profile|skills))(?:\s+best)?|matching\s+my\s+(?:resume|cv|profile|skills)|best\s+(?:fit|match)(?:es)?\s+(?:for|to)\s+(?:me|my\s+(?:resume|cv|profile|skills))(?:\s+first)?|(?:best\s+)?fit\s+first|by\s+fit)\b/,
    'fit',
  ],
  [
    /\b(?:newest(?:\s+first)?|latest|most\s+recent(?:\s+first)?|recent(?:ly\s+posted)?|fresh|just\s+posted|posted\s+(?:today|yesterday|this\s+week|recently|in\s+the\s+last\s+\w+\s+days?)|(?:sorted|sort|ordered|order)\s+by\s+(?:date|recency))\b/,
    'recent',
  ],
  [/\b(?:most\s+relevant(?:\s+first)?|(?:sorted|sort|ordered|order)\s+by\s+relevance|by\s+relevance)\b/, 'relevance'],
];
// ("remote-first", "remote-friendly", "fully-remote", "remote-OK": remote work, said whole, never "-first" searched for.)
const remoteWords = /\b(?:(?:only|just|fully|100%)[\s-]+)?remote(?:ly)?(?:-(?:first|friendly|ok|okay|only|possible))?(?:\s+only)?\b|\bwork(?:ing)?\s+from\s+home\b|\bwfh\b|\b(?:from\s+)?anywhere\b(?!\s+(?:around|in|near|within|inside|close\s+to)\s)/;
// (Not "my contract ends in January": the person's own contract, not the kind of job.)
const contractWords = /(?<!\b(?:my|our|the|current|this)\s+)\b(?:contract|contractor|freelance)\b(?=\s+[\p{L}])(?!\s+(?:ends?|ended|ending|finish\w*|runs?|expires?|is|was|will|has|had|with)\b)/u;
/** "seasonal": the term, kept in the search words, never the role nor where. */
const hoursWords = /\b(?:seasonal)\b/gi;
/**
 * "permanent only", "perm roles", "unbefristet" (read as "permanent only"): temporary and contract roles left out, as
 * the postings state them; never search words (a posting seldom writes "permanent"). Never the word of a role
 * ("permanent way engineer", "permanent magnet motor design", "permanent secretary": review of session 47).
 */
const permanentWords = /\b(?:permanent|perm)(?!\s+(?:way|magnets?|make-?up|secretary|collections?|exhibitions?)\b)(?:\s+(?:only|contracts?|roles?|positions?|jobs?|posts?|work))?(?:\s+only)?\b/gi;
/** What "permanent" leaves out. */
const permanentTypes: readonly EmploymentType[] = ['temporary', 'contract'];
const permanentOnly: ExclusionFilter = { field: 'exclude_employment_type', values: [...permanentTypes] };
/** "part time", "full-time": the hours, a filter on the employment type, never the role nor where. */
// ("Vollzeit", "deeltijd", "temps plein", "media jornada": the same in the languages people mix in.)
const timeWords = /\b(?:(?<hours>part|full)[- ]?time|vollzeit|teilzeit|voltijd|deeltijd|temps\s+(?:plein|partiel)|tiempo\s+(?:completo|parcial)|(?:media\s+)?jornada(?:\s+(?:completa|parcial))?)\b/gi;
/** The employment type hours words name: "part-time", "Teilzeit", "media jornada" → part_time. */
const typeOfTime = (found: string): EmploymentType => (/^(?:part|teil|deel)|partiel|parcial|^media/i.test(found) ? 'part_time' : 'full_time');
/** A kind's word: "contract", "B2B", "estágios". */
const kindWord = String.raw`\p{L}[\p{L}\p{N}]*`;
/**
 * "non-senior", "no contract roles", "nothing graduate-y", "not part-time": a level or an
 * employment type kept out, which the search leaves out (`exclusionOf`); other kinds are left as said.
 */
// ("… at Deel that aren't senior or above": a level kept out by what the jobs are not; "or above" is the levels above it, kept out too.)
// ("no B2B or contract roles", "leave out contract or temp work", "sem estágios": several kinds, and other ways to say no.)
const keptOutFilter = new RegExp(
  String.raw`\b(?:(?:(?:that|which)\s+)?(?:aren['’]?t|isn['’]?t|are\s+not|is\s+not)|nothing|nothin['’]?|no|not|none|avoid|without|except|excluding|exclude|skip|leave\s+out|leaving\s+out|sem|sin|sans|ohne|keine?|non)(?:\s+|-)(?:any\s+|the\s+)?(${kindWord}(?:[- ](?:time|level|term|rate|ir35))?(?:(?:\s+or\s+|\s+nor\s+|\s*/\s*)(?!(?:above|higher|up|more)\b)(?:no\s+)?${kindWord}(?:[- ](?:time|level|term|rate))?)*)(?:\s+or\s+(?:above|higher|up|more\s+senior))?(?:-?(?:y|ish)\b|\s+(?:ones?|jobs?|roles?|positions?|schemes?|stuff|work|gigs?|${scorn})\b)?`,
  'giu',
);

/** Adds a kept-out filter's levels or types to what the args already leave out. */
function addExclusion(args: Partial<SearchArgs>, filter: ExclusionFilter): void {
  if (filter.field === 'exclude_seniority') args.exclude_seniority = [...new Set([...(args.exclude_seniority ?? []), ...filter.values])];
  else args.exclude_employment_type = [...new Set([...(args.exclude_employment_type ?? []), ...filter.values])];
}
/**
 * Recruitment agencies as people name them: "recruiters", "consultancies" (Indian English), "staffing firms", "temp
 * agencies", "Zeitarbeit"/"Personaldienstleister" (German), "uitzendbureau" (Dutch), "ETT" (Spanish), "intérim" (French).
 */
const agencyNoun = String.raw`(?:(?:recruit(?:ment|ing)|staffing|temp(?:ing)?|employment|placement|zeitarbeit|leiharbeit|interim)\s+)?(?:agenc(?:y|ies)|recruiters?|headhunters?|consultanc(?:y|ies)|staffing\s+(?:firms?|companies)|zeitarbeit(?:sfirm(?:a|en))?|leiharbeit(?:sfirm(?:a|en))?|personaldienstleister(?:n)?|personalvermittl(?:er|ung(?:en)?)|arbeitnehmerüberlassung|uitzendbureau(?:s|'s)?|uitzendwerk|ett|agencias?|empresas\s+de\s+trabajo\s+temporal|int[ée]rim|bodyshops?|body\s+shops?|third[- ]party\s+recruiters?)`;
/** "no agencies", "no recruiters", "direct employers only", "not through an agency", "keine Zeitarbeit": agencies' postings kept out. */
const agencyWords = new RegExp(
  String.raw`\b(?:(?:no|not|nothing|without|avoid|skip|exclude|excluding|except|geen|niet|keine?|ohne|sin|sans|pas\s+de)(?:\s+(?:through|via|from|by|über|ueber|door|par|por))?\s+(?:any\s+|an?\s+|the\s+)?${agencyNoun}(?:\s*(?:,|\/|\bor\b|\bnor\b|\band\b)\s*(?:no\s+)?${agencyNoun})*|(?:direct(?:ly)?\s+(?:from\s+|with\s+)?(?:the\s+)?employers?|employers?\s+directly|direct\s+hires?)(?:\s+only)?|(?:only|just)\s+direct\s+employers?|non[- ]agency)\b`,
);
/** The same as said in a request, with its stop before and its "only", "please" after, to erase from the search words. */
const agencyPhrase = new RegExp(String.raw`[.,;:!?]?\s*(?:${agencyWords.source})(?:\s+(?:only|please|pls|thanks))*`, 'gi');
/** "at the moment", "right now", "currently": every search is of what is open now. */
const nowWords = /\b(?:at\s+all|at\s+the\s+moment|at\s+present|right\s+now|currently|these\s+days|nowadays|as\s+of\s+now|for\s+now)\b/;
/** "nothing graduate-y", "not senior ones", "no agency roles", "non-senior": a kind of job kept out (a level, or said with "ones", "-y"). */
const keptOut = /\b(?:(?:nothing|no|not|none|avoid|without|except)\s+(?:any\s+)?|non[-\s]?)(\p{L}+)(-?(?:y|ish)\b|\s+(?:ones?|jobs?|roles?|positions?|schemes?|stuff)\b)?/giu;
/**
 * An employer kept out of a search: "but not at Amazon", "nothing from Deloitte", "anything except agencies and Amazon",
 * "excluding Capita". Capitalised, as a company's name is written; "not at weekends" keeps nobody out.
 */
const companyKeptOut =
  /(?:\b(?:not|never|nothing|no\s+jobs?|no\s+roles?)\s+(?:at|with|from|for)|\b(?:except|excluding|apart\s+from|other\s+than|anywhere\s+but|anyone\s+but)(?:\s+(?:at|for|from))?(?:\s+(?:agencies|recruiters|recruitment\s+agencies)\s+(?:and|or|&))?)\s+(?<company>\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,2})/gu;

/** "near me", "nearby": a place we can't know, so no location at all. */
const nearbyWords = /\b(?:near\s+me|nearby|close\s+to\s+me|(?:a|')?round\s+(?:here|me|these\s+parts)|in\s+my\s+area|local)\b/;
/** "abroad", "overseas", "in another country": away from home, no place a board can search. */
const abroadWords = /\b(?:abroad|overseas|internationally|in\s+(?:another|a\s+different|a\s+foreign)\s+country|outside\s+(?:of\s+)?(?:my|the|this)\s+country)\b/;
const onSiteWords = /\b(?:on-?site|in[- ]office|in[- ]person|not\s+remote|no\s+remote)\b/;
const numberWords: Readonly<Record<string, number>> = { three: 3, five: 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30, fifty: 50 };
const limitWords = new RegExp(
  `\\b(?:(?:min(?:imum)?|at\\s+least)\\s+)?(?<counted>\\d{1,3}|${Object.keys(numberWords).join('|')})\\s+(?:results?|listings?|of\\s+them)(?:\\s+(?:only|max|tops|at\\s+most|please|pls))?\\b|\\b(?:(?:just|only)\\s+(?:the\\s+)?)?(?:top|first|best|up\\s+to|at\\s+most|max(?:imum)?|only|just)\\s+(?<count>\\d{1,3}|${Object.keys(numberWords).join('|')})\\b|^\\s*(?:(?:the|a|like|about|around|maybe|only|just)\\s+)?(?<leading>\\d{1,3}|${Object.keys(numberWords).join('|')})\\s+`,
);
const prepositions =
  /\s(?=(?:in|near|around|at|with|from|for|as|on|based in|located in|out of|within|inside|across)\s)/i;
const articleWords = String.raw`a|an|any|some|the|me|all|more|other|good|great|nice|cool|open|available|new|current|few|couple of`;
/** One article-like word at the start: they are taken one at a time, as a place may open with one ("New York"). */
const article = new RegExp(String.raw`^(?:${articleWords})(?:\s+|$)`, 'i');
/** Everything up to a search verb inside the words before the noun. */
const searchInside = /^.*\b(?:(?:looking|searching|hunting|lookin)\s+for|seeking)(?:\s+|$)/i;
/** A search verb or a preposition left at the front of the words ("I want find job …", "… looking for work in …"). */
const learnerVerb = /^(?:(?:to\s+)?(?:find|search(?:\s+for)?|look\s+for|get|have|need|want)|for|as|of)(?=\s|$)\s*/i;
/** Where the words before the noun break: a dash between spaces, a colon, a full stop, "!", "?", a comma. */
const preBreak = /(\s+[-–—]+\s+|[:;.!?]+\s+|\s*,\s*)/;
/** Words of talk around a request, never of a job's title: "ok try again", "wait one more thing", "sorry i meant". */
const talk =
  /\b(?:ok(?:ay)?|alright|right|so|well|wait|hold\s+on|sorry|oops|hm+|um+|uh+|try|again|once|more|thing|meant|mean|no|nope|yes|yeah|yep|scratch|instead|actually|also|too|then|now|please|pls|plz|hi|hello|hey|thanks|same|but|just|basically|let'?s|i|me|you|we|us|my|need|want|find|search|look|get|show|give|can|could|would|do|did|what|how|about)\b/i;

/**
 * The words before the noun without the talk before them: "ok try again, electrician" →
 * "electrician", "wait one more thing - find me electrician" → "find me electrician" (its
 * verb goes next). A piece before a dash, colon or full stop is never the job; one before a
 * comma stays when it names one too ("python, django").
 *
 * @example
 * afterChatter('ok try again, electrician'); // 'electrician'
 */
function afterChatter(pre: string): string {
  const parts = pre.split(preBreak);
  let kept = parts.at(-1) ?? '';
  for (let index = parts.length - 2; index > 0; index -= 2) {
    const joint = parts[index] ?? '';
    const piece = parts[index - 1] ?? '';
    if (joint.trim() !== ',' || talk.test(piece) || !piece.trim()) break;
    kept = `${piece}${joint}${kept}`;
  }
  return kept;
}

/** Words that make "my saved jobs" or "jobs I applied to" a question about the tracker, not a search. */
const rejectedQueryWords =
  /\b(?:my|their|its|his|her|saved|applied|bookmarked|shortlisted|have|you|it|that|this|i|im|i'm|ive|tired|sick|burnt|burned|exhausted|honestly|am|is|are|was|were|do|does|did|missing|should|could|would|can)\b/;

/**
 * Reads what follows a search verb ("remote typescript jobs in Berlin") into search_jobs
 * arguments. `needsNoun` is false when the verb already says "job search" ("what's out
 * there for …"). Null when the words are not a job search; `query` may be empty when the
 * person named no role.
 *
 * @example
 * readSearch('remote typescript jobs in Berlin', { needsNoun: true }); // { query: 'typescript', remote: true, location: 'Berlin' }
 */
/**
 * Quotes around words ("'instructional design' jobs", "“warehouse supervisor”") are emphasis, not part of the
 * search (the index and the boards match words, and a quote mark would never match): each mark becomes a space,
 * so positions stay where they were. An apostrophe inside a word ("o'neill", "it's") stays.
 */
export function withoutQuotes(text: string): string {
  return text
    .replace(/(?<![\p{L}\p{N}])["“«]([^"“”«»]+?)["”»](?![\p{L}\p{N}])/gu, ' $1 ')
    .replace(/(?<![\p{L}\p{N}])['‘]([^'‘’]+?)['’](?![\p{L}\p{N}])/gu, ' $1 ');
}

export function readSearch(
  said: string,
  { needsNoun, bare = false }: { needsNoun: boolean; bare?: boolean },
): SearchArgs | null {
  // Regression (session 52): "updated resume at "~/Work Docs/cv final.pdf"" searched "Docs/cv final.pdf" as a place
  // ("Work" is a job noun): a file's path is said of a document, never of a search.
  if (pathSaid.test(said)) return null;
  const args: Partial<SearchArgs> = {};
  // ("search 'machine learning engineer' in toronto": words put in quotes after the verb are what to search for, noun or not.)
  const quoted = withoutQuotes(said) !== said;
  needsNoun &&= !quoted;
  // (No noun anywhere: nothing below can find one, so no search; checked first, as most clauses name no job.)
  if (needsNoun && !nounWords.test(said.toLowerCase())) return null;
  // Positions in `said` and `lower` line up: every edit below replaces text with spaces.
  // ("forklift jobs nr Rotterdam": British shorthand for near, before a place's name.)
  // ("within 100 km of Ulm": the place, by name; the radius is said not applied, `searchLimitsIn`.)
  let text = withoutQuotes(said.replace(/\s+/g, ' ').trim())
    .replace(/(?<![\p{L}])nr\.?(?=\s+\p{Lu})/gu, 'near')
    .replace(radiusWords, 'near ');
  const erase = (pattern: RegExp, onMatch: (match: RegExpExecArray) => void) => {
    const match = pattern.exec(text.toLowerCase());
    if (!match) return;
    onMatch(match);
    text = `${text.slice(0, match.index)}${' '.repeat(match[0].length)}${text.slice(match.index + match[0].length)}`;
  };
  for (const [pattern, sort] of sortWords) erase(pattern, () => (args.sort ??= sort));
  // "paying over 100k", "€80k or more": a yearly floor, its words out of the search terms.
  const pay = readPayFloor(text.toLowerCase());
  if (pay) {
    args.min_salary = pay.floor;
    if (pay.currency) args.min_salary_currency = pay.currency;
    text = `${text.slice(0, pay.index)}${' '.repeat(pay.length)}${text.slice(pay.index + pay.length)}`;
  }
  erase(nearbyWords, () => undefined);
  // ("nursing jobs abroad", "teaching work overseas": anywhere but home, which no board can search; every place is searched.)
  erase(abroadWords, () => undefined);
  // Regression (session 48): "warehouse jobs in Leeds but not at Amazon" searched Amazon's jobs: an employer kept out is
  // never the company searched (the boards take no exclusion; `kindsKeptOut` has the answer say so).
  // ("anything except agencies and Amazon": the agencies are left out as ever.)
  text = text.replace(companyKeptOut, (found: string) => {
    if (/\b(?:agencies|recruiters)\b/i.test(found)) args.exclude_agencies = true;
    return ' '.repeat(found.length);
  });
  // "…, no agencies", "direct employers only": agencies left out by the search, never a place nor search words.
  text = text.replace(agencyPhrase, (found) => {
    args.exclude_agencies = true;
    return ' '.repeat(found.length);
  });
  // "at the moment", "these days": when, not where nor at which company.
  erase(nowWords, () => undefined);
  // "non-senior data jobs", "no contract roles": a level or a type left out by the search, never searched for.
  text = text.replace(keptOutFilter, (found: string, kind: string, at: number, whole: string) => {
    const filters = exclusionsOf(kind);
    if (!filters) {
      // ("no contract or remote-first stuff": the first kind is left out even when a later one is no kind a search can tell.)
      const first = kind.split(/\s+(?:or|nor)\s+|\s*\/\s*/)[0] ?? '';
      const alone = first !== kind ? exclusionsOf(first) : undefined;
      if (!alone) return found;
      for (const filter of alone) addExclusion(args, filter);
      const end = found.indexOf(first) + first.length;
      return `${' '.repeat(end)}${found.slice(end)}`;
    }
    for (const filter of filters) addExclusion(args, filter);
    // ("no contract roles in leeds": the noun stays when no other names the jobs searched for.)
    const noun = /\s(?<noun>jobs?|roles?|positions?|gigs?|work)$/i.exec(found)?.groups?.noun;
    const elsewhere = `${whole.slice(0, at)} ${whole.slice(at + found.length)}`.toLowerCase();
    if (noun && !nounPattern.test(elsewhere)) return `${' '.repeat(found.length - noun.length)}${noun}`;
    return ' '.repeat(found.length);
  });
  // "contract react work", "part-time barista jobs": the kind of contract, a filter, not the role (nor a noun to split at).
  erase(contractWords, () => (args.employment_type ??= 'contract'));
  text = text.replace(timeWords, (found) => {
    args.employment_type ??= typeOfTime(found);
    return ' '.repeat(found.length);
  });
  // ("seasonal": kept in the search words, first, but never a place's: "shop assistant seasonal in Galway".)
  const hours = text.match(hoursWords) ?? [];
  text = text.replace(hoursWords, (found) => ' '.repeat(found.length));
  text = text.replace(permanentWords, (found) => {
    addExclusion(args, permanentOnly);
    return ' '.repeat(found.length);
  });
  erase(onSiteWords, () => (args.remote = false));
  // ("hybrid": no filter tells it apart, and a posting seldom writes it where it is searched; said not applied.)
  erase(hybridWords, () => undefined);
  erase(remoteWords, () => (args.remote ??= true));
  // ("nurse jobs remote or in York": the "or" left where remote was said is no part of the place.)
  text = text.replace(/(?<=\s{2})or(?=\s+(?:(?:based\s+)?in|near)\s)/i, '  ');
  erase(limitWords, (match) => {
    const count = match.groups?.counted ?? match.groups?.count ?? match.groups?.leading ?? '';
    args.limit = Math.min(50, Math.max(1, numberWords[count] ?? Number(count)));
  });
  // Regression (session 38): "nurse jobs in york, not senior ones" searched senior roles: a kind kept out is no part of the search.
  text = text.replace(keptOut, (found, kind: string, suffix?: string) => (suffix || seniorityIn(kind) ? ' '.repeat(found.length) : found));
  text = text.replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();

  const noun = nounPattern.exec(lower);
  let pre: string;
  let post: string;
  if (noun?.groups?.noun || noun?.groups?.vague) {
    pre = text.slice(0, noun.index).trim();
    post = text.slice(noun.index + noun[0].length).replace(/^[\s,;:.!?-]+|[\s,;:.!?-]+$/g, '');
    // "jobs going in Sydney", "roles open at Initech", "what jobs are out there", "job of welder" (a learner's "as"): what is said of the jobs, not which.
    post = post
      .replace(/^(?:(?:are|is)\s+(?:there\s+)?)?(?:going|open|available|out\s+there|on\s+offer)(?=\s|$)\s*|^(?:are|is)\s+there(?=\s|$)\s*/i, '')
      .replace(/^(?:hiring|around|(?:(?:knocking|kicking)\s+)?about)\s+(?=(?:in|near|at|around|based\s+in)\s)/i, '')
      // ("which jobs are in leeds", "what roles are there near York", "which ones are remote": a question of where.)
      .replace(/^(?:are|is)(?:\s+(?:there|(?:based|located)(?=\s+in\s)))?(?:\s+(?=(?:in|near|around|within|based\s+in)\s)|$)/i, '')
      // ("any data jobs about?", "anything going?": British for "are there any"; "about", "around", "going" said last are no place.)
      .replace(/^(?:(?:knocking|kicking)\s+)?(?:about|around|going)(?:\s+(?:at\s+the\s+moment|atm|now|today|these\s+days))?$/i, '')
      .replace(/^of\s+(?=\S)/i, 'as ')
      // ("work like cook in restaurant": a learner's "as" too, not "jobs like these".)
      .replace(/^like\s+(?!(?:this|that|these|those|it|them|the|my|mine|yours?|before|last|previous|above|below|what)\b)(?=\S)/i, 'as ');
    const singular = noun.groups.noun !== undefined && singularNounAlone.test(noun.groups.noun);
    // A singular job with "the" ("delete the hooli job") is one already named; so is anything "the" without a verb.
    if ((singular || bare) && pointingWord.test(pre.toLowerCase())) return null;
  } else if (!needsNoun) {
    // A space in front, so "at Hooli" right after the verb splits too.
    const split = ` ${lower}`.search(prepositions);
    // "jobs for CNC machinist Ohio": the role and where said bare after a lead that says "job search".
    const bare = split < 0 ? readBareRole(text) : null;
    if (bare?.location) return { ...args, ...bare, query: bare.query };
    pre = split > 0 ? text.slice(0, split - 1) : split === 0 ? '' : text;
    post = split >= 0 ? text.slice(Math.max(0, split - 1)).trim() : '';
  } else {
    return null;
  }
  // "I want find job in Vienna": a learner's verb with no "to", not what to search for.
  // "im a carpenter from romania looking for work in germany": the search starts after its verb (the trade told before it is read by `sharpen`).
  const query = clean(afterChatter(pre).replace(searchInside, '').replace(learnerVerb, ''));
  // ("no agency roles pls", "nothing graduate-y": jobs to keep out, never a search for them.)
  if (/^(?:no|not|nothing|none|avoid|without|except)\b/i.test(query)) return null;
  if (rejectedQueryWords.test(query.toLowerCase())) return null;
  const parts = readPrepositions(post);
  if (!parts) return null;
  const roles = [query, ...parts.roles].filter(Boolean);
  // ("cook in restaurant", "nurse in a care home": where the work is done, not where the job is.)
  if (parts.location && !workplace.test(parts.location)) args.location = parts.location;
  if (parts.company) args.company = parts.company;
  // Regression (session 38): "jobs at Maersk" searched the words "Maersk" too; a company alone is every job there, no query.
  args.query = roles.length > 0 ? [...hours, ...roles].join(' ') : '';
  // "senior typescript", "internships in ML": the level is a filter on titles; the word stays in the query as said.
  const level = seniorityIn(`${roles.join(' ')} ${noun?.groups?.noun ?? ''}`) ?? (parts.location ? seniorityIn(post.replace(parts.company ?? '', ' ')) : undefined);
  if (level) args.seniority = level;
  return args as SearchArgs;
}

/** What a bare role is said with: "from home", "remote", "wfh" at its end. */
const bareRemote = /\s+(?:(?:working\s+|work\s+)?from\s+home|(?:fully[\s-]+)?remote(?:ly)?(?:-(?:first|friendly|ok|okay|only))?|wfh)$/i;
/** Words no place of a bare "<role> <place>" has: documents, pronouns, requests. */
const notBarePlace = /\b(?:resume|cv|letter|documents?|docs?|pdf|docx|it|this|that|me|my|please|job|jobs|one|ones)\b/i;

/** Words of a sentence, not of a role said bare: "any of these", "play some relaxing", "nothing back". */
const chatWords =
  /\b(?:some|any|all|the|a|an|of|these|them|those|this|that|and|or|to|for|with|play|watch|listen|something|anything|nothing|everything|thing|short|long|back|more|less|very|so|too|we|they|i|you|he|she|not|never|no)\b/i;

/** Work said by what is done, in two to four words: "evening office cleaning", "shelf stacking", "data entry". */
function workDone(role: string): boolean {
  const words = role.split(' ');
  // ("good morning from lagos": a time of day is no work done.)
  if (/\b(?:morning|evening|afternoon|night)$/i.test(role) && !/\b(?:shift|work)\b/i.test(role) && words.length === 2 && /^(?:good|this|every|each|early|late)$/i.test(words[0] ?? '')) return false;
  return words.length >= 2 && words.length <= 4 && /(?:ing|entry)$/i.test(role) && !chatWords.test(role) && !notBarePlace.test(role) && !rejectedQueryWords.test(role.toLowerCase());
}

/** What `kindsKeptOut` never names: agencies (left out by `exclude_agencies`), and "no thanks", "no worries", "no problem". */
const agencyOrThanks = new RegExp(String.raw`^(?:${agencyNoun}(?![\p{L}])|thanks?\b|worries\b|problem\b)`, 'iu');

/** A piece after a stop or "but" that starts by keeping something out: ", pis no call centres", "; nothing commission-only". */
const pieceKeptOut = /(?:[,;:!?]|\.\s|\s(?:but|and|pis|puis|though)\s)\s*(?:(?:pis|puis|plus|and|but|also|oh)\s+)?(?:nothing|nothin|no|not|none|avoid|exclude|except|without|non)\b/i;

/**
 * The kinds of job a search's own words ask to leave out ("non-senior", "not senior ones", "nothing
 * graduate-y"): a level, or a kind said with "ones" or "-y". The boards take no exclusion, so they are
 * kept out of the search words and the answer says so.
 *
 * @example
 * kindsKeptOut('find non-senior developer jobs in leeds'); // ['senior']
 */
export function kindsKeptOut(text: string): string[] {
  // ("no agency roles" is left out by `exclude_agencies`.)
  const said = [...text.matchAll(keptOut)].flatMap(([, kind, suffix]) => (kind && (suffix || seniorityIn(kind)) ? [kind.toLowerCase()] : []));
  // Regression (trial s41 #8): "…, pis no call centres please", "…, nothing commission-only" vanished without a word: a kind
  // kept out in a piece of its own, of any words, is kept too (the answer says it could not leave it out).
  // (The first piece is the request itself: "non senior accountant roles" keeps out a level, read above.)
  const pieces = !pieceKeptOut.test(text)
    ? []
    : text
        .split(/[,;:!?]|\.(?=\s|$)|\s(?:but|and|pis|puis|though)\s/i)
        .slice(1)
        .map((piece) => piece.trim().replace(/^(?:pis|puis|plus|and|but|also|oh)\s+/i, ''))
        .flatMap((piece) => (/^(?:nothing|nothin|no|not|none|avoid|exclude|except|without|non)\b/i.test(piece) ? (excludedKind(piece)?.toLowerCase() ?? []) : []));
  // ("…, but not at Amazon": an employer kept out, by name.)
  const employers = [...text.matchAll(companyKeptOut)].flatMap((match) => (match.groups?.company ? [match.groups.company] : []));
  const employerWords = new Set(employers.map((name) => name.toLowerCase()));
  const ofEmployer = (kind: string) => [...employerWords].some((name) => kind === name || kind.endsWith(` ${name}`));
  return [...new Set([...said.filter((kind) => !ofEmployer(kind)), ...pieces.filter((kind) => !ofEmployer(kind)), ...employers])].filter((kind) => !agencyOrThanks.test(kind) && !pieces.some((other) => other !== kind && other.startsWith(`${kind} `)));
}

/**
 * A role said bare, with where or "from home" and nothing else ("sous chef lisbon", "data
 * entry from home", "night nurse in Cork"): a search when the role reads as a trade, a field
 * or a skill. Null otherwise.
 *
 * @example
 * readBareRole('sous chef lisbon'); // { query: 'sous chef', location: 'lisbon' }
 */
export function readBareRole(told: string): SearchArgs | null {
  // Regression (session 41): "backend developer Vancouver $85k CAD and up" was no search: the floor said beside a bare role is a filter, never the role's words.
  const pay = readPayFloor(told.toLowerCase());
  if (pay) {
    const role = readBareRole(`${told.slice(0, pay.index)} ${told.slice(pay.index + pay.length)}`);
    return role ? { ...role, min_salary: pay.floor, ...(pay.currency ? { min_salary_currency: pay.currency } : {}) } : null;
  }
  const said = told;
  const hours = said.match(hoursWords) ?? [];
  const time = said.match(timeWords)?.[0];
  const type = time ? { employment_type: typeOfTime(time) } : {};
  const permanent = said.search(permanentWords) >= 0 ? { exclude_employment_type: [...permanentTypes] } : {};
  let text = said.replace(hoursWords, ' ').replace(permanentWords, ' ').replace(timeWords, ' ').replace(/\s+/g, ' ').trim().replace(/[\s.!?,;:]+$/, '');
  const remote = bareRemote.test(text);
  if (remote) text = text.replace(bareRemote, '').trim();
  const words = text.split(' ');
  if (words.length > 6 || !/^[\p{L}][\p{L}\s'’-]*$/u.test(text)) return null;
  // (A trade, a field or a skill; or work said by what is done: "evening office cleaning", "shelf stacking".)
  const isRole = (role: string) =>
    isTradePiece(role) || isFieldOfWork(role) || (role.includes(' ') && isSkill(role)) || workDone(role);
  if (remote && isRole(text)) return { query: text, remote: true, ...type, ...permanent };
  if (remote && words.length <= 3 && !notBarePlace.test(text) && !chatWords.test(text) && !rejectedQueryWords.test(text.toLowerCase())) return { query: text, remote: true, ...type, ...permanent };
  // (The longest role first: "veterinary nurse bristol" is a nurse, not veterinary work in "nurse bristol".)
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const role = words.slice(0, cut).join(' ');
    // Regression (session 38): "find data scientist at vdberglogistics" searched the place "at vdberglogistics":
    // "at", "with" or "from" a name is the company ("at night", "from home" are no company).
    const company = /^(?:at|with|from)\s+(?<name>.+)$/i.exec(words.slice(cut).join(' '))?.groups?.name;
    if (company) {
      if (company.split(' ').length > 4 || notACompany.test(company) || jobFeature.test(company) || !isRole(role) || isKnownPlace(company)) continue;
      return { query: [...hours, role].join(' '), company, ...(remote ? { remote: true } : {}), ...permanent };
    }
    const place = words.slice(cut).join(' ').replace(/^(?:(?:anywhere|somewhere)\s+)?(?:in|near|around|based\s+in)\s+/i, '');
    // (A place is no trade: "veterinary nurse" is one role.)
    // (The tests of the place first: they are cheap, and `isRole` looks words up in the tables.)
    if (!place || place.split(' ').length > 3 || notBarePlace.test(place) || notPlace.test(place) || endsPlace(place.split(' ')[0] ?? '') || !isRole(role) || isTradePiece(place)) continue;
    return { query: [...hours, role].join(' '), location: place, ...(remote ? { remote: true } : {}), ...type, ...permanent };
  }
  return null;
}

/** Words after "at" that say when or how, not for whom: "at night", "from home", "at weekends". */
const notACompany = /^(?:the\s+)?(?:night|nights|weekends?|home|the\s+moment|moment|once|all|least|most|first|last|a\s+\w+|an\s+\w+|my\s+\w+|\d.*)$/i;

/**
 * What a job gives besides pay, said after "with" ("with housing provided", "with accommodation", "with travel paid",
 * "with free transport", "with flights covered"): a feature searched in the postings' text, never a company.
 */
const jobFeature =
  /^(?:(?:free|paid|company|shared|own)\s+)?(?:housing|accommodation|accomodation|lodging|a\s+room|room\s+and\s+board|travel|flights?|transport(?:ation)?|relocation(?:\s+(?:support|package|help))?|meals?|food|a\s+(?:company\s+)?(?:car|van)|company\s+(?:car|van)|visa\s+sponsorship|sponsorship)(?:\s+(?:(?:is|are)\s+)?(?:provided|paid|included|covered|offered|given|supplied))?$/i;
/** The word that says a feature is given ("provided", "paid"): postings word it their own way, so only the feature is searched. */
const featureGiven = /(?<![\p{L}])(?:(?:is|are)\s+)?(?:provided|paid|included|covered|offered|given|supplied|free|a)(?![\p{L}])/giu;

/** What a bare query is never: words that point back or talk ("again", "more", "it"), a request's own words. */
const notAQuery =
  /\b(?:again|more|else|instead|same|other|another|it|them|this|that|those|these|here|there|results?|list|saved|one|ones|something|anything|everything|nothing|please|pls|in|at|near|around|from|on|by|work|jobs?|roles?|positions?|openings?)\b/i;

/**
 * A few words said bare after a search verb, with no job noun ("backend engineer", "clinical
 * informatics", "sous chef"): the search's words, when they read as no sentence (no pronoun,
 * document, place alone or talk). Null otherwise.
 *
 * @example
 * readBareQuery('clinical informatics'); // { query: 'clinical informatics' }
 */
export function readBareQuery(said: string): SearchArgs | null {
  const text = said.replace(/\s+/g, ' ').trim().replace(/[\s.!?,;:]+$/, '').replace(/^(?:an?|some|any)\s+/i, '');
  const words = text.split(' ');
  if (!text || words.length > 4 || !/^[\p{L}][\p{L}\s'’+#./-]*$/u.test(text)) return null;
  const lower = text.toLowerCase();
  if (chatWords.test(text) || notBarePlace.test(text) || rejectedQueryWords.test(lower) || notAQuery.test(lower) || notPlace.test(lower) || isKnownPlace(text)) return null;
  return { query: text };
}

/** Remote said outright, never "anywhere" (which may be "anywhere around Leipzig"). */
const saidRemote = /\b(?:(?:only|just|fully|100%)[\s-]+)?remote(?:ly)?(?:-(?:first|friendly|ok|okay|only|possible))?(?:\s+only)?\b|\bwork(?:ing)?\s+from\s+home\b|\bwfh\b/;

/** What a message tells of a search's filters in pieces of their own. */
export type SearchFilters = Partial<
  Pick<SearchArgs, 'remote' | 'min_salary' | 'min_salary_currency' | 'sort' | 'seniority' | 'employment_type' | 'exclude_seniority' | 'exclude_employment_type' | 'exclude_agencies'>
>;

/** A level said as a filter of its own: "only senior ones", "senior level only", "just junior roles". */
const levelAlone = /^(?:(?:only|just|preferably|ideally)\s+)?(?:the\s+)?\S+(?:[- ]level)?(?:\s+(?:ones|roles|positions|jobs|level|only|please|pls))*$/;

/**
 * A search's filters told in pieces of their own anywhere in a message: "remote only!!",
 * "need at least 40k", "newest ones first would be great", "only senior ones". Only short
 * pieces count (a filter said, not a story told); the search's own clause is read by
 * {@link readSearch}.
 *
 * @example
 * searchFiltersIn('search remote QA jobs. over 30k. only senior ones'); // { remote: true, min_salary: 30000, seniority: 'senior' }
 */
export function searchFiltersIn(message: string): SearchFilters {
  const filters: SearchFilters = {};
  const pieces = message
    .toLowerCase()
    // (A point or comma between digits is inside an amount: "at least €1,900 a month", "pelo menos 1.900 €".)
    .split(/[;:!?\n]+|(?:(?<!\d)[.,]|[.,](?!\d))[.,]*|(?<!\s)\s+(?:and|but|also|plus)\s+/)
    .map((piece) => piece.trim())
    .filter((piece) => piece && piece.split(/\s+/).length <= 8);
  for (const piece of pieces) {
    // "no agencies", "direct employers only": recruitment agencies' postings left out.
    if (agencyWords.test(piece)) {
      filters.exclude_agencies = true;
      continue;
    }
    // Regression (session 38): "not senior ones" asked for senior roles: a kind said to be kept out is left out, never asked for.
    const kept = excludedKind(piece);
    if (kept !== undefined) {
      for (const filter of exclusionsOf(kept) ?? []) addExclusion(filters, filter);
      continue;
    }
    // ("part time only", "contract ideally": the hours or the contract, said as a filter of their own.)
    const time = piece.split(/\s+/).length <= 4 ? piece.match(timeWords)?.[0] : undefined;
    if (time) filters.employment_type ??= typeOfTime(time);
    // ("permanent only", "perm roles pls": temporary and contract roles left out.)
    if (piece.split(/\s+/).length <= 4 && piece.search(permanentWords) >= 0) addExclusion(filters, permanentOnly);
    else if (/^(?:(?:only|just|preferably|ideally)\s+)?(?:contract|freelance)(?:\s+(?:only|ideally|preferably|ones|roles|work|please|pls))*$/.test(piece)) filters.employment_type ??= 'contract';
    const sort = sortWords.find(([pattern]) => pattern.test(piece))?.[1];
    if (sort) filters.sort ??= sort;
    const pay = readPayFloor(piece);
    if (pay && filters.min_salary === undefined) {
      filters.min_salary = pay.floor;
      if (pay.currency) filters.min_salary_currency = pay.currency;
    }
    if (onSiteWords.test(piece)) filters.remote ??= false;
    else if (saidRemote.test(piece)) filters.remote ??= true;
    const level = levelAlone.test(piece.replace(/\b(?:only|just)\s+/, '')) || /\b(?:only|just)\b/.test(piece) ? seniorityIn(piece) : undefined;
    if (level && piece.split(/\s+/).length <= 4) filters.seniority ??= level;
  }
  return filters;
}

/** Whether words name a skill of the shipped vocabulary ("typescript", "node.js"), not an employer. */
const isSkill = (text: string): boolean => loadSkillVocabulary().lookup.has(phraseKey(text));

/**
 * What follows the noun, with the asides told in pieces of their own ("…, forklift driver,
 * anywhere around leipzig is fine"): a trade when the words named none, a place when they
 * named none or a wider one ("in Poland, Wrocław region").
 */
function readPrepositions(post: string): { roles: string[]; location?: string; company?: string } | null {
  const asides = readAsides(post);
  const parts = readPlainPrepositions(asides.rest);
  if (!parts) return null;
  if (asides.role && parts.roles.length === 0) parts.roles.push(asides.role);
  if (asides.place && (asides.narrower || !parts.location)) parts.location = asides.place;
  if (parts.location) parts.location = widerOf(parts.location);
  return parts;
}

/** A file's path anywhere in the words: "~/…", "./…", " /home/…/", "C:\\…", "… cv final.pdf". */
const pathSaid = /(?:^|[\s"'“‘(])(?:~\/|\.{1,2}\/|\/[\w.-]+\/|[a-z]:\\)|[\w-]\.(?:pdf|docx?|odt|rtf)\b/i;
/** A file's path or name: "~/cv.pdf", "/home/jo/My CV.docx", "C:\\cv.pdf", "resume.md". */
const filePath = /^["'“‘]?(?:~|\.{1,2}\/|\/|[a-z]:\\)|\.(?:pdf|docx?|md|txt|rtf|odt)["'”’]?$/i;

/** "as a nurse in Toronto", "at Stripe", "for python developers": what follows the noun. */
function readPlainPrepositions(post: string): { roles: string[]; location?: string; company?: string } | null {
  const result: { roles: string[]; location?: string; company?: string } = { roles: [] };
  if (!post) return result;
  // "…, anything with typescript?", "ideally using Go", "that uses Kotlin": what the job is done with.
  post = post
    // ("somewhere in Queensland": where, said loosely.)
    .replace(/^(?:anywhere|somewhere)\s+(?=(?:in|near|around|within|close\s+to)\s)/i, '')
    .replace(/^(?:(?:anything|something|ones?|ideally|preferably|especially|mainly|mostly|maybe)\s+)+(?=(?:with|using|that\s+uses?|involving|in)\s)/i, '')
    .replace(/(?:^|\s)(?:using|that\s+uses?|involving|requiring)\s+(?=\S)/gi, (found) => `${found.startsWith(' ') ? ' ' : ''}with `)
    .replace(/^(with\s+.+?)\s+in\s+it$/i, '$1');
  // "react jobs berlin": a short tail without a preposition is where.
  if (!/^(?:based in|located in|out of|in|near|around|at|with|from|for|as|on|within|inside|across)\s/i.test(post)) {
    const tail = clean(post);
    const place = placeOf(tail);
    if (!place && endsPlace(tail.split(/\s+/)[0] ?? '')) return result;
    if (saidBefore.test(place)) return result;
    if (!place || place.split(/\s+/).length > 3 || /\d/.test(place) || notPlace.test(place)) return null;
    // ("jobs: react, typescript": a skill, a field or a trade after the noun is what to search for, never where.)
    if (!isKnownPlace(place) && (isSkill(place) || isFieldOfWork(place) || isTradePiece(place))) return { ...result, roles: [place] };
    return { ...result, location: place };
  }
  for (const piece of ` ${post}`.split(prepositions).map((part) => part.trim()).filter(Boolean)) {
    const match = /^(?<word>based in|located in|out of|in|near|around|at|with|from|for|as|on|within|inside|across)\s+(?<rest>.+)$/i.exec(piece);
    if (!match?.groups) return null;
    const word = match.groups.word?.toLowerCase() ?? '';
    const rest = clean(match.groups.rest ?? '');
    if (!rest) continue;
    if (word === 'for' || word === 'as') result.roles.push(rest.replace(/\b(?:people|folks|someone|somebody)\b/gi, '').trim());
    else if (word === 'with' && isSkill(rest)) result.roles.push(rest);
    // Regression (trial s50 #56): "welder jobs with housing provided" searched a company "housing provided": what
    // the job gives is searched in the postings' text ("housing"), never an employer.
    else if (word === 'with' && jobFeature.test(rest)) result.roles.push(rest.replace(featureGiven, '').replace(/\s+/g, ' ').trim());
    // Regression (session 52): "new resume at '~/Documents/CVs/Priya Nair UX.pdf'" searched a company named by the
    // path: a file's path is never an employer, and no search.
    else if ((word === 'at' || word === 'with' || word === 'from') && filePath.test(rest)) return null;
    else if (word === 'at' || word === 'with' || word === 'from') result.company ??= rest;
    else if (word === 'on') continue;
    else if (isFieldOfWork(rest)) result.roles.push(rest);
    // ("… jobs there", "in that area": a place said before, which the rest of the message names.)
    else if (!saidBefore.test(rest)) {
      // Regression (session 37): "product manager jobs in healthtech, remote in ireland or cork" searched the
      // sector as the place: a place the table knows wins over words it does not know as one.
      const place = placeList(rest) ?? widerOf(placeOf(rest));
      if (result.location === undefined || (!isKnownPlace(result.location) && isKnownPlace(place))) result.location = place;
    }
  }
  result.roles = result.roles.filter(Boolean);
  return result;
}

/**
 * "Ireland or Cork", "Cork or anywhere in Ireland": of two places where one holds the other, the
 * wider (a search there finds both); anything else as said.
 *
 * @example
 * widerOf('ireland or cork'); // 'ireland'
 */
function widerOf(place: string): string {
  const [first, second, ...more] = place.split(/\s+or\s+(?:(?:anywhere|somewhere)\s+(?:in\s+)?)?/i).map((part) => part.trim());
  if (!first || !second || more.length > 0 || !isKnownPlace(first) || !isKnownPlace(second)) return place;
  if (placeNames(first).includes(second.toLowerCase())) return first;
  if (placeNames(second).includes(first.toLowerCase())) return second;
  return place;
}

/** Where a list of places breaks: commas, "or", "and", their German, French and Spanish words, a slash, "&". */
const placeJoint = /\s*,\s*(?:(?:or|and|oder|und|ou|et|y)\s+)?|\s+(?:or|and|oder|und|ou|et|y|&)\s+|\s*\/\s*/i;
/** At most this many places are searched one after another; a longer list is read as said. */
const maxListedPlaces = 4;

/**
 * Several places, any will do: "utrecht or antwerp", "rotterdam and den haag", "Stuttgart, Munich or
 * Ingolstadt", "Leeds/Bradford", "München und Augsburg" → "utrecht or antwerp" (one search or alert for
 * each, `eitherPlace`); the wider when one of two holds the other. Every piece is a place the table
 * knows, or of three or more a capitalised name beside one it knows (`namesPlaces`). Undefined otherwise.
 * Regression (session 38): "… jobs in utrecht or antwerp" searched Utrecht only, and said nothing of Antwerp.
 * Regression (trial s46 #8): "… in Stuttgart, Munich or Ingolstadt" searched Stuttgart only, and said nothing.
 */
function placeList(text: string): string | undefined {
  const pieces = text.split(placeJoint);
  // ("London, UK", "Pune, Maharashtra": a place and where it is, no list without a word or slash that joins.)
  if (pieces.length < 2 || !/\s(?:or|and|oder|und|ou|et|y|&)\s|\//i.test(text)) return undefined;
  const last = placeOf((pieces.at(-1) ?? '').replace(/^(?:in|near)\s+/i, ''));
  const places = [...pieces.slice(0, -1), last].map((piece) => piece.trim().replace(/^(?:in|near)\s+/i, ''));
  if (places.length > maxListedPlaces || places.some((place) => !place || place.split(/\s+/).length > 3 || notPlace.test(place))) return undefined;
  if (!namesPlaces(places) || places.some((place) => isTradePiece(place) || isFieldOfWork(place))) return undefined;
  return places.length === 2 ? widerOf(places.join(' or ')) : places.join(' or ');
}

/**
 * Places the table knows; of three or more, capitalised names beside one it knows too ("Esslingen, Göppingen or
 * Stuttgart"). Two must both be known: "Halifax or remote Canada" reads "Halifax or Canada" once "remote" is taken.
 */
function namesPlaces(places: readonly string[]): boolean {
  const named = (place: string) => isKnownPlace(place) || (places.length > 2 && /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(place));
  return places.some((place) => isKnownPlace(place)) && places.every(named);
}

/**
 * The places a location names when it is several, any will do ("utrecht or antwerp"), or undefined.
 *
 * @example
 * eitherPlace('utrecht or antwerp'); // ['utrecht', 'antwerp']
 * eitherPlace('Stuttgart or Munich or Ingolstadt'); // ['Stuttgart', 'Munich', 'Ingolstadt']
 */
export function eitherPlace(location: string): string[] | undefined {
  const places = location.split(/\s+or\s+/i).map((part) => part.trim());
  return places.length >= 2 && places.length <= maxListedPlaces && namesPlaces(places) ? places : undefined;
}

/**
 * The place in "osaka nothing more i get overwhelmed lol", "nairobi, im still a student",
 * "são paulo mid level": the words up to a comma, a level, a number or a word no place
 * name has; at most five words.
 */
function placeOf(text: string): string {
  const words: string[] = [];
  for (const word of (text.split(/[,;(]/)[0] ?? '').trim().split(/\s+/)) {
    if (!word || endsPlace(word) || /\d/.test(word) || seniorityIn(word)) break;
    words.push(word);
  }
  if (words.length === 0) return endsPlace(text.split(/\s+/)[0] ?? '') ? '' : text;
  return words.length <= 5 ? words.join(' ') : text;
}

/** "… jobs there", "in that area": a place said before, which the rest of the message names (`findHome`). */
const saidBefore = /^(?:there|here|over\s+there|that\s+(?:area|city|town|country|region)|the\s+area)$/i;

/** Words that end a place name: what people say after where ("…that pay", "…nothing more", "…pls"). */
const afterPlace =
  /^(?:that|which|who|where|with|paying|pays?|bad|badly|desperately|nothing|anything|something|only|just|i|im|i'm|i'd|i'll|me|my|we|you|u|pls|please|plz|thanks|thx|lol|lmao|haha|tbh|ngl|asap|quick|quickly|fast|urgently|urgent|soon|immediately|now|today|tomorrow|thank|and|or|but|if|so|because|cause|since|as|level|above|over|under|below|around|preferably|ideally|maybe|mid|any|anything|for|to|too|also|again|instead|then|ok|okay|right|ya|yeah)$/i;

/** Whether a word, its punctuation aside ("asap.", "pls!"), is one that ends a place name. */
const endsPlace = (word: string): boolean => afterPlace.test(word.replace(/[.,;:!?]+$/, ''));

/**
 * "New York", "new delhi", "New Orleans": a place whose name opens with "new", kept whole. The
 * table's places, or "New" and the next word both capitalised, as a place's name is written.
 * Regression (session 39): "… jobs in New York every day" watched "York".
 */
const placeWithNew = (text: string): boolean => {
  const words = text.split(' ');
  if (!/^new$/i.test(words[0] ?? '') || words.length < 2) return false;
  if ([2, 3].some((count) => words.length >= count && isKnownPlace(words.slice(0, count).join(' ')))) return true;
  return /^New$/.test(words[0] ?? '') && /^\p{Lu}\p{Ll}+$/u.test(words[1] ?? '');
};

function clean(text: string): string {
  let bare = text.replace(/\s+/g, ' ').trim();
  // (One article at a time, so "the new New York jobs" keeps "New York".)
  while (!placeWithNew(bare) && article.test(bare)) bare = bare.replace(article, '');
  return bare.replace(/(?<![\s,.;:!?])[\s,.;:!?]+$/, '').trim();
}

/** A label or verb before a search told as a list: "Search:", "find -", "jobs for", "looking for". */
const listLead =
  /^(?:(?:search|find|find\s+me|look(?:ing)?\s+for|lookin\s+(?:for|4)|get\s+me|show\s+me|jobs?|work|roles?)(?:\s+for)?\s*[:\-–—]\s*|(?:search(?:\s+for)?|find(?:\s+me)?|look(?:ing)?\s+for|lookin\s+(?:for|4)|get\s+me|show\s+me)\s+|(?:jobs?|work|roles?|openings?)\s+(?:for|as)\s+(?:an?\s+)?)/i;
/** Where the pieces of a search told as a list break: commas, full stops, "?", "!", dashes between spaces, brackets. */
const listJoint = /\s*(?:[,;]|[.!?]+(?=\s|$)|\s[-–—]+(?=\s)|\(|\))\s*/;
/** A mark `listJoint` needs (its punctuation, or a dash after a space). */
const listJointMark = /[,;.!?()]|\s[-–—]/;
/** Pieces that only say when or how long: "full time", "nights", "eu timezone", "us hours", "weekends", "asap". */
const whenPiece =
  /^(?:(?:part|full)[- ]?time|permanent|temporary|temp|seasonal|contract|freelance|nights?|night\s+shifts?|days|day\s+shifts?|evenings?|weekends?(?:\s+only)?|mornings?|flexible(?:\s+hours)?|(?:us|eu|uk|european|american|cet|gmt|est|pst|asian?)\s+(?:hours|time\s*zones?|timezones?|tz|shifts?)|asap|urgently|urgent|pls|please|thanks|thx|lol|tbh|any\s+level|entry\s+level|mid\s+level|senior|junior)$/i;
/** "anywhere in NSW", "Leeds or anywhere in Yorkshire", "somewhere around Perth": where, with the wider place last. */
const placeLed =
  /^(?:(?:\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2})\s+or\s+)?(?:(?:anywhere|somewhere|ideally|preferably|only|just|mainly|mostly|but)\s+)*(?:in|around|near|close\s+to|within|based\s+in)\s+(?<place>\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2})$/iu;
/** "something in procurement": a field said after "something/anything in". */
const somethingIn = /^(?:(?:something|anything)\s+(?:in|within)\s+)(?<field>\p{L}[\p{L}\s'’-]{1,40})$/iu;

/**
 * A search told as a list of pieces with no preposition tying them ("bookkeeper, part-time,
 * anywhere in NSW", "Search: dental hygienist, Austin TX, best fit first", "python dev, remote,
 * eu timezone" after a story): one piece names the trade, field or skill; the others say where
 * (a bare place or one led in by "in"/"anywhere in"), when, and the filters
 * ({@link searchFiltersIn}). Pieces before the trade may be a story told first; after it every
 * piece must be one of those. Null when no piece names a trade or nothing else is said.
 *
 * @example
 * readListedSearch('bookkeeper, part-time, anywhere in NSW'); // { query: 'bookkeeper', location: 'NSW' }
 */
export function readListedSearch(message: string): SearchArgs | null {
  // (One piece alone is never a list: with no mark `listJoint` splits at, nothing follows the trade.)
  if (!listJointMark.test(message)) return null;
  const pieces = message
    .replace(/\s+/g, ' ')
    .trim()
    .split(listJoint)
    .map((piece) => piece.trim())
    .filter(Boolean);
  const roleAt = pieces.findIndex((piece) => listedRole(piece.replace(listLead, '')) !== undefined);
  if (roleAt < 0) return null;
  const role = listedRole((pieces[roleAt] ?? '').replace(listLead, '')) ?? '';
  const args: SearchArgs = { query: role };
  const filters = searchFiltersIn(pieces.slice(roleAt).join(', '));
  let told = false;
  for (const raw of pieces.slice(roleAt + 1)) {
    const piece = raw.replace(/(?:\s+(?:pls|please|plz|thanks|thx|lol|tbh|ideally|preferably|only))+$/i, '').trim();
    if (!piece) continue;
    const led = placeLed.exec(piece)?.groups?.place;
    if (led && !notPlace.test(led)) {
      args.location = led;
    } else if (/^(?:(?:part|full)[- ]?time|seasonal)$/i.test(piece)) {
      // ("part time", "full-time": in the search words, first, as `readSearch` keeps them.)
      args.query = `${piece} ${args.query}`;
    } else if (whenPiece.test(piece) || Object.keys(searchFiltersIn(piece)).length > 0) {
      // (Said, and read by the filters below.)
    } else if (!args.location && isBarePlace(piece)) {
      args.location = piece;
    } else {
      return null;
    }
    told = true;
  }
  if (!told) return null;
  Object.assign(args, filters);
  const level = seniorityIn(role);
  if (level) args.seniority ??= level;
  return args;
}

/** The trade, field or skill a piece names alone ("dental hygienist", "something in procurement", "python dev"), or undefined. */
function listedRole(piece: string): string | undefined {
  const text = piece.replace(/^(?:an?|any|some)\s+/i, '').replace(/\s+(?:jobs?|work|roles?|positions?|gigs?)$/i, '').trim();
  const field = somethingIn.exec(text)?.groups?.field?.trim();
  if (field && !notPlace.test(field) && field.split(/\s+/).length <= 3) return field;
  if (!text || text.split(/\s+/).length > 4 || !/^[\p{L}][\p{L}\s'’+#.-]*$/u.test(text)) return undefined;
  if (isTradePiece(text) || isFieldOfWork(text) || isSkill(text) || isSkill(text.replace(/\s+(?:dev|developer|engineer|programmer)$/i, '')) || workDone(text)) return text;
  return undefined;
}

/** The side of a company's work said as a role: "backend", "frontend engineers", "data". */
const softwareSide = /^(?:back-?\s?end|front-?\s?end|full-?\s?stack|mobile|platform|infra(?:structure)?|devops|sre|security|data|ml|ai|product|design|engineering|sales|marketing|finance|legal|support)(?:\s+(?:dev(?:eloper)?s?|engineers?|roles?))?$/i;

/**
 * A company said before the role, as people do ("Stripe backend", "Shopify frontend", "NHS
 * nursing"): a capitalised word that names no role, skill, place or level, then a role the
 * tables know. Undefined for anything else ("Senior backend", "Python developer", "Leeds nursing").
 *
 * @example
 * companyBeforeRole('Stripe backend'); // { company: 'Stripe', query: 'backend' }
 */
export function companyBeforeRole(query: string): { company: string; query: string } | undefined {
  const found = /^(?<company>\p{Lu}[\p{L}\d&.'-]*)\s+(?<role>\p{Ll}[\p{L}\s'’+#.-]*)$/u.exec(query.trim());
  const company = found?.groups?.company;
  const role = found?.groups?.role?.trim();
  if (!company || !role || company.length < 2) return undefined;
  // ("Sous chef", "Kitchen porter": a role whose first word is capitalised is one role.)
  if (listedRole(query.trim()) !== undefined || listedRole(company) !== undefined || isKnownPlace(company) || seniorityIn(company) || rejectedQueryWords.test(company.toLowerCase()) || chatWords.test(company)) return undefined;
  return listedRole(role) === undefined && !softwareSide.test(role) ? undefined : { company, query: role };
}

/** One to three words that may name a place ("Austin TX", "Frankfurt", "sydney"): no word a sentence or a role has. */
function isBarePlace(piece: string): boolean {
  const words = piece.split(/\s+/);
  return (
    words.length <= 3 &&
    /^\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2}$/u.test(piece) &&
    !notPlace.test(piece) &&
    !notBarePlace.test(piece) &&
    !chatWords.test(piece) &&
    !rejectedQueryWords.test(piece.toLowerCase()) &&
    !endsPlace(words[0] ?? '') &&
    !isTradePiece(piece) &&
    !isFieldOfWork(piece)
  );
}

/**
 * Where a piece of its own says the search should be ("any roofer jobs? Leeds or anywhere in
 * Yorkshire", "…, anywhere around Perth"): the place last named, the wider one of "X or anywhere
 * in Y". Only short pieces led in by where; a field ("in logistics") is no place.
 *
 * @example
 * placeToldApart('any roofer jobs? Leeds or anywhere in Yorkshire'); // 'Yorkshire'
 */
export function placeToldApart(message: string): string | undefined {
  let place: string | undefined;
  for (const raw of message.replace(/\s+/g, ' ').split(listJoint)) {
    const piece = raw.trim().replace(/(?:\s+(?:pls|please|plz|thanks|thx|lol|tbh|is\s+fine|would\s+be\s+(?:good|great|ideal)|ideally|preferably))+$/i, '');
    const led = placeLed.exec(piece)?.groups?.place;
    if (led && !notPlace.test(led) && !isFieldOfWork(led) && !notBarePlace.test(led)) place = led;
  }
  return place;
}

/**
 * A company said alone as what to look for ("new Atlassian jobs", "Shopify openings"): one or two
 * words written as a name (capitalised, not all capitals) that name no role, skill, field, place or
 * level. The name, or undefined ("Python", "Nursing", "QA", "Berlin" are none).
 *
 * @example
 * companyAlone('Atlassian'); // 'Atlassian'
 */
export function companyAlone(query: string): string | undefined {
  const name = query.trim();
  if (!/^\p{Lu}[\p{Ll}\d][\p{L}\d&.'-]*(?:\s+\p{Lu}[\p{L}\d&.'-]*)?$/u.test(name) || name.length < 3) return undefined;
  const lower = name.toLowerCase();
  if (listedRole(name) !== undefined || isSkill(name) || isFieldOfWork(lower) || isTradePiece(lower) || isKnownPlace(name) || seniorityIn(lower)) return undefined;
  return rejectedQueryWords.test(lower) || chatWords.test(name) ? undefined : name;
}
