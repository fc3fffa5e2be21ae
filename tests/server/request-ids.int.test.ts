import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { postRun } from '../helpers/sse-client.ts';
import { createTestDatabase } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';

/**
 * A real `jobpilot serve` process: each request's id is in its answer's x-request-id, in its
 * error body and in the log lines about it, whether the client named it or the server made it.
 */
let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess({
    DATABASE_URL: await createTestDatabase(),
    JOBPILOT_DATA_DIR: await mkdtemp(join(tmpdir(), 'jobpilot-request-ids-')),
    JOBPILOT_LOG_LEVEL: 'info',
  });
});
afterAll(async () => {
  await server?.stop();
});

/** The JSON log lines that name this request id. */
const linesOf = (requestId: string) =>
  server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.request_id === requestId);

describe('request ids', () => {
  it('keeps a plain x-request-id: in the answer, the error body and every log line of the request', async () => {
    const answer = await fetch(`${server.url}/v1/jobs/not-a-job`, { headers: { 'x-request-id': 'trace-42.a' } });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('x-request-id')).toBe('trace-42.a');
    expect(((await answer.json()) as { error: { request_id: string } }).error.request_id).toBe('trace-42.a');
    const lines = await waitFor(async () => linesOf('trace-42.a'), (found) => found.length >= 2, { timeoutMs: 30_000 });
    expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['incoming request', 'request completed']));
  });

  it('makes a new one for a request that sent none or one that is not plain, streams included', async () => {
    const answer = await fetch(`${server.url}/v1/threads`, { headers: { 'x-request-id': 'no spaces "or quotes"' } });
    const made = answer.headers.get('x-request-id') ?? '';
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
    expect(linesOf(made).length).toBeGreaterThan(0);
    const run = await postRun(server.url, 'ids', { message: 'hello' });
    expect(run.response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(run.response.headers.get('x-request-id')).not.toBe(made);
  });
});
