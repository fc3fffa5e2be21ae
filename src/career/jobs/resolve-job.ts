import type { JobRecord, JobsRepository } from '../../db/repositories/jobs.ts';
import type { SavedJobsRepository } from '../../db/repositories/saved-jobs.ts';
import { normaliseCompany } from '../../jobs/dedupe-key.ts';
import { isKnownPlace, placeNames } from '../../jobs/regions.ts';
import { agencyPosting } from '../../jobs/agency-posting.ts';
import { postingLanguage } from '../../resume/posting-language.ts';
import { languageNames } from '../../jobs/posting-language.ts';
import { foldAccents } from '../../db/repositories/job-search-text.ts';
import { boardNamed } from '../../jobs/board-names.ts';

/** Thread references the job actions read and write. */
export const JOB_REFERENCES = {
  /** Comma-separated ids of the last search's results, in order (at most 50). */
  lastResults: 'last_job_ids',
  /** The job the conversation dealt with last. */
  lastJob: 'last_job_id',
  /**
   * The words of the last job reference that found no job ("the french one"), until a job is dealt with again:
   * "it" then asks rather than meaning the job before it. Every writer of `lastJob` sets it to ''.
   */
  missed: 'last_job_missed',
  /**
   * Comma-separated ids of every job the last answer listed, in order: two searches of one run ("in Lisbon or
   * remote") show two lists, and `lastResults` holds the second only. With `shownRun`, the run that wrote it.
   */
  shown: 'shown_job_ids',
  shownRun: 'shown_job_ids_run',
} as const;

const ordinals: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  top: 1,
};
const pronoun = /^(?:it|that|this|that one|this one|the one|that job|this job|the job|the posting|that posting|this posting|same one|the same one|them)$/;
const filler = /\b(?:the|a|an|one|job|jobs|role|posting|position|opening|at|from|with|for|please|listing)\b/g;

/** A failure's `references`: the words that found no job (`JOB_REFERENCES.missed`), for an action to keep. */
export type Resolution = { ok: true; job: JobRecord } | { ok: false; error: string; references?: Record<string, string> };

/** The ids of the thread's last results. */
export const lastResultIds = (references: Readonly<Record<string, string>>): string[] =>
  (references[JOB_REFERENCES.lastResults] ?? '').split(',').filter(Boolean);

/**
 * The ids of every job the last answer listed: the lists of one run together (`JOB_REFERENCES.shown`), while
 * the last results are its last list; the last results alone once another list has replaced them.
 *
 * @example
 * listedIds({ last_job_ids: 'c', shown_job_ids: 'a,b,c' }); // ['a', 'b', 'c']
 */
export function listedIds(references: Readonly<Record<string, string>>): string[] {
  const results = lastResultIds(references);
  const shown = (references[JOB_REFERENCES.shown] ?? '').split(',').filter(Boolean);
  const tail = shown.slice(shown.length - results.length);
  return results.length > 0 && tail.join(',') === results.join(',') ? shown : results;
}

/**
 * Finds the job a person means: an id; a position in the thread's last results ("the
 * second one", "#3", "2nd", "the last one"); a pronoun for the job the conversation last
 * dealt with ("it", "that one"); or a company/title phrase matched against the last
 * results and the saved jobs ("the Stripe one", "the data engineer role"). A phrase that fits
 * several equally is the one of them the last results show, or the one last dealt with;
 * otherwise the ambiguity is explained, as misses are, naming what would work.
 *
 * @example
 * await resolveJob('the second one', { references, jobs, saved });
 */
export async function resolveJob(
  reference: string,
  context: { references: Readonly<Record<string, string>>; jobs: JobsRepository; saved: SavedJobsRepository },
): Promise<Resolution> {
  const resolution = await resolveReference(reference, context);
  // Regression (session 41): "show me the french one" found nothing, then "what does it pay?" answered about the
  // job before it. The words that missed are kept, so "it" asks instead of going back to an older job.
  if (resolution.ok || pronoun.test(fold(reference.trim()).replace(/[.!?]+$/, ''))) return resolution;
  return { ...resolution, references: { [JOB_REFERENCES.missed]: reference.trim() } };
}

async function resolveReference(
  reference: string,
  context: { references: Readonly<Record<string, string>>; jobs: JobsRepository; saved: SavedJobsRepository },
): Promise<Resolution> {
  const phrase = fold(reference.trim()).replace(/[.!?]+$/, '').replace(/\s+/g, ' ');
  const results = lastResultIds(context.references);
  const byId = await context.jobs.get(reference.trim());
  if (byId) return { ok: true, job: byId };
  // Regression (trial s46 #27): "Voltara Mobility 52bfc3c3c88d" found nothing, "52bfc3c3c88d" alone the job. An id
  // copied from a list is the job wherever it stands among the words.
  const idSaid = await idAmong(reference, context.jobs);
  if (idSaid) return { ok: true, job: idSaid };

  const position = positionOf(phrase, results.length);
  if (position !== undefined) {
    if (results.length === 0) {
      return { ok: false, error: `Nothing is listed in this conversation to count from (a number counts the last list shown: search results, or your saved jobs after "show my saved jobs"); search first, or give the job's id.` };
    }
    const id = results[position - 1];
    if (!id) {
      return { ok: false, error: `The last search showed ${results.length} job${results.length === 1 ? '' : 's'}; there is no number ${position}.` };
    }
    return found(await context.jobs.get(id), id);
  }

  if (pronoun.test(phrase) || phrase === '') {
    const missed = context.references[JOB_REFERENCES.missed];
    if (missed) {
      return { ok: false, error: `Which job? The last one named, "${missed}", matched none I know of, so "${reference.trim() || 'it'}" could mean another; name it (its number in the list, its company and title, or its id).` };
    }
    const id = context.references[JOB_REFERENCES.lastJob] ?? (results.length === 1 ? results[0] : undefined);
    if (!id) {
      return { ok: false, error: 'No job has come up in this conversation yet; name one ("the second one", a company) or search first.' };
    }
    return found(await context.jobs.get(id), id);
  }

  // A company or title phrase, against the last results and the saved jobs.
  const listed = listedIds(context.references);
  const candidates = dedupe([
    ...(await context.jobs.getMany(listed)),
    ...(await context.jobs.getMany((await context.saved.list()).map((saved) => saved.job_id))),
  ]);
  const wanted = phrase.replace(filler, ' ').replace(/[’']s\b/g, '').replace(/\s+/g, ' ').trim();
  if (!wanted) return { ok: false, error: `"${reference}" does not say which job; use its number in the list or its company.` };
  // Regression (session 40): "is the agency one remote?" after a list that labelled one job "(recruitment agency)":
  // the label the list printed names the job.
  if (agencyWords.test(wanted)) {
    const agencies = candidates.filter((job) => agencyPosting(job));
    const listedAgencies = agencies.filter((job) => results.includes(job.id));
    const [only] = listedAgencies.length > 0 ? listedAgencies : agencies;
    if (only && (listedAgencies.length === 1 || agencies.length === 1)) return { ok: true, job: only };
    if (agencies.length > 1) {
      return { ok: false, error: `"${reference}" could be any of: ${agencies.slice(0, 5).map((job) => `${job.title} at ${job.company} (${job.id})`).join('; ')}. Say which one.` };
    }
  }
  const fromBoard = byBoard(phrase, candidates, results);
  if (fromBoard) return fromBoard;
  const asked = readPhrase(wanted);
  const rank = (jobs: JobRecord[]) =>
    jobs
      .filter((job) => asked.places.every((place) => isIn(job, place)))
      .filter((job) => !asked.language || inLanguage(job, asked.language))
      .map((job) => ({ job, ...matchOf(job, asked) }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => Number(b.whole) - Number(a.whole) || b.score - a.score);
  // Regression (session 42): "the lisbon one" right after a list showing a Lisboa job offered three Lisbon jobs the
  // list did not show. A place or a language picks among the jobs the last answer listed when any of them fits.
  const amongListed = (entries: ReturnType<typeof rank>) => {
    const shown = entries.filter((entry) => listed.includes(entry.job.id));
    return (asked.places.length > 0 || asked.language) && shown.length > 0 ? shown : entries;
  };
  let scored = amongListed(rank(candidates));
  // Regression (session 41): "the Associate Product Manager job" matched the last list's "Product Manager,
  // Integrations" by two of its words, while the index held the job with that very title; and "the lumenpay APM
  // one" landed on Lumenpay's Account Executive. A job the conversation shows that leaves words of the phrase
  // unmatched is weighed against the index's jobs that the phrase's words find.
  if (!scored[0]?.whole) {
    const others = await indexJobs(context.jobs, asked, scored[0]?.unmatched ?? []);
    scored = amongListed(rank(dedupe([...scored.map((entry) => entry.job), ...others])));
  }
  const best = scored[0];
  if (!best) {
    const elsewhere = asked.places.length > 0 ? ` (none of the jobs I know of is in ${asked.places.map(capitalise).join(' or ')})` : '';
    const tongue = asked.language ? ` (none of the jobs I know of is written in ${asked.language})` : '';
    return {
      ok: false,
      error: `No job in the last results, the saved jobs or the index matches "${reference}"${elsewhere}${tongue}; use its number in the list, its id, or search for it.`,
    };
  }
  // A job that leaves a telling word unmatched is not claimed as the one meant, but asked about: a word in capitals
  // ("APM"), or one another job matches. (Loose words, "the full ad for the nurse", leave the match standing.)
  const telling = best.unmatched.filter(
    (word) => new RegExp(`\\b${word.toUpperCase()}\\b`).test(foldAccents(reference)) || scored.some((entry) => entry !== best && !entry.unmatched.includes(word)),
  );
  if (telling.length > 0) {
    const near = scored.slice(0, 3).map((entry) => `${entry.job.title} at ${entry.job.company} (${entry.job.id})`);
    return {
      ok: false,
      error: `No job I know of fits all of "${reference}" ("${telling.join('", "')}" matches none); the nearest: ${near.join('; ')}. Say which one, or search for it.`,
    };
  }
  const tied = scored.filter((entry) => entry.whole === best.whole && entry.score === best.score);
  // "the Drevona job" right after a list that shows one Drevona job (another saved long ago): the one listed,
  // else the one the conversation dealt with last.
  const inList = tied.filter((entry) => listed.includes(entry.job.id));
  const settled = tied.length > 1 ? (inList.length === 1 ? inList[0] : tied.find((entry) => entry.job.id === context.references[JOB_REFERENCES.lastJob])) : undefined;
  if (settled) return { ok: true, job: settled.job };
  if (tied.length > 1) {
    const options = tied.slice(0, 5).map((entry) => `${entry.job.title} at ${entry.job.company} (${entry.job.id})`);
    return { ok: false, error: `"${reference}" could be any of: ${options.join('; ')}. Say which one.` };
  }
  return { ok: true, job: best.job };
}

/**
 * A job named by the board it came from: "the HN one", "the one from The Muse", "the greenhouse posting" (regression,
 * trial s42 #58: "what does the HN one pay?" found no job "HN"). The one such job of the last results (else of the saved
 * jobs), or the question which; undefined when the words name no board, or a company of the jobs as well.
 */
function byBoard(phrase: string, candidates: readonly JobRecord[], results: readonly string[]): Resolution | undefined {
  const words = phrase.replace(/^(?:the|that|this)\s+/, '').replace(/\s+(?:one|job|role|posting|listing|position|opening)$/, '').replace(/^(?:one|job|posting|role)\s+(?:from|on|via|off|posted\s+on)\s+/, '');
  const board = boardNamed(words);
  if (!board || candidates.some((job) => fold(normaliseCompany(job.company)) === words)) return undefined;
  const fromIt = candidates.filter((job) => job.sources.some((source) => source.name === board));
  const listed = fromIt.filter((job) => results.includes(job.id));
  const among = listed.length > 0 ? listed : fromIt;
  const [only] = among;
  if (among.length === 1 && only) return { ok: true, job: only };
  if (among.length > 1) {
    return { ok: false, error: `"${phrase}" could be any of: ${among.slice(0, 5).map((job) => `${job.title} at ${job.company} (${job.id})`).join('; ')}. Say which one.` };
  }
  return { ok: false, error: `None of the last results or saved jobs came from ${board}; use the job's number in the list, its company, or its id.` };
}

/** What a job phrase asks for: the places it names, the posting language it names, and its other words. */
interface AskedFor {
  places: string[];
  language: string | undefined;
  /** The other words, accents folded, one space apart. */
  text: string;
}

/**
 * Reads a job phrase (accents folded): "montreal apm" names the place Montréal; "french" the posting's language
 * ("the french one"), unless a title says it ("French Tutor"); "sao paulo" is one place of two words.
 */
function readPhrase(wanted: string): AskedFor {
  const words = wanted.split(' ');
  const places: string[] = [];
  const rest: string[] = [];
  let language: string | undefined;
  for (let at = 0; at < words.length; at += 1) {
    const word = words[at] ?? '';
    const pair = `${word} ${words[at + 1] ?? ''}`;
    // "the one in Bamberg": the word that leads to a place is the place's, never a word the job must match.
    const leadsToPlace = () => {
      if (/^(?:in|at|near|around|from)$/.test(rest.at(-1) ?? '')) rest.pop();
    };
    if (words[at + 1] && /^[a-z]+ [a-z]+$/.test(pair) && isKnownPlace(pair)) {
      places.push(pair);
      leadsToPlace();
      at += 1;
    } else if (/^[a-z]{3,}$/.test(word) && isKnownPlace(word)) {
      places.push(word);
      leadsToPlace();
    }
    else if (!language && languageNames[word]) language = languageNames[word];
    else if (!/^(?:in|written|language)$/.test(word) || !words.some((each) => languageNames[each])) rest.push(word);
  }
  return { places, language, text: rest.join(' ') };
}

/** A posting written in the language, or one whose title names it ("French Tutor" for "the french one"). */
function inLanguage(job: JobRecord, language: string): boolean {
  return (postingLanguage(`${job.title} ${job.description.slice(0, 3000)}`) ?? 'English') === language || new RegExp(`\\b${language.toLowerCase()}\\b`).test(fold(job.title));
}

/**
 * The index's jobs a phrase's words find: all its words, and those the conversation's nearest job matched
 * (its company: "lumenpay" of "lumenpay apm"), as its full-text search wants every word; the most recent
 * when the phrase names only a place or a language; and the jobs whose location names a place or a word of
 * it, as the full-text search never reads locations.
 */
async function indexJobs(jobs: JobsRepository, asked: AskedFor, unmatched: readonly string[]): Promise<JobRecord[]> {
  const matched = asked.text.split(' ').filter((word) => word && !unmatched.includes(word)).join(' ');
  const queries = [...new Set([asked.text, matched, asked.text ? '' : asked.places.join(' ')])].filter((text, index) => text || index === 0);
  // Regression (trial s46 #21): "the Ingolstadt one" missed the index's job in "Ingolstadt; Munich" (a town the
  // place table does not hold, the last results another search's): a word may be where the job is.
  const places = [...asked.places, ...asked.text.split(' ').filter((word) => /^\p{L}{3,}$/u.test(word) && !looseWords.has(word))].slice(0, 4);
  const found = await Promise.all([
    ...queries.map((text) => jobs.search({ text, limit: 20, ...(text ? {} : { sort: 'recent' as const }) })),
    ...places.map((place) => jobs.search({ text: '', location: place, limit: 20, sort: 'recent' })),
  ]);
  return found.flat();
}

/** A word that could be a job's id: letters and digits (an underscore or a dash inside), with a digit, four or more long. */
const idLike = /^(?=[\w-]*\d)[a-z0-9][\w-]{3,63}$/i;

/** The job whose id is one of a reference's words ("the Falkner job 52bfc3c3c88d"), or undefined. */
async function idAmong(reference: string, jobs: JobsRepository): Promise<JobRecord | undefined> {
  const words = reference.split(/[\s,;:()[\]]+/).map((word) => word.replace(/^[#"'“]+|[."'”!?]+$/g, ''));
  const candidates = [...new Set(words.filter((word) => idLike.test(word)))].slice(0, 3);
  if (candidates.length === 0) return undefined;
  const found = (await jobs.getMany(candidates)).filter(Boolean);
  return found.length === 1 ? found[0] : undefined;
}

/** "agency", "recruitment agency", "recruiter's": a job named by the agency label a list prints. */
const agencyWords = /^(?:(?:recruit(?:ment|ing)|staffing|temp)\s+)?(?:agency|agencies|recruiter)$/;

/** 1-based position for "second", "#2", "2", "2nd", "number 2", "the last one"; undefined otherwise. */
function positionOf(phrase: string, count: number): number | undefined {
  const stripped = phrase.replace(/^(?:the|number|no\.?|#)\s*/g, '').replace(/\s*(?:one|job|result|posting|listing|role)$/, '').trim();
  if (/^(?:last|final|bottom)$/.test(stripped)) return count || 1;
  const digits = /^#?\s*(\d{1,2})(?:st|nd|rd|th)?$/.exec(stripped);
  if (digits) return Number(digits[1]);
  return ordinals[stripped];
}

/**
 * How well a job fits a phrase's words: its company (10 for the whole name, 3 a word), its title's words (2 each),
 * its title's initials ("apm" for Associate Product Manager, 6; "pm" inside it, 2) or a shorthand ("swe"), its
 * location's words (1); the title named whole outweighs any of them. `whole`: every word matched something.
 */
function matchOf(job: JobRecord, asked: AskedFor): { score: number; whole: boolean; unmatched: string[] } {
  const wanted = asked.text;
  const company = fold(normaliseCompany(job.company));
  const title = fold(job.title);
  const location = fold(job.location ?? '');
  // A phrase of places or a language only: every job there, or in it, fits it as well as the next.
  if (!wanted) return { score: 1, whole: true, unmatched: [] };
  let score = 0;
  const companyNamed = Boolean(company) && (wanted === company || wanted.includes(company) || company.includes(wanted));
  if (companyNamed) score += 10;
  const mainTitle = title.split(/\s*[,(|–—-]\s+|\s*\(/)[0]?.trim() ?? title;
  if (wanted === mainTitle || (mainTitle.includes(' ') && wanted.includes(mainTitle))) score += 8;
  const titleWords = mainTitle.match(/[a-z0-9]+/g) ?? [];
  const unmatched: string[] = [];
  for (const word of wanted.split(' ').filter((each) => each.length > 1)) {
    const before = score;
    if (company.split(' ').includes(word) || (company && wanted.includes(company) && company.includes(word))) score += 3;
    const whole = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
    if (whole.test(title)) score += 2;
    score += initialsScore(word, titleWords, title);
    // "the Osaka one": a job told apart by where it is, weaker than its company or title.
    if (whole.test(location)) score += 1;
    // (A word inside the company named, "UN" of UNHCR, is matched by the company's score.)
    const inCompany = companyNamed && company.includes(word);
    if (score === before && !inCompany && !looseWords.has(word) && !legalFormWord.test(word.replace(/\./g, ''))) unmatched.push(word);
  }
  return { score, whole: unmatched.length === 0, unmatched };
}

/**
 * A company's legal form, or a piece of one ("AS", "ASA", "GmbH", "B.V." read "bv", "Sp. z o.o." read "sp … oo", "Ltd",
 * "S.A."): said after a company's name ("Norvik AS rejected me"), it names no other job, so it never makes a match
 * doubtful (trial s50 #38: "Aibel AS" was refused while naming the only Aibel job).
 */
const legalFormWord = /^(?:inc|llc|llp|ltd|limited|plc|corp|co|gmbh|mbh|ag|kg|ug|se|sa|sas|sarl|srl|spa|bv|nv|oy|oyj|ab|as|asa|aps|pty|pte|sp|zoo|oo|sro|kft|ltda|bhd|sdn|kk)$/;

/** Words that describe rather than name a job: left unmatched, they do not make a match doubtful. */
const looseWords = new Set(['new', 'other', 'that', 'this', 'same', 'last', 'latest', 'good', 'great', 'nice', 'cool', 'my', 'your', 'their', 'its', 'about', 'open', 'saved', 'listed', 'company', 'companies', 'in', 'on', 'of', 'and', 'or', 'to', 'is', 'there', 'here', 'senior', 'junior', 'remote']);

/** Shorthands for titles whose initials are not their letters ("SWE" is a software engineer). */
const titleShorthands: Readonly<Record<string, string>> = {
  swe: 'software engineer', sde: 'software development engineer', dev: 'developer', eng: 'engineer', mgr: 'manager',
};

/**
 * A word as a title's initials: the whole title's ("apm" for "Associate Product Manager", 6) or a run of its
 * words' ("pm" in it, 2), or a shorthand the title spells out ("swe" in "Senior Software Engineer", 4).
 */
function initialsScore(word: string, titleWords: readonly string[], title: string): number {
  const shorthand = titleShorthands[word];
  if (shorthand && title.includes(shorthand)) return 4;
  if (!/^[a-z]{2,5}$/.test(word)) return 0;
  const initials = titleWords.filter((each) => !/^(?:of|and|the|de|du|des|et|la|le|for)$/.test(each)).map((each) => each[0]).join('');
  if (initials === word) return 6;
  return initials.length > word.length && initials.includes(word) ? 2 : 0;
}

/**
 * Whether a job is in a place (its location, or its title: "Logistics Planner (Antwerp)"), by the word's start
 * ("antwerp" in "Antwerpen"); or whether the place word is its company's ("the Victoria job" at Victoria Plumbing).
 */
function isIn(job: JobRecord, place: string): boolean {
  const where = fold(`${job.location ?? ''} ${job.title} ${job.company}`);
  // Regression (session 42): "the lisbon one" missed "Lisboa, Portugal": a place by any name the table gives it ("München", "Genève").
  return [place, ...placeNames(place).map(fold)].some((name) => new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(where));
}

const capitalise = (word: string) => word.replace(/\b[a-z]/g, (letter) => letter.toUpperCase());

/** Lower case with accents folded: "Montréal" is "montreal", as people type it. */
const fold = (text: string) => foldAccents(text).toLowerCase();

const found = (job: JobRecord | null, id: string): Resolution =>
  job ? { ok: true, job } : { ok: false, error: `Job ${id} is no longer in the index.` };

const dedupe = (jobs: JobRecord[]) => [...new Map(jobs.map((job) => [job.id, job])).values()];
