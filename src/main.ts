import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { adminKeyFile, type Config, ConfigError, loadConfig } from './config.ts';
import type { EmbeddedDatabase } from './db/embedded-postgres.ts';
import { stopOwnedPostgres } from './db/postgres-process.ts';
import { createJobpilot, type Jobpilot } from './jobpilot.ts';
import type { Planner } from './planner/planner.ts';
import { buildApp } from './server/build-app.ts';
import { createMetrics } from './server/metrics.ts';
import { bundleWebApp } from './server/web-assets.ts';
import { currentRequestId } from './server/request-id.ts';
import { checkStartable, portTaken } from './server/start-checks.ts';
import { within } from './runs/within.ts';

/** How long shutdown waits for cancelled runs to release their threads. */
const runCancelMs = 5_000;
/** How long shutdown lets requests in flight (a job search, an upload) finish before cutting them. */
const drainMs = 10_000;
/** How long after a failed start the alert scheduler is started again. */
const schedulerRetryMs = 30_000;
/** How long after listening the rules planner is built, if no turn has built it by then. */
const plannerWarmMs = 1_000;

export interface RunningServer {
  url: string;
  /** Every route the server answers, as "METHOD /path" (HEAD left out): tests walk them. */
  routes: readonly string[];
  jobpilot: Jobpilot;
  close(): Promise<void>;
}

/**
 * Composition root: config → database → graph → HTTP server, listening.
 *
 * @example
 * const server = await startServer(loadConfig());
 * console.log(server.url);
 * await server.close();
 */
export async function startServer(
  config: Config,
  options: {
    planner?: Planner;
    logger?: boolean;
    keepAliveMs?: number;
    /** The embedded Postgres, already starting (see `startPostgresEarly`); owned from here. */
    embeddedPostgres?: Promise<EmbeddedDatabase>;
    /** The clock alerts are scheduled and run by; tests pass one they move. */
    now?: () => Date;
  } = {},
): Promise<RunningServer> {
  // A bad HOST/token pair or a port already taken is said before anything starts.
  await checkStartable(config).catch(async (error: unknown) => {
    await options.embeddedPostgres?.then((db) => db.stop(), () => {});
    throw error;
  });
  const logger = options.logger === false ? false : { level: config.logLevel };
  // Until the app (and its logger) exists, start-up messages go to stderr as plain lines.
  const startupLog = (message: string) => {
    if (logger) process.stderr.write(`jobpilot: ${message}\n`);
  };
  const metrics = createMetrics();
  // The web app is built once the server listens (its own process, esbuild's, would take a
  // core from the database's start and the module loading on a small machine); a request for
  // `/` meanwhile waits for it.
  let startBundling: () => void = () => {};
  const bundlingWebApp = new Promise<void>((resolve) => (startBundling = resolve))
    .then(() => bundleWebApp())
    .catch((error: unknown) => {
      startupLog(`the web app could not be built, so / is not served: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    });
  const jobpilot = await createJobpilot({
    config,
    ...(options.planner ? { planner: options.planner } : {}),
    ...(options.embeddedPostgres ? { embeddedPostgres: options.embeddedPostgres } : {}),
    ...(options.now ? { now: options.now } : {}),
    // Started once the server listens: ready means the API answers; alerts and chores follow a moment later.
    deferScheduler: true,
    observeBoardCall: metrics.boardCall,
    log: (message, details) => {
      if (
        !/^postgres: /.test(message) ||
        config.logLevel === 'debug' ||
        config.logLevel === 'trace'
      ) {
        // A line made while a request's work runs (a run's step, its release) names that request.
        const requestId = currentRequestId();
        const all = requestId ? { ...details, request_id: requestId } : details;
        startupLog(all ? `${message} ${JSON.stringify(all)}` : message);
      }
    },
  });
  metrics.watchPool(() => jobpilot.database.pool);
  // JOBPILOT_TOKEN is the default owner's: were it also a named token, that person would
  // silently become "default" and lose sight of their own data.
  const clash = config.token ? (await jobpilot.tokens.identify(config.token)).identity : undefined;
  if (clash?.kind === 'named') {
    await jobpilot.close();
    throw new ConfigError(
      `Invalid configuration. JOBPILOT_TOKEN: it is also the live named token "${clash.owner}". The server's JOBPILOT_TOKEN is the default owner's token and must differ from every named token: unset it (or set a new one, e.g. openssl rand -base64 32) and give the named token only to its owner, who sends it as the CLI's JOBPILOT_TOKEN.`,
    );
  }
  const app = buildApp({
    webAssets: bundlingWebApp,
    runs: jobpilot.runs,
    threads: jobpilot.threads,
    transcript: jobpilot.transcript,
    usage: jobpilot.usage,
    deleteThread: jobpilot.deleteThread,
    timeZone: config.timeZone,
    checkDatabase: () => jobpilot.database.check(),
    careerFor: jobpilot.careerFor,
    notificationFeed: jobpilot.notificationFeed,
    tokens: jobpilot.tokens,
    admin: { key: jobpilot.adminKey, file: adminKeyFile(config) },
    rateLimit: config.rateLimit,
    boundHost: config.host,
    allowedHosts: config.allowedHosts,
    corsOrigins: config.corsOrigins,
    token: config.token,
    requestTimeoutMs: config.requestTimeoutMs,
    // The stop below cancels runs, then lets requests finish: longer than Fastify's 10 s for a hook.
    closeHookMs: runCancelMs + drainMs,
    logger,
    metrics,
    ...(options.keepAliveMs ? { keepAliveMs: options.keepAliveMs } : {}),
  });
  // Responses in flight, so shutdown can let them finish (a run's stream ends with its run-end).
  const inFlight = new Set<ServerResponse>();
  app.server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
  });
  // app.close() first refuses new requests (503), then runs this, then cuts what is still open.
  app.addHook('preClose', async () => {
    // No new connections (a restart can bind the port at once); idle keep-alive ones close.
    app.server.close();
    // Cancelled through the run service: each run ends its stream with run-end {status:
    // "cancelled"} and releases its thread while the database is still there.
    const runs = jobpilot.runs.close(runCancelMs);
    const pending = inFlight.size;
    if (pending > 0) app.log.info({ requests: pending }, `stopping: waiting (at most ${drainMs / 1000} s) for ${pending} request${pending === 1 ? '' : 's'} in flight`);
    await runs;
    await within(drainMs, [...inFlight].map((response) => once(response, 'close')));
  });
  const routes: string[] = [];
  // Routes are added when the plugins load (at listen), so this sees every one.
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push(`${method} ${route.url}`);
  });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await jobpilot.close();
    // Taken since the check above (another process started meanwhile).
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw portTaken(config);
    throw error;
  }
  // Listening, so `/readyz` answers 200 from here. Then what readiness does not wait for: the
  // alert scheduler (graphile-worker: its schema, its cron, the sweep and the chores due at
  // start), the web app's bundle and the rules planner. The server already answers, so a scheduler that cannot
  // start (the database went away meanwhile) is told and tried again every 30 s, not fatal.
  let retryScheduler: NodeJS.Timeout | undefined;
  let stopped = false;
  const startScheduler = async (): Promise<void> => {
    try {
      await jobpilot.startScheduler();
    } catch (error) {
      if (stopped) return;
      app.log.error({ err: error }, 'the alert scheduler could not start; trying again in 30 s (alerts and reminders wait until it does)');
      retryScheduler = setTimeout(() => void startScheduler(), schedulerRetryMs);
      retryScheduler.unref();
    }
  };
  startBundling();
  // The rules planner a moment later: its building holds the event loop (~0.2 s), and the
  // readiness probe and first requests come first. A turn arriving sooner builds it itself; a
  // failure here is the first turn's to report.
  const warmingPlanner = setTimeout(() => void jobpilot.warmPlanner().catch(() => {}), plannerWarmMs);
  warmingPlanner.unref();
  // Neither rejects: a bundle that fails is logged (/ is not served), a scheduler retried.
  await Promise.all([startScheduler(), bundlingWebApp]);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  app.log.info(
    { planner: jobpilot.planner.label, database: jobpilot.database.kind, url },
    `jobpilot ready on ${url} — planner: ${jobpilot.planner.label}, database: ${jobpilot.database.kind}`,
  );
  let closing: Promise<void> | undefined;
  return {
    url,
    routes,
    jobpilot,
    close() {
      // In order: stop accepting, cancel the runs (each stream gets its run-end, each thread
      // is released), close the HTTP server, then the pool, then the embedded Postgres.
      closing ??= (async () => {
        stopped = true;
        clearTimeout(retryScheduler);
        clearTimeout(warmingPlanner);
        try {
          await app.close();
        } finally {
          // Even when the HTTP server's close failed: the scheduler and the pool close before Postgres stops.
          await jobpilot.close();
        }
      })();
      return closing;
    },
  };
}

/** The signals that stop the server: Ctrl-C, a service manager's stop, a closed terminal. */
const stopSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const signalNumbers: Record<(typeof stopSignals)[number], number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
/**
 * A repeat of a stop signal this soon after the first is the same stop: under `npm start`, a
 * terminal's Ctrl-C reaches node twice (from the terminal, and forwarded by npm).
 */
const repeatWindowMs = 1_000;
/** Past this, an orderly stop that still has not finished is forced. */
const orderlyLimitMs = 30_000;

/**
 * `jobpilot serve` / `npm start`: parses the environment, starts, and on SIGINT, SIGTERM or
 * SIGHUP stops in order: no new requests, runs cancelled (each stream ends with its run-end,
 * each thread is released), the HTTP server, the pool, then the embedded Postgres. Resolves
 * with the exit code: 0 after an orderly stop. A second signal (a second Ctrl-C) while it
 * stops, or an orderly stop that takes over 30 s, forces it: the embedded Postgres is still
 * stopped (fast shutdown), and the code is 128 + the signal's number (1 when timed out).
 */
export async function serve(
  config: Config = loadConfig(),
  { embeddedPostgres }: { embeddedPostgres?: Promise<EmbeddedDatabase> } = {},
): Promise<number> {
  const say = (message: string) => process.stderr.write(`jobpilot: ${message}\n`);
  let firstSignalAt: number | undefined;
  let requestStop: (signal: (typeof stopSignals)[number]) => void = () => {};
  const stopRequested = new Promise<(typeof stopSignals)[number]>((resolve) => {
    requestStop = resolve;
  });
  let requestForce: (code: number) => void = () => {};
  const forceRequested = new Promise<number>((resolve) => {
    requestForce = resolve;
  });
  let finished = false;
  const onSignal = (signal: (typeof stopSignals)[number]) => {
    if (finished) return;
    if (firstSignalAt === undefined) {
      firstSignalAt = Date.now();
      say(`${signal}: stopping (runs are cancelled and their threads released, then the database stops); send it again to force`);
      requestStop(signal);
    } else if (Date.now() - firstSignalAt >= repeatWindowMs) {
      say(`${signal} again: forced stop`);
      requestForce(128 + signalNumbers[signal]);
    }
  };
  // Installed before anything starts: a Ctrl-C during start-up stops it cleanly too.
  for (const signal of stopSignals) process.on(signal, onSignal);
  // The safety net: every known failure is handled where it happens, but a stray rejection
  // (a library's forgotten promise) is logged, not allowed to take the whole service down.
  const stray = (reason: unknown) => {
    say(`unhandled rejection (the service keeps running): ${(reason as Error)?.stack ?? String(reason)}`);
  };
  process.on('unhandledRejection', stray);
  const forced = async (code: number) => {
    // Whatever is still open is dropped with the process; the Postgres we started is stopped first.
    await stopOwnedPostgres({ fastMs: 5_000 });
    return code;
  };
  try {
    const starting = startServer(config, embeddedPostgres ? { embeddedPostgres } : {});
    const first = await Promise.race([starting.then(() => 'started' as const), forceRequested]);
    if (first !== 'started') {
      starting.then((server) => server.close(), () => {}).catch(() => {});
      return await forced(first);
    }
    const server = await starting;
    await Promise.race([stopRequested, forceRequested]);
    let limit: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      server.close().then(
        () => 0,
        (error: unknown) => {
          say(`error while stopping: ${(error as Error).message}`);
          return 1;
        },
      ),
      forceRequested.then(forced),
      new Promise<number>((resolve) => {
        limit = setTimeout(() => {
          say(`not stopped after ${orderlyLimitMs / 1000} s: forced stop`);
          resolve(forced(1));
        }, orderlyLimitMs);
        limit.unref();
      }),
    ]);
    clearTimeout(limit);
    if (outcome === 0) say('stopped');
    return outcome;
  } finally {
    process.off('unhandledRejection', stray);
    // The handlers stay until the process exits, doing nothing: npm's forwarded copy of a
    // Ctrl-C may land after the stop, and must not kill the process with that signal.
    finished = true;
  }
}
