import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { JobpilotError } from '../../errors.ts';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Whether a presented token is the expected one, in time that depends on neither: both are
 * hashed to 32 bytes first, so not even their lengths are compared in the clear.
 *
 * @example
 * tokenMatches(presented, config.token); // true or false
 */
export const tokenMatches = (given: string, expected: string): boolean =>
  timingSafeEqual(digest(given), digest(expected));

/** With a token configured, every request to a route of this scope (`/v1`) needs `authorization: Bearer <token>`. */
export function registerAuth(app: FastifyInstance, token: string | undefined): void {
  if (!token) return;
  app.addHook('onRequest', async (request) => {
    // Unmatched requests (404) carry no data and need no token.
    if (request.routeOptions.url === undefined) return;
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    if (!tokenMatches(given, token)) {
      throw new JobpilotError(
        'UNAUTHORIZED',
        'This server needs a token: send "authorization: Bearer <JOBPILOT_TOKEN>".',
      );
    }
  });
}
