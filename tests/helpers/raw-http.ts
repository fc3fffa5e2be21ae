import { request as httpRequest } from 'node:http';

/** An answer read whole: status, headers (lower-cased names) and the body as text. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The body as JSON (throws when it is not). */
  json(): any;
}

/**
 * One HTTP request with exactly the headers given (a `Host` of our choosing included, which
 * `fetch` will not send), the way a browser or an attacker's script would send it.
 *
 * @example
 * const answer = await rawRequest(`${server.url}/v1/threads`, { headers: { host: 'evil.example:8000' } });
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const body = typeof options.body === 'string' ? Buffer.from(options.body) : options.body;
    // content-length always, as a browser sends it (Node would send a DELETE's body unframed).
    const headers = { ...(body ? { 'content-length': String(body.byteLength) } : {}), ...options.headers };
    const request = httpRequest(url, { method: options.method ?? 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text, json: () => JSON.parse(text) });
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}
