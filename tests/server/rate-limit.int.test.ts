import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { type RunningServer, startServer } from '../../src/main.ts';
import { postRun } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';

let server: RunningServer;
const tokens: Record<string, string> = {};
const perMinute = 5;

const as = (name: string, path: string) => fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${tokens[name]}` } });

beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0', JOBPILOT_RATE_LIMIT: String(perMinute) }), { logger: false });
  for (const name of ['alice', 'bob', 'carol']) {
    const made = await fetch(`${server.url}/v1/tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.jobpilot.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    });
    tokens[name] = ((await made.json()) as { token: string }).token;
  }
});
afterAll(async () => {
  await server?.close();
});

describe('the rate limit', () => {
  it('counts every /v1 route together per owner, and answers 429 RATE_LIMITED with retry-after', async () => {
    const paths = ['/v1/threads', '/v1/resumes', '/v1/saved-jobs', '/v1/documents', '/v1/threads'];
    for (const path of paths) expect((await as('alice', path)).status, path).toBe(200);
    const limited = await as('alice', '/v1/jobs/search?q=go');
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({
      error: { code: 'RATE_LIMITED', message: expect.stringMatching(/^Too many requests: you may make 5 requests a minute\. Try again in \d+ seconds? \(retry-after\)\.$/), request_id: expect.any(String) },
    });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get('x-ratelimit-limit')).toBe(String(perMinute));
    // A run is refused the same way, before its stream starts.
    const run = await postRun(server.url, 'limited', { message: 'hello' }, { headers: { authorization: `Bearer ${tokens.alice}` } });
    expect(run.response.status).toBe(429);
    expect(run.json).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });

  it('is per owner, not per address: another token on the same loopback address still answers', async () => {
    for (let index = 0; index < perMinute; index += 1) expect((await as('bob', '/v1/threads')).status).toBe(200);
    expect((await as('bob', '/v1/threads')).status).toBe(429);
    expect((await as('carol', '/v1/threads')).status).toBe(200);
  });

  it('leaves the token routes (admin key) a limit of their own, at least 600 a minute', async () => {
    // beforeAll made 3 tokens already; a low owner limit (5) must not lock the admin out.
    for (let index = 0; index < perMinute * 3; index += 1) {
      const listed = await fetch(`${server.url}/v1/tokens`, { headers: { authorization: `Bearer ${server.jobpilot.adminKey}` } });
      expect(listed.status, `request ${index}`).toBe(200);
      expect(listed.headers.get('x-ratelimit-limit')).toBe('600');
    }
  });

  it('leaves /healthz and /readyz out', async () => {
    for (let index = 0; index < perMinute * 4; index += 1) {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    }
  });

  it('is 600 a minute unless configured, and 0 turns it off', () => {
    expect(loadConfig({ JOBPILOT_PLANNER: 'rules' }).rateLimit).toBe(600);
    expect(loadConfig({ JOBPILOT_PLANNER: 'rules', JOBPILOT_RATE_LIMIT: '0' }).rateLimit).toBe(0);
    expect(() => loadConfig({ JOBPILOT_PLANNER: 'rules', JOBPILOT_RATE_LIMIT: 'lots' })).toThrow(/JOBPILOT_RATE_LIMIT/);
  });
});
