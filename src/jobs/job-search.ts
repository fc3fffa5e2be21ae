import type { JobRecord, JobsRepository, StoredForm } from '../db/repositories/jobs.ts';
import { postingOf } from './match-posting.ts';
import type { ResumesRepository } from '../db/repositories/resumes.ts';
import {
  type PreparedPosting,
  preparedFormVersion,
  prepareResume,
  preparePosting,
  readPreparedForm,
  scorePosting,
  writePreparedForm,
} from '../resume/match.ts';
import { loadSkillVocabulary } from '../resume/skill-vocabulary.ts';
import type { HttpClient } from './http-client.ts';
import type { JobQuery, JobSource } from './job-source.ts';
import { statedEmploymentType } from './employment-terms.ts';
import { agencyPosting } from './agency-posting.ts';
import { meetsSalaryFloor, meetsSeniority } from './posting-constraints.ts';
import { postingLevel } from './board-level.ts';
import { placePatterns } from './regions.ts';
import { statedSalary } from './salary-in-text.ts';
import { remoteAsStated } from './work-arrangement.ts';
import { withoutSeniorityWords } from './seniority-words.ts';
import { boardIsNamed, describeSourceErrors, type ReusedBoardAnswer, type SourceFailure, searchSources, sourcesForQuery } from './search-sources.ts';
import { companyNames } from '../db/repositories/company-names.ts';

export interface JobSearchQuery extends JobQuery {
  /** `fit`: best matches to the active resume first (relevance when there is no resume). */
  sort?: 'relevance' | 'recent' | 'fit' | undefined;
  /** Asked for afresh (an alert's manual run): boards are asked again unless their terms keep an answer. */
  fresh?: boolean | undefined;
}

/** A result, with how well the active resume fits it when there is one. */
export type RankedJob = JobRecord & { fit?: { score: number; missing: string[]; scored: boolean; knock_outs: string[] } };

// A posting with no score ranks after every scored one.
const fitRank = (job: RankedJob) => (job.fit && job.fit.scored ? job.fit.score : -1);

/** With `sort: fit`, this many times the limit are scored, then the best are kept. */
const fitPool = 3;
/** Failures that mean the board was never reached: the network, or no answer in time. */
const unreachableCodes: ReadonlySet<string> = new Set(['NETWORK', 'TIMEOUT']);
/** With a level or pay floor to check, the index is asked for this many candidates at least. */
const constrainedPool = 200;

/** A search's answer: ranked jobs, the boards that failed, and whether it came from the index alone. */
export interface JobSearchAnswer {
  jobs: RankedJob[];
  errors: SourceFailure[];
  /** Boards whose answer was kept from an earlier call (their terms ask for few calls), not asked again. */
  reused: ReusedBoardAnswer[];
  /** Labels of the boards that answered. */
  answered: string[];
  /** Set when no board answered: the results are the saved index, this old. */
  offline: { newest: string | null } | null;
  /** One line for people: "14 results from 3 sources; Himalayas did not answer." */
  note: string;
}

export interface JobSearchDependencies {
  sources: readonly JobSource[];
  http: HttpClient;
  jobs: JobsRepository;
  /** When given and a resume exists, every result carries its fit score. */
  resumes?: ResumesRepository;
  timeoutMs: number;
}

/**
 * Live search across the enabled boards plus the local index: the boards' postings go
 * into the index (merged with what it has), then the index answers, ranked, so a search
 * always covers both, and works offline.
 *
 * @example
 * const search = createJobSearch({ sources, http, jobs, timeoutMs: 8000 });
 * const { jobs, note } = await search({ text: 'typescript', remote: true, limit: 10 }, signal);
 */
export function createJobSearch({ sources, http, jobs, resumes, timeoutMs }: JobSearchDependencies) {
  return async function search(query: JobSearchQuery, signal?: AbortSignal): Promise<JobSearchAnswer> {
    const asked = sourcesForQuery(sources, query);
    // The title's level is checked, so the level's own words need not occur in the posting.
    const text = query.seniority ? withoutSeniorityWords(query.text, query.seniority) : query.text;
    // Ask the boards for more than we show: the index ranks across all of them.
    const { fresh, sort: _sort, minSalary: _floor, minSalaryCurrency: _currency, ...unfloored } = query;
    // A floor said in a currency is compared after, posting by posting, so what is under it is counted and said.
    const boardQuery = query.minSalary === undefined || query.minSalaryCurrency ? unfloored : { ...unfloored, minSalary: query.minSalary };
    const live = await searchSources(
      { ...boardQuery, text, limit: Math.max(query.limit, 20) },
      { sources: asked, http, timeoutMs, ...(signal ? { signal } : {}), ...(fresh ? { fresh } : {}) },
    );
    await jobs.upsert(live.postings);
    const constrained =
      query.seniority !== undefined ||
      query.minSalary !== undefined ||
      query.employmentType !== undefined ||
      (query.excludeSeniority?.length ?? 0) > 0 ||
      (query.excludeEmploymentTypes?.length ?? 0) > 0 ||
      query.excludeAgencies === true;
    const wanted = query.sort === 'fit' ? query.limit * fitPool : query.limit;
    const indexQuery = {
      text,
      location: query.location,
      locationPatterns: query.location ? placePatterns(query.location) : undefined,
      remote: query.remote,
      company: query.company,
      // A floor said in a currency is compared here, posting by posting (the index compares bare numbers): pay in
      // another currency is kept and said, pay below it counted.
      minSalary: query.minSalaryCurrency ? undefined : query.minSalary,
      employmentTypes: query.employmentType ? [query.employmentType] : undefined,
      limit: constrained ? Math.max(wanted, constrainedPool) : wanted,
      sort: query.sort === 'recent' ? 'recent' : 'relevance',
    } as const;
    // With resumes to score against, each result's stored side of the fit score comes with it (one statement).
    const formsVersion = preparedFormVersion(loadSkillVocabulary());
    const { jobs: candidates, forms } = resumes
      ? await jobs.searchWithForms(indexQuery, formsVersion)
      : { jobs: await jobs.search(indexQuery), forms: new Map<string, StoredForm>() };
    const { kept, unstated, excluded, otherCurrencies } = meetingConstraints(candidates, query);
    const found = await withFitFor({ resumes, jobs }, kept.slice(0, wanted), query, { version: formsVersion, forms });
    const offline = asked.length > 0 && live.answered.length === 0;
    const freshness = offline || asked.length === 0 ? await jobs.freshness() : null;
    const parts: string[] = [];
    const results = `${found.length} result${found.length === 1 ? '' : 's'}`;
    const onlyCompanyBoards = sources.length > 0 && sources.every((source) => source.kind === 'company');
    const named = query.company ? companyNames(query.company) : [];
    if (onlyCompanyBoards && found.length === 0 && named.length > 0 && !named.some((name) => sources.some((source) => boardIsNamed(source, name)))) {
      // Only company boards are enabled, none is this employer's by its account, and none listed it by name.
      const accounts = sources.map((source) => source.company ?? source.label);
      parts.push(`${results} (none of your job boards is ${query.company}'s: your company boards are ${accounts.join(', ')}, and none of them lists ${query.company})`);
    } else if (asked.length === 0) {
      parts.push(`${results} from the saved index (no job boards are enabled)`);
    } else if (offline) {
      // Said first: when the network is down, fewer words would not help.
      const fromIndex = `${found.length === 0 ? 'nothing matched in' : found.length === 1 ? 'this one is from' : `these ${found.length} are from`} your saved index, last updated ${age(freshness?.newest ?? null)}`;
      const unreachable = live.errors.every((error) => unreachableCodes.has(error.code));
      parts.push(
        unreachable
          ? `The job boards could not be reached (network down?); ${fromIndex}`
          : `No job board answered (${describeSourceErrors(live)}); ${fromIndex}`,
      );
    } else {
      // The boards' count, then what is shown: the index may add older matches, the limit may cut.
      // Regression (session 41): "1 result from 1 source; 3 shown, ranked with the saved index" read as a contradiction:
      // what is shown is said first, split into what the boards just sent and what was found before.
      const justSent = new Set(live.postings.map((posting) => posting.id));
      const fresh = found.filter((job) => justSent.has(job.id)).length;
      const before = found.length - fresh;
      const split = before === 0 ? '' : fresh === 0 ? `: all from jobs found before` : `: ${fresh} from the boards just now, ${before} from jobs found before`;
      parts.push(`${found.length} job${found.length === 1 ? '' : 's'} shown${split} (${describeSourceErrors(live)})`);
    }
    if (excluded.belowFloor > 0) {
      parts.push(`left out ${excluded.belowFloor} paying under ${query.minSalaryCurrency} ${(query.minSalary ?? 0).toLocaleString('en-US')} a year`);
    }
    // Among the jobs shown (a list cut to its limit may show fewer): pay in another currency is never compared with the floor.
    const shownCurrencies = [...otherCurrencies.keys()].filter((currency) => found.some((job) => statedSalary(job)?.currency?.toUpperCase() === currency));
    if (query.minSalaryCurrency && shownCurrencies.length > 0) {
      const count = found.filter((job) => shownCurrencies.includes(statedSalary(job)?.currency?.toUpperCase() ?? '')).length;
      parts.push(
        `kept ${count} paying in ${shownCurrencies.join(' or ')}, not compared with your ${query.minSalaryCurrency} floor (I don't convert currencies: check ${count === 1 ? 'its' : 'their'} pay yourself)`,
      );
    }
    if (unstated.salary > 0) {
      parts.push(`left out ${unstated.salary} that state${unstated.salary === 1 ? 's' : ''} no salary`);
    }
    if (unstated.level > 0) {
      parts.push(`left out ${unstated.level} whose title names no level`);
    }
    if (unstated.type > 0) {
      parts.push(`left out ${unstated.type} that state${unstated.type === 1 ? 's' : ''} no employment type`);
    }
    if (excluded.level > 0) {
      parts.push(`left out ${excluded.level} ${levelsInWords(query.excludeSeniority ?? [])} role${excluded.level === 1 ? '' : 's'}`);
    }
    if (excluded.type > 0) {
      parts.push(`left out ${excluded.type} ${typesInWords(query.excludeEmploymentTypes ?? [])} role${excluded.type === 1 ? '' : 's'}`);
    }
    if (excluded.agency > 0) {
      parts.push(`left out ${excluded.agency} recruitment agenc${excluded.agency === 1 ? "y's posting" : "ies' postings"}`);
    }
    // Only a list shown without any fit says there is no resume to score with; an empty list says nothing of the resume.
    if (query.sort === 'fit' && found.length > 0 && !found.some((job) => job.fit)) parts.push('no resume yet, so not sorted by fit');
    return {
      jobs: found,
      errors: live.errors,
      reused: live.reused,
      answered: live.answered,
      offline: offline ? { newest: freshness?.newest?.toISOString() ?? null } : null,
      note: parts.join('; '),
    };
  };
}

export type JobSearch = ReturnType<typeof createJobSearch>;

/** "senior or lead": the levels a search left out, for its note. */
const levelsInWords = (levels: readonly string[]): string => levels.join(' or ');
/** "contract or temporary": the employment types a search left out, for its note. */
const typesInWords = (types: readonly string[]): string => types.map((type) => type.replace(/_/g, '-')).join(' or ');

type Constraints = Pick<JobQuery, 'seniority' | 'minSalary' | 'minSalaryCurrency' | 'remote' | 'excludeSeniority' | 'employmentType' | 'excludeEmploymentTypes' | 'excludeAgencies'>;

/**
 * The index's candidates that meet the level, pay floor and employment type asked for, and how
 * many were left out because they do not say (no level in the title, no salary or type stated):
 * a search "paying over 100k" shows only postings known to pay it, and the note says how many
 * others could not be told. Exclusions ("non-senior", "no contract roles") leave out only what
 * is known to be that level or type, and are counted for the note. Remote means remote as the
 * posting says; pay and type stated only in the text count, also for postings stored before
 * their text was read. "No agencies" leaves out what reads as a recruitment agency's posting.
 */
function meetingConstraints(
  candidates: readonly JobRecord[],
  { seniority, minSalary, minSalaryCurrency, remote, excludeSeniority = [], employmentType, excludeEmploymentTypes = [], excludeAgencies = false }: Constraints,
): {
  kept: JobRecord[];
  unstated: { salary: number; level: number; type: number };
  excluded: { level: number; type: number; agency: number; belowFloor: number };
  /** The currencies of the postings kept because they pay in another currency than the floor's, each with how many. */
  otherCurrencies: Map<string, number>;
} {
  const unstated = { salary: 0, level: 0, type: 0 };
  const excluded = { level: 0, type: 0, agency: 0, belowFloor: 0 };
  const otherCurrencies = new Map<string, number>();
  const kept = candidates.filter((job) => {
    if (remote && remoteAsStated(job) !== true) return false;
    if (excludeAgencies && agencyPosting(job) !== null) {
      excluded.agency += 1;
      return false;
    }
    const level = seniority === undefined ? 'yes' : meetsSeniority(job, seniority);
    if (level === 'no') return false;
    const salary = minSalary === undefined ? null : statedSalary(job);
    const verdict = minSalary === undefined ? 'yes' : meetsSalaryFloor(salary, minSalary, minSalaryCurrency);
    if (verdict === 'no') {
      // (Counted when the floor's currency is known: the index did not compare it, so every one below it is here.)
      if (minSalaryCurrency) excluded.belowFloor += 1;
      return false;
    }
    const pay = verdict === 'other currency' ? 'yes' : verdict;
    const stated = employmentType === undefined && excludeEmploymentTypes.length === 0 ? null : statedEmploymentType(job);
    const type = employmentType === undefined ? 'yes' : stated === null ? 'unknown' : stated === employmentType ? 'yes' : 'no';
    if (type === 'no') return false;
    const jobLevel = excludeSeniority.length > 0 ? postingLevel(job) : undefined;
    if (jobLevel && excludeSeniority.includes(jobLevel)) {
      excluded.level += 1;
      return false;
    }
    if (stated && excludeEmploymentTypes.includes(stated)) {
      excluded.type += 1;
      return false;
    }
    if (level === 'unknown') unstated.level += 1;
    else if (pay === 'unknown') unstated.salary += 1;
    else if (type === 'unknown') unstated.type += 1;
    const shown = level === 'yes' && pay === 'yes' && type === 'yes';
    const currency = salary?.currency?.toUpperCase();
    if (shown && verdict === 'other currency' && currency) otherCurrencies.set(currency, (otherCurrencies.get(currency) ?? 0) + 1);
    return shown;
  });
  return { kept, unstated, excluded, otherCurrencies };
}

/**
 * Scores every result against the active resume (the resume side prepared once a search, each
 * posting's side read from the form stored with it) and, for `sort: fit`, orders by it. A posting
 * with no current form (stored before migration 0018, or by an older matcher) is prepared and its
 * form written back, so the next search reads it.
 */
async function withFitFor(
  { resumes, jobs }: { resumes: ResumesRepository | undefined; jobs: JobsRepository },
  results: JobRecord[],
  query: JobSearchQuery,
  stored: { version: string; forms: ReadonlyMap<string, StoredForm> },
): Promise<RankedJob[]> {
  const active = resumes && results.length > 0 ? await resumes.active() : null;
  if (!active) return results.slice(0, query.limit);
  const resume = prepareResume(active.resume, { rawText: active.raw_text });
  // The forms were read for the shipped vocabulary, which is the resume's unless a caller gave another.
  const current = preparedFormVersion(resume.vocabulary) === stored.version;
  const prepared: { id: string; digest: string; prepared: string }[] = [];
  const postingSide = (job: JobRecord): PreparedPosting => {
    const form = current ? stored.forms.get(job.id) : undefined;
    if (form?.prepared) return readPreparedForm(form.prepared);
    const fresh = preparePosting(postingOf(job), resume.vocabulary);
    if (form) prepared.push({ id: job.id, digest: form.digest, prepared: writePreparedForm(fresh) });
    return fresh;
  };
  const ranked: RankedJob[] = results.map((job) => {
    const match = scorePosting(resume, postingSide(job));
    return { ...job, fit: { score: match.score, missing: match.missing.slice(0, 5), scored: match.scored, knock_outs: match.knockOuts } };
  });
  // Not a reason to fail the search: a form not written is prepared again when next shown.
  if (prepared.length > 0) await jobs.storePrepared(prepared, stored.version).catch(() => {});
  // A posting with no score cannot be ranked by fit: it follows the scored ones, said "not scored".
  if (query.sort === 'fit') ranked.sort((a, b) => fitRank(b) - fitRank(a));
  return ranked.slice(0, query.limit);
}

/** "3 hours ago", "2 days ago", or "never" for an empty index. */
export function age(date: Date | null, now = Date.now()): string {
  if (!date) return 'never (the index is empty)';
  const minutes = Math.max(0, Math.round((now - date.getTime()) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  const days = Math.round(hours / 24);
  return `${days} days ago`;
}
