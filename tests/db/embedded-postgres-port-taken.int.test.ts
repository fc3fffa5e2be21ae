import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded-postgres.ts';
import { postmastersOf } from '../helpers/postgres-processes.ts';

// A port the OS calls free is only free until Postgres binds it, a moment later: a parallel
// test's server (or another program) can bind it in between, and Postgres then exits with
// "could not bind … Address already in use". The order is forced here: the probe hands out a
// port this test holds, as if someone had bound it right after the probe closed.

let dataDir: string;
let holder: Server;
let held: number;
/** The cluster's directory (as root it is not under the data dir). */
let clusterDir: string;
const started: EmbeddedDatabase[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-pg-port-taken-'));
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  held = (holder.address() as AddressInfo).port;
});

afterAll(async () => {
  for (const server of started) await server.stop();
  await new Promise((resolve) => holder.close(resolve));
  await rm(dataDir, { recursive: true, force: true });
});

/** The OS's own probe, after it has handed out the held port `taken` times. */
function probeHandingOut(taken: number) {
  let calls = 0;
  const probe = createServer();
  const osProbe = () =>
    new Promise<number>((resolve) =>
      probe.listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      }),
    );
  return { probe: async () => (++calls <= taken ? held : osProbe()), calls: () => calls };
}

describe('the embedded Postgres on a port taken between the probe and the bind', () => {
  it('starts on another port, says so, and serves', async () => {
    const log: string[] = [];
    const picker = probeHandingOut(1);
    const server = await startEmbeddedPostgres({ dataDir, probePort: picker.probe, log: (line) => log.push(line) });
    started.push(server);
    clusterDir = server.clusterDir;
    const port = Number(new URL(server.url).port);
    expect(port).not.toBe(held);
    expect(picker.calls()).toBe(2);
    expect(log).toContain(`embedded postgres: port ${held} was taken before Postgres could bind it; trying another port`);
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await client.end();
    }
    expect(postmastersOf(server.clusterDir)).toHaveLength(1);
    await server.stop();
    started.pop();
  }, 120_000);

  it('gives up after three taken ports, naming the last, and leaves no Postgres running', async () => {
    const picker = probeHandingOut(3);
    await expect(startEmbeddedPostgres({ dataDir, probePort: picker.probe })).rejects.toThrow(
      new RegExp(`did not start: .*Check that port ${held} is free, or set DATABASE_URL`),
    );
    expect(picker.calls()).toBe(3);
    expect(postmastersOf(clusterDir)).toEqual([]);
  }, 120_000);

  it('keeps a fixed port (JOBPILOT_PG_PORT) and fails on it when it is taken', async () => {
    await expect(startEmbeddedPostgres({ dataDir, port: held })).rejects.toThrow(new RegExp(`Check that port ${held} is free`));
    expect(postmastersOf(clusterDir)).toEqual([]);
  }, 120_000);
});
