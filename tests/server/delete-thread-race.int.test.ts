import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { createRulesPlanner } from '../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../fakes/fake-actions.ts';
import { recordingBrowser } from '../helpers/recording-browser.ts';
import { postRun } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';

describe('deleting a thread while a run asks for it', () => {
  let server: RunningServer;
  let browser: Awaited<ReturnType<typeof recordingBrowser>>;
  let database: pg.Client;
  /** pg_stat_activity is read once per transaction: watch from a session outside the test's one. */
  let watcher: pg.Client;
  beforeAll(async () => {
    browser = await recordingBrowser();
    browser.install();
    const config = await testConfig({ PORT: '0' });
    server = await startServer(config, { planner: createRulesPlanner({ registry: fakeActions() }), logger: false });
    database = new pg.Client({ connectionString: config.databaseUrl });
    await database.connect();
    watcher = new pg.Client({ connectionString: config.databaseUrl });
    await watcher.connect();
  });
  afterAll(async () => {
    await database?.end();
    await watcher?.end();
    await server?.close();
    browser?.restore();
  });

  /** Rows the thread still has: checkpoints (LangGraph's three tables) and transcript. */
  const remains = async (threadId: string) => {
    const { rows } = await database.query<{ checkpoints: number; blobs: number; writes: number; messages: number; threads: number }>(
      `SELECT (SELECT count(*)::int FROM langgraph.checkpoints WHERE thread_id = $1) AS checkpoints,
              (SELECT count(*)::int FROM langgraph.checkpoint_blobs WHERE thread_id = $1) AS blobs,
              (SELECT count(*)::int FROM langgraph.checkpoint_writes WHERE thread_id = $1) AS writes,
              (SELECT count(*)::int FROM messages WHERE thread_id = $1) AS messages,
              (SELECT count(*)::int FROM threads WHERE thread_id = $1) AS threads`,
      [threadId],
    );
    return rows[0];
  };

  it('refuses the run while the delete holds the thread, and leaves nothing of the thread behind', async () => {
    const opened = await postRun(server.url, 'doomed', { message: 'open github.com' });
    expect(opened.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
    expect((await remains('doomed'))?.checkpoints).toBeGreaterThan(0);

    // Another session keeps the row from being deleted (not from being updated), so the
    // delete stops in the middle: whatever it did before its row delete has happened.
    await database.query('BEGIN');
    await database.query(`SELECT 1 FROM threads WHERE thread_id = 'doomed' FOR KEY SHARE`);
    const deleting = fetch(`${server.url}/v1/threads/doomed`, { method: 'DELETE' });
    const blocked = await waitFor(
      async () =>
        (
          await watcher.query<{ waiting: number }>(
            `SELECT count(*)::int AS waiting FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%DELETE FROM%threads%'`,
          )
        ).rows[0]?.waiting,
      (waiting) => waiting === 1,
      { timeoutMs: 30_000 },
    );
    expect(blocked).toBe(1);

    try {
      // A run asking for the thread now must not start on a half-deleted memory. (Bounded:
      // were the run to wait for the row, it would wait for this test's transaction.)
      const meanwhile = await postRun(server.url, 'doomed', { message: 'open that site again' }, { signal: AbortSignal.timeout(15_000) });
      expect(meanwhile.response.status).toBe(409);
      expect(meanwhile.json).toMatchObject({ error: { code: 'THREAD_BUSY' } });
    } finally {
      await database.query('COMMIT');
    }
    expect((await deleting).status).toBe(204);
    expect(await remains('doomed')).toEqual({ checkpoints: 0, blobs: 0, writes: 0, messages: 0, threads: 0 });

    // The id is free again: a new conversation starts with no memory of the old one.
    const fresh = await postRun(server.url, 'doomed', { message: 'hi' });
    expect(fresh.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
  });

  it('refuses the delete while a run holds the thread, and keeps everything', async () => {
    await postRun(server.url, 'kept', { message: 'open github.com' });
    const before = await remains('kept');
    // The run's ownership, taken as a run takes it (this process's own thread locks).
    const hold = await server.jobpilot.threadLocks.take('kept', 'a-run-in-progress');
    expect(hold).not.toBeNull();
    try {
      const refused = await fetch(`${server.url}/v1/threads/kept`, { method: 'DELETE' });
      expect(refused.status).toBe(409);
      expect(await refused.json()).toMatchObject({ error: { code: 'THREAD_BUSY' } });
      expect(await remains('kept')).toEqual(before);
    } finally {
      await hold?.release();
    }
    expect((await fetch(`${server.url}/v1/threads/kept`, { method: 'DELETE' })).status).toBe(204);
  });
});
