import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAshbySource } from '../../../src/jobs/sources/ashby.ts';
import { readWorkArrangement } from '../../../src/jobs/work-arrangement.ts';
import { type StubBoard, startStubBoard } from '../stub-board.ts';
import { testHttpClient } from './degradation.ts';

// Session 40 (issue 21, a new user's trial #11/#51): Ashby's own `workplaceType: "Hybrid"` lost to a home-office line
// in the text (shown and searched as remote), and `secondaryLocations` were dropped (not found in the second city).
// The stub answers in the posting API's shape (job-board endpoint, with compensation), odd fields included.
const posting = (id: string, title: string, fields: Record<string, unknown>) => ({
  id,
  title,
  department: 'Engineering',
  team: 'Web',
  employmentType: 'FullTime',
  location: 'Hamburg',
  secondaryLocations: [],
  publishedAt: '2026-11-30T08:00:00.000+00:00',
  isListed: true,
  isRemote: false,
  workplaceType: null,
  address: { postalAddress: { addressLocality: 'Hamburg', addressCountry: 'Germany' } },
  jobUrl: `https://jobs.ashbyhq.com/fjordwerk/${id}`,
  applyUrl: `https://jobs.ashbyhq.com/fjordwerk/${id}/application`,
  descriptionHtml: '<p>Build our storefront.</p>',
  descriptionPlain: 'Build our storefront.',
  compensation: null,
  ...fields,
});
const answer = {
  apiVersion: '1',
  jobs: [
    posting('0b1a', 'Web Developer', {
      workplaceType: 'Hybrid',
      descriptionHtml: '<p>Bis zu 60&nbsp;% mobiles Arbeiten, Büro an der Elbe.</p><p>Vue, TypeScript.</p>',
      secondaryLocations: [{ location: 'Dresden', address: { postalAddress: { addressLocality: 'Dresden', addressCountry: 'Germany' } } }, { location: 'hamburg' }, { location: null }],
    }),
    posting('0c2b', 'Platform Engineer', { workplaceType: 'Remote', isRemote: true, location: 'Germany' }),
    posting('0d3c', 'QA Engineer', { workplaceType: null, secondaryLocations: null }),
  ],
};

let board: StubBoard;
beforeEach(async () => {
  board = await startStubBoard({ json: answer });
});
afterEach(() => board.close());
const search = (location?: string) =>
  createAshbySource({ board: 'fjordwerk', origin: board.origin }).search({ text: '', limit: 10, ...(location ? { location } : {}) }, { http: testHttpClient(), signal: new AbortController().signal });

describe("Ashby's workplace type and second places", () => {
  it('a hybrid posting reads as hybrid whatever its home-office line says; a remote one stays remote', async () => {
    const postings = await search();
    const web = postings.find((one) => one.title === 'Web Developer');
    expect(web?.remote).toBe(false);
    expect(web ? readWorkArrangement(web)?.mode : undefined).toBe('hybrid');
    const platform = postings.find((one) => one.title === 'Platform Engineer');
    expect(platform ? readWorkArrangement(platform)?.mode : undefined).toBe('remote');
    // No workplace type given: the text as it was, no line added.
    expect(postings.find((one) => one.title === 'QA Engineer')?.description).toBe('Build our storefront.');
  });

  it('lists every place once, and a search in the second place finds the job', async () => {
    const web = (await search()).find((one) => one.title === 'Web Developer');
    expect(web?.location).toBe('Hamburg; Dresden');
    expect((await search('Dresden')).map((one) => one.title)).toEqual(['Web Developer']);
  });
});
