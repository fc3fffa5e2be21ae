import { type KnownJob, knownJobs } from './known-jobs.ts';
import type { KnownJobData } from '../../protocol/known-data.ts';
import { placeNames } from '../../jobs/regions.ts';
import { languageNames } from '../../jobs/posting-language.ts';
import { foldAccents } from '../../db/repositories/job-search-text.ts';
import type { PhrasingContext } from './phrasing.ts';
import { positionOf, readPronoun } from './references.ts';

/** What a description points at: the job to pass, or the question to ask when it fits several or none is listed. */
export type DescribedJob = { job: string } | { reply: string };

/** "the other one", "the other job", "other": the one of two that is not in play. */
const other = /^(?:the\s+)?other(?:\s+(?:one|job|role|position|posting|listing|opening|thing))?$/;
/** "the one in Tromsø", "the one at Acme", "the job based in Cork": a job told apart by a detail. */
const oneWith =
  /^(?:the\s+|that\s+)?(?:one|job|role|position|posting|listing|opening)\s+(?:(?:that's|that\s+is|which\s+is|that\s+was)\s+)?(?:based\s+in|located\s+in|in|at|from|with|for|paying|that\s+pays)\s+(?<words>.+)$/;
/** "the remote one", "the chef job", "remote": a word or three of the job's line, the noun optional. */
const wordsThenNoun = /^(?:the\s+|that\s+|this\s+)?(?<words>.+?)(?:\s+(?:one|job|role|position|posting|listing|opening))?$/;
/** Words that describe no job of a list: a stage, a pronoun, recency, the resume. */
const notADetail =
  /^(?:it|that|this|them|one|same|new|old|next|last|previous|saved|first|second|third|my|your|other|best|top|latest|newest|current|cv|resume|letter|cover letter)$/;
const maxWords = 3;

/**
 * The job a description points at among the results the thread listed: "the other one" when
 * one of two is in play, or a detail of the line the person saw ("the one in Tromsø", "the
 * remote one", "the chef one", "the kotlin job"). One job fits: its company when the
 * description named neither its company nor its title (so the handlers find it), else the
 * words as said. Several fit, or "the other one" with several others: the question which.
 * Undefined when the description names a job another way (a name, a position, a pronoun) or
 * fits none.
 *
 * @example
 * describedJob('the one in Tromsø', context); // { job: 'Vellum Boats' }
 * describedJob('remote', context); // { reply: 'Which one do you mean: the Kotlin Developer at Brisling or the Mobile Lead at Skjær?' }
 */
export function describedJob(phrase: string, context: Pick<PhrasingContext, 'history' | 'known' | 'references'>): DescribedJob | undefined {
  const said = phrase
    .trim()
    .toLowerCase()
    .replace(/(?<![\s.!?,;:])[\s.!?,;:]+$/, '')
    .replace(speakingPhrase, '$<language>-speaking');
  if (!said || positionOf(said) !== undefined || readPronoun(said) || /^[0-9a-f]{12}$/.test(said)) return undefined;
  const listed = listedResults(context);
  if (other.test(said)) return theOther(listed, context);
  // (Nothing listed in the thread: the jobs the person has, "the polish one rejected me" of the saved ones.)
  const among = listed.length > 0 ? listed : (context.known?.jobs ?? []).map((job) => ({ title: job.title, company: job.company, details: attributeWords(job) }));
  const words = (oneWith.exec(said)?.groups?.words ?? wordsThenNoun.exec(said)?.groups?.words ?? '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > maxWords || words.every((word) => notADetail.test(word))) return undefined;
  // Regression (session 42): "the portuguese one" asked between the two jobs in Portugal, not for the one written in
  // Portuguese: where several jobs are in its country, a language's name is the posting's language (which the
  // handlers read from its text), unless a line says it ("French Tutor").
  // (One job in its country is still "the dutch one": only where several are, the language tells them apart.)
  const language = words.find((word) => languageNames[foldAccents(word)]);
  const byCountry = language && !among.some((job) => saysWholeWord(line(job), language)) ? among.filter((job) => words.every((word) => saysWord(line(job), word))) : [];
  if (byCountry.length > 1) return undefined;
  const exactly = among.filter((job) => words.every((word) => saysWord(line(job), word)));
  // Regression (session 38): "the grad one" after "Graduate Data Analyst Scheme" found nothing: a short form of a
  // word of the line ("grad", "dev", "admin", "manc") points too, when no job says the words whole.
  // (So does another form of one, session 39: "the nursing job" is the "Nurse" one, "the cleaning one" the "Cleaner".)
  // (Among the jobs the person has, the words must be said whole: the handlers find a saved job by its own words.)
  const fitting =
    exactly.length > 0 || listed.length === 0 ? exactly : among.filter((job) => words.every((word) => saysWord(line(job), word) || beginsWord(line(job), word) || sharesStem(line(job), word)));
  if (fitting.length > 1) return { reply: whichOf(fitting) };
  const [only] = fitting;
  if (!only) return undefined;
  if (exactly.length === 0) return { job: named(only, context) };
  // "the Stripe one", "the data engineer job": the name said is what the handlers resolve; a detail alone is not.
  return words.every((word) => saysWord(`${only.title} ${only.company}`, word)) ? { job: phrase.trim() } : { job: named(only, context) };
}

/**
 * How the handlers are told the one job a description fits: its company, unless the company
 * has more jobs the person has seen (three at Van der Berg Logistics, two at PortLogix): then
 * its id, so "the Antwerp one" never becomes whichever of that company's jobs comes first.
 */
function named(job: KnownJob, context: Pick<PhrasingContext, 'history' | 'known'>): string {
  const id = job.id ?? /\[(?<id>[0-9a-f]{12})\]/.exec(job.details ?? '')?.groups?.id;
  if (!id) return job.company;
  const sameCompany = new Set(knownJobs(context).filter((each) => each.company === job.company).map((each) => each.title));
  return sameCompany.size > 1 ? id : job.company;
}

/** "the Kraków one", "the one in Leeds", "that remote job" said anywhere in a sentence. */
const describedPhrase =
  /(?:^|[\s,.;:!?(])(?<phrase>(?:the|that)\s+(?:(?:one|job|role|position|posting)\s+(?:in|at|from|based\s+in)\s+[\p{L}\p{N}'’.-]+(?:\s+[\p{L}\p{N}'’.-]+)?|[\p{L}\p{N}'’.-]+(?:\s+[\p{L}\p{N}'’.-]+){0,2}\s+(?:one|job|role|position|posting)))(?=$|[\s,.;:!?)])/giu;

/**
 * The one job a description said anywhere in a sentence points at ("I'd like to read the
 * full ad. The Kraków one, I mean." → the job in Kraków), or undefined when none, or
 * several, fit. A description that fits several is no answer here: the sentence may name
 * the job another way.
 *
 * @example
 * describedIn('I think the Dubai one is the one for me. Write the letter.', context); // { job: 'Dunes Hotel' }
 */
export function describedIn(sentence: string, context: Pick<PhrasingContext, 'history' | 'known' | 'references'>): { job: string } | undefined {
  for (const match of sentence.matchAll(describedPhrase)) {
    const found = describedJob(match.groups?.phrase ?? '', context);
    if (found && 'job' in found) return found;
  }
  return undefined;
}

/** "the other one": the one listed job that is not the one in play; the question which when there are more. */
function theOther(listed: readonly KnownJob[], context: Pick<PhrasingContext, 'history' | 'known' | 'references'>): DescribedJob {
  if (listed.length < 2) return { reply: nothingToTellApart };
  const current = context.known?.jobs.find((job) => job.id === context.references.last_job_id);
  const others = listed.filter((job) => !current || job.company !== current.company || job.title !== current.title);
  const [only] = others;
  if (others.length === 1 && only) return { job: named(only, context) };
  return { reply: whichOf(others) };
}

/**
 * The newest list of results: the thread's result ids in order, named from the known data
 * (with what the list said of each when the history shows it), or the newest list in the history.
 */
function listedResults(context: Pick<PhrasingContext, 'history' | 'known' | 'references'>): KnownJob[] {
  const shown = newestList(knownJobs({ history: context.history }));
  const ids = (context.references.last_job_ids ?? '').split(',').filter(Boolean);
  const named = ids.map((id) => context.known?.jobs.find((job) => job.id === id));
  if (ids.length === 0 || named.some((job) => job === undefined)) return shown;
  return named.flatMap((job, index) => {
    if (!job) return [];
    // The line of this job, not the first of its company's: "Van der Berg Logistics" may list three.
    const seen =
      shown.find((each) => each.company === job.company && each.title === job.title) ??
      (shown.filter((each) => each.company === job.company).length === 1 ? shown.find((each) => each.company === job.company) : undefined) ??
      shown.find((each) => each.title === job.title);
    const details = [seen?.details, attributeWords(job)].filter(Boolean).join(' · ');
    return [{ position: index + 1, id: job.id, title: job.title, company: job.company, ...(details ? { details } : {}) }];
  });
}

/** The first list `knownJobs` gives (the newest message's): positions rising from the start. */
function newestList(jobs: readonly KnownJob[]): KnownJob[] {
  const list: KnownJob[] = [];
  for (const job of jobs) {
    const previous = list.at(-1);
    if (job.position === undefined || (previous?.position !== undefined && job.position <= previous.position)) break;
    list.push(job);
  }
  return list;
}

const line = (job: KnownJob): string => `${job.title} ${job.company} ${job.details ?? ''}`;

/** The words a currency is said by: "the one in euros", "the one paying in pounds". */
const currencyWords: Readonly<Record<string, string>> = {
  EUR: 'eur euro euros €',
  GBP: 'gbp pound pounds sterling quid £',
  USD: 'usd dollar dollars us$ $',
  CAD: 'cad canadian dollars',
  AUD: 'aud australian dollars',
  CHF: 'chf franc francs swiss',
  AED: 'aed dirham dirhams',
  INR: 'inr rupee rupees',
  PLN: 'pln zloty zlotys',
  SEK: 'sek kronor krona',
  NOK: 'nok kroner krone',
  DKK: 'dkk kroner krone',
};

/** The contract types' words: "the contract one", "the part-time one". */
const typeWords: Readonly<Record<string, string>> = {
  contract: 'contract contractor freelance',
  contractor: 'contract contractor freelance',
  freelance: 'contract contractor freelance',
  full_time: 'full-time fulltime permanent',
  permanent: 'full-time fulltime permanent',
  part_time: 'part-time parttime',
  temporary: 'temporary temp',
  internship: 'internship intern',
};

/**
 * What a result's record says of it in words a person points with: where ("Dublin, Ireland"),
 * remote or on-site, the contract type and the pay's currency.
 */
function attributeWords(job: KnownJobData): string {
  const type = job.employment_type ? (typeWords[job.employment_type.toLowerCase()] ?? job.employment_type.replace(/_/g, '-')) : '';
  const remote = job.remote === true ? 'remote' : job.remote === false ? 'on-site onsite office' : '';
  const currency = job.currency ? (currencyWords[job.currency.toUpperCase()] ?? job.currency) : '';
  return [job.location ?? '', remote, type, currency].filter(Boolean).join(' · ');
}

/** A people's adjective and the country it names: "the irish one" is the job in Ireland. */
const nationalities: Readonly<Record<string, string>> = {
  irish: 'ireland', british: 'uk', english: 'england', scottish: 'scotland', welsh: 'wales', german: 'germany', french: 'france',
  spanish: 'spain', portuguese: 'portugal', dutch: 'netherlands', polish: 'poland', italian: 'italy', american: 'usa',
  canadian: 'canada', australian: 'australia', swiss: 'switzerland', swedish: 'sweden', danish: 'denmark', norwegian: 'norway',
  finnish: 'finland', belgian: 'belgium', austrian: 'austria', greek: 'greece', czech: 'czech republic', indian: 'india',
  emirati: 'uae', kiwi: 'new zealand', mexican: 'mexico', brazilian: 'brazil', japanese: 'japan', nigerian: 'nigeria',
  kenyan: 'kenya', 'south african': 'south africa',
};

/**
 * The countries where a language is spoken at work, by its name: "the german-speaking one" is a
 * job in Germany, Austria or Switzerland.
 */
const speakers: Readonly<Record<string, readonly string[]>> = {
  german: ['germany', 'austria', 'switzerland'],
  french: ['france', 'belgium', 'switzerland', 'canada'],
  dutch: ['netherlands', 'belgium'],
  spanish: ['spain', 'mexico', 'latin america'],
  portuguese: ['portugal', 'brazil'],
  italian: ['italy', 'switzerland'],
  english: ['uk', 'ireland', 'usa', 'canada', 'australia', 'new zealand'],
};

/** "german-speaking", "german speaking": a language said of a place, in one form. */
const speakingPhrase = /(?<language>\p{L}+)[\s-]+speaking\b/gu;

/** The countries a people's adjective or "<language>-speaking" points at ("irish" → Ireland), none for other words. */
function countriesOf(word: string): readonly string[] {
  const language = /^(?<language>\p{L}+)-speaking$/u.exec(word)?.groups?.language;
  if (language) return speakers[language] ?? (nationalities[language] ? [nationalities[language]] : []);
  const country = nationalities[word];
  return country ? [country] : [];
}

/** Every word of a people's adjective ("dutch", "polish", "african"). */
const peoplesWords: ReadonlySet<string> = new Set(Object.keys(nationalities).flatMap((name) => name.split(' ')));

/**
 * Whether a word names a people ("dutch", "polish", "irish"): a word as meant, never a slip
 * of another ("dutch" of "ditch", "polish" of "publish"). The one list the spelling corrector
 * and the job descriptions share.
 *
 * @example
 * isNationality('dutch'); // true
 */
export const isNationality = (word: string): boolean => peoplesWords.has(word.toLowerCase());

/** A whole word of a text, any case, a plural "s" either side allowed ("chef" in "Pastry Chefs"); a people's adjective or a language spoken says its countries' places. */
function saysWord(text: string, word: string): boolean {
  const tokens = text.toLowerCase().split(/[^\p{L}\p{N}+#$£€-]+/u);
  if (tokens.some((token) => token === word || token === `${word}s` || `${token}s` === word)) return true;
  const countries = countriesOf(word);
  if (countries.length === 0) return false;
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return countries.some((country) => placeNames(country).some((name) => lower.includes(` ${name} `)));
}

/** A whole word of a text, any case, as written: no country a people's adjective names. */
const saysWholeWord = (text: string, word: string): boolean => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(word);

/** Whether a word of three letters or more begins a longer word of a text: "grad" of "Graduate", "dev" of "Developer". */
function beginsWord(text: string, word: string): boolean {
  return word.length >= 3 && /^\p{L}+$/u.test(word) && text.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((token) => token.length > word.length && token.startsWith(word));
}

/** The stem of a word of four letters or more, its ending dropped: "nursing", "nurse" and "nurses" are all "nurs". */
const stemOf = (word: string): string => word.replace(/(?:ings?|ers?|ors?|ants?|es|e|s)$/, '');

/** Whether a word is another form of a word of a text, by their stems of three letters or more: "nursing" of "Nurse", "cleaning" of "Cleaner". */
function sharesStem(text: string, word: string): boolean {
  const stem = stemOf(word);
  return stem.length >= 3 && word.length >= 4 && /^\p{L}+$/u.test(word) && text.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((token) => token.length >= 4 && stemOf(token) === stem);
}

function whichOf(jobs: readonly KnownJob[]): string {
  const named = jobs.slice(0, 4).map((job) => `the ${job.title} at ${job.company}`);
  const last = named.pop();
  return `Which one do you mean: ${named.length > 0 ? `${named.join(', ')} or ${last}` : last}?`;
}

const nothingToTellApart =
  'Which one do you mean? Nothing in this conversation lists jobs to tell apart: name it (e.g. "the Stripe job"), or search first.';
