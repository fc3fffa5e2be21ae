import type { JobRecord, JobsRepository } from '../db/repositories/jobs.ts';
import type { ResumesRepository } from '../db/repositories/resumes.ts';
import { prepareResume, scorePosting } from '../resume/match.ts';
import type { HttpClient } from './http-client.ts';
import type { JobQuery, JobSource } from './job-source.ts';
import { describeSourceErrors, type SourceFailure, searchSources, sourcesForQuery } from './search-sources.ts';

export interface JobSearchQuery extends JobQuery {
  /** `fit`: best matches to the active resume first (relevance when there is no resume). */
  sort?: 'relevance' | 'recent' | 'fit' | undefined;
}

/** A result, with how well the active resume fits it when there is one. */
export type RankedJob = JobRecord & { fit?: { score: number; missing: string[] } };

/** With `sort: fit`, this many times the limit are scored, then the best are kept. */
const fitPool = 3;

/** A search's answer: ranked jobs, the boards that failed, and whether it came from the index alone. */
export interface JobSearchAnswer {
  jobs: RankedJob[];
  errors: SourceFailure[];
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
    // Ask the boards for more than we show: the index ranks across all of them.
    const live = await searchSources(
      { ...query, limit: Math.max(query.limit, 20) },
      { sources: asked, http, timeoutMs, ...(signal ? { signal } : {}) },
    );
    await jobs.upsert(live.postings);
    const indexed = await jobs.search({
      text: query.text,
      location: query.location,
      remote: query.remote,
      company: query.company,
      limit: query.sort === 'fit' ? query.limit * fitPool : query.limit,
      sort: query.sort === 'recent' ? 'recent' : 'relevance',
    });
    const found = await withFitFor(resumes, indexed, query);
    const offline = asked.length > 0 && live.answered.length === 0;
    const freshness = offline || asked.length === 0 ? await jobs.freshness() : null;
    const parts: string[] = [];
    if (asked.length === 0) {
      parts.push(`${found.length} result${found.length === 1 ? '' : 's'} from the saved index (no job boards are enabled)`);
    } else if (offline) {
      parts.push(
        `No job board answered; ${found.length} result${found.length === 1 ? '' : 's'} from the saved index, last updated ${age(freshness?.newest ?? null)}`,
      );
    } else {
      // The boards' count, then what is shown: the index may add older matches, the limit may cut.
      parts.push(`${describeSourceErrors(live)}; ${found.length} shown, ranked with the saved index`);
    }
    if (query.sort === 'fit' && !found.some((job) => job.fit)) parts.push('(no resume yet, so not sorted by fit)');
    return {
      jobs: found,
      errors: live.errors,
      answered: live.answered,
      offline: offline ? { newest: freshness?.newest?.toISOString() ?? null } : null,
      note: parts.join(' '),
    };
  };
}

export type JobSearch = ReturnType<typeof createJobSearch>;

/**
 * Scores every result against the active resume (the resume side is prepared once, so a
 * whole page scores in about a millisecond) and, for `sort: fit`, orders by it.
 */
async function withFitFor(
  resumes: ResumesRepository | undefined,
  results: JobRecord[],
  query: JobSearchQuery,
): Promise<RankedJob[]> {
  const active = resumes && results.length > 0 ? await resumes.active() : null;
  if (!active) return results.slice(0, query.limit);
  const prepared = prepareResume(active.resume, { rawText: active.raw_text });
  const ranked: RankedJob[] = results.map((job) => {
    const match = scorePosting(prepared, job);
    return { ...job, fit: { score: match.score, missing: match.missing.slice(0, 5) } };
  });
  if (query.sort === 'fit') ranked.sort((a, b) => (b.fit?.score ?? 0) - (a.fit?.score ?? 0));
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
