import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

// Something already listens on the port `jobpilot serve` is given.
let holder: Server;
let port: number;
let dataDir: string;

beforeAll(async () => {
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  port = (holder.address() as AddressInfo).port;
  dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-port-in-use-'));
});

afterAll(async () => {
  await new Promise((resolve) => holder.close(resolve));
  await rm(dataDir, { recursive: true, force: true });
});

describe('jobpilot serve on a port already in use', () => {
  it('says so first, exits 1, and starts no Postgres and creates no cluster', { timeout: 120_000 }, async () => {
    const { DATABASE_URL: _url, JOBPILOT_TOKEN: _token, ...inherited } = process.env;
    const result = await runCli(['serve'], {
      env: { ...inherited, HOST: '127.0.0.1', PORT: String(port), JOBPILOT_DATA_DIR: dataDir, JOBPILOT_PLANNER: 'rules' },
      timeoutMs: 110_000,
    });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `jobpilot: Port ${port} on 127.0.0.1 is already in use: is jobpilot already running? Set PORT to use another port.`,
    ]);
    expect(await readdir(dataDir)).not.toContain('postgres');
  });
});
