import type { FastifyInstance } from 'fastify';
import { errorBody } from '../plugins/error-handler.ts';

/** `/healthz`: the process answers. `/readyz`: the database answers too (else 503). */
export async function healthRoutes(app: FastifyInstance, deps: { checkDatabase: () => Promise<void> }): Promise<void> {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (request, reply) => {
    try {
      await deps.checkDatabase();
      return { status: 'ready' };
    } catch (error) {
      request.log.warn({ err: error }, 'database not reachable');
      return reply
        .status(503)
        .send(errorBody('DATABASE_UNAVAILABLE', 'The database is not reachable.'));
    }
  });
}
