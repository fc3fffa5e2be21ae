import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createRemotiveSource } from '../../../src/jobs/sources/remotive.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../stub-board.ts';
import { defaultUserAgent, expectDegradedSearch, expectTimeoutDegrades, testHttpClient } from './degradation.ts';

let board: StubBoard;
beforeEach(async () => {
  board = await startStubBoard({ json: boardFixture('remotive') });
});
afterEach(() => board.close());

const search = (query: JobQuery) =>
  createRemotiveSource({ origin: board.origin }).search(query, {
    http: testHttpClient(),
    signal: new AbortController().signal,
  });

describe('the Remotive adapter against a stub of /api/remote-jobs', () => {
  it('searches server-side and normalises every field', async () => {
    const postings = await search({ text: 'backend engineer', limit: 10 });

    expect(board.requests).toHaveLength(1);
    const [request] = board.requests;
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/api/remote-jobs');
    expect(request?.query).toEqual({ search: 'backend engineer', limit: '10' });
    expect(request?.headers['user-agent']).toBe(defaultUserAgent);
    expect(request?.headers.accept).toBe('application/json');

    expect(postings).toHaveLength(2);
    expect(postings[0]).toEqual({
      title: 'Senior Backend Engineer (m/w/d)',
      company: 'Stripe, Inc.',
      location: 'USA',
      remote: true,
      salary: { min: 180000, max: 240000, currency: 'USD', period: 'year' },
      employment_type: 'full_time',
      // Remotive's dates carry no zone; they are UTC.
      posted_at: '2024-05-02T10:39:19.000Z',
      url: 'https://remotive.com/remote-jobs/software-dev/senior-backend-engineer-1912345',
      source: 'remotive',
      source_url: 'https://remotive.com/remote-jobs/software-dev/senior-backend-engineer-1912345',
      tags: ['ruby', 'go', 'payments'],
      description:
        "Stripe is a financial infrastructure platform for businesses.\n\nWhat you'll do\n\n• Design and build backend APIs\n• Scale & operate payment services\n\nApply on our site",
    });
    // "Competitive" states no pay; an empty location is no location.
    expect(postings[1]).toMatchObject({
      title: 'Backend Developer - TypeScript',
      company: 'Doist',
      location: null,
      salary: null,
      employment_type: 'contract',
      posted_at: '2024-04-29T16:05:00.000Z',
      tags: [],
      description: "Work on Todoist's sync backend.\n\nNode.js, PostgreSQL.",
    });
  });

  it("asks for the company named, and keeps only that company's postings", async () => {
    const postings = await search({ text: 'backend', company: 'stripe', limit: 10 });
    expect(board.requests[0]?.query).toEqual({ search: 'backend', company_name: 'stripe', limit: '10' });
    expect(postings.map((posting) => posting.company)).toEqual(['Stripe, Inc.']);
  });

  it('keeps only the locations asked for and the limit', async () => {
    const postings = await search({ text: 'backend', location: 'usa', limit: 5 });
    // The Doist posting names no region, so it may be anywhere and stays.
    expect(postings.map((posting) => posting.company)).toEqual(['Stripe, Inc.', 'Doist']);
    const limited = await search({ text: 'backend', limit: 1 });
    expect(limited.map((posting) => posting.company)).toEqual(['Stripe, Inc.']);
  });

  it('times out without holding up the other sources', async () => {
    await expectTimeoutDegrades(
      (origin) => createRemotiveSource({ origin }),
      { text: 'backend', limit: 10 },
      'Remotive',
    );
  });

  it('reports a malformed answer while the other sources still answer', async () => {
    await expectDegradedSearch(
      (origin) => createRemotiveSource({ origin }),
      { text: 'backend', limit: 10 },
      { json: { 'job-count': 1, jobs: 'temporarily unavailable' } },
      {
        code: 'MALFORMED_RESPONSE',
        message: /^Remotive answered in an unexpected shape \(jobs: Invalid input: expected array, received string\)\.$/,
        summary: 'Remotive sent an unreadable answer; 1 result from 1 source',
      },
    );
  });
});
