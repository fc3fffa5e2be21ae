import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../src/jobs/http-client.ts';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createJobicySource, jobicyFeedTtlMs } from '../../../src/jobs/sources/jobicy.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../stub-board.ts';
import { expectTimeoutDegrades, testHttpClient } from './degradation.ts';

let board: StubBoard;
beforeEach(async () => {
  board = await startStubBoard({ json: boardFixture('jobicy') });
});
afterEach(() => board.close());

const context = () => ({ http: testHttpClient(), signal: new AbortController().signal });
const search = (query: JobQuery) => createJobicySource({ origin: board.origin }).search(query, context());

describe('the Jobicy adapter against a stub of its remote-jobs feed', () => {
  it('reads the latest feed with salaries, HTML entities and the region candidates must live in', async () => {
    const postings = await search({ text: '', limit: 10 });

    expect(board.requests[0]?.path).toBe('/api/v2/remote-jobs');
    expect(board.requests[0]?.query).toEqual({ count: '50' });
    expect(postings[0]).toEqual({
      title: 'Senior Site Reliability Engineer',
      company: 'Dynatrace',
      location: 'Anywhere',
      remote: true,
      salary: null,
      employment_type: 'full_time',
      posted_at: '2026-12-04T04:10:26.000Z',
      url: 'https://jobicy.com/jobs/113597-senior-site-reliability-engineer',
      source: 'jobicy',
      source_url: 'https://jobicy.com/jobs/113597-senior-site-reliability-engineer',
      tags: ['Software Engineering', 'Senior'],
      description: 'Automate Kubernetes rollouts & monitoring.\n\n• Terraform',
    });
    expect(postings[1]).toMatchObject({
      location: 'USA',
      salary: { min: 150000, max: 220000, currency: 'USD', period: 'year' },
      tags: ['Data Science'],
    });
    expect(postings[2]).toMatchObject({
      title: 'Marketing Lead – EMEA',
      salary: { min: 90000, max: null, currency: 'EUR', period: 'year' },
      employment_type: 'contract',
      description: '',
    });
  });

  it('asks for a few reads a day: every search shares one cached read of the feed', async () => {
    let clock = Date.parse('2026-12-05T08:00:00Z');
    const http = createHttpClient({ minIntervalMs: 0, now: () => clock });
    const jobicy = createJobicySource({ origin: board.origin });
    const signal = new AbortController().signal;
    const sre = await jobicy.search({ text: 'kubernetes', limit: 10 }, { http, signal });
    const usa = await jobicy.search({ text: '', location: 'USA', limit: 10 }, { http, signal });
    expect(sre.map((posting) => posting.company)).toEqual(['Dynatrace']);
    // "Anywhere" is open to the USA too.
    expect(usa.map((posting) => posting.company)).toEqual(['Dynatrace', 'Deepgram']);
    expect(board.requests).toHaveLength(1);
    clock += jobicyFeedTtlMs + 1;
    await jobicy.search({ text: '', limit: 10 }, { http, signal });
    expect(board.requests).toHaveLength(2);
  });

  it('times out without holding up the other sources', async () => {
    await expectTimeoutDegrades((origin) => createJobicySource({ origin }), { text: '', limit: 10 }, 'Jobicy');
  });
});
