import type { PhrasingContext } from './phrasing.ts';
import { positionOf, readPronoun, severalOf } from './references.ts';
import { findKnownJob, knownJobs } from './known-jobs.ts';
import { namesResume } from './find-resume.ts';

/** Thread references that say a job is in play (the lead's resolver reads the same keys). */
export const jobReferenceKeys = {
  /** Comma-separated ids of the last search results, in order. */
  lastResults: 'last_job_ids',
  /** The job the conversation dealt with last. */
  lastJob: 'last_job_id',
} as const;

/** A job id as the index makes them: 12 hex digits. */
const jobId = /^(?:(?:job|id)\s+)?#?(?<id>[0-9a-f]{12})$/;
const genericNoun = '(?:one|job|jobs|posting|listing|role|position|opening|offer|application|gig|ad|advert)';
const article = /^(?:the|that|this|my|our|their|a|an)\s+/;
const trailingNoun = new RegExp(`(?<!\\s)\\s+${genericNoun}$`);
const nounAtCompany = new RegExp(`^(?:the\\s+)?${genericNoun}\\s+(?:at|with|from|for)\\s+(?<company>.+)$`);
const possessive = new RegExp(`^(?<company>.+?)(?:'s|’s|s')(?:\\s+${genericNoun})?$`);
/** "next week", "tomorrow", "on monday": when, never which. */
const timePhrase =
  /(?<!\s)\s+(?:(?:next|this|last)\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night)|earlier\s+today|tomorrow|today|tonight|yesterday|soon|(?:on|this)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|at\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?|in\s+\d+\s+days?)$/;
const words = /^[\p{L}\p{N}][\p{L}\p{N} .&+#'’-]*$/u;
/** A pronoun and how much more of it: "it better", "it a bit more", "that one again". */
const pronounThenMore =
  /^(?<pronoun>it|that|this|them|that one|this one)\s+(?:(?:a\s+(?:bit|little|lot)|much|way|even)\s+)?(?:better|more|less|stronger|again|too|instead|now|please|pls|up)(?:\s+.*)?$/i;
/** Pronouns the jobs resolver reads as they are; any other becomes "it". */
const resolverPronoun = /^(?:it|that|this|(?:that|this|the|the same|same) (?:one|job|posting))$/;
const pronounWords = /^(?:they|them|there|those people|the company|that company|this company|the team)$/;

/** Whether the conversation has a job in play: a last result list or a last job. */
export function jobInPlay(references: Readonly<Record<string, string>>): boolean {
  return Boolean(references[jobReferenceKeys.lastJob] || references[jobReferenceKeys.lastResults]);
}

/** What a phrase says about a job: the argument to pass, a reply when it can't be, or null. */
export type JobReading = { job: string } | { reply: string };

export interface ReadJobOptions {
  /**
   * Accept a bare name ("Acme", "the data engineer role") as a company or title phrase.
   * Only where the sentence leaves no doubt the slot is a job ("I applied to …").
   */
  bare?: boolean;
  /**
   * Accept a job the person has, named bare at the start of the phrase ("arkwright using my
   * main resume"). Default true.
   */
  known?: boolean;
}

/** "in irish and english", "in German", "in both french and dutch": languages said after a job. */
const language = '(?:english|irish|gaelic|german|french|spanish|portuguese|italian|dutch|polish|swedish|danish|norwegian|finnish|czech|greek|romanian|hungarian|turkish|arabic|hindi|chinese|mandarin|japanese|korean|russian|ukrainian|catalan|basque|welsh)';
const inLanguages = new RegExp(`\\s+in\\s+(?:both\\s+)?${language}(?:\\s*(?:,|and|&|or|\\+|\\/)\\s*${language})*(?:\\s+(?:please|pls|too|as\\s+well))?\\s*[.!?]*$`, 'i');

/**
 * Reads the words naming a job into the `job` argument the handlers resolve: a job id,
 * a position as said ("the second one", "#3"), a pronoun ("it", "that one"), or a company
 * or title phrase without articles ("the Stripe one" → "Stripe"). Positions and pronouns
 * need something in play; otherwise the reply says what to do. Null when the phrase does
 * not name a job.
 *
 * @example
 * readJob('the Stripe one', context); // { job: 'Stripe' }
 */
export function readJob(
  phrase: string,
  context: PhrasingContext,
  { bare = false, known: byKnownName = true }: ReadJobOptions = {},
): JobReading | null {
  let said = phrase
    .trim()
    .replace(timePhrase, '')
    // Regression (session 37): "cover letter for it in irish and english" took "it in irish and english" for the job:
    // the languages something is wanted in are no part of the job's name.
    .replace(inLanguages, '')
    .replace(/(?<![\s.!?,;:])[\s.!?,;:]+$/, '')
    // "save it anyway", "keep the Acme one after all": a word for a change of mind is no part of the job.
    .replace(/\s+(?:anyway|anyways|anyhow|after\s+all|regardless|all\s+the\s+same|quand\s+même)$/i, '')
    .trim()
    // "fit it better", "tell me more about their job": the job is the pronoun, not the words around it.
    .replace(pronounThenMore, '$<pronoun>')
    .replace(/^(?:(?:a\s+(?:bit|little)|some(?:thing)?)\s+)?(?:more\s+)?(?:about|on|regarding)\s+(?=\S)/i, '')
    .replace(/^(?:their|his|her)(?:\s+(?:job|role|posting|position|opening|ad|advert|listing|vacancy|one))?$/i, 'it')
    // "read the full ad", "see the whole posting": all of the job in play, not a job called "full".
    .replace(/^(?:the\s+)?(?:full|whole|entire|complete)\s+(?:ad|advert|posting|listing|description|thing|text|job\s+ad)$/i, 'it');
  // "the bus company said yes", "the ferry people": a word of a job the person has, then the people behind it, is that job.
  const behind = /^(?:the|that|this)\s+(?<name>[\p{L}\p{N}&' -]{2,40}?)\s+(?:company|firm|people|folks|guys|lot|team|crew|place)$/iu.exec(said)?.groups?.name;
  if (behind && namesKnownJob(behind, context)) said = `the ${behind} job`;
  const lower = said.toLowerCase();
  // "I marked the wrong job as rejected": a mistake told, no job named.
  if (!lower || /^(?:the\s+|a\s+)?(?:wrong|incorrect)\s+(?:job|one|role|company|posting|thing)s?$/.test(lower)) return null;
  const id = jobId.exec(lower)?.groups?.id;
  if (id) return { job: id };
  // "both", "all three of them": the planner makes one step of each listed job.
  if (positionOf(lower) !== undefined || severalOf(lower) !== undefined) {
    return context.references[jobReferenceKeys.lastResults] ? { job: lower } : { reply: noResults };
  }
  const pronoun = readPronoun(lower);
  if ((pronoun && isJobNoun(pronoun.noun)) || pronounWords.test(lower)) {
    return jobInPlay(context.references) ? { job: resolverPronoun.test(lower) ? lower : 'it' } : { reply: noJob };
  }
  const named = nameOf(said, bare);
  // "gimme the legacy one" with a resume labelled "legacy" and no job called so: a resume, not a job.
  if (named && namesResume(named, context) && !namesKnownJob(named, context)) return null;
  if (named) return { job: named };
  // "prep me for arkwright using my main resume": a job the person has, named bare, is a job wherever it is said.
  // (Said first: "the stack at Quillmark" is about the stack, not a name.)
  const known = byKnownName ? findKnownJob(said, context) : undefined;
  const first = (text: string) => text.toLowerCase().replace(article, '').split(/[\s,]+/)[0] ?? '';
  return known && first(said) === first(known) ? { job: known } : null;
}

/**
 * The `job` argument when the message names none: "it" when a job is in play, else a reply.
 *
 * @example
 * currentJob({ references: { last_job_id: '3f9a1c0b7d2e' }, history: [], allowedApps: [] }); // { job: 'it' }
 */
export function currentJob(context: PhrasingContext): JobReading {
  return jobInPlay(context.references) ? { job: 'it' } : { reply: noJob };
}

/** Whether a word or two is said in a job the thread listed or the person has (title or company, whole words). */
function namesKnownJob(name: string, context: PhrasingContext): boolean {
  const words = new RegExp(`(?:^|[^\\p{L}\\p{N}])${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}\\p{N}])`, 'u');
  // "the ML one" names the Machine Learning Engineer as well as a resume labelled "ml": the job keeps it.
  const initials = (title: string) => title.split(/[\s/()-]+/).filter(Boolean).map((word) => word[0]?.toLowerCase()).join('');
  const short = /^[a-z]{2,4}$/i.test(name) ? name.toLowerCase() : undefined;
  return knownJobs(context).some(({ title, company }) => words.test(`${title} ${company}`.toLowerCase()) || (short !== undefined && initials(title).includes(short)));
}

const isJobNoun = (noun: string | undefined): boolean =>
  noun === undefined || /^(?:one|job|posting|listing|role|position|opening)$/.test(noun);

/** "the Stripe one" → "Stripe", "the job at Acme" → "Acme", "Globex's posting" → "Globex". */
function nameOf(said: string, bare: boolean): string | undefined {
  let name = said.replace(/^["'“‘]|["'”’]$/g, '').trim();
  const lower = name.toLowerCase();
  const atCompany = nounAtCompany.exec(lower);
  const hadNoun = Boolean(atCompany) || trailingNoun.test(lower) || possessive.test(lower);
  if (!hadNoun && !bare) return undefined;
  if (atCompany?.groups?.company) name = name.slice(name.length - atCompany.groups.company.length);
  name = name.replace(new RegExp(article.source, 'i'), '');
  name = name.replace(new RegExp(trailingNoun.source, 'i'), '');
  const owner = possessive.exec(name.toLowerCase())?.groups?.company;
  if (owner) name = name.slice(0, owner.length);
  name = name.trim();
  if (!name || !words.test(name) || name.split(/\s+/).length > 6) return undefined;
  if (/^(?:one|job|jobs|it|that|this|them|new|saved|next)$/i.test(name)) return undefined;
  // "lisbon for the (interview)": a name never ends on the word that joins it to another.
  if (/\s(?:for|the|a|an|to|at|of|with|my|in|on|and|from)$/i.test(name)) return undefined;
  return name;
}

// (Positions count the last list shown in the thread: search results, or the saved jobs when they were listed last.)
const noResults =
  'Which job do you mean? Nothing is listed in this conversation to count from (a number counts the last list I showed you): search first (e.g. "find remote typescript jobs"), say "show my saved jobs" to count from those, or name the company.';
const noJob =
  'Which job do you mean? No job has come up in this conversation yet: name it (e.g. "the Stripe job"), or search first.';
