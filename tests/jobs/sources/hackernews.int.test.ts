import { afterEach, describe, expect, it } from 'vitest';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createHackerNewsSource } from '../../../src/jobs/sources/hackernews.ts';
import { searchSources } from '../../../src/jobs/search-sources.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../stub-board.ts';
import { expectTimeoutDegrades, testHttpClient } from './degradation.ts';

let board: StubBoard | undefined;
afterEach(() => board?.close());

const start = async (search: unknown = boardFixture('hackernews-search')) => {
  board = await startStubBoard((request) => ({
    json: request.path === '/api/v1/search_by_date' ? search : boardFixture('hackernews-thread'),
  }));
  return board;
};
const search = (origin: string, query: JobQuery) =>
  createHackerNewsSource({ origin }).search(query, { http: testHttpClient(), signal: new AbortController().signal });

describe('the Hacker News "Who is hiring?" adapter against a stub of the Algolia HN API', () => {
  it('finds the latest hiring thread and reads each top-level comment as one posting', async () => {
    const { origin, requests } = await start();
    const postings = await search(origin, { text: '', limit: 10 });

    expect(requests.map(({ path, query }) => ({ path, query }))).toEqual([
      { path: '/api/v1/search_by_date', query: { tags: 'story,author_whoishiring', hitsPerPage: '10' } },
      // Not the freelancer or "wants to be hired" threads posted the same day.
      { path: '/api/v1/items/46100001', query: {} },
    ]);
    // The deleted comment and the moderator's note are skipped; the reply is not a posting.
    expect(postings).toHaveLength(3);
    expect(postings[0]).toEqual({
      title: 'Senior Backend Engineer (Go)',
      company: 'Acme Robotics',
      location: 'Berlin, Germany',
      remote: false,
      salary: null,
      employment_type: null,
      posted_at: '2026-12-01T16:05:00.000Z',
      // The employer's own link from the comment; the comment is the source.
      url: 'https://acme-robotics.example/jobs/backend',
      source: 'hackernews',
      source_url: 'https://news.ycombinator.com/item?id=46100010',
      tags: [],
      description:
        'Acme Robotics | Senior Backend Engineer (Go) | Berlin, Germany | ONSITE\n\nWe build warehouse robots. Stack: Go, Postgres, Kafka.\n\nApply: https://acme-robotics.example/jobs/backend',
    });
    expect(postings[1]).toMatchObject({
      company: 'Quillo',
      title: 'Founding Engineer, TypeScript',
      location: 'US',
      remote: true,
      url: 'https://news.ycombinator.com/item?id=46100011',
    });
    expect(postings[2]).toMatchObject({ company: 'Contoso Health', location: 'New York, NY', remote: false });
  });

  it('filters by keyword and remote here', async () => {
    const { origin } = await start();
    const remote = await search(origin, { text: 'typescript', remote: true, limit: 10 });
    expect(remote.map((posting) => posting.company)).toEqual(['Quillo']);
  });

  it('reports a month with no hiring thread while the other sources answer', async () => {
    const { origin } = await start({ hits: [{ objectID: '1', title: 'Ask HN: Who wants to be hired? (December 2026)' }] });
    const answer = await searchSources({ text: '', limit: 10 }, {
      sources: [createHackerNewsSource({ origin })],
      http: testHttpClient(),
      timeoutMs: 2_000,
    });
    expect(answer.errors).toEqual([
      expect.objectContaining({ source: 'hackernews', code: 'BOARD_ERROR', message: 'Hacker News has no recent "Who is hiring?" thread.' }),
    ]);
  });

  it('times out without holding up the other sources', async () => {
    await expectTimeoutDegrades(
      (origin) => createHackerNewsSource({ origin }),
      { text: '', limit: 10 },
      'Hacker News (Who is hiring?)',
    );
  });
});
