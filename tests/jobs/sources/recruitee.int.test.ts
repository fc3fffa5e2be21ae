import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createRecruiteeSource } from '../../../src/jobs/sources/recruitee.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../stub-board.ts';
import { expectTimeoutDegrades, testHttpClient } from './degradation.ts';

let board: StubBoard;
beforeEach(async () => {
  board = await startStubBoard({ json: boardFixture('recruitee') });
});
afterEach(() => board.close());

const search = (query: JobQuery) =>
  createRecruiteeSource({ company: 'bunq', origin: board.origin }).search(query, {
    http: testHttpClient(),
    signal: new AbortController().signal,
  });

describe('the Recruitee adapter against a stub of a careers site', () => {
  it('reads the offers with their HTML, salary strings and work-mode flags', async () => {
    const postings = await search({ text: '', company: 'bunq', limit: 10 });

    expect(board.requests[0]?.path).toBe('/api/offers/');
    expect(postings).toHaveLength(2);
    expect(postings[0]).toEqual({
      title: 'Senior Backend Engineer (TypeScript)',
      company: 'bunq',
      location: 'Amsterdam, Netherlands',
      remote: false,
      salary: { min: 5000, max: 6500, currency: 'EUR', period: 'month' },
      employment_type: 'full_time',
      posted_at: '2026-11-30T08:15:00.000Z',
      // The employer's own apply form; the offer page is the source.
      url: 'https://bunq.recruitee.com/o/senior-backend-engineer-typescript/c/new',
      source: 'recruitee',
      source_url: 'https://bunq.recruitee.com/o/senior-backend-engineer-typescript',
      // `experience_code` is kept as a tag, where searches read a level.
      tags: ['Engineering', 'TypeScript', 'Fintech', 'experienced'],
      description: 'Build our payments API & ledger.\n\n• Node.js\n• PostgreSQL',
    });
    expect(postings[1]).toMatchObject({
      company: 'Bunq',
      location: null,
      remote: true,
      salary: null,
      employment_type: 'part_time',
      posted_at: '2026-11-25T12:00:00.000Z',
      url: 'https://bunq.recruitee.com/o/customer-support-agent',
    });
  });

  it('filters by keyword here (the API has no search)', async () => {
    const postings = await search({ text: 'postgresql', company: 'bunq', limit: 10 });
    expect(postings.map((posting) => posting.title)).toEqual(['Senior Backend Engineer (TypeScript)']);
  });

  it('times out without holding up the other sources', async () => {
    await expectTimeoutDegrades(
      (origin) => createRecruiteeSource({ company: 'bunq', origin }),
      { text: '', company: 'bunq', limit: 10 },
      'Recruitee (bunq)',
    );
  });
});
