import { setTimeout as sleepFor } from 'node:timers/promises';
import { AddressNotPublicError, createGuardedTransport, type Transport } from './guarded-transport.ts';
import { SourceError } from './source-error.ts';

/** Sent with every request, so boards can see who is calling and how to reach us. */
export const defaultUserAgent = 'jobpilot/0.1 (+https://github.com/jobpilot)';

/** One GET of a JSON document from a board, or a POST of a JSON `body` (Workday's search). */
export interface JsonRequest {
  url: string;
  /** Sent as JSON with POST; a POST is never redirected (the board's own API answers it). */
  body?: unknown;
  /**
   * How long this answer is kept, when the board asks for few calls (Remotive, Jobicy):
   * overrides the client's `cacheTtlMs` for this request.
   */
  cacheTtlMs?: number;
  /**
   * Why the board's answer is kept that long, in words that finish "reused: …" ("its terms
   * allow a few calls a day"); said when a kept answer is used again.
   */
  cacheReason?: string;
  /**
   * Asked for afresh (a person pressed "run now"): the client's own short cache is skipped. An
   * answer kept by the board's terms (`cacheTtlMs`) is still used, and `onReused` is told.
   */
  fresh?: boolean;
  /** Told when the answer is one kept from an earlier call: when that call was, why, until when. */
  onReused?: (reused: ReusedAnswer) => void;
  /** This request's size cap instead of the client's (a Hacker News thread runs to MiBs). */
  maxBytes?: number;
  /**
   * Least time before the next request to this source, when the board's published terms allow
   * more than the client's default (SmartRecruiters: ten requests a second). It only ever
   * shortens the client's interval, never lengthens it.
   */
  minIntervalMs?: number;
  /**
   * The board asking ("Himalayas"): requests to one board are spaced by the rate limit,
   * and errors name it. Company boards of one kind share a name, so they share the limit.
   */
  source: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** An answer used again instead of asking the board: when it was asked, why it was kept, until when. */
export interface ReusedAnswer {
  /** When the board answered (the client's clock, ms). */
  fetchedAt: number;
  /** When the kept answer expires and the board is asked again (ms). */
  keptUntil: number;
  /** "its terms allow a few calls a day"; for the client's own short cache, that it was asked moments before. */
  reason: string;
}

export interface HttpClient {
  /**
   * The parsed JSON body (of a GET, or of a POST when the request has a `body`); throws
   * `SourceError` (TIMEOUT, HTTP_STATUS, INVALID_JSON, …).
   */
  getJson(request: JsonRequest): Promise<unknown>;
}

export interface HttpClientOptions {
  /** Default: the guarded transport, which refuses names resolving to non-public addresses. */
  fetch?: Transport;
  /**
   * Host names the person configured for a board (`JOBPILOT_<BOARD>_URL`); only these may
   * resolve to loopback or private addresses. Ignored when `fetch` is given.
   */
  trustedHosts?: readonly string[];
  /** Same-origin redirects followed per request. Default 3. */
  maxRedirects?: number;
  /** The clock for the cache and the rate limit, in milliseconds. */
  now?: () => number;
  /** Waits for the rate limit; rejects when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
  /** Per request, headers to end of body. Default 10 s. */
  timeoutMs?: number;
  /** Bodies larger than this are refused. Default 5 MiB. */
  maxBytes?: number;
  /** Least time between two requests to one source. Default 1 s. */
  minIntervalMs?: number;
  /** How long an identical GET is answered from memory. Default 60 s; 0 turns caching off. */
  cacheTtlMs?: number;
  /** Most cached answers kept; the oldest go first. Default 100. */
  cacheEntries?: number;
  userAgent?: string;
}

interface CacheEntry {
  value: unknown;
  expiresAt: number;
  fetchedAt: number;
  /** Kept by the board's terms (the request's own `cacheTtlMs`), not by the client's short cache. */
  byTerms: boolean;
  reason: string;
}

/** Why an answer the client keeps for itself was used again. */
const shortCacheReason = 'the same search was asked moments before';

const defaultSleep = (ms: number, signal: AbortSignal | undefined) =>
  sleepFor(ms, undefined, { signal }).then(() => undefined);

/** Where a request went, without its query string: that is where API keys travel. */
function describeUrl(url: string): string {
  try {
    const { host, pathname } = new URL(url);
    return `${host}${pathname}`;
  } catch {
    return 'the board';
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

const cancelled = (cause?: unknown) =>
  new SourceError('CANCELLED', 'The search was cancelled.', { cause });

/**
 * The one polite HTTP client every board adapter uses: a User-Agent on every request, a
 * per-request timeout combined with the caller's signal, a cap on response size (the body
 * is streamed and the request aborted past it), a minimum interval between requests to one
 * source (queued in arrival order), and a short cache of identical GETs. Redirects are
 * followed only within the request's own origin; a name must resolve to public addresses
 * unless the person configured it (`trustedHosts`); and no error repeats what a server
 * answered, only its status and size, since whatever answered may not be the board.
 *
 * @example
 * const http = createHttpClient();
 * const body = await http.getJson({
 *   url: 'https://remotive.com/api/remote-jobs?search=rust',
 *   source: 'Remotive',
 * });
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const fetchImpl =
    options.fetch ?? createGuardedTransport({ trustedHosts: options.trustedHosts ?? [] });
  const maxRedirects = options.maxRedirects ?? 3;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const minIntervalMs = options.minIntervalMs ?? 1_000;
  const cacheTtlMs = options.cacheTtlMs ?? 60_000;
  const cacheEntries = options.cacheEntries ?? 100;
  const userAgent = options.userAgent ?? defaultUserAgent;
  const cache = new Map<string, CacheEntry>();
  const nextSlot = new Map<string, number>();

  async function waitForTurn(source: string, interval: number, signal: AbortSignal | undefined): Promise<void> {
    const current = now();
    const slot = Math.max(current, nextSlot.get(source) ?? 0);
    // Reserve the slot before waiting, so concurrent requests queue one interval apart.
    nextSlot.set(source, slot + interval);
    if (slot <= current) return;
    try {
      await sleep(slot - current, signal);
    } catch (error) {
      throw signal?.aborted ? cancelled(error) : error;
    }
  }

  async function readBody(
    response: Response,
    limit: number,
    where: string,
    abort: () => void,
  ): Promise<string> {
    const declared = Number(response.headers.get('content-length'));
    const tooLarge = () =>
      new SourceError(
        'RESPONSE_TOO_LARGE',
        `${where} sent more than ${formatBytes(limit)}; the answer was not read.`,
      );
    if (Number.isFinite(declared) && declared > limit) {
      abort();
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge();
    }
    if (!response.body) return '';
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        abort();
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  /**
   * GETs the request's URL, following a redirect only within its origin (same scheme, host
   * and port), at most `maxRedirects` times. Anything else (another host, another port of
   * this machine, another scheme) is refused without a request to it.
   */
  async function follow(request: JsonRequest, where: string, signal: AbortSignal): Promise<Response> {
    const origin = new URL(request.url).origin;
    const post = request.body !== undefined;
    const headers = {
      accept: 'application/json',
      'user-agent': userAgent,
      ...(post ? { 'content-type': 'application/json' } : {}),
      ...request.headers,
    };
    const body = post ? JSON.stringify(request.body) : undefined;
    let url = request.url;
    for (let hop = 0; ; hop += 1) {
      const response = await fetchImpl(url, {
        headers,
        signal,
        redirect: 'manual',
        ...(post ? { method: 'POST' as const, body } : {}),
      });
      if (!redirectStatuses.has(response.status)) return response;
      if (post) {
        await response.body?.cancel().catch(() => undefined);
        throw new SourceError(
          'REDIRECT_REFUSED',
          `${where} redirected a search (POST); it was not followed.`,
          { status: response.status },
        );
      }
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location');
      let next: URL | undefined;
      try {
        next = location ? new URL(location, url) : undefined;
      } catch {
        next = undefined;
      }
      if (!next || next.origin !== origin) {
        throw new SourceError(
          'REDIRECT_REFUSED',
          `${where} redirected the request away from the board's own address; it was not followed.`,
          { status: response.status },
        );
      }
      if (hop >= maxRedirects) {
        throw new SourceError(
          'REDIRECT_REFUSED',
          `${where} redirected more than ${maxRedirects} times; it was not followed further.`,
          { status: response.status },
        );
      }
      url = next.href;
    }
  }

  async function fetchJson(request: JsonRequest): Promise<unknown> {
    const where = `${request.source} (${describeUrl(request.url)})`;
    const controller = new AbortController();
    const timeoutError = new SourceError(
      'TIMEOUT',
      `${where} did not answer within ${formatSeconds(timeoutMs)}.`,
    );
    const timer = setTimeout(() => controller.abort(timeoutError), timeoutMs);
    const signal = request.signal
      ? AbortSignal.any([request.signal, controller.signal])
      : controller.signal;
    const explain = (error: unknown): SourceError => {
      if (error instanceof SourceError) return error;
      if (request.signal?.aborted) return cancelled(error);
      if (controller.signal.aborted) return timeoutError;
      if (error instanceof AddressNotPublicError) {
        return new SourceError(
          'ADDRESS_NOT_PUBLIC',
          `${where} was not called: ${error.message}. Only boards on the public internet are ` +
            `called, unless JOBPILOT_<BOARD>_URL names the address.`,
          { cause: error },
        );
      }
      // The transport's socket errors carry `code` (ECONNREFUSED); fetch's wrap them in `cause`.
      const { code, cause } = error as { code?: string; cause?: { code?: string; message?: string } };
      const reason = code ?? cause?.code ?? cause?.message ?? (error as Error).message;
      return new SourceError('NETWORK', `${where} could not be reached (${reason}).`, {
        cause: error,
      });
    };
    try {
      const abort = () => controller.abort();
      const response = await follow(request, where, signal);
      if (!response.ok) {
        // The body is not read, let alone repeated: whatever answered may not be the board.
        await response.body?.cancel().catch(() => undefined);
        throw new SourceError('HTTP_STATUS', `${where} answered HTTP ${response.status}.`, {
          status: response.status,
        });
      }
      const text = await readBody(response, request.maxBytes ?? maxBytes, where, abort);
      try {
        return JSON.parse(text);
      } catch (error) {
        // Not the parser's message: it quotes the start of the body.
        throw new SourceError(
          'INVALID_JSON',
          `${where} answered with something that is not JSON (${formatBytes(Buffer.byteLength(text))}).`,
          { cause: error },
        );
      }
    } catch (error) {
      throw explain(error);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async getJson(request) {
      if (request.signal?.aborted) throw cancelled(request.signal.reason);
      const key = `${request.url}\n${JSON.stringify(request.headers ?? {})}\n${JSON.stringify(request.body ?? null)}`;
      // A client that does not cache (cacheTtlMs 0) never does, whatever a board would keep.
      const ttlMs = cacheTtlMs > 0 ? (request.cacheTtlMs ?? cacheTtlMs) : 0;
      const cached = cache.get(key);
      // A fresh request skips the client's own short cache, never an answer the board's terms keep.
      if (cached && cached.expiresAt > now() && (cached.byTerms || !request.fresh)) {
        request.onReused?.({ fetchedAt: cached.fetchedAt, keptUntil: cached.expiresAt, reason: cached.reason });
        return cached.value;
      }
      cache.delete(key);
      const interval = Math.min(minIntervalMs, request.minIntervalMs ?? minIntervalMs);
      await waitForTurn(request.source, interval, request.signal);
      if (request.signal?.aborted) throw cancelled(request.signal.reason);
      const value = await fetchJson(request);
      if (ttlMs > 0) {
        const fetchedAt = now();
        const byTerms = request.cacheTtlMs !== undefined;
        cache.set(key, { value, expiresAt: fetchedAt + ttlMs, fetchedAt, byTerms, reason: byTerms ? (request.cacheReason ?? 'the board asks for few calls') : shortCacheReason });
        for (const oldest of cache.keys()) {
          if (cache.size <= cacheEntries) break;
          cache.delete(oldest);
        }
      }
      return value;
    },
  };
}
