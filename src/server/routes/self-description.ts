import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Metrics } from '../metrics.ts';

const documentSchema = {
  response: { 200: z.record(z.string(), z.unknown()).describe('This document: OpenAPI 3.1, every route, the run stream\'s event union and every error code.') },
};

const metricsSchema = {
  response: {
    200: {
      description: 'The Prometheus text format (docs/observability.md lists the metrics).',
      content: { 'text/plain': { schema: z.string() } },
    },
  },
};

/**
 * What the server says about itself: `GET /openapi.json` (OpenAPI 3.1, built once from the
 * route schemas), `/docs` (Swagger UI, its assets served from this process: no request
 * leaves the machine) and `GET /metrics` (Prometheus). Registered where the token guards
 * them like the API.
 *
 * @example
 * app.register(selfDescriptionRoutes, { metrics });
 */
export async function selfDescriptionRoutes(app: FastifyInstance, { metrics }: { metrics: Metrics }): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/openapi.json', { schema: documentSchema }, async () => app.swagger() as unknown as Record<string, unknown>);
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    // Swagger UI would ask validator.swagger.io to check the document: nothing leaves the machine.
    uiConfig: { validatorUrl: null, deepLinking: true },
    staticCSP: true,
  });
  api.get('/metrics', { schema: metricsSchema }, async (_request, reply) => {
    const text = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).send(text);
  });
}
