import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { errorCodes } from '../../src/errors.ts';
import type { PlannerInput } from '../../src/planner/planner.ts';
import { documentedErrorCodes } from '../helpers/documented-errors.ts';
import { rawExchange } from '../helpers/raw-http.ts';
import { postRun } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';
import { respond, scriptedPlanner } from '../fakes/scripted-planner.ts';

// Every layer's refusal (Node's HTTP parser, Fastify's router and body parsers, the 404 and
// 405 handlers, the routes) used to answer partly in Fastify's own shape
// ({"error":"Bad Request","code":"FST_ERR_…"}); and a client could hold a connection open
// for ever by sending its body a byte at a time.

const requestTimeoutMs = 1000;
let server: RunningServer;
let host = '';

// A planner that takes three request timeouts to answer "slowly", to show a stream is not cut.
const planner = scriptedPlanner(
  [
    async (input: PlannerInput) => {
      if (input.goal.includes('slowly')) await new Promise((resolve) => setTimeout(resolve, 3 * requestTimeoutMs));
      return respond(`You said: ${input.goal}`);
    },
  ],
  { loop: true },
);

beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0', JOBPILOT_REQUEST_TIMEOUT_MS: String(requestTimeoutMs) }), {
    logger: false,
    planner,
  });
  host = new URL(server.url).host;
});
afterAll(async () => {
  await server?.close();
});

const documented = documentedErrorCodes();

/** The answer is `{error: {code, message, request_id}}` and nothing else, with a documented code and its status. */
function expectShape(answer: { status: number; body: string }, code: string) {
  const body = JSON.parse(answer.body);
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(['code', 'message', 'request_id']);
  expect(body.error.request_id).toMatch(/^[A-Za-z0-9._:-]{1,64}$/);
  expect(body.error.code).toBe(code);
  expect(answer.status).toBe(documented.get(code));
  expect(answer.status).toBe(errorCodes[code as keyof typeof errorCodes]);
  expect(body.error.message).toMatch(/\w.{20,}/);
  expect(body.error.message).not.toMatch(/FST_|HPE_|Client Error/);
  return body.error.message as string;
}

const request = (lines: string[], body = '') => `${lines.join('\r\n')}\r\nhost: ${host}\r\nconnection: close\r\n\r\n${body}`;
const json = (method: string, path: string, body: string, type = 'application/json') =>
  request([`${method} ${path} HTTP/1.1`, `content-type: ${type}`, `content-length: ${Buffer.byteLength(body)}`], body);

describe('every refusal has the documented shape', () => {
  // Built when each test runs: the host is known only once the server listens.
  const cases: Array<[string, () => string, string, RegExp]> = [
    ['a thread id over the router limit', () => request([`GET /v1/threads/${'a'.repeat(600)} HTTP/1.1`]), 'BAD_REQUEST', /at most 128 characters/],
    ['a thread id over 128 characters', () => request([`GET /v1/threads/${'a'.repeat(200)} HTTP/1.1`]), 'BAD_REQUEST', /thread/i],
    ['a %zz path', () => request(['GET /v1/threads/%zz HTTP/1.1']), 'BAD_REQUEST', /percent-encoding.*%25/],
    ['a %zz path outside /v1', () => request(['GET /%zz HTTP/1.1']), 'BAD_REQUEST', /percent-encoding/],
    ['headers over 16 KiB', () => request(['GET /v1/threads HTTP/1.1', `x-big: ${'a'.repeat(20_000)}`]), 'HEADERS_TOO_LARGE', /16 KiB/],
    ['a NUL in a header', () => request(['GET /v1/threads HTTP/1.1', 'x-note: a\u0000b']), 'BAD_REQUEST', /not valid HTTP/],
    ['a request line that is not HTTP', () => 'HELLO THERE\r\n\r\n', 'BAD_REQUEST', /not valid HTTP/],
    ['content-length with transfer-encoding', () => request(['POST /v1/saved-jobs HTTP/1.1', 'content-type: application/json', 'transfer-encoding: chunked', 'content-length: 2'], '0\r\n\r\n'), 'BAD_REQUEST', /not valid HTTP/],
    ['no such route', () => request(['GET /v2/threads HTTP/1.1']), 'NOT_FOUND', /docs\/protocol\.md/],
    ['a method the path does not take', () => request(['PUT /v1/threads HTTP/1.1', 'content-length: 0']), 'METHOD_NOT_ALLOWED', /GET/],
    ['a body of another type', () => json('POST', '/v1/saved-jobs', 'hi', 'text/plain'), 'UNSUPPORTED_MEDIA_TYPE', /application\/json/],
    // Regression (session 41): an empty upload was told its (form) type was wrong, not that it was empty.
    ['an empty upload of a form type', () => json('POST', '/v1/resumes?filename=blank.txt', '', 'application/x-www-form-urlencoded'), 'BAD_REQUEST', /^The body is empty: POST \/v1\/resumes needs the file/],
    ['malformed JSON', () => json('POST', '/v1/saved-jobs', '{"job_id": '), 'BAD_REQUEST', /not valid JSON/],
    ['a __proto__ key', () => json('POST', '/v1/saved-jobs', '{"__proto__": {"x": 1}}'), 'BAD_REQUEST', /__proto__/],
    ['an empty JSON body', () => json('POST', '/v1/saved-jobs', ''), 'BAD_REQUEST', /empty/],
    ['a body over the limit', () => request(['POST /v1/saved-jobs HTTP/1.1', 'content-type: application/json', 'content-length: 999999'], '{'), 'PAYLOAD_TOO_LARGE', /256 KiB/],
    ['a bad query value', () => request(['GET /v1/jobs/search?limit=abc HTTP/1.1']), 'BAD_REQUEST', /limit/],
    ['an unknown query parameter', () => request(['GET /v1/jobs/search?colour=red HTTP/1.1']), 'BAD_REQUEST', /colour/],
    ['a NUL in a message', () => json('POST', '/v1/threads/nul/runs', '{"message": "a\\u0000b"}'), 'BAD_REQUEST', /NUL character/],
    ['a NUL in a thread id', () => json('POST', '/v1/threads/a%00b/runs', '{"message": "hi"}'), 'BAD_REQUEST', /NUL character/],
    // 40 KB of '[' held the event loop for a minute (every walk of the body cost its depth squared).
    ['JSON nested 20,000 levels deep', () => json('POST', '/v1/match', `${'['.repeat(20_000)}${']'.repeat(20_000)}`), 'BAD_REQUEST', /more than 64 levels deep/],
    ['a field nested past the limit', () => json('POST', '/v1/threads/deep/runs', `{"message": "hi", "x": ${'{"a":'.repeat(70)}1${'}'.repeat(70)}}`), 'BAD_REQUEST', /more than 64 levels deep/],
    ['a posting of an import nested past the limit', () => json('POST', '/v1/jobs/import', `[{"title": ${'['.repeat(100_000)}${']'.repeat(100_000)}}]`), 'BAD_REQUEST', /Posting 1 nests/],
  ];
  for (const [what, text, code, message] of cases) {
    it(what, async () => {
      const answer = await rawExchange(server.url, text());
      expect(expectShape(answer, code)).toMatch(message);
    });
  }

  it('names the methods a path takes in allow', async () => {
    const answer = await rawExchange(server.url, request(['DELETE /v1/threads/abc/runs HTTP/1.1']));
    expectShape(answer, 'METHOD_NOT_ALLOWED');
    expect(answer.headers.allow).toBe('POST');
  });

  it('stored nothing for any of them', async () => {
    const threads = await fetch(`${server.url}/v1/threads`);
    expect(((await threads.json()) as { threads: unknown[] }).threads).toEqual([]);
  });
});

describe('a request that does not arrive in full', () => {
  it('is cut with 408 REQUEST_TIMEOUT when its body comes a byte a second, and holds no thread', async () => {
    const body = '{"message": "hello from a slow client"}';
    let sent = 0;
    let ticker: NodeJS.Timeout | undefined;
    const answer = await rawExchange(server.url, (socket) => {
      socket.write(`POST /v1/threads/slow-body/runs HTTP/1.1\r\nhost: ${host}\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`);
      ticker = setInterval(() => {
        if (sent < body.length && !socket.destroyed) socket.write(body[sent++] as string);
      }, 1000);
    });
    clearInterval(ticker);
    expect(answer.closed).toBe(true);
    expect(expectShape(answer, 'REQUEST_TIMEOUT')).toMatch(/JOBPILOT_REQUEST_TIMEOUT_MS/);
    expect(sent).toBeLessThan(body.length);
    // Nothing was taken: no thread exists, and the same message sent at once runs.
    expect((await fetch(`${server.url}/v1/threads/slow-body`)).status).toBe(404);
    const run = await postRun(server.url, 'slow-body', { message: 'hello at once' });
    expect(run.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
  });

  it('is cut when its headers never end', async () => {
    const answer = await rawExchange(server.url, (socket) => {
      socket.write(`GET /v1/threads HTTP/1.1\r\nhost: ${host}\r\n`);
      const ticker = setInterval(() => (socket.destroyed ? clearInterval(ticker) : socket.write('x-slow: 1\r\n')), 300);
    });
    expect(answer.closed).toBe(true);
    expectShape(answer, 'REQUEST_TIMEOUT');
  });

  it('does not cut a run stream that lasts longer than the request timeout', async () => {
    const started = Date.now();
    const run = await postRun(server.url, 'long-run', { message: 'answer slowly please' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(3 * requestTimeoutMs);
    expect(run.events.map((event) => event.type)).toEqual(['run-start', 'message-delta', 'message-end', 'run-end']);
    expect(run.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
  });
});

describe('a required field left out is named in words, on every route, with the code unchanged', () => {
  const post = async (path: string, body: unknown, method = 'POST') => {
    const response = await fetch(`${server.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: await response.text() };
  };

  it('says which field is required and what it is, never zod\'s "expected string, received undefined"', async () => {
    const saved = expectShape(await post('/v1/saved-jobs', {}), 'BAD_REQUEST');
    expect(saved).toBe('Invalid body: job_id is required: the id of a job from a search (GET /v1/jobs/search), e.g. 3f9a1c0b7d2e');
    const reminder = expectShape(await post('/v1/reminders', {}), 'BAD_REQUEST');
    expect(reminder).toMatch(/^Invalid body: when is required: when, in words or ISO 8601/);
    const alert = expectShape(await post('/v1/alerts', {}), 'BAD_REQUEST');
    expect(alert).toMatch(/^Invalid body: query is required: what to look for: a role, skill or keywords/);
    for (const message of [saved, reminder, alert]) expect(message).not.toMatch(/Invalid input|received undefined/);
  });

  it('keeps the schema\'s own words for a value that is there but wrong', async () => {
    const wrong = expectShape(await post('/v1/saved-jobs', { job_id: 'nope' }), 'BAD_REQUEST');
    expect(wrong).toBe('Invalid body: job_id: A job id is 12 hexadecimal characters, e.g. 3f9a1c0b7d2e.');
    const empty = expectShape(await post('/v1/reminders', { when: '' }), 'BAD_REQUEST');
    expect(empty).toMatch(/when: say when: "Friday"/);
  });

  it('names the key a refused one was meant as: "note" on a saved job is "notes", "wehn" on a reminder "when" (trial s38 #46)', async () => {
    const note = expectShape(await post('/v1/saved-jobs', { job_id: '3f9a1c0b7d2e', note: 'check dutch level' }), 'BAD_REQUEST');
    expect(note).toMatch(/did you mean "notes" for "note"\? \(accepted: job_id, notes\)/);
    const status = expectShape(await post('/v1/saved-jobs/3f9a1c0b7d2e', { status: 'applied', notes: 'sent' }, 'PATCH'), 'BAD_REQUEST');
    expect(status).toMatch(/did you mean "note" for "notes"\?/);
  });
});
