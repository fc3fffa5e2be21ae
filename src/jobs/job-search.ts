import type { JobRecord, JobsRepository } from '../db/repositories/jobs.ts';
import type { HttpClient } from './http-client.ts';
import type { JobQuery, JobSource } from './job-source.ts';
import { describeSourceErrors, type SourceFailure, searchSources, sourcesForQuery } from './search-sources.ts';

export interface JobSearchQuery extends JobQuery {
  sort?: 'relevance' | 'recent' | undefined;
}

/** A search's answer: ranked jobs, the boards that failed, and whether it came from the index alone. */
export interface JobSearchAnswer {
  jobs: JobRecord[];
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
export function createJobSearch({ sources, http, jobs, timeoutMs }: JobSearchDependencies) {
  return async function search(query: JobSearchQuery, signal?: AbortSignal): Promise<JobSearchAnswer> {
    const asked = sourcesForQuery(sources, query);
    // Ask the boards for more than we show: the index ranks across all of them.
    const live = await searchSources(
      { ...query, limit: Math.max(query.limit, 20) },
      { sources: asked, http, timeoutMs, ...(signal ? { signal } : {}) },
    );
    await jobs.upsert(live.postings);
    const found = await jobs.search({
      text: query.text,
      location: query.location,
      remote: query.remote,
      company: query.company,
      limit: query.limit,
      sort: query.sort,
    });
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
      parts.push(describeSourceErrors(live));
    }
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
