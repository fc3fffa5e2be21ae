import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded-postgres.ts';
import { waitFor } from './wait-for.ts';

/** The postmaster's pid from a cluster's `postmaster.pid`, or null when there is none. */
export async function postmasterPid(clusterDir: string): Promise<number | null> {
  const text = await readFile(join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(text.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Whether a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGKILLs a cluster's postmaster and waits until it and its postmaster.pid's process are gone. */
export async function killPostmaster(clusterDir: string): Promise<number> {
  const pid = await postmasterPid(clusterDir);
  if (pid === null) throw new Error(`no postmaster.pid in ${clusterDir}`);
  process.kill(pid, 'SIGKILL');
  const gone = await waitFor(async () => !isAlive(pid), Boolean, { timeoutMs: 30_000 });
  if (!gone) throw new Error(`postmaster ${pid} survived SIGKILL`);
  return pid;
}

export interface PrivatePostgres {
  url: string;
  port: number;
  clusterDir: string;
  /** SIGKILL of the postmaster (a crash, an OOM kill): clients see ECONNREFUSED from then on. */
  kill(): Promise<void>;
  /** Starts the cluster again on the same data dir and port. */
  restart(): Promise<void>;
  /** Stops it and removes its files. */
  remove(): Promise<void>;
}

/**
 * A Postgres of the test's own (the embedded-postgres package, in a temp dir), to kill and
 * restart: the shared test server must never be killed, every other test file uses it.
 *
 * @example
 * const postgres = await startPrivatePostgres();
 * await postgres.kill();
 * await postgres.restart();
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-private-pg-'));
  let server: EmbeddedDatabase | null = await startEmbeddedPostgres({ dataDir });
  const port = Number(new URL(server.url).port);
  const clusterDir = server.clusterDir;
  return {
    url: server.url,
    port,
    clusterDir,
    async kill() {
      await killPostmaster(clusterDir);
      // Its embedded-postgres handle waits for an exit that has already happened: drop it.
      server = null;
    },
    async restart() {
      // Backends left by a killed postmaster hold its shared memory for a moment; Postgres
      // refuses to start until they are gone, so try until it starts.
      let lastError: unknown;
      const started = await waitFor(
        () =>
          startEmbeddedPostgres({ dataDir, port }).then(
            (running) => running,
            (error) => ((lastError = error), null),
          ),
        (running) => running !== null,
        { timeoutMs: 30_000, intervalMs: 250 },
      );
      if (!started) throw new Error(`the private Postgres did not start again: ${String(lastError)}`);
      server = started;
    },
    async remove() {
      await server?.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
