import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { Agent as HttpAgent, type IncomingMessage, request as httpRequest, type RequestOptions } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { pipeline, Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { isPublicAddress } from './public-address.ts';

/** What the HTTP client needs of a fetch: one GET (or a POST with a body), redirects not followed. */
export type Transport = (
  url: string,
  init: {
    headers: Record<string, string>;
    signal: AbortSignal;
    redirect: 'manual';
    method?: 'GET' | 'POST';
    body?: string;
  },
) => Promise<Response>;

/** Every address a name resolves to (the `family` of the connection asking, 0 for either). */
export type Resolve = (hostname: string, family: number) => Promise<LookupAddress[]>;

/** A name that resolves to an address off the public internet; thrown before connecting. */
export class AddressNotPublicError extends Error {
  override readonly name = 'AddressNotPublicError';
  readonly code = 'ADDRESS_NOT_PUBLIC';
  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(`${hostname} resolves to ${address}, which is not a public internet address`);
  }
}

export interface GuardedTransportOptions {
  /**
   * Host names the person configured (`JOBPILOT_<BOARD>_URL`): they may resolve anywhere,
   * e.g. `localhost` for a local proxy. Every other name must resolve to public addresses only.
   */
  trustedHosts?: readonly string[];
  resolve?: Resolve;
}

const defaultResolve: Resolve = (hostname, family) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, family }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder: Transform | undefined =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (!decoder) return response;
  // An error on either side (a reset, a corrupt stream) destroys both, and reaches the reader.
  pipeline(response, decoder, () => undefined);
  return decoder;
}

function headersOf(response: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

const nullBodyStatuses = new Set([101, 204, 205, 304]);

/**
 * The board client's transport: `node:http(s)` with a DNS lookup that refuses, before any
 * connection is made, a name resolving to loopback, private, link-local or other non-public
 * addresses (checked on the addresses the socket then connects to, so a rebinding answer
 * cannot slip in between check and connect). Names the person configured are trusted; IP
 * literals are connected to as written (only configuration can write one: built-in boards
 * are names). Redirects are never followed here: the client decides.
 *
 * @example
 * const transport = createGuardedTransport({ trustedHosts: ['localhost'] });
 * const http = createHttpClient({ fetch: transport });
 */
export function createGuardedTransport(options: GuardedTransportOptions = {}): Transport {
  const trusted = new Set((options.trustedHosts ?? []).map((host) => host.toLowerCase()));
  const resolve = options.resolve ?? defaultResolve;
  // Own pools: a kept-alive socket was checked under this transport's rules, never another's.
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

  const lookup = (
    hostname: string,
    lookupOptions: { family?: number | string; all?: boolean },
    callback: LookupCallback,
  ): void => {
    const family = Number(String(lookupOptions.family ?? 0).replace(/^IPv/, '')) || 0;
    resolve(hostname, family).then(
      (addresses) => {
        const refused = addresses.find(({ address }) => !isPublicAddress(address));
        const first = addresses[0];
        if (!trusted.has(hostname.toLowerCase()) && refused) {
          callback(new AddressNotPublicError(hostname, refused.address), '');
        } else if (!first) {
          callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
        } else if (lookupOptions.all) {
          callback(null, addresses);
        } else {
          callback(null, first.address, first.family);
        }
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };

  return (url, init) =>
    new Promise<Response>((resolveResponse, reject) => {
      const target = new URL(url);
      if (target.protocol !== 'http:' && target.protocol !== 'https:') {
        reject(new Error(`${target.protocol} is not http(s)`));
        return;
      }
      const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
      const requestOptions: RequestOptions = {
        method: init.method ?? 'GET',
        headers: {
          'accept-encoding': 'gzip, deflate, br',
          ...(init.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(init.body)) }),
          ...init.headers,
        },
        signal: init.signal,
        agent: target.protocol === 'https:' ? agents.https : agents.http,
        lookup: lookup as RequestOptions['lookup'],
      };
      const request = send(target, requestOptions, (response) => {
        const status = response.statusCode ?? 0;
        if (status < 200 || status > 599) {
          response.destroy();
          reject(new Error(`unexpected HTTP status ${status}`));
          return;
        }
        const body = nullBodyStatuses.has(status)
          ? null
          : (Readable.toWeb(decoded(response)) as ReadableStream<Uint8Array>);
        if (!body) response.resume();
        resolveResponse(new Response(body, { status, headers: headersOf(response) }));
      });
      request.on('error', reject);
      request.end(init.body);
    });
}
