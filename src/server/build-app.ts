import Fastify, { type FastifyServerOptions } from 'fastify';
import type { RunService } from '../runs/run-service.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerContentTypes } from './plugins/content-types.ts';
import { registerErrorHandler } from './plugins/error-handler.ts';
import { registerHostCheck } from './plugins/host-check.ts';
import { registerTextInputCheck } from './plugins/text-input.ts';
import { healthRoutes } from './routes/health.ts';
import { type DocumentRouteDependencies, documentRoutes } from './routes/documents.ts';
import { type JobRouteDependencies, jobRoutes } from './routes/jobs.ts';
import { type ResumeRouteDependencies, resumeRoutes } from './routes/resumes.ts';
import { runRoutes } from './routes/runs.ts';
import { threadRoutes, type ThreadRouteDependencies } from './routes/threads.ts';

export interface AppDependencies extends ThreadRouteDependencies {
  runs: RunService;
  checkDatabase: () => Promise<void>;
  /** The job index, the application tracker, live search, resumes and documents, for the career routes. */
  career: JobRouteDependencies & ResumeRouteDependencies & DocumentRouteDependencies;
  /** The address the server binds (`HOST`): requests must name it, a loopback name or an allowed host. */
  boundHost: string;
  /** `JOBPILOT_ALLOWED_HOSTS`: other names the server answers to, `name` or `name:port`. */
  allowedHosts?: readonly string[];
  /** Required on every /v1 request when set. */
  token?: string | undefined;
  /** How often an idle run stream sends a keep-alive comment. */
  keepAliveMs?: number;
  logger?: FastifyServerOptions['logger'];
}

/**
 * The HTTP API as a Fastify instance. Reads no environment; `main.ts` wires and listens.
 *
 * @example
 * const app = buildApp({ runs, threads, transcript, deleteThread, checkDatabase, career, boundHost: '127.0.0.1' });
 * await app.listen({ host: '127.0.0.1', port: 0 });
 */
export function buildApp(deps: AppDependencies) {
  // forceCloseConnections: on shutdown, open run streams are cut (their runs cancel) instead of holding the process.
  // maxParamLength above the 128-character thread-id limit, so the validator (not the router) explains a long id.
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: 256 * 1024,
    forceCloseConnections: true,
    routerOptions: { maxParamLength: 512 },
  });
  registerErrorHandler(app);
  // Before anything else, on every route: a foreign Host or a cross-site change is refused unread.
  registerHostCheck(app, { boundHost: deps.boundHost, allowedHosts: deps.allowedHosts ?? [] });
  app.register(healthRoutes, { checkDatabase: deps.checkDatabase });
  // The API: every route under one /v1 prefix, each file an encapsulated plugin; the token guards this scope only.
  app.register(
    async (v1) => {
      registerAuth(v1, deps.token);
      registerContentTypes(v1);
      registerTextInputCheck(v1);
      await v1.register(threadRoutes, deps);
      await v1.register(runRoutes, { runs: deps.runs, keepAliveMs: deps.keepAliveMs ?? 15_000 });
      await v1.register(jobRoutes, deps.career);
      await v1.register(resumeRoutes, deps.career);
      await v1.register(documentRoutes, deps.career);
    },
    { prefix: '/v1' },
  );
  return app;
}
