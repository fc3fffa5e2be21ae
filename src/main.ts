import { adminKeyFile, type Config, ConfigError, loadConfig } from './config.ts';
import { createJobpilot, type Jobpilot } from './jobpilot.ts';
import type { Planner } from './planner/planner.ts';
import { buildApp } from './server/build-app.ts';

const loopbackHosts = new Set(['127.0.0.1', '::1', 'localhost']);

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
  options: { planner?: Planner; logger?: boolean; keepAliveMs?: number } = {},
): Promise<RunningServer> {
  if (!loopbackHosts.has(config.host) && !config.token) {
    throw new ConfigError(
      `Invalid configuration. JOBPILOT_TOKEN: required when HOST is not a loopback address (HOST=${config.host}); clients then send "authorization: Bearer <token>".`,
    );
  }
  const logger = options.logger === false ? false : { level: config.logLevel };
  // Until the app (and its logger) exists, start-up messages go to stderr as plain lines.
  const startupLog = (message: string) => {
    if (logger) process.stderr.write(`jobpilot: ${message}\n`);
  };
  const jobpilot = await createJobpilot({
    config,
    ...(options.planner ? { planner: options.planner } : {}),
    log: (message, details) => {
      if (
        !/^postgres: /.test(message) ||
        config.logLevel === 'debug' ||
        config.logLevel === 'trace'
      ) {
        startupLog(details ? `${message} ${JSON.stringify(details)}` : message);
      }
    },
  });
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
    runs: jobpilot.runs,
    threads: jobpilot.threads,
    transcript: jobpilot.transcript,
    usage: jobpilot.usage,
    deleteThread: jobpilot.deleteThread,
    checkDatabase: async () => {
      await jobpilot.database.pool.query('SELECT 1');
    },
    careerFor: jobpilot.careerFor,
    tokens: jobpilot.tokens,
    admin: { key: jobpilot.adminKey, file: adminKeyFile(config) },
    rateLimit: config.rateLimit,
    boundHost: config.host,
    allowedHosts: config.allowedHosts,
    token: config.token,
    requestTimeoutMs: config.requestTimeoutMs,
    logger,
    ...(options.keepAliveMs ? { keepAliveMs: options.keepAliveMs } : {}),
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
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new ConfigError(
        `Port ${config.port} on ${config.host} is already in use: is jobpilot already running? Set PORT to use another port.`,
      );
    }
    throw error;
  }
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
      closing ??= (async () => {
        await app.close();
        await jobpilot.close();
      })();
      return closing;
    },
  };
}

/**
 * `jobpilot serve` / `npm start`: parses the environment, starts, and stops cleanly on
 * SIGINT/SIGTERM. Resolves when the server has shut down.
 */
export async function serve(config: Config = loadConfig()): Promise<void> {
  const server = await startServer(config);
  // The safety net: every known failure is handled where it happens, but a stray rejection
  // (a library's forgotten promise) is logged, not allowed to take the whole service down.
  const stray = (reason: unknown) => {
    process.stderr.write(
      `jobpilot: unhandled rejection (the service keeps running): ${(reason as Error)?.stack ?? String(reason)}\n`,
    );
  };
  process.on('unhandledRejection', stray);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('unhandledRejection', stray);
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close().then(resolve, (error) => {
        process.stderr.write(`jobpilot: error while stopping: ${(error as Error).message}\n`);
        resolve();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
