import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/cli/api-client.ts';
import { ApiError, ServerUnreachableError } from '../../src/cli/api-error.ts';
import { describeError } from '../../src/cli/describe-error.ts';
import { collect } from '../helpers/collect.ts';
import { errorResponse, jsonResponse, scriptedFetch, sseResponse } from './fake-fetch.ts';

/** What undici's fetch throws when nothing listens on the port. */
const connectionRefused = () => {
  const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), {
    code: 'ECONNREFUSED',
  });
  return new TypeError('fetch failed', { cause });
};

describe('ApiClient', () => {
  it('posts the run request with the token and yields the typed events', async () => {
    const { fetch, requests } = scriptedFetch(() =>
      sseResponse([
        { type: 'run-start', run_id: 'r', thread_id: 'my-thread' },
        { type: 'message-end', text: 'Hello' },
        { type: 'run-end', run_id: 'r', status: 'completed' },
      ]),
    );
    const api = new ApiClient({ url: 'http://127.0.0.1:9/', token: 'secret', fetch });
    const events = await collect(api.streamRun('my-thread', { message: 'hi' }));
    expect(events.map((event) => event.type)).toEqual(['run-start', 'message-end', 'run-end']);
    expect(requests).toEqual([
      {
        method: 'POST',
        url: 'http://127.0.0.1:9/v1/threads/my-thread/runs',
        headers: {
          accept: 'text/event-stream',
          'content-type': 'application/json',
          authorization: 'Bearer secret',
        },
        body: { message: 'hi', on_disconnect: 'continue' },
      },
    ]);
  });

  it('sends no authorization header without a token', async () => {
    const { fetch, requests } = scriptedFetch(() => jsonResponse({ threads: [] }));
    await new ApiClient({ url: 'http://x', fetch }).listThreads();
    expect(requests[0]?.headers.authorization).toBeUndefined();
  });

  it("turns the server's error body into an ApiError with its code", async () => {
    const { fetch } = scriptedFetch(() =>
      errorResponse(409, 'THREAD_BUSY', 'Thread "t" already has a run in progress.'),
    );
    const api = new ApiClient({ url: 'http://x', fetch });
    const error = await collect(api.streamRun('t', { message: 'hi' })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'THREAD_BUSY', status: 409 });
    expect(describeError(error)).toBe(
      'jobpilot: Thread "t" already has a run in progress. (THREAD_BUSY)',
    );
  });

  it('says in words that the server is up but its database is not (503 DATABASE_UNAVAILABLE)', async () => {
    const message =
      'The database is not reachable right now (ECONNREFUSED). jobpilot reconnects by itself when Postgres is back: try again in a few seconds.';
    const { fetch } = scriptedFetch(() => errorResponse(503, 'DATABASE_UNAVAILABLE', message));
    const error = await new ApiClient({ url: 'http://x', fetch }).listThreads().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'DATABASE_UNAVAILABLE', status: 503 });
    expect(describeError(error)).toBe(
      `jobpilot: the server is running, but its database is not answering. ${message} (DATABASE_UNAVAILABLE)`,
    );
  });

  it('explains a non-JSON error answer (a proxy, say) by its status', async () => {
    const { fetch } = scriptedFetch(() => new Response('Bad Gateway', { status: 502 }));
    await expect(new ApiClient({ url: 'http://x', fetch }).listThreads()).rejects.toMatchObject({
      code: 'HTTP_502',
      message: 'The server answered 502: Bad Gateway',
    });
  });

  it('refuses a run answer that is not an event stream', async () => {
    const { fetch } = scriptedFetch(() => jsonResponse({ ok: true }));
    await expect(
      collect(new ApiClient({ url: 'http://x', fetch }).streamRun('t', { message: 'hi' })),
    ).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
    });
  });

  it('encodes thread ids and paging in the URL', async () => {
    const detail = {
      thread_id: 'a:b',
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
      status: 'idle',
      title: 't',
      messages: [],
      next_before: null,
      usage: { model_calls: 0, input_tokens: 0, output_tokens: 0 },
      pending_approval: null,
    };
    const { fetch, requests } = scriptedFetch(
      () => jsonResponse(detail),
      () => new Response(null, { status: 204 }),
    );
    const api = new ApiClient({ url: 'http://x', fetch });
    expect(await api.getThread('a:b', { limit: 5, before: '42' })).toEqual(detail);
    await api.deleteThread('a:b');
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      'GET http://x/v1/threads/a%3Ab?limit=5&before=42',
      'DELETE http://x/v1/threads/a%3Ab',
    ]);
  });

  it('reports an unreachable server in one line, with no stack trace', async () => {
    const fetch = (async () => {
      throw connectionRefused();
    }) as typeof globalThis.fetch;
    const api = new ApiClient({ url: 'http://127.0.0.1:8000', fetch });
    const error = await api.listThreads().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServerUnreachableError);
    expect(describeError(error)).toBe(
      "jobpilot: can't reach the server at http://127.0.0.1:8000 — start it with `npm start`",
    );
  });

  it('lets an abort through as an abort, not as an unreachable server', async () => {
    const controller = new AbortController();
    controller.abort();
    const fetch = (async (_url: unknown, init: RequestInit) => {
      init.signal?.throwIfAborted();
      throw new Error('unreachable');
    }) as typeof globalThis.fetch;
    const error = await collect(
      new ApiClient({ url: 'http://x', fetch }).streamRun(
        't',
        { message: 'hi' },
        controller.signal,
      ),
    ).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('AbortError');
  });

  it('joins a run again after a cut stream (Last-Event-ID), and cancels it by name on abort', async () => {
    const encoder = new TextEncoder();
    const location = '/v1/threads/t/runs/r';
    const seen: Array<{ method: string; url: string; lastEventId: string | null }> = [];
    const controller = new AbortController();
    const fetchImpl = (async (input: string | URL | Request, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      seen.push({ method: init.method ?? 'GET', url: String(input), lastEventId: headers.get('last-event-id') });
      if (seen.length === 1) {
        // Two events, then the connection is cut.
        let pulls = 0;
        const body = new ReadableStream<Uint8Array>({
          pull(stream) {
            if (pulls++ === 0) stream.enqueue(encoder.encode('id: 1\nevent: run-start\ndata: {"run_id":"r","thread_id":"t"}\n\nid: 2\nevent: message-delta\ndata: {"text":"Hel"}\n\n'));
            else stream.error(new TypeError('terminated'));
          },
        });
        return new Response(body, { headers: { 'content-type': 'text/event-stream', 'content-location': location } });
      }
      if (seen.length === 2) {
        // The join: one more event, then it hangs until the caller aborts.
        const body = new ReadableStream<Uint8Array>({
          start(stream) {
            stream.enqueue(encoder.encode('id: 3\nevent: message-delta\ndata: {"text":"lo"}\n\n'));
            init.signal?.addEventListener('abort', () => stream.error(new DOMException('aborted', 'AbortError')));
          },
        });
        return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
      }
      return jsonResponse({ run_id: 'r', status: 'cancelling' });
    }) as typeof fetch;
    const api = new ApiClient({ url: 'http://x', fetch: fetchImpl });
    const rejoined: number[] = [];
    const texts: string[] = [];
    const error = await (async () => {
      for await (const event of api.streamRun('t', { message: 'hi' }, controller.signal, { onReconnect: (after) => rejoined.push(after) })) {
        if (event.type === 'message-delta') texts.push(event.text);
        if (texts.length === 2) controller.abort();
      }
    })().catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('AbortError');
    expect(texts).toEqual(['Hel', 'lo']);
    expect(rejoined).toEqual([2]);
    expect(seen).toEqual([
      { method: 'POST', url: 'http://x/v1/threads/t/runs', lastEventId: null },
      { method: 'GET', url: `http://x${location}`, lastEventId: '2' },
      { method: 'POST', url: `http://x${location}/cancel`, lastEventId: null },
    ]);
  });
});
