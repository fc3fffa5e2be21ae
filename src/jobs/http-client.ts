import { setTimeout as sleepFor } from 'node:timers/promises';
import { SourceError } from './source-error.ts';

/** Sent with every request, so boards can see who is calling and how to reach us. */
export const defaultUserAgent = 'jobpilot/0.1 (+https://github.com/jobpilot)';

/** One GET of a JSON document from a board. */
export interface JsonRequest {
  url: string;
  /**
   * The board asking ("Himalayas"): requests to one board are spaced by the rate limit,
   * and errors name it. Company boards of one kind share a name, so they share the limit.
   */
  source: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface HttpClient {
  /** The parsed JSON body; throws `SourceError` (TIMEOUT, HTTP_STATUS, INVALID_JSON, …). */
  getJson(request: JsonRequest): Promise<unknown>;
}

export interface HttpClientOptions {
  fetch?: typeof globalThis.fetch;
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
}

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

function snippet(text: string, length = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

/** A board's own explanation in an error body: `{"error": "…"}` or `{"message": "…"}`. */
function explanation(body: string): string {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const text = [parsed.error, parsed.message].find((value) => typeof value === 'string');
    if (typeof text === 'string') return snippet(text);
  } catch {
    // Not JSON: fall back to the raw text.
  }
  return snippet(body);
}

const cancelled = (cause?: unknown) =>
  new SourceError('CANCELLED', 'The search was cancelled.', { cause });

/**
 * The one polite HTTP client every board adapter uses: a User-Agent on every request, a
 * per-request timeout combined with the caller's signal, a cap on response size (the body
 * is streamed and the request aborted past it), a minimum interval between requests to one
 * source (queued in arrival order), and a short cache of identical GETs.
 *
 * @example
 * const http = createHttpClient();
 * const body = await http.getJson({
 *   url: 'https://remotive.com/api/remote-jobs?search=rust',
 *   source: 'Remotive',
 * });
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
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

  async function waitForTurn(source: string, signal: AbortSignal | undefined): Promise<void> {
    const current = now();
    const slot = Math.max(current, nextSlot.get(source) ?? 0);
    // Reserve the slot before waiting, so concurrent requests queue one interval apart.
    nextSlot.set(source, slot + minIntervalMs);
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
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason = cause?.code ?? cause?.message ?? (error as Error).message;
      return new SourceError('NETWORK', `${where} could not be reached (${reason}).`, {
        cause: error,
      });
    };
    try {
      const response = await fetchImpl(request.url, {
        headers: { accept: 'application/json', 'user-agent': userAgent, ...request.headers },
        signal,
      });
      const abort = () => controller.abort();
      if (!response.ok) {
        const body = await readBody(response, 16 * 1024, where, abort).catch(() => '');
        const detail = explanation(body);
        throw new SourceError(
          'HTTP_STATUS',
          `${where} answered HTTP ${response.status}${detail ? `: ${detail}` : '.'}`,
          { status: response.status },
        );
      }
      const text = await readBody(response, maxBytes, where, abort);
      try {
        return JSON.parse(text);
      } catch (error) {
        const reason = (error as Error).message;
        throw new SourceError(
          'INVALID_JSON',
          `${where} answered with invalid JSON (${reason}), starting "${snippet(text, 60)}".`,
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
      const key = `${request.url}\n${JSON.stringify(request.headers ?? {})}`;
      const cached = cache.get(key);
      if (cached && cached.expiresAt > now()) return cached.value;
      cache.delete(key);
      await waitForTurn(request.source, request.signal);
      if (request.signal?.aborted) throw cancelled(request.signal.reason);
      const value = await fetchJson(request);
      if (cacheTtlMs > 0) {
        cache.set(key, { value, expiresAt: now() + cacheTtlMs });
        for (const oldest of cache.keys()) {
          if (cache.size <= cacheEntries) break;
          cache.delete(oldest);
        }
      }
      return value;
    },
  };
}
