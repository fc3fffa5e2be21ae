import { z } from 'zod';
import { normaliseEmploymentType } from '../employment-type.ts';
import { htmlToPlainText, tidyPlainText } from '../html-to-plain-text.ts';
import { defineJobBoard, noVariables } from '../job-board.ts';
import type { JobSource } from '../job-source.ts';
import { parsePostedAt } from '../parse-posted-at.ts';
import { parseSalary, salaryFromRange } from '../parse-salary.ts';
import type { Salary } from '../../protocol/posting.ts';
import { selectPostings } from '../select-postings.ts';
import {
  boardUrl,
  companyNameFromSlug,
  getBoardJson,
  postingsFrom,
} from './board-response.ts';

export const ashbyOrigin = 'https://api.ashbyhq.com';

// GET /posting-api/job-board/{name}?includeCompensation=true: `{ apiVersion, jobs: [...] }`.
const ashbyResponse = z.object({ jobs: z.array(z.unknown()) });
const compensationComponent = z
  .object({
    compensationType: z.string().nullish(),
    interval: z.string().nullish(),
    currencyCode: z.string().nullish(),
    minValue: z.number().nullish(),
    maxValue: z.number().nullish(),
  })
  .loose();
const ashbyJob = z.object({
  id: z.string(),
  title: z.string(),
  department: z.string().nullish(),
  team: z.string().nullish(),
  employmentType: z.string().nullish(),
  location: z.string().nullish(),
  publishedAt: z.string().nullish(),
  isListed: z.boolean().nullish(),
  isRemote: z.boolean().nullish(),
  workplaceType: z.string().nullish(),
  secondaryLocations: z.array(z.object({ location: z.string().nullish() }).loose()).nullish(),
  jobUrl: z.string(),
  applyUrl: z.string().nullish(),
  descriptionHtml: z.string().nullish(),
  descriptionPlain: z.string().nullish(),
  compensation: z
    .object({
      compensationTierSummary: z.string().nullish(),
      scrapeableCompensationSalarySummary: z.string().nullish(),
      summaryComponents: z.array(compensationComponent).nullish(),
    })
    .loose()
    .nullish(),
});

type AshbyJob = z.infer<typeof ashbyJob>;

// Unlisted jobs are internal or hidden; the API shows them to integrations that ask.
const isUnlisted = (job: unknown) =>
  typeof job === 'object' && job !== null && (job as { isListed?: unknown }).isListed === false;

function ashbySalary(job: AshbyJob): Salary | null {
  const salary = job.compensation?.summaryComponents?.find(
    (component) => component.compensationType === 'Salary',
  );
  if (salary) {
    return salaryFromRange({
      min: salary.minValue,
      max: salary.maxValue,
      currency: salary.currencyCode,
      period: salary.interval,
    });
  }
  return parseSalary(job.compensation?.scrapeableCompensationSalarySummary);
}

/**
 * Every place the job lists: `location`, then each of `secondaryLocations` not named yet, joined
 * by "; " as Workable's and Workday's are, so a search in any of them finds it. Regression (session
 * 40, issue 21): a Berlin job with Leipzig as its second place was not found in Leipzig.
 */
function ashbyLocation(job: AshbyJob): string | null {
  const places: string[] = [];
  for (const place of [job.location, ...(job.secondaryLocations ?? []).map((secondary) => secondary.location)]) {
    const text = place?.trim();
    if (text && !places.some((named) => named.toLowerCase() === text.toLowerCase())) places.push(text);
  }
  return places.length > 0 ? places.join('; ') : null;
}

/** Ashby's own `workplaceType` other than remote (the remote flag says that), said as the posting's first line, so it outranks a "home office" line in the text. */
const workplaceLines: Readonly<Record<string, string>> = { Hybrid: 'Workplace: Hybrid.', OnSite: 'Workplace: On-site.' };

/**
 * The description with the board's stated workplace first. Regression (session 40, issue 21):
 * `workplaceType: "Hybrid"` with "Homeoffice-Anteil bis 80 %" in the text was shown and searched
 * as remote; what the employer set in Ashby is read before what the text says.
 */
function ashbyDescription(job: AshbyJob): string {
  const text = job.descriptionHtml ? htmlToPlainText(job.descriptionHtml) : tidyPlainText(job.descriptionPlain);
  const line = job.workplaceType ? workplaceLines[job.workplaceType] : undefined;
  return line ? `${line}\n\n${text}`.trim() : text;
}

function ashbyRemote(job: AshbyJob): boolean | null {
  if (typeof job.isRemote === 'boolean') return job.isRemote;
  if (job.workplaceType === 'Remote') return true;
  return job.workplaceType ? false : null;
}

/**
 * One employer's Ashby job board, with compensation. The salary comes from the structured
 * "Salary" component ("1 YEAR" intervals), falling back to the summary text. Unlisted jobs
 * are skipped; no company name or keyword search in the API.
 *
 * @example
 * const linear = createAshbySource({ board: 'linear' });
 */
export function createAshbySource({
  board,
  origin = ashbyOrigin,
}: {
  board: string;
  origin?: string;
}): JobSource {
  const label = 'Ashby';
  return {
    name: `ashby:${board}`,
    label: `Ashby (${board})`,
    kind: 'company',
    company: board,
    async search(query, context) {
      const url = boardUrl(origin, `/posting-api/job-board/${encodeURIComponent(board)}`, {
        includeCompensation: 'true',
      });
      const { jobs } = await getBoardJson(context, { url, source: label }, ashbyResponse);
      const listed = jobs.filter((job) => !isUnlisted(job));
      const postings = postingsFrom(label, listed, ashbyJob, (job) => ({
        title: job.title,
        company: companyNameFromSlug(board),
        location: ashbyLocation(job),
        remote: ashbyRemote(job),
        salary: ashbySalary(job),
        employment_type: normaliseEmploymentType(job.employmentType),
        posted_at: parsePostedAt(job.publishedAt),
        url: job.jobUrl,
        source: 'ashby',
        source_url: job.jobUrl,
        tags: [job.department, job.team].filter((tag): tag is string => Boolean(tag)),
        description: ashbyDescription(job),
      }));
      return selectPostings(
        postings,
        { ...query, company: undefined },
        { matchText: true, matchLocation: true },
      );
    },
  };
}

/** Ashby: one source per `ashby:COMPANY` entry in JOBPILOT_COMPANY_BOARDS. */
export const ashbyBoard = defineJobBoard({
  name: 'ashby',
  kind: 'company',
  settings: noVariables,
  create: ({ company, origin }) => createAshbySource({ board: company, origin }),
});
