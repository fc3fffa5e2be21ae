import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createWorkableSource } from '../../../src/jobs/sources/workable.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../stub-board.ts';
import { expectTimeoutDegrades, testHttpClient } from './degradation.ts';

let board: StubBoard;
beforeEach(async () => {
  board = await startStubBoard({ json: boardFixture('workable') });
});
afterEach(() => board.close());

const search = (query: JobQuery) =>
  createWorkableSource({ account: 'acme', origin: board.origin }).search(query, {
    http: testHttpClient(),
    signal: new AbortController().signal,
  });

describe('the Workable adapter against a stub of the account widget', () => {
  it('asks for details and reads telecommuting, the apply link and the account name', async () => {
    const postings = await search({ text: '', company: 'acme', limit: 10 });

    expect(board.requests[0]?.path).toBe('/api/v1/widget/accounts/acme');
    expect(board.requests[0]?.query).toEqual({ details: 'true' });
    expect(postings[0]).toEqual({
      title: 'Senior Data Engineer',
      company: 'Acme Analytics',
      // Every shown place, the primary first; the hidden Limassol entry is left out.
      location: 'Athens, Attica, Greece; Thessaloniki, Greece',
      remote: true,
      salary: null,
      employment_type: 'full_time',
      posted_at: '2026-11-29T00:00:00.000Z',
      url: 'https://apply.workable.com/j/A1B2C3D4E5/apply',
      source: 'workable',
      source_url: 'https://apply.workable.com/acme/j/A1B2C3D4E5/',
      // `experience` is kept as a tag, where searches read a level.
      tags: ['Data', 'Engineering', 'Mid-Senior level'],
      description: 'Own our dbt models.\n\n• Airflow',
    });
    // Empty city and country: the first of `locations`; no apply link: the posting itself.
    expect(postings[1]).toMatchObject({
      location: 'London, United Kingdom',
      remote: null,
      employment_type: 'part_time',
      posted_at: '2026-11-01T00:00:00.000Z',
      url: 'https://apply.workable.com/j/F6G7H8',
      description: '',
    });
  });

  it('finds a job by any of the places it lists, not only the first', async () => {
    const inSecondCity = await search({ text: '', company: 'acme', location: 'Thessaloniki', limit: 10 });
    expect(inSecondCity.map(({ title }) => title)).toEqual(['Senior Data Engineer']);
    expect(await search({ text: '', company: 'acme', location: 'Limassol', limit: 10 })).toEqual([]);
  });

  it('times out without holding up the other sources', async () => {
    await expectTimeoutDegrades(
      (origin) => createWorkableSource({ account: 'acme', origin }),
      { text: '', company: 'acme', limit: 10 },
      'Workable (acme)',
    );
  });
});
