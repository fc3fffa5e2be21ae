import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createJSearchSource } from '../../../src/jobs/sources/jsearch.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../stub-board.ts';
import { defaultUserAgent, expectDegradedSearch, expectTimeoutDegrades, testHttpClient } from './degradation.ts';

let board: StubBoard;
beforeEach(async () => {
  board = await startStubBoard({ json: boardFixture('jsearch') });
});
afterEach(() => board.close());

const jsearch = (origin: string) => createJSearchSource({ apiKey: 'rapid-secret', origin });

const search = (query: JobQuery) =>
  jsearch(board.origin).search(query, {
    http: testHttpClient(),
    signal: new AbortController().signal,
  });

describe('the JSearch adapter against a stub of the RapidAPI search endpoint', () => {
  it('sends the RapidAPI headers and the place inside the query', async () => {
    const postings = await search({ text: 'rust developer', location: 'Berlin', limit: 10 });

    const [request] = board.requests;
    expect(request?.path).toBe('/search');
    expect(request?.query).toEqual({ query: 'rust developer in Berlin', page: '1', num_pages: '1' });
    expect(request?.headers['x-rapidapi-key']).toBe('rapid-secret');
    expect(request?.headers['x-rapidapi-host']).toBe('jsearch.p.rapidapi.com');
    expect(request?.headers['user-agent']).toBe(defaultUserAgent);

    expect(postings).toHaveLength(2);
    expect(postings[0]).toEqual({
      title: 'Rust Developer',
      company: 'Ferrous Systems GmbH',
      location: 'Berlin, Germany',
      remote: false,
      salary: { min: 65000, max: 85000, currency: 'EUR', period: 'year' },
      employment_type: 'full_time',
      posted_at: '2024-04-30T12:00:00.000Z',
      url: 'https://www.linkedin.com/jobs/view/rust-developer-at-ferrous-systems-3725941323',
      source: 'jsearch',
      source_url:
        'https://www.google.com/search?q=jobs&gl=us&hl=en&udm=8#vhid=y3qx-Vemzh9il51RAAAAAA%3D%3D',
      tags: [],
      // Plain text already: line breaks kept, the run of blank lines collapsed.
      description:
        'We build Rust tooling.\n\nResponsibilities:\n• Write embedded Rust\n• Teach trainings\n\nBenefits: 30 days of holiday.',
    });
    // No datetime: the epoch-seconds timestamp; no city or place: the country.
    expect(postings[1]).toMatchObject({
      company: 'Oxide Computer Company',
      location: 'US',
      remote: true,
      salary: null,
      employment_type: 'contract',
      posted_at: '2024-04-28T10:26:40.000Z',
      source_url: 'https://oxide.computer/careers/firmware',
    });
  });

  it('asks for remote work and names the company in the query', async () => {
    await search({ text: 'backend', company: 'Oxide', remote: true, limit: 10 });
    expect(board.requests[0]?.query).toEqual({
      query: 'backend Oxide',
      page: '1',
      num_pages: '1',
      work_from_home: 'true',
    });
  });

  it('times out without holding up the other sources', async () => {
    await expectTimeoutDegrades(jsearch, { text: 'rust', limit: 10 }, 'JSearch');
  });

  it('reports an error envelope while the other sources still answer', async () => {
    await expectDegradedSearch(
      jsearch,
      { text: 'rust', limit: 10 },
      { json: { status: 'ERROR', request_id: 'abc', error: { message: 'Rate limit exceeded', code: 429 } } },
      {
        code: 'BOARD_ERROR',
        message: /^JSearch answered with an error: Rate limit exceeded\.$/,
        summary: 'JSearch answered with an error; 1 result from 1 source',
      },
    );
  });
});
