import { z } from 'zod';
import { normaliseEmploymentType } from '../employment-type.ts';
import { htmlToPlainText } from '../html-to-plain-text.ts';
import { inferRemote } from '../infer-remote.ts';
import { defineJobBoard, noVariables } from '../job-board.ts';
import type { JobSource } from '../job-source.ts';
import { parsePostedAt } from '../parse-posted-at.ts';
import { selectPostings } from '../select-postings.ts';
import { boardUrl, companyNameFromSlug, getBoardJson, postingsFrom } from './board-response.ts';
import { withDetails } from './read-details.ts';

/**
 * Details are read four a second: SmartRecruiters publishes ten requests a second (eight at once) for
 * its API, and at the client's one-a-second default twenty details made a search wait twenty seconds.
 */
const detailIntervalMs = 250;

export const smartRecruitersOrigin = 'https://api.smartrecruiters.com';

// GET /v1/companies/{id}/postings?q&limit&offset: `{ offset, limit, totalFound, content: [...] }`.
const smartRecruitersResponse = z.object({
  totalFound: z.number().nullish(),
  content: z.array(z.unknown()),
});
const labelled = z.object({ label: z.string().nullish() }).loose();
const smartRecruitersPosting = z.object({
  id: z.string(),
  name: z.string(),
  releasedDate: z.string().nullish(),
  company: z.object({ identifier: z.string().nullish(), name: z.string().nullish() }).loose().nullish(),
  location: z
    .object({
      city: z.string().nullish(),
      region: z.string().nullish(),
      country: z.string().nullish(),
      remote: z.boolean().nullish(),
      hybrid: z.boolean().nullish(),
      fullLocation: z.string().nullish(),
    })
    .loose()
    .nullish(),
  department: labelled.nullish(),
  function: labelled.nullish(),
  typeOfEmployment: labelled.nullish(),
  experienceLevel: labelled.nullish(),
});

type SmartRecruitersPosting = z.infer<typeof smartRecruitersPosting>;

// GET /v1/companies/{id}/postings/{postingId}: the listed fields again, with `jobAd.sections`
// (companyDescription, jobDescription, qualifications, additionalInformation: each `{ title,
// text }`, the text HTML), `applyUrl` (the employer's own application form) and `postingUrl`.
const section = z.object({ title: z.string().nullish(), text: z.string().nullish() }).loose();
const smartRecruitersDetail = z
  .object({
    applyUrl: z.string().nullish(),
    jobAd: z
      .object({
        sections: z
          .object({
            companyDescription: section.nullish(),
            jobDescription: section.nullish(),
            qualifications: section.nullish(),
            additionalInformation: section.nullish(),
          })
          .loose()
          .nullish(),
      })
      .loose()
      .nullish(),
  })
  .loose();
const sectionOrder = ['jobDescription', 'qualifications', 'additionalInformation', 'companyDescription'] as const;

/** The ad's sections as plain text, the job first and the company last, each under its own title. */
function detailText(detail: z.infer<typeof smartRecruitersDetail>): string {
  const sections = detail.jobAd?.sections;
  if (!sections) return '';
  return sectionOrder
    .map((name) => {
      const text = htmlToPlainText(sections[name]?.text);
      if (!text) return '';
      const title = sections[name]?.title?.trim();
      return title ? `${title}\n${text}` : text;
    })
    .filter(Boolean)
    .join('\n\n');
}

/** "Austin, TX, us" when the board gives no `fullLocation`. */
function smartRecruitersLocation(posting: SmartRecruitersPosting): string | null {
  const location = posting.location;
  if (location?.fullLocation) return location.fullLocation;
  const parts = [location?.city, location?.region, location?.country?.toUpperCase()].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}

function smartRecruitersRemote(posting: SmartRecruitersPosting): boolean | null {
  if (posting.location?.remote === true) return true;
  if (posting.location?.hybrid === true) return false;
  if (posting.location?.remote === false) return false;
  return inferRemote(smartRecruitersLocation(posting));
}

/**
 * One employer's SmartRecruiters postings (the public Posting API, searched server-side by
 * `q`). The list carries no description, so the postings a search keeps (at most 20, four at a
 * time) are read in full from their detail: the ad's sections as text (pay and terms in it are
 * read like any board's). A detail that fails leaves the list's posting. The posting's page on
 * jobs.smartrecruiters.com is the employer's own.
 *
 * @example
 * const visa = createSmartRecruitersSource({ company: 'Visa' });
 */
export function createSmartRecruitersSource({
  company,
  origin = smartRecruitersOrigin,
}: {
  company: string;
  origin?: string;
}): JobSource {
  const label = 'SmartRecruiters';
  return {
    name: `smartrecruiters:${company}`,
    label: `SmartRecruiters (${company})`,
    kind: 'company',
    company,
    async search(query, context) {
      const url = boardUrl(origin, `/v1/companies/${encodeURIComponent(company)}/postings`, {
        q: query.text,
        limit: Math.min(100, Math.max(1, query.limit)),
      });
      const { content } = await getBoardJson(context, { url, source: label }, smartRecruitersResponse);
      const ids = new Map<string, string>();
      const postings = postingsFrom(label, content, smartRecruitersPosting, (posting) => {
        const identifier = posting.company?.identifier || company;
        const link = `https://jobs.smartrecruiters.com/${encodeURIComponent(identifier)}/${encodeURIComponent(posting.id)}`;
        ids.set(link, posting.id);
        return {
          title: posting.name,
          company: posting.company?.name || companyNameFromSlug(company),
          location: smartRecruitersLocation(posting),
          remote: smartRecruitersRemote(posting),
          salary: null,
          employment_type: normaliseEmploymentType(posting.typeOfEmployment?.label),
          posted_at: parsePostedAt(posting.releasedDate),
          url: link,
          source: 'smartrecruiters',
          source_url: link,
          tags: [posting.department?.label, posting.function?.label, posting.experienceLevel?.label].filter((tag): tag is string => Boolean(tag)),
          description: '',
        };
      });
      const filters = { matchText: false, matchLocation: true };
      // Pay stated only in the text is known after the detail: the floor is applied then.
      const kept = selectPostings(postings, { ...query, company: undefined, minSalary: undefined }, filters);
      const detailed = await withDetails(kept, context, async (posting, signal) => {
        const id = ids.get(posting.url);
        if (!id) return undefined;
        const detailUrl = boardUrl(origin, `/v1/companies/${encodeURIComponent(company)}/postings/${encodeURIComponent(id)}`);
        const description = detailText(
          await getBoardJson({ ...context, signal }, { url: detailUrl, source: label, minIntervalMs: detailIntervalMs }, smartRecruitersDetail),
        );
        return description ? { ...posting, description } : undefined;
      });
      return selectPostings(detailed, { ...query, company: undefined }, filters);
    },
  };
}

/** SmartRecruiters: one source per `smartrecruiters:COMPANY` entry in JOBPILOT_COMPANY_BOARDS. */
export const smartRecruitersBoard = defineJobBoard({
  name: 'smartrecruiters',
  kind: 'company',
  settings: noVariables,
  create: ({ company, origin }) => createSmartRecruitersSource({ company, origin }),
});
