import { z } from 'zod';
import { parseHiringComment } from '../hiring-comment.ts';
import { defineJobBoard, noVariables } from '../job-board.ts';
import type { JobSource } from '../job-source.ts';
import { parsePostedAt } from '../parse-posted-at.ts';
import { selectPostings } from '../select-postings.ts';
import { SourceError } from '../source-error.ts';
import { boardUrl, getBoardJson, postingsFrom } from './board-response.ts';

export const hackerNewsOrigin = 'https://hn.algolia.com';

/** A thread's comments change slowly: one read an hour serves every search. */
export const hiringThreadTtlMs = 60 * 60 * 1000;
const hiringThreadCacheReason = 'the month\'s thread is read once an hour';

/** A month's thread, every comment and reply with its HTML, runs to a few MiB. */
const threadMaxBytes = 20 * 1024 * 1024;

// GET /api/v1/search_by_date?tags=story,author_whoishiring: `{ hits: [{ objectID, title,
// created_at }], nbHits, page, … }`; the account posts three threads a month.
const searchResponse = z.object({
  hits: z.array(z.object({ objectID: z.string(), title: z.string().nullish() }).loose()),
});
// GET /api/v1/items/{id}: the story with `children` (top-level comments, each with its own
// replies in `children`); a deleted comment keeps its place with `author` and `text` null.
const itemResponse = z.object({ id: z.number(), children: z.array(z.unknown()) });
const comment = z.object({
  id: z.number(),
  author: z.string(),
  text: z.string(),
  created_at: z.string().nullish(),
  created_at_i: z.number().nullish(),
});

const hiringTitle = /who is hiring\?/i;
const itemUrl = (id: number | string) => `https://news.ycombinator.com/item?id=${id}`;

/**
 * Hacker News "Who is hiring?": the latest monthly thread by `whoishiring`, found through
 * the Algolia HN API; each top-level comment is one posting, read by `parseHiringComment`
 * ("Company | Role | Location | REMOTE"). A comment that is not in that shape is skipped.
 * Postings link to the employer's own page when the comment gives one, else to the comment;
 * the comment on news.ycombinator.com is always the source link.
 *
 * @example
 * const hn = createHackerNewsSource({ origin: 'http://127.0.0.1:9001' });
 */
export function createHackerNewsSource({ origin = hackerNewsOrigin }: { origin?: string } = {}): JobSource {
  const label = 'Hacker News';
  return {
    name: 'hackernews',
    label: 'Hacker News (Who is hiring?)',
    kind: 'keyless',
    async search(query, context) {
      const searchUrl = boardUrl(origin, '/api/v1/search_by_date', {
        tags: 'story,author_whoishiring',
        hitsPerPage: 10,
      });
      const { hits } = await getBoardJson(
        context,
        { url: searchUrl, source: label, cacheTtlMs: hiringThreadTtlMs, cacheReason: hiringThreadCacheReason },
        searchResponse,
      );
      const thread = hits.find((hit) => hiringTitle.test(hit.title ?? ''));
      if (!thread) {
        throw new SourceError('BOARD_ERROR', `${label} has no recent "Who is hiring?" thread.`);
      }
      const threadUrl = boardUrl(origin, `/api/v1/items/${encodeURIComponent(thread.objectID)}`);
      const { children } = await getBoardJson(
        context,
        { url: threadUrl, source: label, cacheTtlMs: hiringThreadTtlMs, cacheReason: hiringThreadCacheReason, maxBytes: threadMaxBytes },
        itemResponse,
      );
      const readable = children.filter((child) => {
        const parsed = comment.safeParse(child);
        return parsed.success && parseHiringComment(parsed.data.text) !== null;
      });
      const postings = postingsFrom(label, readable, comment, (item) => {
        const read = parseHiringComment(item.text);
        const link = read?.link ?? itemUrl(item.id);
        return {
          title: read?.title ?? `Openings at ${read?.company ?? 'a company'}`,
          company: read?.company ?? '',
          location: read?.location ?? null,
          remote: read?.remote ?? null,
          salary: null,
          employment_type: null,
          posted_at: parsePostedAt(item.created_at_i ?? item.created_at),
          url: link,
          source: 'hackernews',
          source_url: itemUrl(item.id),
          tags: [],
          description: read?.text ?? '',
        };
      });
      return selectPostings(postings, query, { matchText: true, matchLocation: true });
    },
  };
}

/** Hacker News "Who is hiring?": keyless, on unless JOBPILOT_JOB_SOURCES leaves it out. */
export const hackerNewsBoard = defineJobBoard({
  name: 'hackernews',
  kind: 'keyless',
  settings: noVariables,
  create: ({ origin }) => createHackerNewsSource({ origin }),
});
