import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { JobpilotError } from '../../errors.ts';

const matches = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** With a token configured, every request to a route of this scope (`/v1`) needs `authorization: Bearer <token>`. */
export function registerAuth(app: FastifyInstance, token: string | undefined): void {
  if (!token) return;
  app.addHook('onRequest', async (request) => {
    // Unmatched requests (404) carry no data and need no token.
    if (request.routeOptions.url === undefined) return;
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    if (!matches(given, token)) {
      throw new JobpilotError(
        'UNAUTHORIZED',
        'This server needs a token: send "authorization: Bearer <JOBPILOT_TOKEN>".',
      );
    }
  });
}
