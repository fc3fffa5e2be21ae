import swagger from '@fastify/swagger';
import Fastify, { type FastifyServerOptions, LogController } from 'fastify';
import { createJsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { OpenAPIV3_1 } from 'openapi-types';
import type { RunService } from '../runs/run-service.ts';
import type { ApiTokensRepository } from '../db/repositories/api-tokens.ts';
import { registerAdminAuth, registerAuth, registerOwner } from './plugins/auth.ts';
import { registerContentTypes } from './plugins/content-types.ts';
import { registerJsonDepthLimit } from './json-depth.ts';
import { clientErrorHandler, frameworkErrors, maxParamLength, registerErrorHandler } from './plugins/error-handler.ts';
import { registerHostCheck } from './plugins/host-check.ts';
import { registerRateLimit } from './plugins/rate-limit.ts';
import { registerRouteSchemas } from './plugins/route-schemas.ts';
import { registerTextInputCheck } from './plugins/text-input.ts';
import { completeApiDocument, tokenScheme } from './api-document.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { registerRequestIds, requestIdFor } from './request-id.ts';
import { selfDescriptionRoutes } from './routes/self-description.ts';
import { healthRoutes } from './routes/health.ts';
import { type DocumentRouteDependencies, documentRoutes } from './routes/documents.ts';
import { type JobRouteDependencies, jobRoutes } from './routes/jobs.ts';
import { type ResumeRouteDependencies, resumeRoutes } from './routes/resumes.ts';
import { calendarFeedRoutes, registerCalendarFeedAuth, type ReminderRouteDependencies, reminderRoutes } from './routes/reminders.ts';
import { runRoutes } from './routes/runs.ts';
import { threadRoutes, type ThreadRouteDependencies } from './routes/threads.ts';
import { tokenRoutes } from './routes/tokens.ts';
import { webAppRoutes } from './routes/web-app.ts';
import type { WebAssets } from './web-assets.ts';
import { lgRoutes } from './routes/lg/index.ts';
import { createLgRuns } from './lg/lg-runs.ts';
import { type AlertRouteDependencies, alertRoutes } from './routes/alerts.ts';
import { type NotificationRouteDependencies, notificationRoutes } from './routes/notifications.ts';

export interface AppDependencies extends ThreadRouteDependencies {
  runs: RunService;
  checkDatabase: () => Promise<void>;
  /** The job index, and an owner's application tracker, live search, resumes and documents, for the career routes. */
  careerFor: (JobRouteDependencies & ResumeRouteDependencies & DocumentRouteDependencies & AlertRouteDependencies & NotificationRouteDependencies & ReminderRouteDependencies)['careerFor'];
  /** New notifications as any process stores them, for `GET /v1/notifications/stream`. */
  notificationFeed: NotificationRouteDependencies['notificationFeed'];
  /** Named tokens: who a request is, and their management. */
  tokens: ApiTokensRepository;
  /** The key `/v1/tokens` needs, and the file it is kept in (named in the 401). */
  admin: { key: string; file: string };
  /** Requests per minute per owner on /v1; 0: no limit. */
  rateLimit: number;
  /** The address the server binds (`HOST`): requests must name it, a loopback name or an allowed host. */
  boundHost: string;
  /** `JOBPILOT_ALLOWED_HOSTS`: other names the server answers to, `name` or `name:port`. */
  allowedHosts?: readonly string[];
  /** `JOBPILOT_CORS_ORIGINS`: web origins whose pages may use `/lg` (agent-chat-ui on another port). */
  corsOrigins?: readonly string[];
  /** `JOBPILOT_TOKEN`: the default owner's token, required on every /v1 request when set. */
  token?: string | undefined;
  /** How often an idle run stream sends a keep-alive comment. */
  keepAliveMs?: number;
  /** The longest a client may take to send a whole request (`JOBPILOT_REQUEST_TIMEOUT_MS`); answers and streams are not counted. */
  requestTimeoutMs?: number;
  /**
   * The longest a `preClose` hook of the caller's may take (the stop's cancel and drain). Fastify
   * gives every hook 10 s (`pluginTimeout`) and fails `close()` past it, skipping what follows.
   */
  closeHookMs?: number;
  logger?: FastifyServerOptions['logger'];
  /** Where `/metrics` reads from; by default a registry of this app's own. */
  metrics?: Metrics;
  /**
   * The web app served at `/` (`bundleWebApp()`), or its build still under way (a request
   * waits for it; `undefined` when it failed: 404); without it, `/` is 404.
   */
  webAssets?: WebAssets | Promise<WebAssets | undefined>;
  /** The version the API document states. */
  version?: string;
}

/**
 * The logger's options with request URLs logged without a calendar feed key (`?key=…`): a
 * key in a log would open that person's feed to whoever reads the log.
 */
function withoutFeedKeys(logger: NonNullable<FastifyServerOptions['logger']>): FastifyServerOptions['logger'] {
  if (typeof logger !== 'object') return logger;
  return {
    ...logger,
    serializers: {
      req: (request: { method: string; url: string; host?: string; ip?: string; socket?: { remotePort?: number } }) => ({
        method: request.method,
        url: request.url.replace(/([?&]key=)[^&#]*/g, '$1[redacted]'),
        host: request.host,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      }),
      ...(logger as { serializers?: Record<string, unknown> }).serializers,
    },
  } as FastifyServerOptions['logger'];
}

/** The least the token routes (admin key) may make a minute, whatever JOBPILOT_RATE_LIMIT says (0 still turns it off). */
export const adminRateLimitFloor = 600;

/**
 * The HTTP API as a Fastify instance. Reads no environment; `main.ts` wires and listens.
 *
 * @example
 * const app = buildApp({ runs, threads, transcript, usage, deleteThread, checkDatabase, careerFor, tokens, admin, rateLimit: 600, boundHost: '127.0.0.1' });
 * await app.listen({ host: '127.0.0.1', port: 0 });
 */
export function buildApp(deps: AppDependencies) {
  // forceCloseConnections: on shutdown, open run streams are cut (their runs cancel) instead of holding the process.
  // maxParamLength above the 128-character thread-id limit, so the validator (not the router) explains a long id.
  // requestTimeout counts until the request has arrived in full (headers and body), so a client sending
  // a byte a second is cut with 408 while a long run's stream is not; Node checks it every
  // connectionsCheckingInterval. Every refusal, the router's and Node's parser's too, has the documented shape.
  const requestTimeoutMs = deps.requestTimeoutMs ?? 60_000;
  const metrics = deps.metrics ?? createMetrics({ processMetrics: false });
  const app = Fastify({
    logger: withoutFeedKeys(deps.logger ?? false),
    // Every log line of a request carries its id as request_id, the same id error bodies and x-request-id give.
    genReqId: requestIdFor,
    logController: new LogController({ requestIdLogLabel: 'request_id' }),
    bodyLimit: 256 * 1024,
    forceCloseConnections: true,
    routerOptions: { maxParamLength },
    requestTimeout: requestTimeoutMs,
    http: {
      headersTimeout: Math.min(requestTimeoutMs, 60_000),
      connectionsCheckingInterval: Math.min(30_000, Math.max(100, Math.floor(requestTimeoutMs / 4))),
    },
    frameworkErrors,
    clientErrorHandler: clientErrorHandler({ requestTimeoutMs }),
    pluginTimeout: Math.max(10_000, (deps.closeHookMs ?? 0) + 5_000),
  });
  registerRequestIds(app);
  registerJsonDepthLimit(app);
  registerErrorHandler(app, { countError: metrics.httpError });
  registerRouteSchemas(app);
  registerOwner(app);
  app.addHook('onResponse', async (request, reply) => {
    metrics.request(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
  });
  // Collects every route's schemas as the routes are added; the document is built on first request, once.
  app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'jobpilot',
        version: deps.version ?? '0.1.0',
        description: 'A job-hunting assistant on your own machine. Runs stream as Server-Sent Events (the RunEvent union). Every refusal is {"error": {"code", "message", "request_id"}} (ErrorCode lists the codes). docs/protocol.md tells the whole protocol.',
      },
      security: [{ token: [] }],
      components: { securitySchemes: { token: tokenScheme } },
    },
    transform: createJsonSchemaTransform({ skipList: [] }),
    transformObject: (document) => completeApiDocument(jsonSchemaTransformObject(document) as OpenAPIV3_1.Document) as never,
  });
  // Before anything else, on every route: a foreign Host or a cross-site change is refused unread.
  const cors = { origins: deps.corsOrigins ?? [], pathPrefix: '/lg/' };
  registerHostCheck(app, { boundHost: deps.boundHost, allowedHosts: deps.allowedHosts ?? [], cors });
  app.register(healthRoutes, { checkDatabase: deps.checkDatabase });
  // The web app: static files holding nothing of a person's; it reaches the data through /v1 like any client.
  if (deps.webAssets) app.register(webAppRoutes, { assets: deps.webAssets });
  // The API: every route under one /v1 prefix, each file an encapsulated plugin. The token
  // decides the owner, whose data alone the routes reach; the rate limit counts per owner.
  app.register(
    async (v1) => {
      registerAuth(v1, { token: deps.token, tokens: deps.tokens });
      await registerRateLimit(v1, deps.rateLimit, (request) => `owner:${request.owner}`);
      registerContentTypes(v1);
      registerTextInputCheck(v1);
      await v1.register(threadRoutes, deps);
      await v1.register(runRoutes, { runs: deps.runs, keepAliveMs: deps.keepAliveMs ?? 15_000, metrics });
      await v1.register(jobRoutes, deps);
      await v1.register(resumeRoutes, deps);
      await v1.register(documentRoutes, deps);
      await v1.register(alertRoutes, deps);
      await v1.register(notificationRoutes, { careerFor: deps.careerFor, notificationFeed: deps.notificationFeed, keepAliveMs: deps.keepAliveMs ?? 15_000 });
      await v1.register(reminderRoutes, deps);
    },
    { prefix: '/v1' },
  );
  // The calendar feed: a calendar app sends no headers, so `/v1/calendar.ics` also takes the
  // owner's read-only feed key in its query (`GET /v1/calendar` tells it); otherwise as /v1.
  app.register(
    async (feed) => {
      const feedAuth = { adminKey: deps.admin.key, token: deps.token, tokens: deps.tokens };
      registerCalendarFeedAuth(feed, feedAuth);
      await registerRateLimit(feed, deps.rateLimit, (request) => `owner:${request.owner}`);
      registerContentTypes(feed);
      registerTextInputCheck(feed);
      await feed.register(calendarFeedRoutes, { careerFor: deps.careerFor, ...feedAuth });
    },
    { prefix: '/v1' },
  );
  // The LangGraph Agent Server API for LangGraph's own clients (SDK, useStream, agent-chat-ui), driving the same runs.
  app.register(lgRoutes, {
    prefix: '/lg',
    lgRuns: createLgRuns({ runs: deps.runs, threads: deps.threads, transcript: deps.transcript }),
    threads: deps.threads,
    transcript: deps.transcript,
    deleteThread: deps.deleteThread,
    token: deps.token,
    tokens: deps.tokens,
    rateLimit: deps.rateLimit,
    keepAliveMs: deps.keepAliveMs ?? 15_000,
    version: deps.version ?? '0.1.0',
    cors,
  });
  // The API's description and the metrics: behind the token like the API, not rate-limited (a scraper polls).
  app.register(async (meta) => {
    registerAuth(meta, { token: deps.token, tokens: deps.tokens });
    await meta.register(selfDescriptionRoutes, { metrics });
  });
  // Token management: the admin key instead of a token (it makes and revokes them).
  app.register(
    async (admin) => {
      registerAdminAuth(admin, deps.admin.key, deps.admin.file);
      // A limit of its own, never below 600 a minute: a low per-owner limit must not lock out
      // the server's user from making and revoking tokens.
      await registerRateLimit(admin, deps.rateLimit > 0 ? Math.max(deps.rateLimit, adminRateLimitFloor) : 0, () => 'admin');
      registerContentTypes(admin);
      registerTextInputCheck(admin);
      await admin.register(tokenRoutes, { tokens: deps.tokens, serverToken: Boolean(deps.token) });
    },
    { prefix: '/v1' },
  );
  return app;
}
