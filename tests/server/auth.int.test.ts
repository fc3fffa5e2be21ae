import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.ts';
import { type RunningServer, startServer } from '../../src/main.ts';
import { testConfig } from '../helpers/test-database.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0', JOBPILOT_TOKEN: 'secret-token' }), { logger: false });
});
afterAll(async () => {
  await server?.close();
});

describe('with JOBPILOT_TOKEN', () => {
  it('refuses /v1 requests without the right bearer token', async () => {
    const wrong = [{}, { authorization: 'Bearer wrong' }, { authorization: 'secret-token' }, { authorization: `Bearer ${'secret-token'.repeat(50)}` }];
    for (const headers of wrong as Record<string, string>[]) {
      const response = await fetch(`${server.url}/v1/threads`, { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: expect.stringContaining('Bearer'), request_id: expect.any(String) } });
    }
    const ok = await fetch(`${server.url}/v1/threads`, { headers: { authorization: 'Bearer secret-token' } });
    expect(ok.status).toBe(200);
  });

  it('cannot be bypassed with a percent-encoded path', async () => {
    expect((await fetch(`${server.url}/%761/threads`)).status).toBe(401);
    const run = await fetch(`${server.url}/%761/threads/sneaky/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'open github.com' }),
    });
    expect(run.status).toBe(401);
  });

  it('keeps health checks open', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});

describe('binding beyond loopback', () => {
  it('needs a token', async () => {
    const config = await testConfig({ HOST: '0.0.0.0', PORT: '0' });
    await expect(startServer(config, { logger: false })).rejects.toBeInstanceOf(ConfigError);
    await expect(startServer(config, { logger: false })).rejects.toThrow(/JOBPILOT_TOKEN/);
  });
});
