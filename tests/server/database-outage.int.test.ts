import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PrivatePostgres, startPrivatePostgres } from '../helpers/private-postgres.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { postRun } from '../helpers/sse-client.ts';
import { waitFor } from '../helpers/wait-for.ts';

const answer = async (url: string, init?: RequestInit) => {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: text ? JSON.parse(text) : null };
};

describe('the database goes away and comes back (DATABASE_URL)', () => {
  let postgres: PrivatePostgres;
  let server: ServerProcess;
  beforeAll(async () => {
    postgres = await startPrivatePostgres();
    server = await startServerProcess({
      DATABASE_URL: postgres.url,
      JOBPILOT_DATA_DIR: await mkdtemp(join(tmpdir(), 'jobpilot-outage-')),
      JOBPILOT_LOG_LEVEL: 'warn',
    });
  });
  afterAll(async () => {
    await server?.stop();
    await postgres?.remove();
  });

  it('answers 503 DATABASE_UNAVAILABLE while Postgres is down, and 200s again once it is back', async () => {
    const first = await postRun(server.url, 'outage', { message: 'hello' });
    expect(first.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });

    await postgres.kill();

    const ready = await waitFor(() => answer(`${server.url}/readyz`), (seen) => seen.status === 503, { timeoutMs: 20_000 });
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ error: { code: 'DATABASE_UNAVAILABLE', message: expect.stringMatching(/database/i) } });

    for (const path of ['/v1/threads', '/v1/threads/outage', '/v1/jobs/search?q=typescript', '/v1/saved-jobs']) {
      const seen = await answer(`${server.url}${path}`);
      expect({ path, status: seen.status, code: seen.body?.error?.code }).toEqual({ path, status: 503, code: 'DATABASE_UNAVAILABLE' });
      expect(Number(seen.retryAfter)).toBeGreaterThan(0);
      expect(seen.body.error.message).toMatch(/try again/i);
    }
    const refused = await postRun(server.url, 'outage', { message: 'are you there?' });
    expect(refused.response.status).toBe(503);
    expect(refused.json).toMatchObject({ error: { code: 'DATABASE_UNAVAILABLE' } });

    await postgres.restart();

    const back = await waitFor(() => answer(`${server.url}/readyz`), (seen) => seen.status === 200, { timeoutMs: 30_000, intervalMs: 200 });
    expect(back).toMatchObject({ status: 200, body: { status: 'ready' } });
    expect((await answer(`${server.url}/v1/threads`)).status).toBe(200);
    const again = await postRun(server.url, 'outage', { message: 'hello again' });
    expect(again.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
    const thread = await answer(`${server.url}/v1/threads/outage`);
    expect(thread).toMatchObject({ status: 200, body: { status: 'idle' } });
  });
});
