import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

/** An `x-request-id` a client or proxy sent is kept when it is this plain (it ends up in log lines). */
const acceptableId = /^[A-Za-z0-9._:-]{1,64}$/;

const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** A fresh request id. */
export const newRequestId = (): string => randomUUID();

/**
 * Fastify's `genReqId`: the `x-request-id` the request came with when it is 1–64 of
 * `[A-Za-z0-9._:-]` (a proxy's id carries through), else a new UUID.
 *
 * @example
 * Fastify({ genReqId: requestIdFor });
 */
export function requestIdFor(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && acceptableId.test(given) ? given : newRequestId();
}

/**
 * The id of the request whose work is running now (a run's steps, its model and board
 * calls), for log lines made outside Fastify's request logger; undefined outside a request.
 *
 * @example
 * log('run failed', { requestId: currentRequestId(), … });
 */
export const currentRequestId = (): string | undefined => requestContext.getStore()?.requestId;

/**
 * Every answer carries `x-request-id` (streams too: it is set on the raw response), and
 * everything the request starts runs with its id in reach (`currentRequestId`).
 *
 * @example
 * registerRequestIds(app);
 */
export function registerRequestIds(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.raw.setHeader('x-request-id', request.id);
    // The rest of the request's hooks and its handler run inside this context.
    requestContext.run({ requestId: request.id }, done);
  });
}
