import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';

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

/**
 * Sends `text` as it is on a new TCP connection and reads until the server closes it (or
 * `timeoutMs` passes): for requests no HTTP client will send (a bad request line, a `%zz`
 * path, a NUL in a header, a body that never arrives in full).
 *
 * @example
 * const answer = await rawExchange(server.url, 'GET /%zz HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n');
 */
export function rawExchange(
  url: string,
  text: string | ((socket: Socket) => void),
  { timeoutMs = 15_000 } = {},
): Promise<{ status: number; headers: Record<string, string>; body: string; closed: boolean }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    const finish = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      const [head = '', ...rest] = received.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body: rest.join('\r\n\r\n'), closed });
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.on('connect', () => (typeof text === 'string' ? socket.write(text) : text(socket)));
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    socket.on('close', () => finish(true));
    socket.on('error', () => {});
  });
}
