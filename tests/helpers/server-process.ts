import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { waitFor } from './wait-for.ts';

export const binPath = fileURLToPath(new URL('../../bin/jobpilot.js', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A free TCP port on loopback (closed again before it is returned). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** What it wrote to stderr only (its own lines; the request log goes to stdout). */
  errors: () => string;
  /** How the process (npm's, with `npm: true`) ended: resolves once it has. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /**
   * Ctrl-C in the terminal that started it: SIGINT to its whole process group (npm and node
   * both get it). Only with `npm: true`, whose child leads a process group of its own.
   */
  interrupt(): void;
  /** SIGTERM, then wait for a clean exit; returns the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts `jobpilot serve` as a real child process and waits (bounded) until `/readyz` answers.
 * With `npm: true` it is `npm start` instead, in a process group of its own as a terminal's
 * foreground job is (so `interrupt()` is the terminal's Ctrl-C).
 *
 * @example
 * const server = await startServerProcess({ DATABASE_URL: url, JOBPILOT_DATA_DIR: dir });
 */
export async function startServerProcess(
  env: Record<string, string | undefined>,
  options: { npm?: boolean } = {},
): Promise<ServerProcess> {
  return env.PORT === undefined
    ? onFreePort((port) => startOnce(port, env, options))
    : startOnce(Number(env.PORT), env, options);
}

/** What a start on a port picked free throws when the port was taken before the child bound it. */
export class PortTaken extends Error {}

/** Whether a jobpilot server's output says its port was taken (at its start-up check or at the listen). */
export const saysPortTaken = (output: string): boolean => /Port \d+ on \S+ is already in use/.test(output);

/**
 * Runs `start` on a port picked free, and again on another as often as it throws
 * {@link PortTaken} (up to three tries): a port picked free can be taken by a parallel test
 * before the child binds it. A port a test chose itself is its to keep: not for this.
 *
 * @example
 * const server = await onFreePort((port) => startChild({ PORT: String(port) }));
 */
export async function onFreePort<T>(start: (port: number) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(await freePort());
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt === 3) throw error;
    }
  }
}

async function startOnce(
  port: number,
  env: Record<string, string | undefined>,
  options: { npm?: boolean },
): Promise<ServerProcess> {
  const childEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries({
    ...process.env,
    HOST: '127.0.0.1',
    JOBPILOT_PLANNER: 'rules',
    // Tests never reach the internet: boards are local stubs, named per test.
    JOBPILOT_JOB_SOURCES: 'none',
    ...env,
    PORT: String(port),
  })) {
    if (value !== undefined) childEnv[name] = value;
  }
  const child = options.npm
    ? spawn('npm', ['start', '--silent'], {
        cwd: repositoryRoot,
        env: childEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      })
    : spawn(process.execPath, [binPath, 'serve'], {
        env: childEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
  // 'exit' can come before the last of the output is read: a failed start is judged on all of it.
  const outputEnded = once(child, 'close').catch(() => {});
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  let errors = '';
  child.stderr?.on('data', (chunk) => {
    output += chunk;
    errors += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const ready = await waitFor(
    async () =>
      child.exitCode !== null
        ? 'exited'
        : await fetch(`${url}/readyz`).then(
            (response) => (response.ok ? 'ready' : 'not yet'),
            () => 'not yet',
          ),
    (state) => state !== 'not yet',
    // A hang guard within the 120 s hook timeout: a start that creates a cluster took 62 s on
    // the two-core dev machine at load 25 (about 6 s on CI: start-up-failure.int.test, initdb included).
    { timeoutMs: 110_000, intervalMs: 100 },
  );
  if (ready !== 'ready') {
    if (options.npm && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
    await outputEnded;
    const message = `jobpilot serve did not become ready (${ready}):\n${output}`;
    throw ready === 'exited' && saysPortTaken(output) ? new PortTaken(message) : new Error(message);
  }
  return {
    url,
    child,
    output: () => output,
    errors: () => errors,
    exited,
    interrupt() {
      if (!options.npm || child.pid === undefined) throw new Error('interrupt() needs a process group: start with { npm: true }');
      process.kill(-child.pid, 'SIGINT');
    },
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = await exited;
      return code as number | null;
    },
  };
}
