import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerAbout } from '../../../src/actions/answer-about-job/answer.ts';
import { jobResponse } from '../../../src/career/jobs/job-response.ts';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createTheMuseSource } from '../../../src/jobs/sources/themuse.ts';
import type { NormalisedPosting } from '../../../src/protocol/posting.ts';
import { jobRecord } from '../../fakes/job-record.ts';
import { type StubBoard, startStubBoard } from '../stub-board.ts';
import { testHttpClient } from './degradation.ts';

let board: StubBoard | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await board?.close();
  board = undefined;
});

/** One result as The Muse's /api/public/jobs writes it. */
const museJob = (id: number, name: string, contents: string, locations: string[], levels: string[]) => ({
  contents,
  name,
  type: 'external',
  publication_date: '2026-12-05T09:00:00.000000Z',
  short_name: name.toLowerCase().replace(/\W+/g, '-'),
  model_type: 'jobs',
  id,
  locations: locations.map((place) => ({ name: place })),
  categories: [{ name: 'Data and Analytics' }],
  levels: levels.map((level) => ({ name: level, short_name: level.split(' ')[0]?.toLowerCase() })),
  tags: [],
  refs: { landing_page: `https://www.themuse.com/jobs/x/${id}` },
  company: { id: id + 1, short_name: 'x', name: name.includes('Contract') ? 'BrightPath Consulting' : 'Northern Housing Trust' },
});

const page = {
  page: 0,
  page_count: 1,
  items_per_page: 20,
  took: 7,
  timed_out: false,
  total: 3,
  aggregations: {},
  results: [
    museJob(14820333, 'Data Analyst (Contract, 3 days/week)',
      '<p>Part-time contract, 6 months, 3 days a week, remote (UK only).</p><p>Rate: £250/day outside IR35.</p><p>Stakeholder management.</p>',
      ['Flexible / Remote'], ['Mid Level']),
    museJob(14820334, 'Graduate Data Analyst Scheme 2027',
      '<p>Starting salary £30,500 rising to £34,000 after your first year.</p><p>Applications close 4th January.</p>',
      ['Manchester, United Kingdom'], ['Entry Level']),
    museJob(14820335, 'Machine Learning Engineer', '<p>PhD or MSc in Computer Science or related field.</p>', ['London, United Kingdom'], ['Senior Level']),
  ],
};

const search = async (query: Partial<JobQuery>): Promise<NormalisedPosting[]> => {
  board ??= await startStubBoard({ json: page });
  return createTheMuseSource({ origin: board.origin }).search({ text: '', limit: 10, ...query }, { http: testHttpClient(), signal: new AbortController().signal });
};

const asRecord = (posting: NormalisedPosting, id: string) =>
  jobRecord(id, { ...posting, sources: [{ name: posting.source, url: posting.source_url }] });

describe('job facts read from The Muse postings (trial-s37 findings 5–7, 13, 41, 43)', () => {
  it("a part-time job's days a week are its working pattern, not office days: remote, and found by a remote search", async () => {
    const [contract] = await search({ text: 'data', remote: true });
    expect(contract?.title).toBe('Data Analyst (Contract, 3 days/week)');
    const job = jobResponse(asRecord(contract as NormalisedPosting, 'c1'));
    expect(job).toMatchObject({ remote: true, work_arrangement: { mode: 'remote', office_days: null, within: 'UK' }, employment_type: 'contract' });
    const record = asRecord(contract as NormalisedPosting, 'c1');
    expect(answerAbout(record, 'remote', [])).toBe(
      'Remote: Data Analyst (Contract, 3 days/week) at BrightPath Consulting is remote within UK. The posting says: “Part-time contract, 6 months, 3 days a week, remote (UK only).”',
    );
    expect(answerAbout(record, 'type', [])).toBe(
      'Data Analyst (Contract, 3 days/week) at BrightPath Consulting is a part-time contract: 6 months, 3 days a week, £250 a day, outside IR35. The posting says: “Part-time contract, 6 months, 3 days a week, remote (UK only). Rate: £250/day outside IR35.”',
    );
    expect(answerAbout(record, 'pay', [])).toBe('Data Analyst (Contract, 3 days/week) at BrightPath Consulting pays £250 a day.');
  });

  it("reads the board's levels as the posting's level: an entry-level search finds the graduate scheme, a senior one the ML role", async () => {
    expect((await search({ seniority: 'junior' })).map(({ title }) => title)).toEqual(['Graduate Data Analyst Scheme 2027']);
    expect((await search({ seniority: 'senior' })).map(({ title }) => title)).toEqual(['Machine Learning Engineer']);
    expect((await search({ seniority: 'mid' })).map(({ title }) => title)).toEqual(['Data Analyst (Contract, 3 days/week)']);
  });

  it('keeps a starting salary and the pay it rises to, and answers the closing date it gives', async () => {
    // "Closes on" or "closed on" depends on today: the answer is read on a fixed day before the posting closes.
    vi.useFakeTimers({ now: new Date('2026-12-06T12:00:00Z'), toFake: ['Date'] });
    const graduate = (await search({ text: 'graduate' }))[0] as NormalisedPosting;
    const record = asRecord(graduate, 'g1');
    expect(jobResponse(record).salary).toEqual({ min: 30500, max: 34000, currency: 'GBP', period: 'year' });
    // Shown with the job too: a date in the text, placed after the posting's date.
    expect(jobResponse(record).closes_on).toBe('2027-01-04');
    expect(answerAbout(record, 'closes', [])).toBe(
      'Graduate Data Analyst Scheme 2027 at Northern Housing Trust closes on Mon 4 Jan 2027. The posting says: “Applications close 4th January.”',
    );
    const other = asRecord((await search({ text: 'machine learning' }))[0] as NormalisedPosting, 'm1');
    expect(answerAbout(other, 'closes', [])).toBe(
      "It doesn't say: the posting for Machine Learning Engineer at Northern Housing Trust gives no closing date (posted Sat 5 Dec 2026).",
    );
    expect(answerAbout(other, 'type', [])).toBe("It doesn't say: the posting for Machine Learning Engineer at Northern Housing Trust gives no contract type.");
    // A board's own deadline field answers when the text names none; past it, the posting closed.
    const listed = { ...other, closes_on: '2099-12-18' };
    expect(answerAbout(listed, 'closes', [])).toBe("Machine Learning Engineer at Northern Housing Trust closes on Fri 18 Dec 2099 (the board's closing date).");
    expect(answerAbout({ ...other, closes_on: '2026-11-30' }, 'closes', [])).toMatch(/ closed on Mon 30 Nov 2026 /);
  });
});
