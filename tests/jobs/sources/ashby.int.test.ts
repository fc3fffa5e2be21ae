import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createAshbySource } from '../../../src/jobs/sources/ashby.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../stub-board.ts';
import { defaultUserAgent, expectDegradedSearch, expectTimeoutDegrades, testHttpClient } from './degradation.ts';

let board: StubBoard;
beforeEach(async () => {
  board = await startStubBoard({ json: boardFixture('ashby') });
});
afterEach(() => board.close());

const search = (query: JobQuery) =>
  createAshbySource({ board: 'linear', origin: board.origin }).search(query, {
    http: testHttpClient(),
    signal: new AbortController().signal,
  });

describe('the Ashby adapter against a stub of the posting API', () => {
  it('asks for compensation, skips unlisted jobs and reads the salary component', async () => {
    const postings = await search({ text: '', company: 'Linear', limit: 10 });

    const [request] = board.requests;
    expect(request?.path).toBe('/posting-api/job-board/linear');
    expect(request?.query).toEqual({ includeCompensation: 'true' });
    expect(request?.headers['user-agent']).toBe(defaultUserAgent);

    expect(postings.map((posting) => posting.title)).toEqual([
      'Senior Product Engineer',
      'Customer Success Lead',
    ]);
    expect(postings[0]).toEqual({
      title: 'Senior Product Engineer',
      company: 'Linear',
      // (Its secondaryLocations are listed too: a search in San Francisco finds it.)
      location: 'Remote (North America); San Francisco',
      remote: true,
      salary: { min: 180000, max: 240000, currency: 'USD', period: 'year' },
      employment_type: 'full_time',
      posted_at: '2024-04-12T17:53:45.179Z',
      url: 'https://jobs.ashbyhq.com/linear/4e8b1f2a-6c3d-4b5e-8f9a-0b1c2d3e4f5a',
      source: 'ashby',
      source_url: 'https://jobs.ashbyhq.com/linear/4e8b1f2a-6c3d-4b5e-8f9a-0b1c2d3e4f5a',
      tags: ['Engineering', 'Product'],
      description: 'Build the issue tracker people love.\n\nYou have\n\n• TypeScript\n• React',
    });
    // No salary component: the summary text is read. No HTML: the plain text is tidied.
    expect(postings[1]).toEqual({
      title: 'Customer Success Lead',
      company: 'Linear',
      location: 'London',
      remote: false,
      salary: { min: 60000, max: 75000, currency: 'GBP', period: 'year' },
      employment_type: 'part_time',
      posted_at: '2024-05-02T08:30:00.000Z',
      url: 'https://jobs.ashbyhq.com/linear/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      source: 'ashby',
      source_url: 'https://jobs.ashbyhq.com/linear/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      // Department and team are the same here: one tag.
      tags: ['Customer Experience'],
      // (Its workplaceType, Hybrid, is said first: the text alone would not say it.)
      description: 'Workplace: Hybrid.\n\nHelp customers succeed.\n\nBased in London.',
    });
  });

  it('filters by keyword and remote here', async () => {
    const typescript = await search({ text: 'typescript', company: 'linear', limit: 10 });
    expect(typescript.map((posting) => posting.title)).toEqual(['Senior Product Engineer']);
    const remote = await search({ text: '', company: 'linear', remote: true, limit: 10 });
    expect(remote.map((posting) => posting.title)).toEqual(['Senior Product Engineer']);
  });

  it('times out without holding up the other sources', async () => {
    await expectTimeoutDegrades(
      (origin) => createAshbySource({ board: 'linear', origin }),
      { text: '', company: 'linear', limit: 10 },
      'Ashby (linear)',
    );
  });

  it('reports a truncated body while the other sources still answer', async () => {
    await expectDegradedSearch(
      (origin) => createAshbySource({ board: 'linear', origin }),
      { text: '', company: 'linear', limit: 10 },
      { body: '{"apiVersion":"1","jobs":[{"id":"4e8b' },
      {
        code: 'INVALID_JSON',
        message: /^Ashby \(127\.0\.0\.1:\d+\/posting-api\/job-board\/linear\) answered with something that is not JSON/,
        summary: 'Ashby (linear) sent an unreadable answer; 1 result from 1 source',
      },
    );
  });
});
