import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createSerpApiSource } from '../../../src/jobs/sources/serpapi.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../stub-board.ts';
import { defaultUserAgent, expectDegradedSearch, expectTimeoutDegrades, testHttpClient } from './degradation.ts';

let board: StubBoard;
beforeEach(async () => {
  board = await startStubBoard({ json: boardFixture('serpapi') });
});
afterEach(() => board.close());

const now = () => Date.parse('2024-05-10T12:00:00Z');
const serpApi = (origin: string) => createSerpApiSource({ apiKey: 'serp-secret', origin, now });

const search = (query: JobQuery) =>
  serpApi(board.origin).search(query, {
    http: testHttpClient(),
    signal: new AbortController().signal,
  });

describe('the SerpAPI Google Jobs adapter against a stub of /search.json', () => {
  it('asks the google_jobs engine and reads the detected extensions', async () => {
    const postings = await search({ text: 'python developer', location: 'Berlin, Germany', limit: 10 });

    const [request] = board.requests;
    expect(request?.path).toBe('/search.json');
    expect(request?.query).toEqual({
      engine: 'google_jobs',
      q: 'python developer',
      location: 'Berlin, Germany',
      api_key: 'serp-secret',
    });
    expect(request?.headers['user-agent']).toBe(defaultUserAgent);

    expect(postings).toHaveLength(2);
    expect(postings[0]).toEqual({
      title: 'Python Developer',
      company: 'N26',
      location: 'Berlin, Germany',
      remote: null,
      salary: { min: 60000, max: 80000, currency: 'EUR', period: 'year' },
      employment_type: 'full_time',
      // "3 days ago", read against the injected clock.
      posted_at: '2024-05-07T12:00:00.000Z',
      url: 'https://www.linkedin.com/jobs/view/python-developer-at-n26-3901234567?utm_campaign=google_jobs_apply',
      source: 'serpapi',
      source_url:
        'https://www.google.com/search?ibp=htl;jobs&q=python+developer#htidocid=eyJqb2JfdGl0bGUiOiJQeXRob24i',
      tags: [],
      description: 'N26 is looking for a Python developer.\n\nYou will build banking services.',
    });
    // No apply options: Google's share link; work_from_home says remote.
    expect(postings[1]).toMatchObject({
      title: 'Senior Python Engineer',
      location: 'Anywhere',
      remote: true,
      salary: null,
      employment_type: 'contract',
      posted_at: '2024-05-10T11:00:00.000Z',
      url: 'https://www.google.com/search?ibp=htl;jobs&q=python+developer#htidocid=eyJqb2JfdGl0bGUiOiJTZW5pb3Ii',
    });
  });

  it('asks for work from home, and reads "no results" as an empty answer', async () => {
    board.reply({
      json: {
        search_metadata: { status: 'Success' },
        error: "Google hasn't returned any results for this query.",
      },
    });
    expect(await search({ text: 'cobol', remote: true, limit: 10 })).toEqual([]);
    expect(board.requests[0]?.query).toMatchObject({ q: 'cobol', ltype: '1' });
  });

  it('times out without holding up the other sources', async () => {
    await expectTimeoutDegrades(serpApi, { text: 'python', limit: 10 }, 'SerpAPI');
  });

  it('reports an invalid key while the other sources still answer', async () => {
    await expectDegradedSearch(
      serpApi,
      { text: 'python', limit: 10 },
      { status: 401, json: { error: 'Invalid API key. Your API key should be here: https://serpapi.com/manage-api-key' } },
      {
        code: 'HTTP_STATUS',
        message: /^SerpAPI \(127\.0\.0\.1:\d+\/search\.json\) answered HTTP 401\.$/,
        summary: 'SerpAPI answered with an error; 1 result from 1 source',
      },
    );
  });

  it('reports an answer with neither jobs nor a known error as the board failing', async () => {
    await expectDegradedSearch(
      serpApi,
      { text: 'python', limit: 10 },
      { json: { search_metadata: { status: 'Error' }, error: 'Your account has run out of searches.' } },
      {
        code: 'BOARD_ERROR',
        message: /^SerpAPI answered with an error: Your account has run out of searches\.$/,
        summary: 'SerpAPI answered with an error; 1 result from 1 source',
      },
    );
  });
});
