import { z } from 'zod';
import { normaliseEmploymentType } from '../employment-type.ts';
import { htmlToPlainText } from '../html-to-plain-text.ts';
import { defineJobBoard, noVariables } from '../job-board.ts';
import type { JobSource } from '../job-source.ts';
import { parsePostedAt } from '../parse-posted-at.ts';
import { parseSalary } from '../parse-salary.ts';
import { selectPostings } from '../select-postings.ts';
import { boardUrl, getBoardJson, postingsFrom } from './board-response.ts';

export const remotiveOrigin = 'https://remotive.com';

/**
 * Remotive's legal notice asks for a few calls a day: an answer is kept this long, so the
 * same search (an alert's, every morning) is one call however often it is asked.
 */
export const remotiveAnswerTtlMs = 6 * 60 * 60 * 1000;
/** Said when a kept answer is used again: "Remotive's answer from 08:14 reused: its terms allow a few calls a day". */
const remotiveCacheReason = 'its terms allow a few calls a day';

// GET /api/remote-jobs?search=…: `{ "0-legal-notice", "job-count", jobs: [...] }`.
const remotiveResponse = z.object({ jobs: z.array(z.unknown()) });
const remotiveJob = z.object({
  id: z.number(),
  url: z.string(),
  title: z.string(),
  company_name: z.string(),
  category: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
  job_type: z.string().nullish(),
  publication_date: z.string().nullish(),
  candidate_required_location: z.string().nullish(),
  salary: z.string().nullish(),
  description: z.string().nullish(),
});

/**
 * Remotive: remote jobs, searched server-side. Salary is free text; publication dates are
 * ISO without a zone (UTC); the location is the region candidates must live in.
 *
 * @example
 * const remotive = createRemotiveSource({ origin: 'http://127.0.0.1:9001' });
 */
export function createRemotiveSource({
  origin = remotiveOrigin,
}: { origin?: string } = {}): JobSource {
  const label = 'Remotive';
  return {
    name: 'remotive',
    label,
    kind: 'keyless',
    async search(query, context) {
      const url = boardUrl(origin, '/api/remote-jobs', {
        search: query.text,
        company_name: query.company,
        limit: query.limit,
      });
      const { jobs } = await getBoardJson(
        context,
        { url, source: label, cacheTtlMs: remotiveAnswerTtlMs, cacheReason: remotiveCacheReason },
        remotiveResponse,
      );
      const postings = postingsFrom(label, jobs, remotiveJob, (job) => ({
        title: job.title,
        company: job.company_name,
        location: job.candidate_required_location || null,
        remote: true,
        salary: parseSalary(job.salary),
        employment_type: normaliseEmploymentType(job.job_type),
        posted_at: parsePostedAt(job.publication_date),
        url: job.url,
        source: 'remotive',
        source_url: job.url,
        tags: job.tags ?? [],
        description: htmlToPlainText(job.description),
      }));
      return selectPostings(postings, query, { matchText: false, matchLocation: true });
    },
  };
}

/** Remotive: keyless, on unless JOBPILOT_JOB_SOURCES leaves it out. */
export const remotiveBoard = defineJobBoard({
  name: 'remotive',
  kind: 'keyless',
  settings: noVariables,
  create: ({ origin }) => createRemotiveSource({ origin }),
});
