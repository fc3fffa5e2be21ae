import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive, killPostmaster, postmasterPid } from '../helpers/private-postgres.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { postRun } from '../helpers/sse-client.ts';
import { waitFor } from '../helpers/wait-for.ts';

describe('the embedded Postgres dies under a running server', () => {
  let dataDir: string;
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('is started again by the server that owns it, on the same data dir and port, and service resumes', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-embedded-restart-'));
    // No DATABASE_URL: this server starts its own embedded Postgres in the data dir.
    server = await startServerProcess({ DATABASE_URL: undefined, JOBPILOT_DATA_DIR: dataDir, JOBPILOT_LOG_LEVEL: 'info' });
    const clusterDir = join(dataDir, 'postgres');
    const first = await postRun(server.url, 'embedded', { message: 'hello' });
    expect(first.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
    const portBefore = await readPort(clusterDir);

    const killed = await killPostmaster(clusterDir);

    const restarted = await waitFor(
      async () => {
        const pid = await postmasterPid(clusterDir);
        return pid !== null && pid !== killed && isAlive(pid) ? pid : null;
      },
      (pid) => pid !== null,
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    expect(restarted, server.output()).not.toBeNull();
    expect(await readPort(clusterDir)).toBe(portBefore);
    const ready = await waitFor(
      () => fetch(`${server!.url}/readyz`).then((response) => response.status),
      (status) => status === 200,
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    expect(ready, server.output()).toBe(200);
    expect(server.output()).toMatch(new RegExp(`embedded postgres: the server on port ${portBefore} exited \\(signal SIGKILL, pid ${killed}\\); starting it again`));
    expect(server.output()).toMatch(new RegExp(`embedded postgres: started again on port ${portBefore}`));

    // The conversation is still there, and goes on.
    const again = await postRun(server.url, 'embedded', { message: 'hello again' });
    expect(again.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
    const thread = (await (await fetch(`${server.url}/v1/threads/embedded`)).json()) as { messages: unknown[]; status: string };
    expect(thread.status).toBe('idle');
    expect(thread.messages).toHaveLength(4);

    // Stopping the server stops the Postgres it started again: nothing is left running.
    // (The exit code on SIGTERM is the shutdown work's to settle, not this test's.)
    await server.stop();
    expect(await waitFor(async () => isAlive(restarted as number), (alive) => !alive)).toBe(false);
    // That stop was asked for, not a death: nothing tried to start it again.
    expect(server.output().match(/^jobpilot: embedded postgres: .*; starting it again$/gm)).toHaveLength(1);
  }, 180_000);
});

/** The port in a cluster's postmaster.pid (its fourth line). */
async function readPort(clusterDir: string): Promise<number> {
  return Number((await readFile(join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[3]);
}
