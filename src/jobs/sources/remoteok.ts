import { z } from 'zod';
import { htmlToPlainText } from '../html-to-plain-text.ts';
import { defineJobBoard, noVariables } from '../job-board.ts';
import type { JobSource } from '../job-source.ts';
import { parsePostedAt } from '../parse-posted-at.ts';
import { salaryFromRange } from '../parse-salary.ts';
import { selectPostings } from '../select-postings.ts';
import { boardUrl, getBoardJson, postingsFrom } from './board-response.ts';

export const remoteOkOrigin = 'https://remoteok.com';

// GET /api: a bare array whose first element is the legal notice `{ last_updated, legal }`.
const remoteOkResponse = z.array(z.unknown());
const remoteOkJob = z.object({
  id: z.union([z.string(), z.number()]),
  epoch: z.number().nullish(),
  date: z.string().nullish(),
  company: z.string(),
  position: z.string(),
  tags: z.array(z.string()).nullish(),
  description: z.string().nullish(),
  location: z.string().nullish(),
  salary_min: z.number().nullish(),
  salary_max: z.number().nullish(),
  apply_url: z.string().nullish(),
  url: z.string(),
});

const isLegalNotice = (item: unknown) =>
  typeof item === 'object' && item !== null && 'legal' in item && !('position' in item);

/**
 * RemoteOK: remote jobs. Its terms ask API users to link back to the posting on RemoteOK
 * and to name it as the source, so `url` is RemoteOK's page, not the employer's form. The
 * API has no keyword search (filtered here); a salary of 0 means none was stated (USD).
 *
 * @example
 * const remoteOk = createRemoteOkSource();
 */
export function createRemoteOkSource({
  origin = remoteOkOrigin,
}: { origin?: string } = {}): JobSource {
  const label = 'RemoteOK';
  return {
    name: 'remoteok',
    label,
    kind: 'keyless',
    async search(query, context) {
      const url = boardUrl(origin, '/api');
      const items = await getBoardJson(context, { url, source: label }, remoteOkResponse);
      const jobs = items.filter((item) => !isLegalNotice(item));
      const postings = postingsFrom(label, jobs, remoteOkJob, (job) => ({
        title: job.position,
        company: job.company,
        location: job.location || null,
        remote: true,
        salary: salaryFromRange({
          min: job.salary_min,
          max: job.salary_max,
          currency: 'USD',
          period: 'year',
        }),
        employment_type: null,
        posted_at: parsePostedAt(job.date) ?? parsePostedAt(job.epoch),
        url: job.url,
        source: 'remoteok',
        source_url: job.url,
        tags: job.tags ?? [],
        description: htmlToPlainText(job.description),
      }));
      return selectPostings(postings, query, { matchText: true, matchLocation: true });
    },
  };
}

/** RemoteOK: keyless, on unless JOBPILOT_JOB_SOURCES leaves it out. */
export const remoteOkBoard = defineJobBoard({
  name: 'remoteok',
  kind: 'keyless',
  settings: noVariables,
  create: ({ origin }) => createRemoteOkSource({ origin }),
});
