import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { type RunningServer, startServer } from '../../src/main.ts';
import { respond, scriptedPlanner } from '../fakes/scripted-planner.ts';
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

    const ready = await waitFor(() => answer(`${server.url}/readyz`), (seen) => seen.status === 503, { timeoutMs: 30_000 });
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ error: { code: 'DATABASE_UNAVAILABLE', message: expect.stringMatching(/database/i), request_id: expect.any(String) } });

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

describe('the database goes away during a run', () => {
  let postgres: PrivatePostgres;
  let server: RunningServer;
  let openGate: () => void = () => {};
  const gate = new Promise<void>((resolve) => (openGate = resolve));
  // The first answer comes only once the test has killed Postgres: the run is mid-turn then.
  const planner = scriptedPlanner([async () => (await gate, respond('too late')), respond('back again')]);
  beforeAll(async () => {
    postgres = await startPrivatePostgres();
    const config = loadConfig({
      DATABASE_URL: postgres.url,
      JOBPILOT_DATA_DIR: await mkdtemp(join(tmpdir(), 'jobpilot-outage-run-')),
      JOBPILOT_PLANNER: 'rules',
      JOBPILOT_JOB_SOURCES: 'none',
      PORT: '0',
    });
    server = await startServer(config, { planner, logger: false });
  });
  afterAll(async () => {
    openGate();
    await server?.close();
    await postgres?.remove();
  });

  it('ends the run with DATABASE_UNAVAILABLE and run-end, and the thread takes a new run once Postgres is back', async () => {
    const streaming = postRun(server.url, 'mid-run', { message: 'think about it' });
    await waitFor(async () => planner.calls.length, (calls) => calls > 0, { timeoutMs: 30_000 });

    await postgres.kill();
    openGate();

    const { response, events } = await streaming;
    expect(response.status).toBe(200);
    const error = events.find((event) => event.type === 'error');
    expect(error).toMatchObject({ type: 'error', code: 'DATABASE_UNAVAILABLE', retryable: true, message: expect.stringMatching(/try again/) });
    expect(events.at(-1)).toMatchObject({ type: 'run-end', status: 'failed' });

    await postgres.restart();
    const back = await waitFor(() => answer(`${server.url}/readyz`), (seen) => seen.status === 200, { timeoutMs: 30_000, intervalMs: 200 });
    expect(back.status).toBe(200);
    // Closed as soon as the database is back (under the thread's lock taken again), with a
    // note as any failed turn is, and the thread idle: not two minutes later.
    const thread = await waitFor(
      () => answer(`${server.url}/v1/threads/mid-run`),
      (seen) => seen.body?.status === 'idle' && seen.body?.messages?.length === 2,
      { timeoutMs: 20_000, intervalMs: 200 },
    );
    expect(thread.body.status).toBe('idle');
    expect(thread.body.messages).toEqual([
      expect.objectContaining({ role: 'user', content: 'think about it' }),
      expect.objectContaining({ role: 'assistant', content: expect.stringMatching(/^\(This turn did not finish: The database is not reachable right now/) }),
    ]);
    const again = await postRun(server.url, 'mid-run', { message: 'and now?' });
    expect(again.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
    expect(again.events).toContainEqual(expect.objectContaining({ type: 'message-end' }));
  });
});
