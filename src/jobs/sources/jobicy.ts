import { z } from 'zod';
import { normaliseEmploymentType } from '../employment-type.ts';
import { htmlToPlainText } from '../html-to-plain-text.ts';
import { defineJobBoard, noVariables } from '../job-board.ts';
import type { JobSource } from '../job-source.ts';
import { parsePostedAt } from '../parse-posted-at.ts';
import { salaryFromRange } from '../parse-salary.ts';
import { selectPostings } from '../select-postings.ts';
import { boardUrl, getBoardJson, postingsFrom } from './board-response.ts';

export const jobicyOrigin = 'https://jobicy.com';

/**
 * Jobicy asks that its feed be read "a few times daily": every search shares one read of the
 * latest 50 postings, kept this long, and filters it here.
 */
export const jobicyFeedTtlMs = 3 * 60 * 60 * 1000;

// GET /api/v2/remote-jobs?count=50: `{ apiVersion, friendlyNotice, jobCount, lastUpdate,
// jobs: [...] }`; salary bounds arrive as strings or numbers, pubDate is UTC without a zone.
const jobicyResponse = z.object({ jobs: z.array(z.unknown()) });
const amount = z.union([z.string(), z.number()]).nullish();
const jobicyJob = z.object({
  id: z.number(),
  url: z.string(),
  jobTitle: z.string(),
  companyName: z.string(),
  jobIndustry: z.array(z.string()).nullish(),
  jobType: z.array(z.string()).nullish(),
  jobGeo: z.string().nullish(),
  jobLevel: z.string().nullish(),
  jobDescription: z.string().nullish(),
  jobExcerpt: z.string().nullish(),
  pubDate: z.string().nullish(),
  annualSalaryMin: amount,
  annualSalaryMax: amount,
  salaryCurrency: z.string().nullish(),
});

/**
 * Jobicy: remote jobs. One shared, long-cached read of the feed serves every search (its
 * terms ask for a few calls a day); postings link back to their page on Jobicy, which
 * credits Jobicy as the source. `jobGeo` is where candidates may live ("Anywhere", "USA").
 *
 * @example
 * const jobicy = createJobicySource({ origin: 'http://127.0.0.1:9001' });
 */
export function createJobicySource({ origin = jobicyOrigin }: { origin?: string } = {}): JobSource {
  const label = 'Jobicy';
  return {
    name: 'jobicy',
    label,
    kind: 'keyless',
    async search(query, context) {
      const url = boardUrl(origin, '/api/v2/remote-jobs', { count: 50 });
      const { jobs } = await getBoardJson(
        context,
        { url, source: label, cacheTtlMs: jobicyFeedTtlMs, cacheReason: 'its terms ask that the feed be read a few times a day' },
        jobicyResponse,
      );
      const postings = postingsFrom(label, jobs, jobicyJob, (job) => ({
        title: htmlToPlainText(job.jobTitle),
        company: htmlToPlainText(job.companyName),
        location: job.jobGeo || null,
        remote: true,
        salary: salaryFromRange({
          min: job.annualSalaryMin,
          max: job.annualSalaryMax,
          currency: job.salaryCurrency,
          period: 'year',
        }),
        employment_type: normaliseEmploymentType(...(job.jobType ?? [])),
        posted_at: parsePostedAt(job.pubDate),
        url: job.url,
        source: 'jobicy',
        source_url: job.url,
        tags: [...(job.jobIndustry ?? []), ...(job.jobLevel && job.jobLevel !== 'Any' ? [job.jobLevel] : [])].map(
          (tag) => htmlToPlainText(tag),
        ),
        description: htmlToPlainText(job.jobDescription || job.jobExcerpt),
      }));
      return selectPostings(postings, query, { matchText: true, matchLocation: true });
    },
  };
}

/** Jobicy: keyless, on unless JOBPILOT_JOB_SOURCES leaves it out. */
export const jobicyBoard = defineJobBoard({
  name: 'jobicy',
  kind: 'keyless',
  settings: noVariables,
  create: ({ origin }) => createJobicySource({ origin }),
});
