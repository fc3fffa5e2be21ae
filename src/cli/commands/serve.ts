import { loadConfig } from '../../config.ts';
import { startEmbeddedPostgres } from '../../db/embedded-postgres.ts';
import { checkStartable } from '../../server/start-checks.ts';

/**
 * `jobpilot serve` / `npm start`: runs the server until SIGINT/SIGTERM/SIGHUP and returns the
 * exit code (0 after an orderly stop). The server is loaded only here, so client commands
 * never pay for its imports.
 *
 * The embedded Postgres starts first, and boots in its own process while this one loads the
 * server's modules (about a second each): start-up takes the longer of the two, not the sum.
 * Only this file, the configuration and the embedded Postgres's own modules load before it is
 * launched (the CLI loads each command's modules when it runs).
 *
 * @example
 * process.exitCode = await serveCommand();
 */
export async function serveCommand(): Promise<number> {
  const config = loadConfig();
  // What would refuse to start is said before Postgres starts (nothing created for nothing).
  await checkStartable(config);
  // The server's modules load once Postgres runs in its own process (or initdb does): loaded
  // sooner, their loading would hold this process's event loop and delay the launch itself.
  let launched: () => void = () => {};
  const launching = new Promise<void>((resolve) => (launched = resolve));
  const embeddedPostgres = config.databaseUrl
    ? undefined
    : startEmbeddedPostgres({
        onLaunch: () => launched(),
        dataDir: config.dataDir,
        port: config.embeddedPostgresPort,
        avoidPorts: [config.port],
        // As the server's own start-up lines: Postgres's chatter only at debug.
        log: (message) => {
          if (!/^postgres: /.test(message) || config.logLevel === 'debug' || config.logLevel === 'trace') {
            process.stderr.write(`jobpilot: ${message}\n`);
          }
        },
      });
  // Awaited by the server's start-up; a failure is reported there, not as a stray rejection.
  embeddedPostgres?.catch(() => {});
  if (embeddedPostgres) await Promise.race([launching, embeddedPostgres.then(() => {}, () => {})]);
  const { serve } = await import('../../main.ts');
  return serve(config, embeddedPostgres ? { embeddedPostgres } : {});
}
