import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Where cross-origin pages are let in, and from where. */
export interface CorsPolicy {
  /** Exact origins (`http://localhost:3000`), from `JOBPILOT_CORS_ORIGINS`. */
  origins: readonly string[];
  /** The path prefix they may use (`/lg/`): nothing else answers them. */
  pathPrefix: string;
}

/** The request's `Origin`, when it is one the policy lets use this path. */
export function corsOriginOf(request: Pick<FastifyRequest, 'headers' | 'url'>, policy: CorsPolicy): string | undefined {
  const origin = request.headers.origin;
  if (typeof origin !== 'string' || !policy.origins.includes(origin)) return undefined;
  return request.url.startsWith(policy.pathPrefix) ? origin : undefined;
}

/** Headers LangGraph's browser clients send: JSON bodies, the token either way, and resuming a stream. */
const allowedHeaders = 'content-type, authorization, x-api-key, last-event-id';
/** Headers they read: the run's address. */
const exposedHeaders = 'content-location, location, x-request-id';

/**
 * CORS for the listed origins on one path prefix (the LangGraph API, for agent-chat-ui and
 * `useStream` pages served elsewhere): preflights are answered, and every answer to such a
 * page (JSON, errors, and the run streams written by hand) names its origin and exposes
 * `content-location`. Without origins nothing is registered: no route sends CORS headers.
 *
 * @example
 * registerCors(lg, { origins: ['http://localhost:3000'], pathPrefix: '/lg/' });
 */
export function registerCors(app: FastifyInstance, policy: CorsPolicy): void {
  if (policy.origins.length === 0) return;
  // On the raw response, so answers that bypass Fastify's reply (hijacked streams) carry them too.
  app.addHook('onRequest', async (request, reply) => {
    const origin = corsOriginOf(request, policy);
    if (!origin) return;
    reply.raw.setHeader('access-control-allow-origin', origin);
    reply.raw.setHeader('access-control-expose-headers', exposedHeaders);
    reply.raw.setHeader('vary', 'origin');
  });
  app.options('/*', { schema: { hide: true } }, async (request, reply) => {
    if (!corsOriginOf(request, policy)) return reply.status(204).send();
    return reply
      .status(204)
      .header('access-control-allow-methods', 'GET, POST, PATCH, DELETE, OPTIONS')
      .header('access-control-allow-headers', allowedHeaders)
      .header('access-control-max-age', '600')
      .send();
  });
}
