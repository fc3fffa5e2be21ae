import { z } from 'zod';
import { normaliseEmploymentType } from '../employment-type.ts';
import { htmlToPlainText } from '../html-to-plain-text.ts';
import { inferRemote } from '../infer-remote.ts';
import { defineJobBoard, noVariables } from '../job-board.ts';
import type { JobSource } from '../job-source.ts';
import { parsePostedAt } from '../parse-posted-at.ts';
import { salaryFromRange, unstatedPeriod } from '../parse-salary.ts';
import { salaryInText } from '../salary-in-text.ts';
import type { Salary } from '../../protocol/posting.ts';
import { selectPostings } from '../select-postings.ts';
import {
  boardUrl,
  companyNameFromSlug,
  nameAsWritten,
  getBoardJson,
  postingsFrom,
} from './board-response.ts';

export const leverOrigin = 'https://api.lever.co';

// GET /v0/postings/{company}?mode=json: a bare array of postings.
const leverResponse = z.array(z.unknown());
const leverPosting = z.object({
  id: z.string(),
  text: z.string(),
  categories: z
    .object({
      commitment: z.string().nullish(),
      department: z.string().nullish(),
      location: z.string().nullish(),
      team: z.string().nullish(),
      allLocations: z.array(z.string()).nullish(),
    })
    .nullish(),
  createdAt: z.number().nullish(),
  description: z.string().nullish(),
  lists: z.array(z.object({ text: z.string().nullish(), content: z.string().nullish() })).nullish(),
  additional: z.string().nullish(),
  hostedUrl: z.string(),
  applyUrl: z.string().nullish(),
  workplaceType: z.string().nullish(),
  // `{ min: 90000, max: 120000, currency: "CAD", interval: "per-year-salary" }`; some employers'
  // integrations write the amounts as strings ("90000"), and the interval may be any of Lever's
  // ("per-hour-wage", "per-month-salary"). A shape the adapter cannot read drops the pay, never the posting.
  salaryRange: z
    .object({
      min: z.union([z.number(), z.string()]).nullish(),
      max: z.union([z.number(), z.string()]).nullish(),
      currency: z.string().nullish(),
      interval: z.string().nullish(),
    })
    .nullish()
    .catch(null),
  /** The employer's words about pay ("The base salary for this role is 90 000 $ à 105 000 $ par année"). */
  salaryDescriptionPlain: z.string().nullish().catch(null),
});

type LeverPosting = z.infer<typeof leverPosting>;

/**
 * Lever's own `workplaceType` other than remote (the remote flag says that), said as the
 * description's first line so the posting shows and searches as hybrid or on-site, outranking
 * a "work from home" line in the text. Regression (session 41, trial finding 2): a
 * `"workplaceType": "hybrid"` posting showed as "Montréal, QC" with no hybrid at all.
 */
const workplaceLines: Readonly<Record<string, string>> = { hybrid: 'Workplace: Hybrid.', 'on-site': 'Workplace: On-site.', onsite: 'Workplace: On-site.' };

/** Lever splits a description into an intro, titled lists of `<li>`s and a closing part. */
function leverDescription(posting: LeverPosting): string {
  const lists = (posting.lists ?? [])
    .map((list) => `<h3>${list.text ?? ''}</h3><ul>${list.content ?? ''}</ul>`)
    .join('');
  const text = htmlToPlainText(`${posting.description ?? ''}${lists}${posting.additional ?? ''}`);
  const line = workplaceLines[posting.workplaceType ?? ''];
  return line ? `${line}\n\n${text}`.trim() : text;
}

/** The posting's pay: its `salaryRange`, else what its salary description states. */
function leverSalary(posting: LeverPosting): Salary | null {
  const range = posting.salaryRange;
  const salary = salaryFromRange({ min: range?.min, max: range?.max, currency: range?.currency, period: range?.interval });
  if (salary) return { ...salary, period: salary.period ?? unstatedPeriod(Math.max(salary.min ?? 0, salary.max ?? 0), salary.currency) };
  return salaryInText(posting.salaryDescriptionPlain);
}

function leverRemote(posting: LeverPosting): boolean | null {
  if (posting.workplaceType === 'remote') return true;
  if (posting.workplaceType === 'on-site' || posting.workplaceType === 'onsite' || posting.workplaceType === 'hybrid') return false;
  return inferRemote(posting.categories?.location);
}

/**
 * One employer's Lever postings. Dates are epoch milliseconds; the API carries no company
 * name (the configured one is used) and no keyword search (filtered here).
 *
 * @example
 * const netflix = createLeverSource({ company: 'netflix' });
 */
export function createLeverSource({
  company,
  origin = leverOrigin,
}: {
  company: string;
  origin?: string;
}): JobSource {
  const label = 'Lever';
  return {
    name: `lever:${company}`,
    label: `Lever (${company})`,
    kind: 'company',
    company,
    async search(query, context) {
      const url = boardUrl(origin, `/v0/postings/${encodeURIComponent(company)}`, { mode: 'json' });
      const items = await getBoardJson(context, { url, source: label }, leverResponse);
      const postings = postingsFrom(label, items, leverPosting, (posting) => ({
        title: posting.text,
        // ("nursewise" is the account; the posting writes "NurseWise".)
        company: nameAsWritten(companyNameFromSlug(company), `${posting.text}\n${leverDescription(posting)}`),
        location: posting.categories?.location || null,
        remote: leverRemote(posting),
        salary: leverSalary(posting),
        employment_type: normaliseEmploymentType(posting.categories?.commitment),
        posted_at: parsePostedAt(posting.createdAt),
        url: posting.hostedUrl,
        source: 'lever',
        source_url: posting.hostedUrl,
        tags: [posting.categories?.team, posting.categories?.department].filter(
          (tag): tag is string => Boolean(tag),
        ),
        description: leverDescription(posting),
      }));
      return selectPostings(
        postings,
        { ...query, company: undefined },
        { matchText: true, matchLocation: true },
      );
    },
  };
}

/** Lever: one source per `lever:COMPANY` entry in JOBPILOT_COMPANY_BOARDS. */
export const leverBoard = defineJobBoard({
  name: 'lever',
  kind: 'company',
  settings: noVariables,
  create: ({ company, origin }) => createLeverSource({ company, origin }),
});
