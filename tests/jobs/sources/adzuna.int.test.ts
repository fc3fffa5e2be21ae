import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createAdzunaSource } from '../../../src/jobs/sources/adzuna.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../stub-board.ts';
import { defaultUserAgent, expectDegradedSearch, expectTimeoutDegrades, testHttpClient } from './degradation.ts';

let board: StubBoard;
beforeEach(async () => {
  board = await startStubBoard({ json: boardFixture('adzuna') });
});
afterEach(() => board.close());

const adzuna = (origin: string, country?: string) =>
  createAdzunaSource({ appId: 'app-123', appKey: 'key-456', country, origin });

const search = (query: JobQuery, country?: string) =>
  adzuna(board.origin, country).search(query, {
    http: testHttpClient(),
    signal: new AbortController().signal,
  });

describe('the Adzuna adapter against a stub of the search API', () => {
  it('sends the keys, keywords and place, and strips the highlight markup', async () => {
    const postings = await search({ text: 'typescript', location: 'Austin', limit: 80 });

    const [request] = board.requests;
    expect(request?.path).toBe('/v1/api/jobs/us/search/1');
    expect(request?.query).toEqual({
      app_id: 'app-123',
      app_key: 'key-456',
      what: 'typescript',
      where: 'Austin',
      // Adzuna allows at most 50 a page.
      results_per_page: '50',
      'content-type': 'application/json',
    });
    expect(request?.headers['user-agent']).toBe(defaultUserAgent);

    expect(postings).toHaveLength(2);
    expect(postings[0]).toEqual({
      title: 'TypeScript Engineer',
      company: 'Acme Corp',
      location: 'Austin, Travis County',
      remote: null,
      salary: { min: 110000, max: 130000, currency: 'USD', period: 'year' },
      employment_type: 'full_time',
      posted_at: '2024-05-03T09:12:44.000Z',
      url: 'https://www.adzuna.com/land/ad/4567890123?se=abc&utm_medium=api&utm_source=1a2b3c4d&v=DEF',
      source: 'adzuna',
      source_url: 'https://www.adzuna.com/land/ad/4567890123?se=abc&utm_medium=api&utm_source=1a2b3c4d&v=DEF',
      tags: ['IT Jobs'],
      description: 'Acme is hiring a TypeScript engineer to build internal tools & APIs…',
    });
    // A salary Adzuna predicted is not the posting's; "Remote" in the title says remote.
    expect(postings[1]).toMatchObject({
      title: 'Remote Frontend Developer (TypeScript)',
      company: 'Globex',
      remote: true,
      salary: null,
      employment_type: 'contract',
    });
  });

  it('looks for the company named among the keywords', async () => {
    const postings = await search({ text: 'typescript', company: 'Globex', limit: 10 });
    expect(board.requests[0]?.query.what).toBe('typescript Globex');
    expect(postings.map((posting) => posting.company)).toEqual(['Globex']);
  });

  it('asks the configured country and quotes its currency', async () => {
    const postings = await search({ text: 'typescript', limit: 10 }, 'gb');
    expect(board.requests[0]?.path).toBe('/v1/api/jobs/gb/search/1');
    expect(board.requests[0]?.query.where).toBeUndefined();
    expect(postings[0]?.salary).toEqual({ min: 110000, max: 130000, currency: 'GBP', period: 'year' });
  });

  it('times out without holding up the other sources', async () => {
    await expectTimeoutDegrades((origin) => adzuna(origin), { text: 'typescript', limit: 10 }, 'Adzuna');
  });

  it('reports a refused key without leaking it, while the other sources still answer', async () => {
    await expectDegradedSearch(
      (origin) => adzuna(origin),
      { text: 'typescript', limit: 10 },
      {
        status: 401,
        json: { __CLASS__: 'Adzuna::API::Response::Exception', exception: 'AUTH_FAIL', display: 'Authorisation failed' },
      },
      {
        code: 'HTTP_STATUS',
        // The URL in the message stops at the path: the key travels in the query string.
        message: /^Adzuna \(127\.0\.0\.1:\d+\/v1\/api\/jobs\/us\/search\/1\) answered HTTP 401\.$/,
        summary: 'Adzuna answered with an error; 1 result from 1 source',
      },
    );
  });
});
