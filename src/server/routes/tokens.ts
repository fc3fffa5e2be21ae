import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type ApiTokenRecord, type ApiTokensRepository, TokenNameTakenError } from '../../db/repositories/api-tokens.ts';
import { JobpilotError } from '../../errors.ts';
import {
  createdTokenSchema,
  createTokenRequestSchema,
  type TokenSummary,
  tokenListSchema,
  tokenSummarySchema,
} from '../../protocol/api.ts';
import { tokenNameSchema } from '../../protocol/owners.ts';

const nameParamsSchema = z.object({ name: tokenNameSchema });
const noQuerySchema = z.object({}).strict();

const summaryOf = (record: ApiTokenRecord): TokenSummary => ({
  name: record.name,
  created_at: record.created_at.toISOString(),
  revoked_at: record.revoked_at?.toISOString() ?? null,
});

/**
 * Named tokens, managed with the admin key (see `registerAdminAuth`): make one (shown
 * once, with whether it is the first live one and whether the server has a JOBPILOT_TOKEN,
 * so the CLI can say what became of the data from before), list them (never the tokens), revoke one (refused from the next request on).
 *
 * @example
 * app.register(tokenRoutes, { tokens });
 */
export async function tokenRoutes(
  app: FastifyInstance,
  deps: { tokens: ApiTokensRepository; serverToken: boolean },
): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post('/tokens', { schema: { body: createTokenRequestSchema, response: { 201: createdTokenSchema } } }, async (request, reply) => {
    const { name } = request.body;
    try {
      const { required: othersLive } = await deps.tokens.identify(undefined);
      const { token, record } = await deps.tokens.create(name);
      reply.status(201);
      return { ...summaryOf(record), token, first: !othersLive, server_token: deps.serverToken };
    } catch (error) {
      if (!(error instanceof TokenNameTakenError)) throw error;
      throw new JobpilotError('TOKEN_EXISTS', `A token named "${name}" exists already; revoke it first to give that owner a new one.`, { cause: error });
    }
  });

  api.get('/tokens', { schema: { querystring: noQuerySchema, response: { 200: tokenListSchema } } }, async () => {
    return { tokens: (await deps.tokens.list()).map(summaryOf) };
  });

  api.delete('/tokens/:name', { schema: { params: nameParamsSchema, response: { 200: tokenSummarySchema } } }, async (request) => {
    const { name } = request.params;
    const revoked = await deps.tokens.revoke(name);
    if (!revoked) throw new JobpilotError('TOKEN_NOT_FOUND', `No live token named "${name}"; GET /v1/tokens lists them.`);
    return summaryOf(revoked);
  });
}
