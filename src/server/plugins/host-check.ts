import type { FastifyInstance, FastifyRequest } from 'fastify';
import { JobpilotError } from '../../errors.ts';
import { type CorsPolicy, corsOriginOf } from './cors.ts';
import { allowedHostList, hostAllowed, type HostPolicy, type LocalEnd, parseHost } from '../host-policy.ts';

const stateChanging: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** `Sec-Fetch-Site` values a browser sends for a request its own page (or the person) made. */
const ownSites: ReadonlySet<string> = new Set(['same-origin', 'none']);

const localEnd = (request: FastifyRequest): LocalEnd => ({
  address: request.socket.localAddress,
  port: request.socket.localPort,
});

function refuseHost(request: FastifyRequest, policy: HostPolicy): never {
  const given = request.headers.host ?? '';
  const names = allowedHostList(policy, localEnd(request).port).join(', ');
  throw new JobpilotError(
    'HOST_NOT_ALLOWED',
    `This server does not answer to the host "${given.slice(0, 200)}": it answers to ${names}. ` +
      'To reach it under another name (a reverse proxy, a LAN name, a forwarded port), add that host to ' +
      'JOBPILOT_ALLOWED_HOSTS on the server (comma-separated, "name" or "name:port"). ' +
      'Requests under other names are refused so that no web page can reach the server by DNS rebinding.',
  );
}

function refuseOrigin(request: FastifyRequest, from: string): never {
  throw new JobpilotError(
    'ORIGIN_NOT_ALLOWED',
    `${request.method} refused: it came from a web page at ${from.slice(0, 200)}, not from this server's own origin. ` +
      'Clients such as curl and the jobpilot CLI send no Origin and are not affected; to let a page served ' +
      'elsewhere make changes here, add its host to JOBPILOT_ALLOWED_HOSTS on the server.',
  );
}

/** Whether an `Origin` header names this server (its own origin, or an allowed host), over http(s). */
function originAllowed(origin: string, policy: HostPolicy, local: LocalEnd): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (a sandboxed frame, a file: page) and anything unreadable
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = parseHost(url.host, url.protocol === 'https:' ? 443 : 80);
  return host !== undefined && hostAllowed(host, policy, local);
}

/**
 * Who may talk to the server. Every request must address it by a name it answers to
 * (`403 HOST_NOT_ALLOWED` otherwise: no DNS rebinding); a state-changing request
 * (POST, PUT, PATCH, DELETE) that a browser sent from another origin is refused
 * (`403 ORIGIN_NOT_ALLOWED`): judged by its `Origin`, or by `Sec-Fetch-Site` when a browser
 * sent no `Origin`. Requests with neither (curl, the CLI) are not affected. An origin that
 * `cors` lists is accepted on the paths it is let into (the LangGraph API).
 *
 * @example
 * registerHostCheck(app, { boundHost: '127.0.0.1', allowedHosts: [] });
 */
export function registerHostCheck(app: FastifyInstance, policy: HostPolicy & { cors?: CorsPolicy }): void {
  app.addHook('onRequest', async (request) => {
    const local = localEnd(request);
    const host = parseHost(request.headers.host);
    if (!host || !hostAllowed(host, policy, local)) refuseHost(request, policy);
    if (!stateChanging.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin !== undefined) {
      // A page of an origin JOBPILOT_CORS_ORIGINS lists may use the paths it is let into.
      if (policy.cors && corsOriginOf(request, policy.cors)) return;
      if (!originAllowed(origin, policy, local)) refuseOrigin(request, origin);
      return;
    }
    const site = request.headers['sec-fetch-site'];
    if (typeof site === 'string' && !ownSites.has(site.toLowerCase())) refuseOrigin(request, `another site (sec-fetch-site: ${site})`);
  });
}
