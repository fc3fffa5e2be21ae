import { z } from 'zod';
import { normaliseEmploymentType } from '../employment-type.ts';
import { htmlToPlainText } from '../html-to-plain-text.ts';
import { inferRemote } from '../infer-remote.ts';
import { defineJobBoard, noVariables } from '../job-board.ts';
import type { JobSource } from '../job-source.ts';
import { parsePostedAt } from '../parse-posted-at.ts';
import { selectPostings } from '../select-postings.ts';
import { boardUrl, companyNameFromSlug, getBoardJson, postingsFrom } from './board-response.ts';

export const workableOrigin = 'https://apply.workable.com';

/** The posting on the account's Workable careers page: the link the still-open check reads. */
export const workableJobPage = (account: string, shortcode: string) =>
  `https://apply.workable.com/${encodeURIComponent(account)}/j/${encodeURIComponent(shortcode)}/`;

// GET /api/v1/widget/accounts/{account}?details=true: `{ name, description, jobs: [...] }`.
const workableResponse = z.object({ name: z.string().nullish(), jobs: z.array(z.unknown()) });
const workableJob = z.object({
  title: z.string(),
  shortcode: z.string(),
  employment_type: z.string().nullish(),
  telecommuting: z.boolean().nullish(),
  department: z.string().nullish(),
  /** "Mid-Senior level", "Entry level": kept as a tag, where searches read a board's level. */
  experience: z.string().nullish(),
  url: z.string(),
  shortlink: z.string().nullish(),
  application_url: z.string().nullish(),
  published_on: z.string().nullish(),
  created_at: z.string().nullish(),
  country: z.string().nullish(),
  city: z.string().nullish(),
  state: z.string().nullish(),
  function: z.string().nullish(),
  description: z.string().nullish(),
  locations: z
    .array(z.object({ country: z.string().nullish(), city: z.string().nullish(), region: z.string().nullish(), hidden: z.boolean().nullish() }).loose())
    .nullish(),
});

type WorkableJob = z.infer<typeof workableJob>;

/**
 * Every place the job lists: the primary one (`city, state, country`) first, then each other
 * shown entry of `locations` (`city, country`; `hidden` ones are not shown on the careers
 * page) whose city it has not named yet, joined by "; " as Workday's are
 * ("Munich, Bavaria, Germany; Stuttgart, Germany"), so a search in any of them finds it.
 */
function workableLocation(job: WorkableJob): string | null {
  const primary = [job.city, job.state && job.state !== job.city ? job.state : null, job.country].filter(Boolean).join(', ');
  const places = primary ? [primary] : [];
  const named = new Set([job.city?.trim().toLowerCase()].filter(Boolean));
  for (const place of job.locations ?? []) {
    const city = place.city?.trim();
    if (place.hidden === true || (city && named.has(city.toLowerCase()))) continue;
    const text = [city, place.country].filter(Boolean).join(', ');
    if (!text || places.includes(text)) continue;
    places.push(text);
    if (city) named.add(city.toLowerCase());
  }
  return places.length > 0 ? places.join('; ') : null;
}

/**
 * One employer's Workable jobs through the account widget (`?details=true` adds each
 * description). `telecommuting` is the remote flag; `application_url` is the employer's apply
 * form, `url` the posting on apply.workable.com.
 *
 * @example
 * const acme = createWorkableSource({ account: 'acme' });
 */
export function createWorkableSource({
  account,
  origin = workableOrigin,
}: {
  account: string;
  origin?: string;
}): JobSource {
  const label = 'Workable';
  return {
    name: `workable:${account}`,
    label: `Workable (${account})`,
    kind: 'company',
    company: account,
    async search(query, context) {
      const url = boardUrl(origin, `/api/v1/widget/accounts/${encodeURIComponent(account)}`, {
        details: 'true',
      });
      const { name, jobs } = await getBoardJson(context, { url, source: label }, workableResponse);
      const postings = postingsFrom(label, jobs, workableJob, (job) => {
        const location = workableLocation(job);
        return {
          title: job.title,
          company: name || companyNameFromSlug(account),
          location,
          remote: job.telecommuting === true ? true : inferRemote(location),
          salary: null,
          employment_type: normaliseEmploymentType(job.employment_type),
          posted_at: parsePostedAt(job.published_on) ?? parsePostedAt(job.created_at),
          url: job.application_url || job.url,
          source: 'workable',
          source_url: workableJobPage(account, job.shortcode),
          tags: [job.department, job.function, job.experience].filter((tag): tag is string => Boolean(tag)),
          description: htmlToPlainText(job.description),
        };
      });
      return selectPostings(
        postings,
        { ...query, company: undefined },
        { matchText: true, matchLocation: true },
      );
    },
  };
}

/** Workable: one source per `workable:ACCOUNT` entry in JOBPILOT_COMPANY_BOARDS. */
export const workableBoard = defineJobBoard({
  name: 'workable',
  kind: 'company',
  settings: noVariables,
  create: ({ company, origin }) => createWorkableSource({ account: company, origin }),
});
