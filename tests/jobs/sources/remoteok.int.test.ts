import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createRemoteOkSource } from '../../../src/jobs/sources/remoteok.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../stub-board.ts';
import { defaultUserAgent, expectDegradedSearch, expectTimeoutDegrades, testHttpClient } from './degradation.ts';

let board: StubBoard;
beforeEach(async () => {
  board = await startStubBoard({ json: boardFixture('remoteok') });
});
afterEach(() => board.close());

const search = (query: JobQuery) =>
  createRemoteOkSource({ origin: board.origin }).search(query, {
    http: testHttpClient(),
    signal: new AbortController().signal,
  });

describe('the RemoteOK adapter against a stub of /api', () => {
  it('skips the legal notice, sends a User-Agent and links back to RemoteOK', async () => {
    const postings = await search({ text: '', limit: 10 });

    const [request] = board.requests;
    expect(request?.path).toBe('/api');
    expect(request?.query).toEqual({});
    // RemoteOK refuses requests without a User-Agent.
    expect(request?.headers['user-agent']).toBe(defaultUserAgent);

    expect(postings).toHaveLength(2);
    expect(postings[0]).toEqual({
      title: 'Senior Rust Engineer',
      company: 'Acme Labs',
      location: 'Europe',
      remote: true,
      salary: { min: 90000, max: 120000, currency: 'USD', period: 'year' },
      employment_type: null,
      posted_at: '2024-05-01T11:30:00.000Z',
      // Its terms ask API users to link to the posting on RemoteOK, not the apply form.
      url: 'https://remoteOK.com/remote-jobs/remote-senior-rust-engineer-acme-labs-1089211',
      source: 'remoteok',
      source_url: 'https://remoteOK.com/remote-jobs/remote-senior-rust-engineer-acme-labs-1089211',
      tags: ['rust', 'backend', 'senior'],
      description: 'We build fast databases.\n\n• Rust\n• Distributed systems',
    });
    // Salary 0 means none was stated; an empty location is none.
    expect(postings[1]).toMatchObject({ title: 'Product Designer', salary: null, location: null });
  });

  it('filters by keyword here, since the API has no search', async () => {
    const postings = await search({ text: 'rust', limit: 10 });
    expect(postings.map((posting) => posting.title)).toEqual(['Senior Rust Engineer']);
    expect(await search({ text: 'kotlin', limit: 10 })).toEqual([]);
  });

  it('times out without holding up the other sources', async () => {
    await expectTimeoutDegrades((origin) => createRemoteOkSource({ origin }), { text: 'rust', limit: 10 }, 'RemoteOK');
  });

  it('reports an answer of only unusable items while the other sources still answer', async () => {
    await expectDegradedSearch(
      (origin) => createRemoteOkSource({ origin }),
      { text: 'rust', limit: 10 },
      { json: [{ last_updated: 1714650000, legal: 'Terms' }, { id: 1, position: 'No company or url' }] },
      {
        code: 'MALFORMED_RESPONSE',
        message: /^RemoteOK answered 1 posting, none usable \(company: Invalid input: expected string, received undefined/,
        summary: 'RemoteOK sent an unreadable answer; 1 result from 1 source',
      },
    );
  });
});
