import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createArbeitnowSource } from '../../../src/jobs/sources/arbeitnow.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../stub-board.ts';
import { defaultUserAgent, expectDegradedSearch, expectTimeoutDegrades, testHttpClient } from './degradation.ts';

let board: StubBoard;
beforeEach(async () => {
  board = await startStubBoard({ json: boardFixture('arbeitnow') });
});
afterEach(() => board.close());

const search = (query: JobQuery) =>
  createArbeitnowSource({ origin: board.origin }).search(query, {
    http: testHttpClient(),
    signal: new AbortController().signal,
  });

describe('the Arbeitnow adapter against a stub of /api/job-board-api', () => {
  it('reads the first page, filters it by keyword here and normalises every field', async () => {
    const postings = await search({ text: 'typescript', limit: 10 });

    const [request] = board.requests;
    expect(board.requests).toHaveLength(1);
    expect(request?.path).toBe('/api/job-board-api');
    expect(request?.query).toEqual({});
    expect(request?.headers['user-agent']).toBe(defaultUserAgent);

    // The marketing internship mentions no TypeScript; the Personio one does, in its description.
    expect(postings.map((posting) => posting.title)).toEqual([
      'TypeScript Entwickler (m/w/d)',
      'Senior Node.js Engineer',
    ]);
    expect(postings[0]).toEqual({
      title: 'TypeScript Entwickler (m/w/d)',
      company: 'Zalando SE',
      location: 'Berlin',
      remote: false,
      salary: null,
      employment_type: 'full_time',
      posted_at: '2024-05-01T10:00:00.000Z',
      url: 'https://www.arbeitnow.com/jobs/companies/zalando-se/typescript-entwickler-mwd-berlin-347512',
      source: 'arbeitnow',
      source_url:
        'https://www.arbeitnow.com/jobs/companies/zalando-se/typescript-entwickler-mwd-berlin-347512',
      tags: ['TypeScript', 'React'],
      description: 'Deine Aufgaben\n\n• Frontend mit React und TypeScript\n• Code Reviews',
    });
    expect(postings[1]).toMatchObject({ remote: true, location: 'Munich', tags: [] });
  });

  it('applies remote, location and employment-type readings', async () => {
    const remote = await search({ text: '', remote: true, limit: 10 });
    expect(remote.map((posting) => posting.company)).toEqual(['Personio']);
    const hamburg = await search({ text: '', location: 'Hamburg', limit: 10 });
    expect(hamburg).toHaveLength(1);
    expect(hamburg[0]).toMatchObject({ company: 'Otto GmbH & Co. KG', employment_type: 'internship' });
  });

  it('times out without holding up the other sources', async () => {
    await expectTimeoutDegrades((origin) => createArbeitnowSource({ origin }), { text: 'typescript', limit: 10 }, 'Arbeitnow');
  });

  it('reports an HTML error page while the other sources still answer', async () => {
    await expectDegradedSearch(
      (origin) => createArbeitnowSource({ origin }),
      { text: 'typescript', limit: 10 },
      { body: '<!DOCTYPE html><html><body>Maintenance</body></html>', contentType: 'text/html' },
      {
        code: 'INVALID_JSON',
        message: /^Arbeitnow \(127\.0\.0\.1:\d+\/api\/job-board-api\) answered with something that is not JSON \(.+\)\.$/,
        summary: 'Arbeitnow sent an unreadable answer; 1 result from 1 source',
      },
    );
  });
});
