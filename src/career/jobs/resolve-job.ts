import type { JobRecord, JobsRepository } from '../../db/repositories/jobs.ts';
import type { SavedJobsRepository } from '../../db/repositories/saved-jobs.ts';
import { normaliseCompany } from '../../jobs/dedupe-key.ts';
import { isKnownPlace } from '../../jobs/regions.ts';
import { agencyPosting } from '../../jobs/agency-posting.ts';

/** Thread references the job actions read and write. */
export const JOB_REFERENCES = {
  /** Comma-separated ids of the last search's results, in order (at most 50). */
  lastResults: 'last_job_ids',
  /** The job the conversation dealt with last. */
  lastJob: 'last_job_id',
} as const;

const ordinals: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  top: 1,
};
const pronoun = /^(?:it|that|this|that one|this one|the one|that job|this job|the job|the posting|that posting|this posting|same one|the same one|them)$/;
const filler = /\b(?:the|a|an|one|job|jobs|role|posting|position|opening|at|from|with|for|please|listing)\b/g;

export type Resolution = { ok: true; job: JobRecord } | { ok: false; error: string };

/** The ids of the thread's last results. */
export const lastResultIds = (references: Readonly<Record<string, string>>): string[] =>
  (references[JOB_REFERENCES.lastResults] ?? '').split(',').filter(Boolean);

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
  const phrase = reference.trim().toLowerCase().replace(/[.!?]+$/, '').replace(/\s+/g, ' ');
  const results = lastResultIds(context.references);
  const byId = await context.jobs.get(reference.trim());
  if (byId) return { ok: true, job: byId };

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
    const id = context.references[JOB_REFERENCES.lastJob] ?? (results.length === 1 ? results[0] : undefined);
    if (!id) {
      return { ok: false, error: 'No job has come up in this conversation yet; name one ("the second one", a company) or search first.' };
    }
    return found(await context.jobs.get(id), id);
  }

  // A company or title phrase, against the last results and the saved jobs.
  const candidates = dedupe([
    ...(await context.jobs.getMany(results)),
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
  // Regression (session 38): "the Antwerp planner job" wrote a letter for the Utrecht planner job of the last list.
  // A place the phrase names is part of the job meant: a job elsewhere is never it, however well its title fits.
  const places = wanted.split(' ').filter((word) => /^[a-z]{3,}$/.test(word) && isKnownPlace(word));
  const rank = (jobs: JobRecord[]) =>
    jobs
      .filter((job) => places.every((place) => isIn(job, place)))
      .map((job) => ({ job, score: matchScore(job, wanted) }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score);
  let scored = rank(candidates);
  // Not in this conversation's lists: the whole index ("the Acme Analytics job" imported last week).
  if (scored.length === 0) scored = rank(await context.jobs.search({ text: wanted, limit: 10 }));
  // (The index's full-text search wants every word; a job in the place named that fits the rest is found by its other words too.)
  if (scored.length === 0 && places.length > 0) {
    const others = wanted.split(' ').filter((word) => !places.includes(word)).join(' ');
    if (others) scored = rank(await context.jobs.search({ text: others, limit: 20 }));
  }
  const best = scored[0];
  if (!best) {
    const elsewhere = places.length > 0 ? ` (none of the jobs I know of is in ${places.map(capitalise).join(' or ')})` : '';
    return {
      ok: false,
      error: `No job in the last results, the saved jobs or the index matches "${reference}"${elsewhere}; use its number in the list, its id, or search for it.`,
    };
  }
  const tied = scored.filter((entry) => entry.score === best.score);
  // "the Drevona job" right after a list that shows one Drevona job (another saved long ago): the one listed,
  // else the one the conversation dealt with last.
  const listed = tied.filter((entry) => results.includes(entry.job.id));
  const settled = tied.length > 1 ? (listed.length === 1 ? listed[0] : tied.find((entry) => entry.job.id === context.references[JOB_REFERENCES.lastJob])) : undefined;
  if (settled) return { ok: true, job: settled.job };
  if (tied.length > 1) {
    const options = tied.slice(0, 5).map((entry) => `${entry.job.title} at ${entry.job.company} (${entry.job.id})`);
    return { ok: false, error: `"${reference}" could be any of: ${options.join('; ')}. Say which one.` };
  }
  return { ok: true, job: best.job };
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

function matchScore(job: JobRecord, wanted: string): number {
  const company = normaliseCompany(job.company);
  const title = job.title.toLowerCase();
  let score = 0;
  if (company && (wanted === company || wanted.includes(company) || company.includes(wanted))) score += 10;
  const words = wanted.split(' ').filter((word) => word.length > 1);
  for (const word of words) {
    if (company.split(' ').includes(word)) score += 3;
    const whole = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
    if (whole.test(title)) score += 2;
    // "the Osaka one": a job told apart by where it is, weaker than its company or title.
    if (job.location && whole.test(job.location.toLowerCase())) score += 1;
  }
  return score;
}

/**
 * Whether a job is in a place (its location, or its title: "Logistics Planner (Antwerp)"), by the word's start
 * ("antwerp" in "Antwerpen"); or whether the place word is its company's ("the Victoria job" at Victoria Plumbing).
 */
function isIn(job: JobRecord, place: string): boolean {
  const at = new RegExp(`\\b${place}`);
  return at.test(`${job.location ?? ''} ${job.title} ${job.company}`.toLowerCase());
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

const found = (job: JobRecord | null, id: string): Resolution =>
  job ? { ok: true, job } : { ok: false, error: `Job ${id} is no longer in the index.` };

const dedupe = (jobs: JobRecord[]) => [...new Map(jobs.map((job) => [job.id, job])).values()];
