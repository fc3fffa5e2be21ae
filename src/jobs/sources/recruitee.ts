import { z } from 'zod';
import { normaliseEmploymentType } from '../employment-type.ts';
import { htmlToPlainText } from '../html-to-plain-text.ts';
import { inferRemote } from '../infer-remote.ts';
import { defineJobBoard, noVariables } from '../job-board.ts';
import type { JobSource } from '../job-source.ts';
import { parsePostedAt } from '../parse-posted-at.ts';
import { salaryFromRange } from '../parse-salary.ts';
import { selectPostings } from '../select-postings.ts';
import { boardUrl, companyNameFromSlug, getBoardJson, postingsFrom } from './board-response.ts';

/** Each company's board is its own host; the override replaces it for every company. */
export const recruiteeOrigin = (company: string) => `https://${company.toLowerCase()}.recruitee.com`;

// GET /api/offers/: `{ offers: [...] }`, published offers only; salary bounds are strings.
const recruiteeResponse = z.object({ offers: z.array(z.unknown()) });
const amount = z.union([z.string(), z.number()]).nullish();
const recruiteeOffer = z.object({
  id: z.number(),
  slug: z.string().nullish(),
  title: z.string(),
  description: z.string().nullish(),
  requirements: z.string().nullish(),
  status: z.string().nullish(),
  department: z.string().nullish(),
  /** "entry_level", "experienced": kept as a tag, where searches read a board's level. */
  experience_code: z.string().nullish(),
  location: z.string().nullish(),
  city: z.string().nullish(),
  country: z.string().nullish(),
  remote: z.boolean().nullish(),
  hybrid: z.boolean().nullish(),
  on_site: z.boolean().nullish(),
  employment_type_code: z.string().nullish(),
  salary: z
    .object({ min: amount, max: amount, period: z.string().nullish(), currency: z.string().nullish() })
    .loose()
    .nullish(),
  published_at: z.string().nullish(),
  created_at: z.string().nullish(),
  careers_url: z.string(),
  careers_apply_url: z.string().nullish(),
  company_name: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
});

type RecruiteeOffer = z.infer<typeof recruiteeOffer>;

/**
 * The offer's own `hybrid`/`on_site` flag said as the posting's first line ("Workplace: Hybrid."),
 * so the work arrangement read from the posting has it, as it has Ashby's and Lever's: the remote
 * flag alone made a hybrid offer read "doesn't say whether it is hybrid or on-site" (trial-s46 #37).
 */
function workplaceLine(offer: RecruiteeOffer): string | null {
  if (offer.remote === true && offer.hybrid !== true) return null;
  if (offer.hybrid === true) return 'Workplace: Hybrid.';
  return offer.on_site === true ? 'Workplace: On-site.' : null;
}

function recruiteeRemote(offer: RecruiteeOffer): boolean | null {
  if (offer.hybrid === true || (offer.on_site === true && offer.remote !== true)) return false;
  if (offer.remote === true) return true;
  return inferRemote(offer.location);
}

/**
 * One employer's Recruitee careers site (`{company}.recruitee.com/api/offers/`). Offers carry
 * HTML description and requirements, remote/hybrid/on-site flags (a hybrid or on-site one is
 * the description's first line) and sometimes a salary with string bounds; the link is the offer on the employer's careers site.
 *
 * @example
 * const bunq = createRecruiteeSource({ company: 'bunq' });
 */
export function createRecruiteeSource({
  company,
  origin,
}: {
  company: string;
  origin?: string;
}): JobSource {
  const label = 'Recruitee';
  return {
    name: `recruitee:${company}`,
    label: `Recruitee (${company})`,
    kind: 'company',
    company,
    async search(query, context) {
      const url = boardUrl(origin ?? recruiteeOrigin(company), '/api/offers/');
      const { offers } = await getBoardJson(context, { url, source: label }, recruiteeResponse);
      const published = offers.filter(
        (offer) => (offer as { status?: unknown } | null)?.status !== 'closed',
      );
      const postings = postingsFrom(label, published, recruiteeOffer, (offer) => ({
        title: offer.title,
        company: offer.company_name || companyNameFromSlug(company),
        location: offer.location || [offer.city, offer.country].filter(Boolean).join(', ') || null,
        remote: recruiteeRemote(offer),
        salary: salaryFromRange({
          min: offer.salary?.min,
          max: offer.salary?.max,
          currency: offer.salary?.currency,
          period: offer.salary?.period,
        }),
        employment_type: normaliseEmploymentType(offer.employment_type_code),
        posted_at: parsePostedAt(offer.published_at) ?? parsePostedAt(offer.created_at),
        url: offer.careers_apply_url || offer.careers_url,
        source: 'recruitee',
        source_url: offer.careers_url,
        tags: [offer.department, ...(offer.tags ?? []), offer.experience_code?.replace(/_/g, ' ')].filter((tag): tag is string => Boolean(tag)),
        description: [workplaceLine(offer), htmlToPlainText(`${offer.description ?? ''}${offer.requirements ?? ''}`)].filter(Boolean).join('\n\n'),
      }));
      return selectPostings(
        postings,
        { ...query, company: undefined },
        { matchText: true, matchLocation: true },
      );
    },
  };
}

/** Recruitee: one source per `recruitee:COMPANY` entry in JOBPILOT_COMPANY_BOARDS. */
export const recruiteeBoard = defineJobBoard({
  name: 'recruitee',
  kind: 'company',
  settings: noVariables,
  create: ({ company, origin }) => createRecruiteeSource({ company, origin }),
});
