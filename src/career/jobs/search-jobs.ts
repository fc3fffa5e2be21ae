import type { JobSearch } from '../../jobs/job-search.ts';
import type { JobSearchResponse, JobSeniority } from '../../protocol/api.ts';
import type { EmploymentType } from '../../protocol/posting.ts';
import { jobResponse } from './job-response.ts';

/** A search as people ask for it; unset filters are left out. */
export interface JobSearchRequest {
  text: string;
  limit: number;
  sort: 'relevance' | 'recent' | 'fit';
  location?: string | undefined;
  /** Only remote openings when true; false and unset both search everything. */
  remote?: boolean | undefined;
  company?: string | undefined;
  /** A yearly pay floor: only postings that state pay reaching it. */
  minSalary?: number | undefined;
  /** The floor's currency ("NOK"): pay in another currency is kept and said, never compared with it. */
  minSalaryCurrency?: string | undefined;
  /** Only titles at this level. */
  seniority?: JobSeniority | undefined;
  /** No titles at these levels ("non-senior"). */
  excludeSeniority?: readonly JobSeniority[] | undefined;
  /** Only this employment type ("part-time jobs"). */
  employmentType?: EmploymentType | undefined;
  /** None of these employment types ("no contract roles"). */
  excludeEmploymentTypes?: readonly EmploymentType[] | undefined;
  /** No recruitment agencies' postings ("direct employers only"). */
  excludeAgencies?: boolean | undefined;
}

/**
 * Live boards plus the index, answered in the API's shape (each job with its fit to the
 * active resume, the boards that failed, a note for people).
 *
 * @example
 * const answer = await searchJobs(dependencies.searchJobs, { text: 'typescript', limit: 10, sort: 'relevance' }, signal);
 */
export async function searchJobs(search: JobSearch, request: JobSearchRequest, signal: AbortSignal): Promise<JobSearchResponse> {
  const answer = await search(
    {
      text: request.text,
      limit: request.limit,
      sort: request.sort,
      ...(request.location ? { location: request.location } : {}),
      ...(request.remote ? { remote: true } : {}),
      ...(request.company ? { company: request.company } : {}),
      ...(request.minSalary !== undefined ? { minSalary: request.minSalary } : {}),
      ...(request.minSalary !== undefined && request.minSalaryCurrency ? { minSalaryCurrency: request.minSalaryCurrency } : {}),
      ...(request.seniority ? { seniority: request.seniority } : {}),
      ...(request.excludeSeniority?.length ? { excludeSeniority: request.excludeSeniority } : {}),
      ...(request.employmentType ? { employmentType: request.employmentType } : {}),
      ...(request.excludeEmploymentTypes?.length ? { excludeEmploymentTypes: request.excludeEmploymentTypes } : {}),
      ...(request.excludeAgencies ? { excludeAgencies: true } : {}),
    },
    signal,
  );
  return {
    jobs: answer.jobs.map((job) => ({ ...jobResponse(job), fit: job.fit ?? null })),
    errors: answer.errors.map(({ source, label, code, message }) => ({ source, label, code, message })),
    note: answer.note,
    offline: answer.offline,
  };
}
