import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

// A server that dies in the middle of a run: it streams the run's first events in the real
// SSE shape, then its socket is cut the way a killed process's is.
let server: Server;
let url: string;
let configDir: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.method === 'POST' && /^\/v1\/threads\/[^/]+\/runs$/.test(request.url ?? '')) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      response.write('id: 1\nevent: run-start\ndata: {"run_id":"r1","thread_id":"kill-me"}\n\n');
      response.write('id: 2\nevent: tool-call-start\ndata: {"index":0,"action":"search_jobs","args":{"query":"plumber"}}\n\n');
      setTimeout(() => response.socket?.destroy(), 50);
      return;
    }
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No such route.' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  configDir = await mkdtemp(join(tmpdir(), 'jobpilot-connection-lost-'));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(configDir, { recursive: true, force: true });
});

describe('a server killed while a run streams', () => {
  it.each([[['ask', 'find plumber jobs', '--thread', 'kill-me']], [['ask', 'find plumber jobs', '--thread', 'kill-me', '--json']]])(
    '%j: one plain line naming the server and the thread, exit 3',
    async (args) => {
      const { JOBPILOT_TOKEN: _token, ...inherited } = process.env;
      const result = await runCli(args, { env: { ...inherited, NO_COLOR: '1', JOBPILOT_URL: url, JOBPILOT_CONFIG_DIR: configDir } });
      expect(result.code, result.stderr).toBe(3);
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toBe(
        `jobpilot: lost the connection to the server at ${url} before the run ended (the server stopped, or the network dropped); ` +
          'the run may have finished or stopped with it: `jobpilot threads show kill-me` shows what it did once the server is back (STREAM_ENDED)',
      );
      expect(result.stderr).not.toMatch(/TypeError|terminated|undici|\n\s+at /);
    },
  );
});
