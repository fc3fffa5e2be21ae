import { afterEach, describe, expect, it } from 'vitest';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createTheMuseSource } from '../../../src/jobs/sources/themuse.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../stub-board.ts';
import { expectTimeoutDegrades, testHttpClient } from './degradation.ts';

let board: StubBoard | undefined;
afterEach(() => board?.close());

const start = async () => {
  board = await startStubBoard((request) => ({
    json: boardFixture(request.query.page === '0' ? 'themuse' : 'themuse-page1'),
  }));
  return board;
};
const search = (origin: string, query: JobQuery) =>
  createTheMuseSource({ origin }).search(query, { http: testHttpClient(), signal: new AbortController().signal });

describe('The Muse adapter against a stub of its public jobs API', () => {
  it('reads a page newest first, with remote as "Flexible / Remote" and a link back to The Muse', async () => {
    const { origin, requests } = await start();
    const postings = await search(origin, { text: '', limit: 3 });

    expect(requests.map(({ path, query }) => ({ path, query }))).toEqual([
      { path: '/api/public/jobs', query: { page: '0', descending: 'true' } },
    ]);
    expect(postings[0]).toEqual({
      title: 'Senior Software Engineer, Platform',
      company: 'Northwind',
      location: 'Flexible / Remote; New York, NY',
      remote: true,
      salary: null,
      employment_type: null,
      posted_at: '2026-12-03T18:22:31.000Z',
      url: 'https://www.themuse.com/jobs/northwind/senior-software-engineer-platform-4d2f1a',
      source: 'themuse',
      source_url: 'https://www.themuse.com/jobs/northwind/senior-software-engineer-platform-4d2f1a',
      tags: ['Software Engineering', 'Senior Level'],
      description: 'Ship TypeScript services & mentor others.',
    });
    expect(postings[1]).toMatchObject({ location: 'Chicago, IL', remote: false });
    // No locations, no contents, no date: nulls and an empty description, not a failure.
    expect(postings[2]).toMatchObject({ location: null, remote: null, posted_at: null, description: '' });
  });

  it('filters by keyword here and reads the next page while too few match', async () => {
    const { origin, requests } = await start();
    const postings = await search(origin, { text: 'typescript', limit: 5 });
    expect(requests.map(({ query }) => query.page)).toEqual(['0', '1']);
    expect(postings.map((posting) => posting.company)).toEqual(['Northwind', 'Globex']);
  });

  it('times out without holding up the other sources', async () => {
    await expectTimeoutDegrades((origin) => createTheMuseSource({ origin }), { text: '', limit: 10 }, 'The Muse');
  });
});
