import { z } from 'zod';
import { normaliseEmploymentType } from '../employment-type.ts';
import { tidyPlainText } from '../html-to-plain-text.ts';
import { inferRemote } from '../infer-remote.ts';
import { boardVariable, defineJobBoard } from '../job-board.ts';
import type { JobSource } from '../job-source.ts';
import { parsePostedAt } from '../parse-posted-at.ts';
import { parseSalary } from '../parse-salary.ts';
import { selectPostings } from '../select-postings.ts';
import { SourceError } from '../source-error.ts';
import { boardReason, boardUrl, getBoardJson, postingsFrom } from './board-response.ts';

export const serpApiOrigin = 'https://serpapi.com';

// GET /search.json?engine=google_jobs&q&api_key: `{ search_metadata, jobs_results }`, or
// `{ error }` (also with HTTP 200 when Google simply found nothing).
const serpApiResponse = z.object({
  jobs_results: z.array(z.unknown()).nullish(),
  error: z.string().nullish(),
});
const serpApiJob = z.object({
  title: z.string(),
  company_name: z.string(),
  location: z.string().nullish(),
  description: z.string().nullish(),
  share_link: z.string().nullish(),
  job_id: z.string().nullish(),
  extensions: z.array(z.string()).nullish(),
  detected_extensions: z
    .object({
      posted_at: z.string().nullish(),
      schedule_type: z.string().nullish(),
      salary: z.string().nullish(),
      work_from_home: z.boolean().nullish(),
    })
    .loose()
    .nullish(),
  apply_options: z
    .array(z.object({ title: z.string().nullish(), link: z.string() }).loose())
    .nullish(),
});

const noResults = /hasn't returned any results/i;

/**
 * Google Jobs through SerpAPI (needs `api_key`). Dates are relative text ("3 days ago",
 * read against `now`), salary is free text ("120K–150K a year"); the link is the first
 * apply option, else Google's share link.
 *
 * @example
 * const serpApi = createSerpApiSource({ apiKey: 'key' });
 */
export function createSerpApiSource({
  apiKey,
  origin = serpApiOrigin,
  now = Date.now,
}: {
  apiKey: string;
  origin?: string;
  now?: () => number;
}): JobSource {
  const label = 'SerpAPI';
  return {
    name: 'serpapi',
    label,
    kind: 'keyed',
    async search(query, context) {
      const url = boardUrl(origin, '/search.json', {
        engine: 'google_jobs',
        q: [query.text, query.company].filter(Boolean).join(' ') || 'jobs',
        location: query.location,
        ltype: query.remote ? 1 : undefined,
        api_key: apiKey,
      });
      const body = await getBoardJson(context, { url, source: label }, serpApiResponse);
      if (!body.jobs_results) {
        if (body.error && noResults.test(body.error)) return [];
        const reason = boardReason(body.error ?? 'no jobs_results');
        throw new SourceError(
          'BOARD_ERROR',
          `${label} answered with an error: ${reason}.`,
        );
      }
      const askedAt = now();
      const postings = postingsFrom(label, body.jobs_results, serpApiJob, (job) => {
        const link = job.apply_options?.[0]?.link ?? job.share_link ?? '';
        const extensions = job.detected_extensions;
        return {
          title: job.title,
          company: job.company_name,
          location: job.location?.trim() || null,
          remote: extensions?.work_from_home === true ? true : inferRemote(job.location),
          salary: parseSalary(extensions?.salary),
          employment_type: normaliseEmploymentType(extensions?.schedule_type),
          posted_at: parsePostedAt(extensions?.posted_at, askedAt),
          url: link,
          source: 'serpapi',
          source_url: job.share_link || link,
          tags: [],
          description: tidyPlainText(job.description),
        };
      });
      return selectPostings(postings, query, { matchText: false, matchLocation: false });
    },
  };
}

/** SerpAPI: on once SERPAPI_API_KEY is set. */
export const serpApiBoard = defineJobBoard({
  name: 'serpapi',
  kind: 'keyed',
  needs: 'SERPAPI_API_KEY',
  settings: z
    .object({ SERPAPI_API_KEY: boardVariable })
    .transform(({ SERPAPI_API_KEY: apiKey }) => (apiKey ? { apiKey } : undefined)),
  create: ({ apiKey, origin }, { now }) => createSerpApiSource({ apiKey, origin, now }),
});
