import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { databaseRetryAfterSeconds, databaseUnavailable } from '../../db/database-errors.ts';
import { JobpilotError } from '../../errors.ts';
import { errorBodySchema } from '../../protocol/api.ts';
import { errorBody } from '../plugins/error-handler.ts';

const liveSchema = { response: { 200: z.object({ status: z.literal('ok') }) } };
const readySchema = { response: { 200: z.object({ status: z.literal('ready') }), 503: errorBodySchema } };

/**
 * `/healthz`: the process answers. `/readyz`: the database answers too, else
 * `503 DATABASE_UNAVAILABLE` with `retry-after` and a message saying why (the check is bounded:
 * a database that does not answer is not waited for).
 */
export async function healthRoutes(app: FastifyInstance, deps: { checkDatabase: () => Promise<void> }): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/healthz', { schema: liveSchema }, async () => ({ status: 'ok' as const }));
  api.get('/readyz', { schema: readySchema }, async (request, reply) => {
    try {
      await deps.checkDatabase();
      return { status: 'ready' as const };
    } catch (error) {
      const known =
        error instanceof JobpilotError && error.code === 'DATABASE_UNAVAILABLE' ? error : databaseUnavailable(error);
      // A probe polls: one line each time, without a stack.
      request.log.warn({ reason: String((known.cause as Error | undefined)?.message ?? known.message) }, 'not ready: database not reachable');
      return reply
        .status(503)
        .header('retry-after', String(databaseRetryAfterSeconds))
        .send(errorBody(known.code, known.message, request.id));
    }
  });
}
