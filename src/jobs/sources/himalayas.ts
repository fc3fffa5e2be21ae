import { z } from 'zod';
import { normaliseEmploymentType } from '../employment-type.ts';
import { htmlToPlainText } from '../html-to-plain-text.ts';
import { defineJobBoard, noVariables } from '../job-board.ts';
import type { JobSource } from '../job-source.ts';
import { parsePostedAt } from '../parse-posted-at.ts';
import { salaryFromRange } from '../parse-salary.ts';
import { selectPostings } from '../select-postings.ts';
import { boardUrl, getBoardJson, postingsFrom } from './board-response.ts';

export const himalayasOrigin = 'https://himalayas.app';

// GET /jobs/api (latest) and /jobs/api/search?q= (keywords): `{ jobs: [...], totalCount, … }`.
const himalayasResponse = z.object({ jobs: z.array(z.unknown()) });
// Older answers list countries as names, newer ones as objects with a name.
const country = z.union([z.string(), z.object({ name: z.string() }).loose()]);
const himalayasJob = z.object({
  title: z.string(),
  excerpt: z.string().nullish(),
  companyName: z.string(),
  employmentType: z.string().nullish(),
  minSalary: z.number().nullish(),
  maxSalary: z.number().nullish(),
  currency: z.string().nullish(),
  locationRestrictions: z.array(country).nullish(),
  categories: z.array(z.string()).nullish(),
  /** "Entry-level", "Mid-level", "Senior": kept as tags, where searches read a board's level. */
  seniority: z.array(z.string()).nullish(),
  description: z.string().nullish(),
  pubDate: z.union([z.number(), z.string()]).nullish(),
  applicationLink: z.string(),
  guid: z.string().nullish(),
});

const countryName = (entry: z.infer<typeof country>) =>
  typeof entry === 'string' ? entry : entry.name;

/**
 * Himalayas: remote jobs. Keywords (and a company named) go to its search endpoint, an
 * empty query lists the latest. Salaries are annual; `pubDate` is epoch (seconds in older answers, milliseconds
 * in newer ones); no location restriction means anywhere.
 *
 * @example
 * const himalayas = createHimalayasSource({ origin: 'http://127.0.0.1:9003' });
 */
export function createHimalayasSource({
  origin = himalayasOrigin,
}: { origin?: string } = {}): JobSource {
  const label = 'Himalayas';
  return {
    name: 'himalayas',
    label,
    kind: 'keyless',
    async search(query, context) {
      const keywords = [query.text.trim(), query.company].filter(Boolean).join(' ');
      const url = keywords
        ? boardUrl(origin, '/jobs/api/search', { q: keywords })
        : boardUrl(origin, '/jobs/api', { limit: query.limit });
      const { jobs } = await getBoardJson(context, { url, source: label }, himalayasResponse);
      const postings = postingsFrom(label, jobs, himalayasJob, (job) => {
        const countries = (job.locationRestrictions ?? []).map(countryName).filter(Boolean);
        const page = job.guid && /^https?:\/\//.test(job.guid) ? job.guid : job.applicationLink;
        return {
          title: job.title,
          company: job.companyName,
          location: countries.length > 0 ? countries.join(', ') : null,
          remote: true,
          salary: salaryFromRange({
            min: job.minSalary,
            max: job.maxSalary,
            currency: job.currency,
            period: 'year',
          }),
          employment_type: normaliseEmploymentType(job.employmentType),
          posted_at: parsePostedAt(job.pubDate),
          url: job.applicationLink,
          source: 'himalayas',
          source_url: page,
          tags: [...(job.categories ?? []), ...(job.seniority ?? [])],
          description: htmlToPlainText(job.description || job.excerpt),
        };
      });
      return selectPostings(postings, query, { matchText: false, matchLocation: true });
    },
  };
}

/** Himalayas: keyless, on unless JOBPILOT_JOB_SOURCES leaves it out. */
export const himalayasBoard = defineJobBoard({
  name: 'himalayas',
  kind: 'keyless',
  settings: noVariables,
  create: ({ origin }) => createHimalayasSource({ origin }),
});
