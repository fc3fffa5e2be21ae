import { expect } from 'vitest';
import { createHttpClient, defaultUserAgent } from '../../../src/jobs/http-client.ts';
import type { JobQuery, JobSource } from '../../../src/jobs/job-source.ts';
import type { NormalisedPosting } from '../../../src/protocol/posting.ts';
import { describeSourceErrors, searchSources } from '../../../src/jobs/search-sources.ts';
import type { SourceErrorCode } from '../../../src/jobs/source-error.ts';
import { waitFor } from '../../helpers/wait-for.ts';
import { type BoardReply, startStubBoard } from '../stub-board.ts';

const fallbackPosting: NormalisedPosting = {
  title: 'Fallback Engineer',
  company: 'Steady Co',
  location: null,
  remote: true,
  salary: null,
  employment_type: null,
  posted_at: null,
  url: 'https://steady.example/jobs/1',
  source: 'steady',
  source_url: 'https://steady.example/jobs/1',
  tags: [],
  description: 'Always answers.',
};

/** A source that always answers at once, standing in for the boards that still work. */
export const steadySource: JobSource = {
  name: 'steady',
  label: 'Steady',
  kind: 'keyless',
  async search() {
    return [fallbackPosting];
  },
};

/** A client with no rate-limit spacing and no cache, so each test sees its own requests. */
export const testHttpClient = () => createHttpClient({ minIntervalMs: 0, cacheTtlMs: 0 });

export { defaultUserAgent };

/**
 * Runs the source next to `steadySource` against a stub answering `reply`, and checks the
 * search degrades: the source is reported with `code`, the steady one still answers.
 */
export async function expectDegradedSearch(
  createSource: (origin: string) => JobSource,
  query: JobQuery,
  reply: BoardReply,
  expected: { code: SourceErrorCode; message: RegExp; summary: string; timeoutMs?: number },
): Promise<void> {
  const board = await startStubBoard(reply);
  try {
    const source = createSource(board.origin);
    const started = Date.now();
    const answer = await searchSources(query, {
      sources: [source, steadySource],
      http: testHttpClient(),
      timeoutMs: expected.timeoutMs ?? 2_000,
    });
    expect(Date.now() - started).toBeLessThan(1_500 + (expected.timeoutMs ?? 0));
    expect(board.requests).toHaveLength(1);
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors[0]).toMatchObject({ source: source.name, label: source.label, code: expected.code });
    expect(answer.errors[0]?.message).toMatch(expected.message);
    expect(answer.postings.map((posting) => posting.title)).toEqual(['Fallback Engineer']);
    expect(answer.answered).toEqual(['Steady']);
    expect(describeSourceErrors(answer)).toBe(expected.summary);
    if (expected.code === 'TIMEOUT') {
      // The slow request was abandoned, not left running in the background.
      const [request] = await waitFor(
        async () => board.requests,
        (requests) => requests[0]?.abandoned === true,
      );
      expect(request?.abandoned).toBe(true);
    }
  } finally {
    await board.close();
  }
}

/** The timeout case every adapter shares: the board waits 5 s, the search gives it 200 ms. */
export function expectTimeoutDegrades(
  createSource: (origin: string) => JobSource,
  query: JobQuery,
  label: string,
): Promise<void> {
  return expectDegradedSearch(createSource, query, { delayMs: 5_000, json: {} }, {
    code: 'TIMEOUT',
    message: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} did not answer within 0\\.2 s\\.$`),
    summary: `${label} did not answer; 1 result from 1 source`,
    timeoutMs: 200,
  });
}
