import { z } from 'zod';
import { htmlToPlainText } from '../html-to-plain-text.ts';
import { defineJobBoard, noVariables } from '../job-board.ts';
import type { JobSource } from '../job-source.ts';
import { parsePostedAt } from '../parse-posted-at.ts';
import { selectPostings } from '../select-postings.ts';
import { boardUrl, getBoardJson, postingsFrom } from './board-response.ts';

export const theMuseOrigin = 'https://www.themuse.com';

// GET /api/public/jobs?page=N&descending=true: `{ page, page_count, items_per_page, total,
// results: [...] }`, 20 a page. Keyless callers get 500 calls an hour.
const theMuseResponse = z.object({
  page: z.number().nullish(),
  page_count: z.number().nullish(),
  results: z.array(z.unknown()),
});
const named = z.object({ name: z.string() }).loose();
const theMuseJob = z.object({
  id: z.number(),
  name: z.string(),
  contents: z.string().nullish(),
  type: z.string().nullish(),
  publication_date: z.string().nullish(),
  locations: z.array(named).nullish(),
  categories: z.array(named).nullish(),
  levels: z.array(named).nullish(),
  refs: z.object({ landing_page: z.string() }).loose(),
  company: z.object({ name: z.string() }).loose(),
});

/** The Muse's name for remote work. */
const flexibleRemote = /flexible\s*\/\s*remote|\bremote\b/i;

/** Pages read per search (20 postings each): The Muse has no keyword search, so we filter. */
const maxPages = 2;

/**
 * The Muse's public jobs API: newest first, no keyword search (filtered here), remote
 * written as the location "Flexible / Remote". Postings link to their page on The Muse
 * (attribution the API's terms ask for), which leads on to the employer's application.
 *
 * @example
 * const muse = createTheMuseSource({ origin: 'http://127.0.0.1:9001' });
 */
export function createTheMuseSource({ origin = theMuseOrigin }: { origin?: string } = {}): JobSource {
  const label = 'The Muse';
  return {
    name: 'themuse',
    label,
    kind: 'keyless',
    async search(query, context) {
      const items: unknown[] = [];
      let selected = [] as ReturnType<typeof selectPostings>;
      for (let page = 0; page < maxPages; page += 1) {
        const url = boardUrl(origin, '/api/public/jobs', {
          page,
          descending: 'true',
          company: query.company,
        });
        const answer = await getBoardJson(context, { url, source: label }, theMuseResponse);
        items.push(...answer.results);
        const postings = postingsFrom(label, items, theMuseJob, (job) => {
          const places = (job.locations ?? []).map(({ name }) => name);
          const remote = places.some((place) => flexibleRemote.test(place));
          return {
            title: job.name,
            company: job.company.name,
            location: places.join('; ') || null,
            remote: remote ? true : places.length > 0 ? false : null,
            salary: null,
            employment_type: null,
            posted_at: parsePostedAt(job.publication_date),
            url: job.refs.landing_page,
            source: 'themuse',
            source_url: job.refs.landing_page,
            tags: [...(job.categories ?? []), ...(job.levels ?? [])].map(({ name }) => name),
            description: htmlToPlainText(job.contents),
          };
        });
        selected = selectPostings(postings, query, { matchText: true, matchLocation: true });
        const lastPage = (answer.page_count ?? 0) <= page + 1 || answer.results.length === 0;
        if (selected.length >= query.limit || lastPage) break;
      }
      return selected;
    },
  };
}

/** The Muse: keyless, on unless JOBPILOT_JOB_SOURCES leaves it out. */
export const theMuseBoard = defineJobBoard({
  name: 'themuse',
  kind: 'keyless',
  settings: noVariables,
  create: ({ origin }) => createTheMuseSource({ origin }),
});
