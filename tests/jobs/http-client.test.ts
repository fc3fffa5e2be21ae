import { describe, expect, it } from 'vitest';
import { createHttpClient, defaultUserAgent, type HttpClientOptions } from '../../src/jobs/http-client.ts';
import { SourceError } from '../../src/jobs/source-error.ts';

interface FetchCall {
  url: string;
  headers: Record<string, string>;
  signal: AbortSignal | undefined;
}

/** A fetch that records its calls and answers from a script, one reply per call. */
function scriptedFetch(...replies: Array<(signal: AbortSignal | undefined) => Response | Promise<Response>>) {
  const calls: FetchCall[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const signal = init?.signal ?? undefined;
    calls.push({ url: String(input), headers: init?.headers as Record<string, string>, signal });
    const reply = replies[Math.min(calls.length, replies.length) - 1];
    if (!reply) throw new Error('no scripted reply');
    return reply(signal);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (value: unknown, init?: ResponseInit) => () =>
  new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' }, ...init });

/** A fetch that only settles when its signal aborts, with the signal's reason. */
const hangs = (signal: AbortSignal | undefined) =>
  new Promise<Response>((_, reject) => {
    if (signal?.aborted) reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason));
  });

async function caught(promise: Promise<unknown>): Promise<SourceError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SourceError);
  return error as SourceError;
}

const client = (options: HttpClientOptions) => createHttpClient({ minIntervalMs: 0, ...options });

describe('createHttpClient', () => {
  it('sends a User-Agent, accepts JSON, passes headers through and parses the body', async () => {
    const { fetch, calls } = scriptedFetch(json({ jobs: [1, 2] }));
    const http = client({ fetch });

    const body = await http.getJson({
      url: 'https://board.example/api?q=rust',
      source: 'Board',
      headers: { 'X-RapidAPI-Key': 'secret' },
    });

    expect(body).toEqual({ jobs: [1, 2] });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('https://board.example/api?q=rust');
    expect(calls[0]?.headers).toEqual({
      accept: 'application/json',
      'user-agent': defaultUserAgent,
      'X-RapidAPI-Key': 'secret',
    });
    expect(defaultUserAgent).toMatch(/^jobpilot\/0\.1 \(\+https:\/\/github\.com\/jobpilot\)$/);
  });

  describe('rate limit', () => {
    it('spaces requests to one source by the interval, in arrival order, and leaves others alone', async () => {
      const { fetch, calls } = scriptedFetch(json({}));
      const waits: number[] = [];
      const http = createHttpClient({
        fetch,
        now: () => 1_000,
        minIntervalMs: 500,
        cacheTtlMs: 0,
        sleep: async (ms) => {
          waits.push(ms);
        },
      });

      await Promise.all([
        http.getJson({ url: 'https://a.example/1', source: 'A' }),
        http.getJson({ url: 'https://a.example/2', source: 'A' }),
        http.getJson({ url: 'https://a.example/3', source: 'A' }),
        http.getJson({ url: 'https://b.example/1', source: 'B' }),
      ]);

      expect(waits).toEqual([500, 1000]);
      expect(calls.map((call) => call.url)).toEqual([
        'https://a.example/1',
        'https://b.example/1',
        'https://a.example/2',
        'https://a.example/3',
      ]);
    });

    it("lets a request shorten the wait after it to a board's published rate, never lengthen it", async () => {
      const { fetch } = scriptedFetch(json({}));
      const waits: number[] = [];
      const http = createHttpClient({
        fetch,
        now: () => 0,
        minIntervalMs: 1_000,
        cacheTtlMs: 0,
        sleep: async (ms) => {
          waits.push(ms);
        },
      });

      // The list at the client's pace, then details four a second, then one asking for more than the client's.
      await Promise.all([
        http.getJson({ url: 'https://a.example/list', source: 'A' }),
        http.getJson({ url: 'https://a.example/d1', source: 'A', minIntervalMs: 250 }),
        http.getJson({ url: 'https://a.example/d2', source: 'A', minIntervalMs: 250 }),
        http.getJson({ url: 'https://a.example/d3', source: 'A', minIntervalMs: 5_000 }),
        http.getJson({ url: 'https://a.example/d4', source: 'A' }),
      ]);

      expect(waits).toEqual([1_000, 1_250, 1_500, 2_500]);
    });

    it('does not wait once the interval has passed', async () => {
      const { fetch } = scriptedFetch(json({}));
      let time = 0;
      const waits: number[] = [];
      const http = createHttpClient({
        fetch,
        now: () => time,
        minIntervalMs: 500,
        cacheTtlMs: 0,
        sleep: async (ms) => {
          waits.push(ms);
        },
      });
      await http.getJson({ url: 'https://a.example/1', source: 'A' });
      time = 600;
      await http.getJson({ url: 'https://a.example/2', source: 'A' });
      expect(waits).toEqual([]);
    });

    it("gives up waiting when the caller's signal aborts, without fetching", async () => {
      const { fetch, calls } = scriptedFetch(json({}));
      const http = createHttpClient({
        fetch,
        now: () => 0,
        minIntervalMs: 60_000,
        cacheTtlMs: 0,
        sleep: (_ms, signal) => hangs(signal).then(() => undefined),
      });
      await http.getJson({ url: 'https://a.example/1', source: 'A' });
      const controller = new AbortController();
      const second = http.getJson({ url: 'https://a.example/2', source: 'A', signal: controller.signal });
      controller.abort();

      const error = await caught(second);
      expect(error.code).toBe('CANCELLED');
      expect(calls).toHaveLength(1);
    });
  });

  describe('cache', () => {
    it('answers an identical GET from memory until the TTL passes, without waiting its turn', async () => {
      const { fetch, calls } = scriptedFetch(json({ n: 1 }), json({ n: 2 }));
      let time = 0;
      const waits: number[] = [];
      const http = createHttpClient({
        fetch,
        now: () => time,
        minIntervalMs: 1_000,
        cacheTtlMs: 60_000,
        sleep: async (ms) => {
          waits.push(ms);
        },
      });
      const request = { url: 'https://a.example/jobs?q=rust', source: 'A' };

      expect(await http.getJson(request)).toEqual({ n: 1 });
      time = 59_999;
      expect(await http.getJson(request)).toEqual({ n: 1 });
      expect(calls).toHaveLength(1);
      expect(waits).toEqual([]);
      time = 60_000;
      expect(await http.getJson(request)).toEqual({ n: 2 });
      expect(calls).toHaveLength(2);
    });

    it('keys on the URL and headers, and never keeps failures', async () => {
      const { fetch, calls } = scriptedFetch(json({ error: 'busy' }, { status: 503 }), json({ ok: true }));
      const http = client({ fetch, now: () => 0 });
      const request = { url: 'https://a.example/jobs', source: 'A' };

      expect((await caught(http.getJson(request))).code).toBe('HTTP_STATUS');
      expect(await http.getJson(request)).toEqual({ ok: true });
      expect(await http.getJson(request)).toEqual({ ok: true });
      await http.getJson({ ...request, headers: { 'X-Key': 'other' } });
      expect(calls.map((call) => call.headers['X-Key'])).toEqual([undefined, undefined, 'other']);
    });

    it('a fresh request skips the short cache but keeps an answer the board\'s terms keep, and says when it was fetched', async () => {
      const { fetch, calls } = scriptedFetch(json({ n: 1 }), json({ n: 2 }), json({ n: 3 }));
      let time = 1_000;
      const http = client({ fetch, now: () => time });
      const reused: unknown[] = [];
      const onReused = (entry: unknown) => reused.push(entry);
      const short = { url: 'https://a.example/jobs?q=go', source: 'A', onReused };
      expect(await http.getJson(short)).toEqual({ n: 1 });
      time = 2_000;
      // Asked afresh: the client's own minute-long cache is not an answer.
      expect(await http.getJson({ ...short, fresh: true })).toEqual({ n: 2 });
      expect(reused).toEqual([]);
      const kept = { url: 'https://b.example/jobs?q=go', source: 'B', cacheTtlMs: 6 * 3_600_000, cacheReason: 'its terms allow a few calls a day', onReused };
      expect(await http.getJson(kept)).toEqual({ n: 3 });
      time = 3_000;
      expect(await http.getJson({ ...kept, fresh: true })).toEqual({ n: 3 });
      expect(calls).toHaveLength(3);
      expect(reused).toEqual([{ fetchedAt: 2_000, keptUntil: 2_000 + 6 * 3_600_000, reason: 'its terms allow a few calls a day' }]);
    });

    it('forgets the oldest answers past its size', async () => {
      const { fetch, calls } = scriptedFetch(json({}));
      const http = client({ fetch, now: () => 0, cacheEntries: 2 });
      for (const path of ['1', '2', '3', '1']) await http.getJson({ url: `https://a.example/${path}`, source: 'A' });
      expect(calls.map((call) => call.url)).toEqual([
        'https://a.example/1',
        'https://a.example/2',
        'https://a.example/3',
        'https://a.example/1',
      ]);
    });
  });

  describe('size cap', () => {
    it('refuses a body whose declared length is over the cap without reading it', async () => {
      let pulled = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 1;
          controller.enqueue(new Uint8Array(10));
        },
      });
      const { fetch } = scriptedFetch(() => new Response(body, { headers: { 'content-length': '2048' } }));
      const error = await caught(client({ fetch, maxBytes: 1024 }).getJson({ url: 'https://a.example/big', source: 'Big' }));
      expect(error.code).toBe('RESPONSE_TOO_LARGE');
      expect(error.message).toBe('Big (a.example/big) sent more than 1 KiB; the answer was not read.');
      expect(pulled).toBeLessThanOrEqual(1);
    });

    it('stops streaming a body that grows past the cap and cancels it', async () => {
      let cancelled = false;
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += 256;
          controller.enqueue(new Uint8Array(256).fill(32));
        },
        cancel() {
          cancelled = true;
        },
      });
      const { fetch, calls } = scriptedFetch(() => new Response(body));
      const error = await caught(client({ fetch, maxBytes: 1024 }).getJson({ url: 'https://a.example/endless', source: 'Endless' }));
      expect(error.code).toBe('RESPONSE_TOO_LARGE');
      expect(cancelled).toBe(true);
      expect(sent).toBeLessThan(4096);
      // The request itself is aborted too, so the connection is let go.
      expect(calls[0]?.signal?.aborted).toBe(true);
    });
  });

  it('says clearly when a board answers something that is not JSON, without repeating it', async () => {
    const { fetch } = scriptedFetch(() => new Response('<html><body>Rate limited</body></html>'));
    const error = await caught(client({ fetch }).getJson({ url: 'https://a.example/api', source: 'Board' }));
    expect(error.code).toBe('INVALID_JSON');
    expect(error.message).toBe('Board (a.example/api) answered with something that is not JSON (38 bytes).');
  });

  it('reports an HTTP error by its status, never by its body (issue 15)', async () => {
    const { fetch } = scriptedFetch(json({ message: 'Too many requests' }, { status: 429 }));
    const error = await caught(client({ fetch }).getJson({ url: 'https://a.example/api', source: 'Board' }));
    expect(error.code).toBe('HTTP_STATUS');
    expect(error.status).toBe(429);
    expect(error.message).toBe('Board (a.example/api) answered HTTP 429.');
  });

  it('never puts the query string, where keys travel, into a message', async () => {
    const { fetch } = scriptedFetch(() => new Response('', { status: 500 }));
    const error = await caught(
      client({ fetch }).getJson({ url: 'https://a.example/search?api_key=SECRET', source: 'Board' }),
    );
    expect(error.message).toBe('Board (a.example/search) answered HTTP 500.');
    expect(error.message).not.toContain('SECRET');
  });

  it('times out a request that takes too long', async () => {
    const { fetch, calls } = scriptedFetch(hangs);
    const error = await caught(client({ fetch, timeoutMs: 30 }).getJson({ url: 'https://a.example/slow', source: 'Slow' }));
    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toBe('Slow (a.example/slow) did not answer within 0 s.');
    expect(calls[0]?.signal?.aborted).toBe(true);
  });

  it("tells the caller's cancellation apart from a timeout", async () => {
    const { fetch } = scriptedFetch(hangs);
    const controller = new AbortController();
    const pending = client({ fetch, timeoutMs: 10_000 }).getJson({
      url: 'https://a.example/slow',
      source: 'Slow',
      signal: controller.signal,
    });
    // Once the request is under way.
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    expect((await caught(pending)).code).toBe('CANCELLED');
    const { fetch: unused, calls } = scriptedFetch(hangs);
    const early = new AbortController();
    const abortedAtOnce = client({ fetch: unused }).getJson({ url: 'https://a.example/x', source: 'X', signal: early.signal });
    early.abort();
    expect((await caught(abortedAtOnce)).code).toBe('CANCELLED');
    expect(calls).toHaveLength(0);
    const aborted = AbortSignal.abort();
    expect((await caught(client({ fetch }).getJson({ url: 'https://a.example/x', source: 'X', signal: aborted }))).code).toBe(
      'CANCELLED',
    );
  });

  it('explains a network failure by its cause', async () => {
    const { fetch } = scriptedFetch(() => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) });
    });
    const error = await caught(client({ fetch }).getJson({ url: 'https://a.example/api', source: 'Board' }));
    expect(error.code).toBe('NETWORK');
    expect(error.message).toBe('Board (a.example/api) could not be reached (ECONNREFUSED).');
  });
});
