import { z } from 'zod';
import { normaliseEmploymentType } from '../employment-type.ts';
import { tidyPlainText } from '../html-to-plain-text.ts';
import { boardVariable, defineJobBoard } from '../job-board.ts';
import type { JobSource } from '../job-source.ts';
import { parsePostedAt } from '../parse-posted-at.ts';
import { salaryFromRange } from '../parse-salary.ts';
import { selectPostings } from '../select-postings.ts';
import { SourceError } from '../source-error.ts';
import { boardReason, boardUrl, getBoardJson, postingsFrom } from './board-response.ts';

export const jsearchOrigin = 'https://jsearch.p.rapidapi.com';
const rapidApiHost = 'jsearch.p.rapidapi.com';

// GET /search?query=… with X-RapidAPI-Key: `{ status: "OK", request_id, parameters, data }`.
const jsearchResponse = z.object({
  status: z.string().nullish(),
  data: z.array(z.unknown()).nullish(),
  error: z.object({ message: z.string().nullish() }).loose().nullish(),
});
const jsearchJob = z.object({
  job_id: z.string(),
  employer_name: z.string().min(1),
  job_publisher: z.string().nullish(),
  job_employment_type: z.string().nullish(),
  job_title: z.string(),
  job_apply_link: z.string(),
  job_description: z.string().nullish(),
  job_is_remote: z.boolean().nullish(),
  job_posted_at_timestamp: z.number().nullish(),
  job_posted_at_datetime_utc: z.string().nullish(),
  job_location: z.string().nullish(),
  job_city: z.string().nullish(),
  job_state: z.string().nullish(),
  job_country: z.string().nullish(),
  job_google_link: z.string().nullish(),
  job_min_salary: z.number().nullish(),
  job_max_salary: z.number().nullish(),
  job_salary_currency: z.string().nullish(),
  job_salary_period: z.string().nullish(),
  job_required_skills: z.array(z.string()).nullish(),
});

/**
 * JSearch on RapidAPI (needs `X-RapidAPI-Key`): Google for Jobs results as JSON. The
 * location goes into the query text ("rust developer in Berlin"), as JSearch expects;
 * descriptions are plain text.
 *
 * @example
 * const jsearch = createJSearchSource({ apiKey: 'key' });
 */
export function createJSearchSource({
  apiKey,
  origin = jsearchOrigin,
}: {
  apiKey: string;
  origin?: string;
}): JobSource {
  const label = 'JSearch';
  return {
    name: 'jsearch',
    label,
    kind: 'keyed',
    async search(query, context) {
      const text = [query.text, query.company].filter(Boolean).join(' ') || 'jobs';
      const url = boardUrl(origin, '/search', {
        query: query.location ? `${text} in ${query.location}` : text,
        page: 1,
        num_pages: 1,
        work_from_home: query.remote ? 'true' : undefined,
      });
      const headers = { 'X-RapidAPI-Key': apiKey, 'X-RapidAPI-Host': rapidApiHost };
      const body = await getBoardJson(context, { url, source: label, headers }, jsearchResponse);
      if (body.status === 'ERROR' || !body.data) {
        const reason = boardReason(body.error?.message ?? `status ${body.status ?? 'missing'}`);
        throw new SourceError(
          'BOARD_ERROR',
          `${label} answered with an error: ${reason}.`,
        );
      }
      const postings = postingsFrom(label, body.data, jsearchJob, (job) => {
        const place = [job.job_city, job.job_state, job.job_country].filter(Boolean).join(', ');
        return {
          title: job.job_title,
          company: job.employer_name,
          location: job.job_location || place || null,
          remote: job.job_is_remote ?? null,
          salary: salaryFromRange({
            min: job.job_min_salary,
            max: job.job_max_salary,
            currency: job.job_salary_currency,
            period: job.job_salary_period,
          }),
          employment_type: normaliseEmploymentType(job.job_employment_type),
          posted_at:
            parsePostedAt(job.job_posted_at_datetime_utc) ??
            parsePostedAt(job.job_posted_at_timestamp),
          url: job.job_apply_link,
          source: 'jsearch',
          source_url: job.job_google_link || job.job_apply_link,
          tags: job.job_required_skills ?? [],
          description: tidyPlainText(job.job_description),
        };
      });
      return selectPostings(postings, query, { matchText: false, matchLocation: false });
    },
  };
}

/** JSearch: on once JSEARCH_API_KEY is set. */
export const jsearchBoard = defineJobBoard({
  name: 'jsearch',
  kind: 'keyed',
  needs: 'JSEARCH_API_KEY',
  settings: z
    .object({ JSEARCH_API_KEY: boardVariable })
    .transform(({ JSEARCH_API_KEY: apiKey }) => (apiKey ? { apiKey } : undefined)),
  create: ({ apiKey, origin }) => createJSearchSource({ apiKey, origin }),
});
