import type { FastifyInstance } from 'fastify';
import { databaseRetryAfterSeconds, databaseUnavailable } from '../../db/database-errors.ts';
import { JobpilotError } from '../../errors.ts';
import { errorBody } from '../plugins/error-handler.ts';

/**
 * `/healthz`: the process answers. `/readyz`: the database answers too, else
 * `503 DATABASE_UNAVAILABLE` with `retry-after` and a message saying why (the check is bounded:
 * a database that does not answer is not waited for).
 */
export async function healthRoutes(app: FastifyInstance, deps: { checkDatabase: () => Promise<void> }): Promise<void> {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (request, reply) => {
    try {
      await deps.checkDatabase();
      return { status: 'ready' };
    } catch (error) {
      const known =
        error instanceof JobpilotError && error.code === 'DATABASE_UNAVAILABLE' ? error : databaseUnavailable(error);
      // A probe polls: one line each time, without a stack.
      request.log.warn({ reason: String((known.cause as Error | undefined)?.message ?? known.message) }, 'not ready: database not reachable');
      return reply
        .status(503)
        .header('retry-after', String(databaseRetryAfterSeconds))
        .send(errorBody(known.code, known.message));
    }
  });
}
