import type { FastifyInstance } from 'fastify';
import type { ApiTokensRepository } from '../../../db/repositories/api-tokens.ts';
import type { LgRuns } from '../../lg/lg-runs.ts';
import { registerAuth } from '../../plugins/auth.ts';
import { registerContentTypes } from '../../plugins/content-types.ts';
import { type CorsPolicy, registerCors } from '../../plugins/cors.ts';
import { registerRateLimit } from '../../plugins/rate-limit.ts';
import { registerTextInputCheck } from '../../plugins/text-input.ts';
import { lgMetaRoutes } from './meta.ts';
import { lgRunRoutes } from './runs.ts';
import { type LgThreadRouteDependencies, lgThreadRoutes } from './threads.ts';

export interface LgRouteDependencies extends LgThreadRouteDependencies {
  lgRuns: LgRuns;
  token: string | undefined;
  tokens: ApiTokensRepository;
  rateLimit: number;
  keepAliveMs: number;
  version: string;
  /** The web origins allowed here (none: no CORS). */
  cors: CorsPolicy;
}

/**
 * The LangGraph Agent Server API subset LangGraph's own clients use, mounted under `/lg`
 * (docs/langgraph-api.md): the same token (also as `x-api-key`), owners and rate limit as `/v1`.
 */
export async function lgRoutes(lg: FastifyInstance, deps: LgRouteDependencies): Promise<void> {
  // Before auth: a preflight carries no token.
  registerCors(lg, deps.cors);
  registerAuth(lg, { token: deps.token, tokens: deps.tokens, apiKeyHeader: true });
  await registerRateLimit(lg, deps.rateLimit, (request) => `owner:${request.owner}`);
  registerContentTypes(lg);
  registerTextInputCheck(lg);
  await lg.register(lgMetaRoutes, { version: deps.version });
  const { threads, transcript, deleteThread, lgRuns, keepAliveMs } = deps;
  await lg.register(lgThreadRoutes, { threads, transcript, deleteThread });
  await lg.register(lgRunRoutes, { lgRuns, threads, transcript, keepAliveMs });
}
