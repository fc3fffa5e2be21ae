import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AlertService } from '../../alerts/alert-service.ts';
import { alertResponse, alertRunResponse } from '../../career/alerts/alert-response.ts';
import {
  alertCreateSchema,
  alertDetailSchema,
  alertIdSchema,
  alertListSchema,
  alertRunResultSchema,
  alertSchema,
  alertUpdateSchema,
} from '../../protocol/alerts.ts';
import { cancelOnDisconnect } from '../cancel-on-disconnect.ts';

const paramsSchema = z.object({ id: alertIdSchema });

export interface AlertRouteDependencies {
  /** The request's owner's alerts. */
  careerFor: (owner: string) => { alerts?: AlertService | undefined };
}

/**
 * Alerts: saved searches run on a schedule. Made, listed (each with its last run), read
 * with its recent runs, changed, paused, resumed, deleted, and run at once.
 *
 * @example
 * app.register(alertRoutes, { careerFor });
 */
export async function alertRoutes(app: FastifyInstance, { careerFor }: AlertRouteDependencies): Promise<void> {
  const alertsOf = (owner: string): AlertService => {
    const service = careerFor(owner).alerts;
    if (!service) throw new Error('alerts are not set up in this server');
    return service;
  };
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/alerts', { schema: { response: { 200: alertListSchema } } }, async (request) => {
    const service = alertsOf(request.owner);
    const alerts = await service.list();
    const withRuns = await Promise.all(alerts.map(async (alert) => alertResponse(alert, (await service.runs(alert.id))[0] ?? null)));
    return { alerts: withRuns };
  });

  api.post('/alerts', { schema: { body: alertCreateSchema, response: { 201: alertSchema } } }, async (request, reply) => {
    const alert = await alertsOf(request.owner).create(request.body);
    return reply.code(201).send(alertResponse(alert, null));
  });

  api.get('/alerts/:id', { schema: { params: paramsSchema, response: { 200: alertDetailSchema } } }, async (request) => {
    const service = alertsOf(request.owner);
    const alert = await service.get(request.params.id);
    const runs = await service.runs(alert.id);
    return { ...alertResponse(alert, runs[0] ?? null), runs: runs.map(alertRunResponse) };
  });

  api.patch('/alerts/:id', { schema: { params: paramsSchema, body: alertUpdateSchema, response: { 200: alertSchema } } }, async (request) =>
    alertResponse(await alertsOf(request.owner).update(request.params.id, request.body)),
  );
  api.post('/alerts/:id/pause', { schema: { params: paramsSchema, response: { 200: alertSchema } } }, async (request) =>
    alertResponse(await alertsOf(request.owner).pause(request.params.id)),
  );
  api.post('/alerts/:id/resume', { schema: { params: paramsSchema, response: { 200: alertSchema } } }, async (request) =>
    alertResponse(await alertsOf(request.owner).resume(request.params.id)),
  );
  api.delete('/alerts/:id', { schema: { params: paramsSchema, response: { 200: alertSchema } } }, async (request) =>
    alertResponse(await alertsOf(request.owner).delete(request.params.id)),
  );
  api.post('/alerts/:id/run', { schema: { params: paramsSchema, response: { 200: alertRunResultSchema } } }, async (request, reply) => {
    const { run, outcome } = await alertsOf(request.owner).runNow(request.params.id, cancelOnDisconnect(request, reply));
    return { run: alertRunResponse(run), matches: outcome.matches };
  });
}
