import Fastify, { type FastifyServerOptions } from 'fastify';
import type { RunService } from '../runs/run-service.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerErrorHandler } from './plugins/error-handler.ts';
import { registerHealthRoutes } from './routes/health.ts';
import { type DocumentRouteDependencies, registerDocumentRoutes } from './routes/documents.ts';
import { type JobRouteDependencies, registerJobRoutes } from './routes/jobs.ts';
import { type ResumeRouteDependencies, registerResumeRoutes } from './routes/resumes.ts';
import { registerRunRoutes } from './routes/runs.ts';
import { registerThreadRoutes, type ThreadRouteDependencies } from './routes/threads.ts';

export interface AppDependencies extends ThreadRouteDependencies {
  runs: RunService;
  checkDatabase: () => Promise<void>;
  /** The job index, the application tracker, live search, resumes and documents, for the career routes. */
  career: JobRouteDependencies & ResumeRouteDependencies & DocumentRouteDependencies;
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
 * const app = buildApp({ runs, threads, transcript, deleteThread, checkDatabase, career });
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
  registerAuth(app, deps.token);
  registerHealthRoutes(app, deps);
  registerThreadRoutes(app, deps);
  registerRunRoutes(app, { runs: deps.runs, keepAliveMs: deps.keepAliveMs ?? 15_000 });
  registerJobRoutes(app, deps.career);
  registerResumeRoutes(app, deps.career);
  registerDocumentRoutes(app, deps.career);
  return app;
}
