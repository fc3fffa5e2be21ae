import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJobSources } from '../../src/jobs/create-job-sources.ts';
import { jobIdFor } from '../../src/jobs/dedupe-key.ts';
import { createHttpClient } from '../../src/jobs/http-client.ts';
import { describeSourceErrors, searchSources } from '../../src/jobs/search-sources.ts';
import { parseSourceSettings } from '../../src/jobs/source-settings.ts';
import { boardFixture, type StubBoard, startStubBoard } from './stub-board.ts';

let remotive: StubBoard;
let greenhouse: StubBoard;
let himalayas: StubBoard;
beforeEach(async () => {
  remotive = await startStubBoard({ json: boardFixture('remotive') });
  greenhouse = await startStubBoard({ json: boardFixture('greenhouse') });
  himalayas = await startStubBoard({ json: boardFixture('himalayas') });
});
afterEach(async () => {
  await Promise.all([remotive.close(), greenhouse.close(), himalayas.close()]);
});

/** The sources exactly as the service would build them from its environment. */
const sourcesFrom = () =>
  createJobSources(
    parseSourceSettings({
      JOBPILOT_JOB_SOURCES: 'remotive,greenhouse,himalayas',
      JOBPILOT_COMPANY_BOARDS: 'greenhouse:stripe',
      JOBPILOT_REMOTIVE_URL: remotive.origin,
      JOBPILOT_GREENHOUSE_URL: greenhouse.origin,
      JOBPILOT_HIMALAYAS_URL: `${himalayas.origin}/`,
    }),
  );

describe('searchSources across stub boards of different shapes', () => {
  it('merges the opening Remotive and Greenhouse both list into one job with both sources', async () => {
    const answer = await searchSources(
      { text: 'backend', company: 'Stripe', limit: 10 },
      { sources: sourcesFrom(), http: createHttpClient({ minIntervalMs: 0 }), timeoutMs: 2_000 },
    );

    expect(answer.errors).toEqual([]);
    // Company boards come first: the employer's own posting leads the merged job.
    expect(answer.answered).toEqual(['Greenhouse (stripe)', 'Remotive', 'Himalayas']);
    expect(remotive.requests[0]?.query).toEqual({ search: 'backend', company_name: 'Stripe', limit: '10' });
    expect(himalayas.requests[0]?.query).toEqual({ q: 'backend Stripe' });
    expect(greenhouse.requests[0]?.path).toBe('/v1/boards/stripe/jobs');
    // Himalayas has no Stripe openings; Remotive's Doist posting is not Stripe's either.
    expect(answer.postings).toHaveLength(1);
    const [job] = answer.postings;
    expect(job).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{12}$/),
      title: 'Senior Backend Engineer',
      company: 'Stripe',
      location: 'Remote - US',
      remote: true,
      // Greenhouse states no salary or employment type; Remotive does.
      salary: { min: 180000, max: 240000, currency: 'USD', period: 'year' },
      employment_type: 'full_time',
      work_pattern: null,
      closes_on: null,
      posted_at: '2024-04-30T13:00:00.000Z',
      url: 'https://stripe.com/jobs/search?gh_jid=5678901',
      sources: [
        { name: 'greenhouse', url: 'https://job-boards.greenhouse.io/stripe/jobs/5678901' },
        { name: 'remotive', url: 'https://remotive.com/remote-jobs/software-dev/senior-backend-engineer-1912345' },
      ],
      tags: ['Engineering', 'ruby', 'go', 'payments'],
      // The longer of the two descriptions.
      description: expect.stringContaining('Scale & operate payment services'),
    });
    // The id is the opening's, not the board's: Remotive's copy alone would get the same.
    expect(job?.id).toBe(
      jobIdFor({ company: 'Stripe, Inc.', title: 'Senior Backend Engineer (m/w/d)', location: 'USA', remote: true }),
    );
    expect(describeSourceErrors(answer)).toBe('1 result from 3 sources');
  });

  it('still answers from the others when one board is down', async () => {
    await himalayas.close();
    const answer = await searchSources(
      { text: 'engineer', limit: 10 },
      { sources: sourcesFrom(), http: createHttpClient({ minIntervalMs: 0 }), timeoutMs: 2_000 },
    );

    expect(answer.errors).toHaveLength(1);
    expect(answer.errors[0]).toMatchObject({ source: 'himalayas', code: 'NETWORK' });
    // Without a company named, the configured Greenhouse board is asked too (trial-s46 #9).
    expect(greenhouse.requests).toHaveLength(1);
    expect(answer.answered).toEqual(['Greenhouse (stripe)', 'Remotive']);
    // Greenhouse's copy of the Stripe opening comes first and merges with Remotive's.
    expect(answer.postings.map((job) => [job.title, job.sources.map((source) => source.name)])).toEqual([
      ['Senior Backend Engineer', ['greenhouse', 'remotive']],
      ['Backend Developer - TypeScript', ['remotive']],
    ]);
    expect(describeSourceErrors(answer)).toBe('Himalayas did not answer; 2 results from 2 sources');
  });
});
