import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import { THREAD_LOCK_SPACE } from '../../src/db/thread-locks.ts';
import { createJobpilot, type Jobpilot } from '../../src/jobpilot.ts';
import { fakeActions } from '../fakes/fake-actions.ts';
import { hangUntilAborted, respond, scriptedPlanner } from '../fakes/scripted-planner.ts';
import { collect, endOf } from '../helpers/collect.ts';
import { testConfig } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';

describe('a run whose database session ends mid-run', () => {
  let config: Config;
  let first: Jobpilot;
  let second: Jobpilot;
  let admin: pg.Client;
  const planner = scriptedPlanner([respond('First answer.'), hangUntilAborted]);
  beforeAll(async () => {
    config = await testConfig();
    first = await createJobpilot({ config, planner, registry: fakeActions() });
    // Another server process on the same database.
    second = await createJobpilot({ config, planner: scriptedPlanner([respond('Second answer.')]), registry: fakeActions() });
    admin = new pg.Client({ connectionString: config.databaseUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await first?.close();
    await second?.close();
  });

  const count = async (sql: string) => (await admin.query<{ count: number }>(sql, ['t'])).rows[0]?.count;
  const checkpoints = () => count('SELECT count(*)::int AS count FROM langgraph.checkpoints WHERE thread_id = $1');
  const messages = () => count('SELECT count(*)::int AS count FROM messages WHERE thread_id = $1');

  it('fails with THREAD_BUSY, writes nothing more, and another process has the thread at once', async () => {
    expect(endOf(await collect(await first.runs.start('t', { message: 'hello' }, new AbortController().signal))).status).toBe(
      'completed',
    );
    const events = collect(await first.runs.start('t', { message: 'think forever' }, new AbortController().signal));
    await waitFor(async () => planner.calls.length, (calls) => calls === 2);
    // The thread is busy for everyone meanwhile.
    await expect(second.runs.start('t', { message: 'me too' }, new AbortController().signal)).rejects.toMatchObject({
      code: 'THREAD_BUSY',
    });
    const before = { checkpoints: await checkpoints(), messages: await messages() };

    const { rows } = await admin.query<{ ended: boolean }>(
      `SELECT pg_terminate_backend(pid, 10000) AS ended FROM pg_locks
        WHERE locktype = 'advisory' AND classid = $1 AND objid = hashtext('t')::oid AND objsubid = 2 AND granted
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      [THREAD_LOCK_SPACE],
    );
    expect(rows).toEqual([{ ended: true }]);

    const ended = await events;
    expect(ended.find((event) => event.type === 'error')).toMatchObject({ code: 'THREAD_BUSY', retryable: true });
    expect(endOf(ended).status).toBe('failed');
    // No closing note, no closing checkpoint: the thread was no longer this run's to write.
    expect({ checkpoints: await checkpoints(), messages: await messages() }).toEqual(before);

    const taken = await collect(await second.runs.start('t', { message: 'anyone there?' }, new AbortController().signal));
    expect(endOf(taken).status).toBe('completed');
    expect((await second.threads.get('t'))?.run_in_progress).toBe(false);
  });
});
