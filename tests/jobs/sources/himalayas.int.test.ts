import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createHimalayasSource } from '../../../src/jobs/sources/himalayas.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../stub-board.ts';
import { defaultUserAgent, expectDegradedSearch, expectTimeoutDegrades, testHttpClient } from './degradation.ts';

let board: StubBoard;
beforeEach(async () => {
  board = await startStubBoard({ json: boardFixture('himalayas') });
});
afterEach(() => board.close());

const search = (query: JobQuery) =>
  createHimalayasSource({ origin: board.origin }).search(query, {
    http: testHttpClient(),
    signal: new AbortController().signal,
  });

describe('the Himalayas adapter against a stub of /jobs/api', () => {
  it('sends keywords to the search endpoint and normalises every field', async () => {
    const postings = await search({ text: ' platform engineer ', limit: 10 });

    const [request] = board.requests;
    expect(request?.path).toBe('/jobs/api/search');
    expect(request?.query).toEqual({ q: 'platform engineer' });
    expect(request?.headers['user-agent']).toBe(defaultUserAgent);

    expect(postings).toHaveLength(2);
    expect(postings[0]).toEqual({
      title: 'Staff Platform Engineer',
      company: 'GitLab',
      location: 'United States, Canada',
      remote: true,
      salary: { min: 150000, max: 210000, currency: 'USD', period: 'year' },
      employment_type: 'full_time',
      // pubDate in epoch seconds…
      posted_at: '2024-05-01T21:46:40.000Z',
      url: 'https://himalayas.app/companies/gitlab/jobs/staff-platform-engineer',
      source: 'himalayas',
      source_url: 'https://himalayas.app/companies/gitlab/jobs/staff-platform-engineer',
      // The board's `seniority` is kept as a tag, where searches read a level.
      tags: ['Kubernetes', 'Go', 'Platform-Engineering', 'Senior'],
      description: 'Lead the platform team.\n\n• Kubernetes\n• Terraform',
    });
    expect(postings[1]).toEqual({
      title: 'Developer Advocate',
      company: 'Supabase',
      // No restriction means anywhere.
      location: null,
      remote: true,
      salary: null,
      employment_type: 'contract',
      // …and in epoch milliseconds.
      posted_at: '2024-04-30T18:00:00.000Z',
      url: 'https://himalayas.app/companies/supabase/jobs/developer-advocate',
      source: 'himalayas',
      // A guid that is not a link falls back to the application link.
      source_url: 'https://himalayas.app/companies/supabase/jobs/developer-advocate',
      tags: ['Developer-Relations', 'Mid-level'],
      // An empty description falls back to the excerpt.
      description: 'Teach developers to build with our APIs.',
    });
  });

  it('lists the latest openings when there are no keywords, and reads countries as objects too', async () => {
    board.reply({
      json: {
        jobs: [
          {
            title: 'Data Engineer',
            companyName: 'Remote Co',
            locationRestrictions: [{ alpha2: 'DE', name: 'Germany', slug: 'germany' }],
            pubDate: 1714600000,
            applicationLink: 'https://himalayas.app/companies/remote-co/jobs/data-engineer',
          },
        ],
      },
    });
    const postings = await search({ text: '', limit: 5 });
    expect(board.requests[0]?.path).toBe('/jobs/api');
    expect(board.requests[0]?.query).toEqual({ limit: '5' });
    expect(postings.map((posting) => [posting.title, posting.location])).toEqual([['Data Engineer', 'Germany']]);
  });

  it('times out without holding up the other sources', async () => {
    await expectTimeoutDegrades((origin) => createHimalayasSource({ origin }), { text: 'go', limit: 10 }, 'Himalayas');
  });

  it('reports an HTTP error while the other sources still answer', async () => {
    await expectDegradedSearch(
      (origin) => createHimalayasSource({ origin }),
      { text: 'go', limit: 10 },
      { status: 503, json: { message: 'Service temporarily unavailable' } },
      {
        code: 'HTTP_STATUS',
        message: /^Himalayas \(127\.0\.0\.1:\d+\/jobs\/api\/search\) answered HTTP 503\.$/,
        summary: 'Himalayas answered with an error; 1 result from 1 source',
      },
    );
  });
});
