import { z } from 'zod';
import { normaliseEmploymentType } from '../employment-type.ts';
import { htmlToPlainText } from '../html-to-plain-text.ts';
import { defineJobBoard, noVariables } from '../job-board.ts';
import type { JobSource } from '../job-source.ts';
import { parsePostedAt } from '../parse-posted-at.ts';
import { selectPostings } from '../select-postings.ts';
import { boardUrl, getBoardJson, postingsFrom } from './board-response.ts';

export const arbeitnowOrigin = 'https://www.arbeitnow.com';

// GET /api/job-board-api: `{ data: [...], links, meta }`, newest first, no keyword search.
const arbeitnowResponse = z.object({ data: z.array(z.unknown()) });
const arbeitnowJob = z.object({
  slug: z.string(),
  company_name: z.string(),
  title: z.string(),
  description: z.string().nullish(),
  remote: z.boolean().nullish(),
  url: z.string(),
  tags: z.array(z.string()).nullish(),
  job_types: z.array(z.string()).nullish(),
  location: z.string().nullish(),
  created_at: z.union([z.number(), z.string()]).nullish(),
});

/**
 * Arbeitnow: jobs in Europe (mostly Germany), from ATS feeds. The API has no keyword
 * search, so its first page is filtered here; `created_at` is in epoch seconds.
 *
 * @example
 * const arbeitnow = createArbeitnowSource();
 */
export function createArbeitnowSource({
  origin = arbeitnowOrigin,
}: { origin?: string } = {}): JobSource {
  const label = 'Arbeitnow';
  return {
    name: 'arbeitnow',
    label,
    kind: 'keyless',
    async search(query, context) {
      const url = boardUrl(origin, '/api/job-board-api');
      const { data } = await getBoardJson(context, { url, source: label }, arbeitnowResponse);
      const postings = postingsFrom(label, data, arbeitnowJob, (job) => ({
        title: job.title,
        company: job.company_name,
        location: job.location || null,
        remote: job.remote ?? null,
        salary: null,
        employment_type: normaliseEmploymentType(...(job.job_types ?? [])),
        posted_at: parsePostedAt(job.created_at),
        url: job.url,
        source: 'arbeitnow',
        source_url: job.url,
        tags: job.tags ?? [],
        description: htmlToPlainText(job.description),
      }));
      return selectPostings(postings, query, { matchText: true, matchLocation: true });
    },
  };
}

/** Arbeitnow: keyless, on unless JOBPILOT_JOB_SOURCES leaves it out. */
export const arbeitnowBoard = defineJobBoard({
  name: 'arbeitnow',
  kind: 'keyless',
  settings: noVariables,
  create: ({ origin }) => createArbeitnowSource({ origin }),
});
