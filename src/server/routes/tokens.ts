import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type ApiTokenRecord, type ApiTokensRepository, TokenNameTakenError } from '../../db/repositories/api-tokens.ts';
import { JobpilotError } from '../../errors.ts';
import { type CreatedToken, createTokenRequestSchema, type TokenSummary } from '../../protocol/api.ts';
import { tokenNameSchema } from '../../protocol/owners.ts';
import { validate } from '../validate.ts';

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
  app.post('/tokens', async (request, reply): Promise<CreatedToken> => {
    const { name } = validate(createTokenRequestSchema, request.body ?? {}, 'body');
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

  app.get('/tokens', async (request) => {
    validate(noQuerySchema, request.query, 'query');
    return { tokens: (await deps.tokens.list()).map(summaryOf) };
  });

  app.delete('/tokens/:name', async (request): Promise<TokenSummary> => {
    const { name } = validate(nameParamsSchema, request.params, 'token name');
    const revoked = await deps.tokens.revoke(name);
    if (!revoked) throw new JobpilotError('TOKEN_NOT_FOUND', `No live token named "${name}"; GET /v1/tokens lists them.`);
    return summaryOf(revoked);
  });
}
