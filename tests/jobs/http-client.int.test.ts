import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, defaultUserAgent } from '../../src/jobs/http-client.ts';
import { SourceError } from '../../src/jobs/source-error.ts';
import { waitFor } from '../helpers/wait-for.ts';
import { type StubBoard, startStubBoard } from './stub-board.ts';

let board: StubBoard | undefined;
afterEach(async () => {
  await board?.close();
  board = undefined;
});

async function failure(promise: Promise<unknown>): Promise<SourceError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SourceError);
  return error as SourceError;
}

describe('the HTTP client against a real local server', () => {
  it('gets JSON with its User-Agent over global fetch', async () => {
    board = await startStubBoard({ json: { jobs: ['a'] } });
    const http = createHttpClient({ minIntervalMs: 0 });
    expect(await http.getJson({ url: `${board.origin}/api?q=go`, source: 'Stub' })).toEqual({ jobs: ['a'] });
    expect(board.requests[0]?.headers['user-agent']).toBe(defaultUserAgent);
    expect(board.requests[0]?.query).toEqual({ q: 'go' });
  });

  it('stops reading a body that never ends once it passes the cap, and hangs up', async () => {
    board = await startStubBoard({ endlessChunk: `[${'"padding",'.repeat(400)}` });
    const http = createHttpClient({ minIntervalMs: 0, maxBytes: 64 * 1024, timeoutMs: 10_000 });
    const started = Date.now();

    const error = await failure(http.getJson({ url: `${board.origin}/api`, source: 'Endless' }));

    expect(error.code).toBe('RESPONSE_TOO_LARGE');
    expect(error.message).toMatch(/^Endless \(127\.0\.0\.1:\d+\/api\) sent more than 64 KiB; the answer was not read\.$/);
    expect(Date.now() - started).toBeLessThan(5_000);
    const requests = await waitFor(async () => board?.requests ?? [], (seen) => seen[0]?.abandoned === true);
    expect(requests[0]?.abandoned).toBe(true);
  });

  it('POSTs a JSON body, and never follows a redirect of a POST', async () => {
    board = await startStubBoard({ json: { jobPostings: [] } });
    const http = createHttpClient({ minIntervalMs: 0 });
    const body = { limit: 20, offset: 0, searchText: 'rust' };
    expect(await http.getJson({ url: `${board.origin}/jobs`, body, source: 'Workday' })).toEqual({ jobPostings: [] });
    expect(board.requests[0]).toMatchObject({ method: 'POST', body: JSON.stringify(body) });
    expect(board.requests[0]?.headers['content-type']).toBe('application/json');

    board.reply({ status: 307, headers: { location: '/elsewhere' }, json: {} });
    const error = await failure(http.getJson({ url: `${board.origin}/jobs`, body: { offset: 20 }, source: 'Workday' }));
    expect(error.code).toBe('REDIRECT_REFUSED');
    expect(board.requests.map((request) => request.path)).toEqual(['/jobs', '/jobs']);
  });

  it('reads a larger body when the request allows it, within the client cap otherwise', async () => {
    board = await startStubBoard({ json: { padding: 'x'.repeat(100 * 1024) } });
    const http = createHttpClient({ minIntervalMs: 0, cacheTtlMs: 0, maxBytes: 64 * 1024 });
    expect((await failure(http.getJson({ url: `${board.origin}/thread`, source: 'Thread' }))).code).toBe('RESPONSE_TOO_LARGE');
    const thread = await http.getJson({ url: `${board.origin}/thread`, source: 'Thread', maxBytes: 1024 * 1024 });
    expect(thread).toEqual({ padding: 'x'.repeat(100 * 1024) });
  });

  it('times out a board that does not answer and closes the connection', async () => {
    board = await startStubBoard({ delayMs: 10_000, json: {} });
    const http = createHttpClient({ minIntervalMs: 0, timeoutMs: 150 });

    const error = await failure(http.getJson({ url: `${board.origin}/slow`, source: 'Slow' }));

    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toMatch(/^Slow \(127\.0\.0\.1:\d+\/slow\) did not answer within 0\.2 s\.$/);
    const requests = await waitFor(async () => board?.requests ?? [], (seen) => seen[0]?.abandoned === true);
    expect(requests[0]?.abandoned).toBe(true);
  });

  it('reports a board nobody listens on as unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));

    const error = await failure(
      createHttpClient({ minIntervalMs: 0 }).getJson({ url: `http://127.0.0.1:${port}/api`, source: 'Gone' }),
    );

    expect(error.code).toBe('NETWORK');
    expect(error.message).toBe(`Gone (127.0.0.1:${port}/api) could not be reached (ECONNREFUSED).`);
  });

  it('spaces real requests to one board by the interval', async () => {
    board = await startStubBoard({ json: {} });
    const http = createHttpClient({ minIntervalMs: 120, cacheTtlMs: 0 });
    const started = Date.now();
    await Promise.all([1, 2, 3].map((n) => http.getJson({ url: `${board?.origin}/api/${n}`, source: 'Spaced' })));
    // Three requests, two intervals between them.
    expect(Date.now() - started).toBeGreaterThanOrEqual(230);
    expect(board.requests.map((request) => request.path)).toEqual(['/api/1', '/api/2', '/api/3']);
  });
});
