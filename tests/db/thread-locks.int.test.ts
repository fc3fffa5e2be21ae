import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyCheckpoint } from '@langchain/langgraph';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { fenceCheckpoints } from '../../src/db/fence-checkpoints.ts';
import { threadsRepository } from '../../src/db/repositories/threads.ts';
import { createThreadLocks, THREAD_LOCK_SPACE, type ThreadLocks } from '../../src/db/thread-locks.ts';
import { createTestDatabase } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';

let database: Database;
let admin: pg.Client;
/** Two processes' thread locks over one database. */
let here: ThreadLocks;
let there: ThreadLocks;
beforeAll(async () => {
  const url = await createTestDatabase();
  database = await openDatabase({ databaseUrl: url, dataDir: await mkdtemp(join(tmpdir(), 'jobpilot-locks-')) });
  admin = new pg.Client({ connectionString: url });
  await admin.connect();
  here = createThreadLocks(database.pool);
  there = createThreadLocks(database.pool);
});
afterAll(async () => {
  await here?.close();
  await there?.close();
  await admin?.end();
  await database?.close();
});

/** Ends the database session that holds `threadKey`'s lock, as a crash or a network cut would, and waits until it is gone (a terminated backend holds its locks until it exits). */
async function endSessionHolding(threadKey: string): Promise<number> {
  const { rows } = await admin.query<{ ended: boolean }>(
    `SELECT pg_terminate_backend(pid, 10000) AS ended FROM pg_locks
      WHERE locktype = 'advisory' AND classid = $1 AND objid = hashtext($2)::oid AND objsubid = 2 AND granted
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    [THREAD_LOCK_SPACE, threadKey],
  );
  return rows.filter((row) => row.ended).length;
}

const checkpointsOf = async (threadKey: string) =>
  (
    await admin.query<{ count: number }>('SELECT count(*)::int AS count FROM langgraph.checkpoints WHERE thread_id = $1', [
      threadKey,
    ])
  ).rows[0]?.count;

const configOf = (threadKey: string, runId: string) => ({
  configurable: { thread_id: threadKey, checkpoint_ns: '', run_id: runId },
});

describe('thread locks', () => {
  it('let one holder have a thread across processes, and free it when its session ends', async () => {
    const lock = await here.take('crash', 'run-1');
    expect(lock).not.toBeNull();
    expect(await here.take('crash', 'run-2')).toBeNull();
    expect(await there.take('crash', 'run-3')).toBeNull();

    expect(await endSessionHolding('crash')).toBe(1);
    // The holder hears of it (its run is cancelled)…
    expect(await waitFor(async () => lock?.lost.aborted, (lost) => lost === true)).toBe(true);
    await expect(lock?.assertHeld()).rejects.toMatchObject({ code: 'THREAD_BUSY' });
    // …and another process takes the thread at once, no lease to wait out.
    const taken = await there.take('crash', 'run-3');
    expect(taken).not.toBeNull();
    await taken?.release();
    // A new session serves this process's next lock.
    const again = await here.take('crash', 'run-4');
    expect(again).not.toBeNull();
    await again?.release();
  });

  it('free the thread on release', async () => {
    const lock = await here.take('released', 'run-1');
    await lock?.release();
    await lock?.release();
    const taken = await there.take('released', 'run-2');
    expect(taken).not.toBeNull();
    await taken?.release();
  });

  it('are the truth of a listing: a row left busy by a dead run is not busy', async () => {
    const threads = threadsRepository(database.pool);
    await threads.ensure('listed');
    await threads.markBusy('listed', 'run-that-died');
    expect((await threads.get('listed'))?.run_in_progress).toBe(false);
    const lock = await there.take('listed', 'run-1');
    await threads.markBusy('listed', 'run-1');
    expect((await threads.get('listed'))?.run_in_progress).toBe(true);
    expect((await threads.list(500)).find((row) => row.thread_id === 'listed')?.run_in_progress).toBe(true);
    await endSessionHolding('listed');
    expect(await waitFor(async () => (await threads.get('listed'))?.run_in_progress, (busy) => busy === false)).toBe(false);
    // The holder hears of it too, a moment after Postgres has dropped the lock.
    expect(await waitFor(async () => lock?.lost.aborted, (lost) => lost === true)).toBe(true);
  });

  it("mark a run in the row and say how the previous run left it: ended (with the approval it left) or died holding it", async () => {
    const threads = threadsRepository(database.pool);
    expect(await threads.markBusy('journal', 'run-1', { owner: 'default' })).toEqual({ clean: true, pendingApproval: null, untitled: true, attemptsLeft: false });
    const approval = { action: 'open_website', args: { url: 'https://example.com' }, reason: 'asked' };
    await threads.release('journal', 'run-1', approval);
    // (Still untitled: a title is set by the run's first message, not by marking it busy.)
    expect(await threads.markBusy('journal', 'run-2')).toEqual({ clean: true, pendingApproval: approval, untitled: true, attemptsLeft: false });
    // run-2 dies holding the thread: its row still names it, so only the checkpoint knows.
    expect(await threads.markBusy('journal', 'run-3')).toMatchObject({ clean: false });
    await threads.setTitleIfEmpty('journal', 'Plumbing jobs in Cork');
    expect(await threads.markBusy('journal', 'run-4')).toMatchObject({ untitled: false });
    expect(await threads.markBusy('no-such-thread', 'run-1')).toBeNull();
  });

  it('are seen in listings whatever the sign of the key hash', async () => {
    const threads = threadsRepository(database.pool);
    const { rows } = await admin.query<{ key: string; hash: number }>(
      `SELECT key, hashtext(key) AS hash FROM (SELECT 'signed-' || n AS key FROM generate_series(1, 64) AS n) AS keys`,
    );
    const negative = rows.find((row) => row.hash < 0)?.key;
    const positive = rows.find((row) => row.hash > 0)?.key;
    for (const key of [negative, positive]) {
      if (!key) throw new Error('no key of that sign in 64 tries');
      await threads.ensure(key);
      const lock = await here.take(key, 'run-1');
      await threads.markBusy(key, 'run-1');
      expect((await threads.get(key))?.run_in_progress).toBe(true);
      await lock?.release();
      expect((await threads.get(key))?.run_in_progress).toBe(false);
    }
  });
});

describe('fenced checkpoint writes', () => {
  it('are refused unless the writing run holds its thread on a live session', async () => {
    const saver = fenceCheckpoints(database.saver, here);
    const write = (threadKey: string, runId: string) => saver.put(configOf(threadKey, runId), emptyCheckpoint(), { source: 'loop', step: 0, parents: {} }, {});

    await expect(write('fenced', 'run-1')).rejects.toMatchObject({ code: 'THREAD_BUSY' });
    expect(await checkpointsOf('fenced')).toBe(0);

    const lock = await here.take('fenced', 'run-1');
    // The put checks in its own transaction that this backend holds the lock (no probe of the session).
    const { rows: holders } = await admin.query<{ pid: number }>(
      `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND objid = hashtext($2)::oid AND objsubid = 2 AND granted`,
      [THREAD_LOCK_SPACE, 'fenced'],
    );
    expect(here.sessionPid('fenced', 'run-1')).toBe(holders[0]?.pid);
    expect(here.sessionPid('fenced', 'run-2')).toBeUndefined();
    await write('fenced', 'run-1');
    expect(await checkpointsOf('fenced')).toBe(1);
    // Another run of the same process does not write under run-1's hold.
    await expect(write('fenced', 'run-2')).rejects.toMatchObject({ code: 'THREAD_BUSY' });

    expect(await endSessionHolding('fenced')).toBe(1);
    await expect(write('fenced', 'run-1')).rejects.toMatchObject({ code: 'THREAD_BUSY' });
    const writes = saver.putWrites({ configurable: { ...configOf('fenced', 'run-1').configurable, checkpoint_id: 'x' } }, [['messages', 'hi']], 'task-1');
    await expect(writes).rejects.toMatchObject({ code: 'THREAD_BUSY' });
    expect(await checkpointsOf('fenced')).toBe(1);
    // Lost once the pool has told a terminated session from Postgres going away: a lost thread.
    await waitFor(async () => lock?.lost.aborted, (aborted) => aborted === true);
    expect(lock?.lost.reason).toMatchObject({ code: 'THREAD_BUSY' });

    // The saver is still the saver: reads pass through, `instanceof` holds.
    expect(saver).toBeInstanceOf(database.saver.constructor);
    expect((await saver.getTuple({ configurable: { thread_id: 'fenced', checkpoint_ns: '' } }))?.checkpoint).toBeDefined();
  });

  it('are refused after the run released its thread', async () => {
    const saver = fenceCheckpoints(database.saver, here);
    const lock = await here.take('ended', 'run-1');
    await lock?.release();
    await expect(
      saver.put(configOf('ended', 'run-1'), emptyCheckpoint(), { source: 'loop', step: 0, parents: {} }, {}),
    ).rejects.toMatchObject({ code: 'THREAD_BUSY' });
    expect(await checkpointsOf('ended')).toBe(0);
  });
});
