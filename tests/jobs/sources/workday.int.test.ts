import { afterEach, describe, expect, it } from 'vitest';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createWorkdaySource } from '../../../src/jobs/sources/workday.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../stub-board.ts';
import { defaultUserAgent, expectDegradedSearch, expectTimeoutDegrades, testHttpClient } from './degradation.ts';

let board: StubBoard | undefined;
afterEach(() => board?.close());

const now = Date.parse('2026-12-05T12:00:00Z');
const site = 'nvidia.wd5/NVIDIAExternalCareerSite';
const search = (origin: string, query: JobQuery) =>
  createWorkdaySource({ company: site, origin, now: () => now }).search(query, {
    http: testHttpClient(),
    signal: new AbortController().signal,
  });

describe('the Workday adapter against a stub of a career site', () => {
  it('POSTs the search, reads pages of 20 until the limit, and links to the career site', async () => {
    board = await startStubBoard((request) => {
      const { offset } = JSON.parse(request.body) as { offset: number };
      return { json: boardFixture(offset === 0 ? 'workday' : 'workday-page2') };
    });
    const postings = await search(board.origin, { text: 'engineer', limit: 25 });

    expect(board.requests.map(({ method, path }) => `${method} ${path}`)).toEqual([
      'POST /wday/cxs/nvidia/NVIDIAExternalCareerSite/jobs',
      'POST /wday/cxs/nvidia/NVIDIAExternalCareerSite/jobs',
    ]);
    expect(board.requests.map(({ body }) => JSON.parse(body))).toEqual([
      { appliedFacets: {}, limit: 20, offset: 0, searchText: 'engineer' },
      { appliedFacets: {}, limit: 20, offset: 20, searchText: 'engineer' },
    ]);
    expect(board.requests[0]?.headers['content-type']).toBe('application/json');
    expect(board.requests[0]?.headers['user-agent']).toBe(defaultUserAgent);

    // 20 usable on the first page (one without externalPath skipped), 2 on the second.
    expect(postings).toHaveLength(22);
    expect(postings[0]).toEqual({
      title: 'Senior Software Engineer, Deep Learning Inference',
      company: 'Nvidia',
      location: 'US, CA, Santa Clara',
      remote: null,
      salary: null,
      employment_type: null,
      posted_at: '2026-12-02T12:00:00.000Z',
      url: 'https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Senior-Software-Engineer--Deep-Learning-Inference_JR1987654',
      source: 'workday',
      source_url:
        'https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Senior-Software-Engineer--Deep-Learning-Inference_JR1987654',
      tags: [],
      description: '',
    });
    expect(postings[1]).toMatchObject({ location: '2 Locations', remote: true, posted_at: '2026-12-05T12:00:00.000Z' });
    expect(postings[2]).toMatchObject({ remote: false, posted_at: '2026-11-05T12:00:00.000Z' });
    expect(postings[3]).toMatchObject({ title: 'Intern, Research', location: null, posted_at: null });
  });

  it('stops after one page when the limit is met, and filters remote here', async () => {
    board = await startStubBoard({ json: boardFixture('workday') });
    const remote = await search(board.origin, { text: '', remote: true, limit: 5 });
    expect(board.requests).toHaveLength(1);
    expect(remote.map((posting) => posting.title)).toEqual(['Solutions Architect - Remote']);
  });

  it('times out without holding up the other sources', async () => {
    await expectTimeoutDegrades(
      (origin) => createWorkdaySource({ company: site, origin }),
      { text: '', company: 'nvidia', limit: 10 },
      'Workday (nvidia)',
    );
  });

  it('reports a site that is gone (404) while the other sources answer', async () => {
    await expectDegradedSearch(
      (origin) => createWorkdaySource({ company: site, origin }),
      { text: '', company: 'nvidia', limit: 10 },
      { status: 404, json: { errorCode: 'HTTP_404', message: 'Not Found' } },
      {
        code: 'HTTP_STATUS',
        message: /^Workday \(127\.0\.0\.1:\d+\/wday\/cxs\/nvidia\/NVIDIAExternalCareerSite\/jobs\) answered HTTP 404\.$/,
        summary: 'Workday (nvidia) answered with an error; 1 result from 1 source',
      },
    );
  });
});
