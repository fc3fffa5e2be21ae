import { z } from 'zod';
import { normaliseEmploymentType } from '../employment-type.ts';
import { htmlToPlainText } from '../html-to-plain-text.ts';
import { inferRemote } from '../infer-remote.ts';
import { defineJobBoard, noVariables } from '../job-board.ts';
import type { JobSource } from '../job-source.ts';
import { parsePostedAt } from '../parse-posted-at.ts';
import { locationMatches } from '../regions.ts';
import { selectPostings } from '../select-postings.ts';
import { boardUrl, companyNameFromSlug, postingsFrom } from './board-response.ts';
import { SourceError } from '../source-error.ts';
import { withDetails } from './read-details.ts';

/**
 * Details are read two a second: Workday publishes no limit for a career site's own API (its pages
 * read one posting per click), and at the client's one-a-second default twenty details made a search
 * wait twenty seconds.
 */
const detailIntervalMs = 500;

/** `tenant.wdN/site`: the tenant, its Workday data centre, and the career site's name. */
export const workdayCompanyPattern = /^([A-Za-z0-9-]+)\.(wd\d{1,3})\/([A-Za-z0-9._-]+)$/;

/** One Workday career site, as configured (`nvidia.wd5/NVIDIAExternalCareerSite`). */
export interface WorkdaySite {
  tenant: string;
  /** The data centre in the host name: `wd1`, `wd5`, `wd103`. */
  instance: string;
  site: string;
}

/** Reads `tenant.wdN/site`; undefined when it is not one. */
export function parseWorkdaySite(company: string): WorkdaySite | undefined {
  const match = workdayCompanyPattern.exec(company);
  if (!match) return undefined;
  const [, tenant = '', instance = '', site = ''] = match;
  return { tenant, instance: instance.toLowerCase(), site };
}

/** The career site's own origin: `https://nvidia.wd5.myworkdayjobs.com`. */
export const workdaySiteOrigin = ({ tenant, instance }: WorkdaySite) =>
  `https://${tenant.toLowerCase()}.${instance}.myworkdayjobs.com`;

/** Where the site's JSON API lives (under the origin): `/wday/cxs/{tenant}/{site}`. */
export const workdayApiPath = ({ tenant, site }: WorkdaySite) =>
  `/wday/cxs/${encodeURIComponent(tenant)}/${encodeURIComponent(site)}`;

// POST /wday/cxs/{tenant}/{site}/jobs with { appliedFacets, limit, offset, searchText }:
// `{ total, jobPostings: [...], facets, userAuthenticated }`. `total` is only reliable on the
// first page (later pages often say 0).
const workdayResponse = z.object({
  total: z.number().nullish(),
  jobPostings: z.array(z.unknown()).nullish(),
});
const workdayPosting = z.object({
  title: z.string(),
  externalPath: z.string().startsWith('/'),
  locationsText: z.string().nullish(),
  postedOn: z.string().nullish(),
  remoteType: z.string().nullish(),
  bulletFields: z.array(z.string()).nullish(),
  /** "Full time", "Part time": some sites list it with each posting (every posting's detail has it). */
  timeType: z.string().nullish(),
});

type WorkdayPosting = z.infer<typeof workdayPosting>;

// GET /wday/cxs/{tenant}/{site}{externalPath}: `{ jobPostingInfo, hiringOrganization,
// similarJobs, userAuthenticated }`. The description is HTML; `location` is the primary place
// and `additionalLocations` the others; `timeType` is "Full time", "Part time", ….
const workdayDetail = z.object({
  jobPostingInfo: z
    .object({
      jobDescription: z.string().nullish(),
      location: z.string().nullish(),
      additionalLocations: z.array(z.string()).nullish(),
      timeType: z.string().nullish(),
      remoteType: z.string().nullish(),
      /** `{ descriptor: "Australia" }`: the country of the primary place, which its text may not name ("Murdoch, WA"). */
      country: z.object({ descriptor: z.string().nullish() }).loose().nullish(),
      /** The day the posting went up ("2026-12-05"): what the list says as "Posted 2 Days Ago" or "Vor 2 Tagen ausgeschrieben". */
      startDate: z.string().nullish(),
      postedOn: z.string().nullish(),
    })
    .loose(),
  hiringOrganization: z.object({ name: z.string().nullish() }).loose().nullish(),
});

/** Workday caps a page at 20 postings; a search reads at most this many pages. */
const pageSize = 20;
const maxPages = 3;
/** "2 Locations", "3 locations": the list's word for a posting with several places. */
const severalLocations = /^\d+\s+locations?$/i;

/**
 * Where a posting is, from the list: its `locationsText`, or, when that only counts places
 * ("2 Locations"), the primary place Workday puts first in the posting's path
 * (`/job/Rotterdam/Planner_R12` → "Rotterdam").
 */
function listLocation(posting: WorkdayPosting): string | null {
  const text = posting.locationsText?.trim() ?? '';
  if (!severalLocations.test(text)) return text || null;
  const [, first, segment] = posting.externalPath.split('/');
  if (first !== 'job' || !segment || segment === posting.externalPath) return null;
  const place = decodeURIComponent(segment).replace(/-+/g, ' ').trim();
  return place || null;
}

/** A list line ending in a state code two countries share: WA is Washington's and Western Australia's. */
const countryInDetail = /(?:,\s*|\s)WA$/;

/**
 * The detail's places with its country after them when they do not name it or a place in it ("Murdoch, WA" in
 * Australia → "Murdoch, WA, Australia"; "US, CA, Santa Clara" stays), so a search in Australia or Western Australia finds it (trial s48 #14).
 */
function withCountry(location: string | null, country: string | null | undefined): string | null {
  const name = country?.trim();
  if (!location || !name || locationMatches({ location, remote: false }, name)) return location;
  return `${location}, ${name}`;
}

/** A detail's `startDate` ("2026-12-05", the day the posting went up) as noon UTC that day, so every zone reads the same day. */
function postedDay(startDate: string | null | undefined, now: number): string | null {
  const day = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(startDate?.trim() ?? '')?.[1];
  return day ? parsePostedAt(`${day}T12:00:00Z`, now) : null;
}

/** "Fully Remote" is remote, "Hybrid" and "On-site" are not; otherwise the location says. */
function workdayRemote(remoteType: string | null | undefined, location: string | null | undefined, title: string): boolean | null {
  const type = remoteType?.toLowerCase() ?? '';
  if (type.includes('hybrid')) return false;
  if (type.includes('remote')) return true;
  if (/on[- ]?site/.test(type)) return false;
  return inferRemote(location, title);
}

/**
 * One employer's Workday career site through the JSON API its own pages use: a POST search
 * (keywords searched by Workday), 20 postings a page, dates as "Posted 3 Days Ago" (read
 * against `now`), and "2 Locations" when a posting has several. The list carries no
 * description, so the postings a search keeps (at most 20, four at a time) are read in full
 * from their detail: the text (pay and terms in it are read like any board's), every place,
 * the day it went up (`startDate`, also on sites whose list words are German: "Vor 2 Tagen
 * ausgeschrieben"),
 * the employer's own name (`hiringOrganization`, not the tenant's slug) and `timeType`. A
 * detail that fails leaves the list's posting as it was. The posting's page on the career
 * site is also where one applies.
 *
 * @example
 * const nvidia = createWorkdaySource({ company: 'nvidia.wd5/NVIDIAExternalCareerSite' });
 */
export function createWorkdaySource({
  company,
  origin,
  now = Date.now,
}: {
  company: string;
  origin?: string;
  now?: () => number;
}): JobSource {
  const site = parseWorkdaySite(company);
  if (!site) throw new Error(`"${company}" is not a Workday site (tenant.wdN/site).`);
  const label = 'Workday';
  const apiOrigin = origin ?? workdaySiteOrigin(site);
  // People read and apply on the career site itself, never on a configured proxy.
  const publicBase = `${workdaySiteOrigin(site)}/${encodeURIComponent(site.site)}`;
  return {
    name: `workday:${company}`,
    label: `Workday (${site.tenant})`,
    kind: 'company',
    company: site.tenant,
    async search(query, context) {
      const url = boardUrl(apiOrigin, `${workdayApiPath(site)}/jobs`);
      const wanted = Math.max(1, query.limit);
      const items: unknown[] = [];
      let total = Number.POSITIVE_INFINITY;
      for (let page = 0; page < maxPages && items.length < Math.min(wanted, total); page += 1) {
        const body = {
          appliedFacets: {},
          limit: pageSize,
          offset: page * pageSize,
          searchText: query.text,
        };
        const raw = await context.http.getJson({ url, body, source: label, signal: context.signal });
        const parsed = workdayResponse.safeParse(raw);
        if (!parsed.success) {
          throw new SourceError('MALFORMED_RESPONSE', `${label} answered in an unexpected shape.`);
        }
        const postings = parsed.data.jobPostings ?? [];
        if (page === 0 && typeof parsed.data.total === 'number') total = parsed.data.total;
        items.push(...postings);
        if (postings.length < pageSize) break;
      }
      const checkedAt = now();
      const paths = new Map<string, string>();
      const listed = postingsFrom(label, items, workdayPosting, (posting) => {
        const link = `${publicBase}${posting.externalPath}`;
        paths.set(link, posting.externalPath);
        const location = listLocation(posting);
        return {
          title: posting.title,
          company: companyNameFromSlug(site.tenant),
          location,
          remote: workdayRemote(posting.remoteType, location, posting.title),
          salary: null,
          employment_type: normaliseEmploymentType(posting.timeType),
          posted_at: parsePostedAt(posting.postedOn, checkedAt),
          url: link,
          source: 'workday',
          source_url: link,
          tags: [],
          description: '',
        };
      });
      const filters = { matchText: false, matchLocation: true };
      // Pay stated only in the text is known after the detail: the floor is applied then; so is the place of a
      // posting whose list line ends in a code two countries share ("Murdoch, WA"), its country known from the detail.
      const placeLater = query.location ? listed.filter((posting) => countryInDetail.test(posting.location ?? '')) : [];
      const chosen = new Set([
        ...selectPostings(listed, { ...query, company: undefined, minSalary: undefined }, filters),
        ...selectPostings(placeLater, { ...query, location: undefined, company: undefined, minSalary: undefined }, filters),
      ]);
      const kept = listed.filter((posting) => chosen.has(posting)).slice(0, Math.max(0, query.limit));
      const detailed = await withDetails(kept, context, async (posting, signal) => {
        const path = paths.get(posting.url);
        if (!path) return undefined;
        const raw = await context.http.getJson({
          url: boardUrl(apiOrigin, `${workdayApiPath(site)}${path}`),
          source: label,
          signal,
          minIntervalMs: detailIntervalMs,
        });
        const detail = workdayDetail.safeParse(raw);
        if (!detail.success) return undefined;
        const info = detail.data.jobPostingInfo;
        const places = [info.location, ...(info.additionalLocations ?? [])].filter((place): place is string => Boolean(place?.trim()));
        const named = places.length > 0 ? [...new Set(places)].join('; ') : posting.location;
        const location = withCountry(named, info.country?.descriptor);
        return {
          ...posting,
          company: detail.data.hiringOrganization?.name?.trim() || posting.company,
          location,
          remote: info.remoteType ? workdayRemote(info.remoteType, location, posting.title) : (posting.remote ?? inferRemote(location)),
          employment_type: normaliseEmploymentType(info.timeType) ?? posting.employment_type,
          // The detail's date is a day, not "N days ago" counted from now: it wins over the list's words.
          posted_at: postedDay(info.startDate, checkedAt) ?? posting.posted_at ?? parsePostedAt(info.postedOn, checkedAt),
          description: htmlToPlainText(info.jobDescription),
        };
      });
      return selectPostings(detailed, { ...query, company: undefined }, filters);
    },
  };
}

/** Workday: one source per `workday:TENANT.wdN/SITE` entry in JOBPILOT_COMPANY_BOARDS. */
export const workdayBoard = defineJobBoard({
  name: 'workday',
  kind: 'company',
  settings: noVariables,
  companyPattern: {
    pattern: workdayCompanyPattern,
    example: 'workday:nvidia.wd5/NVIDIAExternalCareerSite',
  },
  create: ({ company, origin }, { now }) => createWorkdaySource({ company, origin, now }),
});
