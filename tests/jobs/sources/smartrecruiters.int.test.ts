import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../src/jobs/http-client.ts';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createSmartRecruitersSource } from '../../../src/jobs/sources/smartrecruiters.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../stub-board.ts';
import { expectTimeoutDegrades, testHttpClient } from './degradation.ts';

let board: StubBoard;
beforeEach(async () => {
  board = await startStubBoard({ json: boardFixture('smartrecruiters') });
});
afterEach(() => board.close());

const search = (query: JobQuery) =>
  createSmartRecruitersSource({ company: 'Visa', origin: board.origin }).search(query, {
    http: testHttpClient(),
    signal: new AbortController().signal,
  });

describe('the SmartRecruiters adapter against a stub of the Posting API', () => {
  it('searches one company server-side and links to its posting page', async () => {
    const postings = await search({ text: 'engineer', company: 'Visa', limit: 10 });

    expect(board.requests[0]?.path).toBe('/v1/companies/Visa/postings');
    expect(board.requests[0]?.query).toEqual({ q: 'engineer', limit: '10' });
    // The item without an id is skipped.
    expect(postings).toHaveLength(2);
    expect(postings[0]).toEqual({
      title: 'Senior Backend Engineer (Java)',
      company: 'Visa',
      location: 'Austin, TX, United States',
      remote: false,
      salary: null,
      employment_type: 'full_time',
      posted_at: '2026-11-28T14:05:11.000Z',
      url: 'https://jobs.smartrecruiters.com/Visa/744000012345678',
      source: 'smartrecruiters',
      source_url: 'https://jobs.smartrecruiters.com/Visa/744000012345678',
      // `experienceLevel` is kept as a tag, where searches read a level.
      tags: ['Technology', 'Information Technology', 'Mid-Senior Level'],
      description: '',
    });
    // No fullLocation, null city: the country code stands in; the remote flag is the board's.
    expect(postings[1]).toMatchObject({ location: 'GB', remote: true, employment_type: 'contract', tags: ['Engineering'] });
  });

  it("reads each kept posting's detail: the ad's sections as text, pay in it meeting a floor", async () => {
    board.reply((request) =>
      request.path.endsWith('/postings') ? { json: boardFixture('smartrecruiters') } : request.path.endsWith('/744000012345678') ? { json: boardFixture('smartrecruiters-detail') } : { status: 503 },
    );
    const postings = await search({ text: 'engineer', company: 'Visa', limit: 10 });

    expect(board.requests.map(({ method, path }) => `${method} ${path}`).sort()).toEqual([
      'GET /v1/companies/Visa/postings',
      'GET /v1/companies/Visa/postings/744000012345678',
      'GET /v1/companies/Visa/postings/744000012345999',
    ]);
    const [backend, data] = postings;
    // The job first, the company last, each section under its own title; the link stays the posting's page.
    expect(backend?.description).toMatch(/^Job Description\nYou will build the services behind card authorisation\./);
    expect(backend?.description).toContain('Qualifications\n');
    expect(backend?.description).toContain('$150,000 - $190,000 USD per year');
    expect(backend?.description.indexOf('Visa is a world leader')).toBeGreaterThan(backend?.description.indexOf('Additional Information') ?? 0);
    expect(backend?.url).toBe('https://jobs.smartrecruiters.com/Visa/744000012345678');
    // The detail that failed keeps the list's posting.
    expect(data).toMatchObject({ title: 'Data Engineer', description: '' });

    // Pay said only in the detail meets a salary floor; the posting without text cannot.
    board.requests.length = 0;
    const paid = await search({ text: 'engineer', company: 'Visa', limit: 10, minSalary: 140000 });
    expect(paid.map(({ title }) => title)).toContain('Senior Backend Engineer (Java)');
    const tooHigh = await search({ text: 'engineer', company: 'Visa', limit: 10, minSalary: 250000 });
    expect(tooHigh.map(({ title }) => title)).not.toContain('Senior Backend Engineer (Java)');
  });

  it("reads details at the board's published rate, not the client's one a second", async () => {
    board.reply((request) => (request.path.endsWith('/postings') ? { json: boardFixture('smartrecruiters') } : { json: boardFixture('smartrecruiters-detail') }));
    const waits: number[] = [];
    // The client's own pace (one a second) on a clock that stands still: each wait is what was asked.
    const http = createHttpClient({ cacheTtlMs: 0, now: () => 0, sleep: async (ms) => void waits.push(ms) });
    await createSmartRecruitersSource({ company: 'Visa', origin: board.origin }).search(
      { text: 'engineer', company: 'Visa', limit: 10 },
      { http, signal: new AbortController().signal },
    );

    // The list, then its two details a quarter of a second apart (twenty details: five seconds, not twenty).
    expect(waits).toEqual([1_000, 1_250]);
  });

  it('times out without holding up the other sources', async () => {
    await expectTimeoutDegrades(
      (origin) => createSmartRecruitersSource({ company: 'Visa', origin }),
      { text: '', company: 'Visa', limit: 10 },
      'SmartRecruiters (Visa)',
    );
  });
});
