import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createRecruiteeSource } from '../../../src/jobs/sources/recruitee.ts';
import { arrangementText, readWorkArrangement } from '../../../src/jobs/work-arrangement.ts';
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
      // Its `hybrid: true` flag leads the text, where the work arrangement is read.
      description: 'Workplace: Hybrid.\n\nBuild our payments API & ledger.\n\n• Node.js\n• PostgreSQL',
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

  it("reads the offer's hybrid and on-site flags as its work arrangement, with the days its text gives (trial-s46 #37)", async () => {
    const offer = (id: number, title: string, flags: { remote: boolean; hybrid: boolean; on_site: boolean }, description: string) => ({
      id,
      slug: title.toLowerCase().replace(/\W+/g, '-'),
      title,
      description,
      requirements: '<p>English fluent. Swedish is a plus.</p>',
      status: 'published',
      department: 'Battery Engineering',
      location: 'Skellefteå, Sweden',
      city: 'Skellefteå',
      country: 'Sweden',
      ...flags,
      employment_type_code: 'fulltime_permanent',
      salary: { min: '52000', max: '61000', period: 'month', currency: 'SEK' },
      published_at: '2026-12-03 09:10:00 UTC',
      careers_url: `https://lumacell.recruitee.com/o/${id}`,
      careers_apply_url: `https://lumacell.recruitee.com/o/${id}/c/new`,
      company_name: 'LumaCell AB',
      tags: [],
    });
    board.reply({
      json: {
        offers: [
          offer(1, 'Senior Cell Validation Engineer', { remote: false, hybrid: true, on_site: false }, '<p>Validate cells for our next pack.</p><p>Up to 2 days a week from home.</p>'),
          offer(2, 'Formation Line Technician', { remote: false, hybrid: false, on_site: true }, '<p>Run the formation line.</p>'),
          offer(3, 'BMS Firmware Engineer', { remote: true, hybrid: false, on_site: false }, '<p>Embedded C for the BMS.</p>'),
        ],
      },
    });
    const postings = await search({ text: '', limit: 10 });
    const arrangements = postings.map((posting) => [posting.title, posting.remote, readWorkArrangement(posting) && arrangementText(readWorkArrangement(posting) as NonNullable<ReturnType<typeof readWorkArrangement>>)]);
    expect(arrangements).toEqual([
      ['Senior Cell Validation Engineer', false, 'hybrid: up to 2 days a week from home, the rest in the office'],
      ['Formation Line Technician', false, 'on-site'],
      ['BMS Firmware Engineer', true, 'remote (within Skellefteå, Sweden)'],
    ]);
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
