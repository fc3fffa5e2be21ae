import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { JobpilotError } from '../../errors.ts';

/**
 * At most `perMinute` requests a minute for each key (the owner, i.e. the token) on the
 * routes of this scope, counted in this process; past it `429 RATE_LIMITED` with
 * `retry-after` (seconds). Keyed by owner, not address: everyone on loopback shares one
 * address. Runs after the auth hook (a route hook runs after the scope's), so the owner is
 * known. `perMinute` 0: no limit.
 *
 * @example
 * await registerRateLimit(v1, 600, (request) => `owner:${request.owner}`);
 */
export async function registerRateLimit(
  app: FastifyInstance,
  perMinute: number,
  keyOf: (request: FastifyRequest) => string,
): Promise<void> {
  if (perMinute <= 0) return;
  await app.register(rateLimit, {
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: keyOf,
    // Thrown by the plugin after it set retry-after; the app's error handler writes the body.
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return new JobpilotError(
        'RATE_LIMITED',
        `Too many requests: you may make ${context.max} requests a minute. Try again in ${seconds} second${seconds === 1 ? '' : 's'} (retry-after).`,
      );
    },
  });
}
