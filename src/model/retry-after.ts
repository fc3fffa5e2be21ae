/**
 * How long a 429/503 asks us to wait, in milliseconds: `retry-after-ms` (OpenAI), then
 * `retry-after` as seconds or an HTTP date. Undefined when neither is usable.
 *
 * @example
 * retryAfterFromHeaders(new Headers({ 'retry-after': '30' })); // 30000
 */
export function retryAfterFromHeaders(headers: Headers, now = Date.now()): number | undefined {
  const milliseconds = Number(headers.get('retry-after-ms'));
  if (headers.has('retry-after-ms') && Number.isFinite(milliseconds) && milliseconds >= 0) {
    return milliseconds;
  }
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * A protobuf `Duration` as JSON ("30s", "1.5s", "0.250s"), as Gemini's `RetryInfo.retryDelay` sends it.
 *
 * @example
 * durationToMilliseconds('17s'); // 17000
 */
export function durationToMilliseconds(duration: unknown): number | undefined {
  if (typeof duration !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)s$/.exec(duration.trim());
  return match ? Math.round(Number(match[1]) * 1000) : undefined;
}

/** Exponential backoff with jitter: ~0.5 s, 1 s, 2 s … for retries that were given no wait. */
export const backoffMs = (attempt: number, random = Math.random): number =>
  Math.round(500 * 2 ** attempt * (0.75 + random() * 0.5));
