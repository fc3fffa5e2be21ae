import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { END, START, StateGraph } from '@langchain/langgraph';
import { uuid6 } from '@langchain/langgraph-checkpoint';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckpointMemory } from '../../src/db/checkpoint-memory.ts';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { fenceCheckpoints } from '../../src/db/fence-checkpoints.ts';
import { threadsRepository } from '../../src/db/repositories/threads.ts';
import { createThreadLocks, THREAD_LOCK_SPACE, type ThreadLock, type ThreadLocks } from '../../src/db/thread-locks.ts';
import { createGraphState, turnInput, type GraphState, type GraphUpdate } from '../../src/graph/state.ts';
import { createTestDatabase } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';

let database: Database;
let admin: pg.Client;
let locks: ThreadLocks;
/** The statements sent through the pool (the saver's reads and writes among them). */
const statements: string[] = [];
beforeAll(async () => {
  const url = await createTestDatabase();
  database = await openDatabase({ databaseUrl: url, dataDir: await mkdtemp(join(tmpdir(), 'jobpilot-memory-')) });
  admin = new pg.Client({ connectionString: url });
  await admin.connect();
  locks = createThreadLocks(database.pool);
  const query = database.pool.query.bind(database.pool) as (...args: unknown[]) => unknown;
  (database.pool as { query: unknown }).query = (...args: unknown[]) => {
    const sql = args[0];
    statements.push(typeof sql === 'string' ? sql : String((sql as { text?: string }).text));
    return query(...args);
  };
});
afterAll(async () => {
  await locks?.close();
  await admin?.end();
  await database?.close();
});

const checkpointReads = () => statements.filter((sql) => sql.includes('checkpoint_blobs') && sql.trimStart().startsWith('select')).length;

/** A graph of the jobpilot state with one node that answers with `answer(state)`; its saver remembers. */
function graphWith(memory: ReturnType<typeof createCheckpointMemory>, answer: (state: GraphState) => GraphUpdate) {
  const saver = memory.over(fenceCheckpoints(database.saver, locks));
  const graph = new StateGraph(createGraphState({ windowSize: 6 }))
    .addNode('reception', (state: GraphState) => answer(state))
    .addEdge(START, 'reception')
    .addEdge('reception', END)
    .compile({ checkpointer: saver });
  return { graph, saver };
}

/** A turn as a run makes one: the thread taken, admission's statement, the graph, the release. */
async function turn(
  memory: ReturnType<typeof createCheckpointMemory>,
  graph: ReturnType<typeof graphWith>['graph'],
  threadKey: string,
  message: string,
  during: (lock: ThreadLock) => Promise<void> = async () => {},
) {
  const runId = `run-${Math.random().toString(36).slice(2)}`;
  const lock = await locks.take(threadKey, runId);
  if (!lock) throw new Error('thread busy');
  try {
    const busy = await threadsRepository(database.pool).markBusy(threadKey, runId, { owner: 'default' }, { latestCheckpoint: memory.holds(threadKey) });
    memory.admit(threadKey, lock, busy?.latestCheckpoint);
    await graph.invoke(turnInput(message), { configurable: { thread_id: threadKey, run_id: runId }, durability: 'exit' });
    await during(lock);
  } finally {
    await lock.release();
  }
}

const fromPostgres = (threadKey: string) => database.saver.getTuple({ configurable: { thread_id: threadKey } });

describe('the checkpoint memory', () => {
  it('answers a turn’s read with what Postgres holds, without reading it, while admission finds it the latest', async () => {
    const memory = createCheckpointMemory(locks);
    // Nested values, `undefined` fields and a window that drops its oldest messages: what the serializer keeps, memory keeps.
    const { graph, saver } = graphWith(memory, (state) => ({
      messages: [{ role: 'assistant', content: `Seen ${state.messages.length} messages.` }],
      references: { last_url: `https://example.com/${state.messages.length}` },
      observations: [{ action: 'search_jobs', ok: true, summary: 'found', data: { nested: [1, { deep: null, gone: undefined }] } }] as never,
    }));
    await turn(memory, graph, 'remembered', 'first');
    expect(memory.holds('remembered')).toBe(true);
    const readsBefore = checkpointReads();
    let inside: unknown;
    await turn(memory, graph, 'remembered', 'second', async () => {
      // While the run holds the thread: memory's answer is Postgres's, field for field.
      inside = await saver.getTuple({ configurable: { thread_id: 'remembered' } });
      expect(inside).toStrictEqual(await fromPostgres('remembered'));
    });
    // The turn's own read and the read above came from memory; only the comparison read Postgres.
    expect(checkpointReads() - readsBefore).toBe(1);
    for (let number = 3; number <= 5; number++) await turn(memory, graph, 'remembered', `turn ${number}`);
    const state = await graph.getState({ configurable: { thread_id: 'remembered' } });
    expect((state.values as GraphState).messages.map((message) => message.content)).toEqual([
      'turn 3', 'Seen 5 messages.', 'turn 4', 'Seen 6 messages.', 'turn 5', 'Seen 6 messages.',
    ]);
  });

  it('is not read once the run that trusted it has released the thread', async () => {
    const memory = createCheckpointMemory(locks);
    const { graph, saver } = graphWith(memory, () => ({ messages: [{ role: 'assistant', content: 'ok' }] }));
    await turn(memory, graph, 'released', 'hello');
    const readsBefore = checkpointReads();
    await saver.getTuple({ configurable: { thread_id: 'released' } });
    expect(checkpointReads() - readsBefore).toBe(1);
  });

  it('is forgotten when another process wrote the thread (admission finds another latest checkpoint)', async () => {
    const here = createCheckpointMemory(locks);
    const there = createCheckpointMemory(locks);
    const answer = (state: GraphState) => ({ messages: [{ role: 'assistant' as const, content: `after ${state.messages.length}` }] });
    const one = graphWith(here, answer);
    const other = graphWith(there, answer);
    await turn(here, one.graph, 'shared', 'from here');
    await turn(there, other.graph, 'shared', 'from there');
    expect(here.holds('shared')).toBe(true);
    await turn(here, one.graph, 'shared', 'here again');
    expect(here.holds('shared')).toBe(true);
    const state = await one.graph.getState({ configurable: { thread_id: 'shared' } });
    // Read from memory, the third turn would have seen three messages, not five.
    expect((state.values as GraphState).messages.map((message) => message.content)).toEqual(['from here', 'after 1', 'from there', 'after 3', 'here again', 'after 5']);
  });

  it('is forgotten when the thread’s latest checkpoint has pending writes, even when asked before its put', async () => {
    const memory = createCheckpointMemory(locks);
    const { graph, saver } = graphWith(memory, () => ({ messages: [{ role: 'assistant', content: 'ok' }] }));
    await turn(memory, graph, 'written', 'hello');
    const latest = await fromPostgres('written');
    const lock = await locks.take('written', 'run-writes');
    if (!lock || !latest) throw new Error('setup');
    try {
      memory.admit('written', lock, { id: latest.checkpoint.id, writes: 0 });
      await saver.putWrites({ configurable: { thread_id: 'written', checkpoint_ns: '', checkpoint_id: latest.checkpoint.id, run_id: 'run-writes' } }, [['goal', 'x']], '00000000-0000-0000-0000-000000000001');
      expect(memory.holds('written')).toBe(false);
      // LangGraph asks for a checkpoint's writes before its put: that put is not remembered.
      const next = { ...latest.checkpoint, id: uuid6(-1) };
      const config = { configurable: { thread_id: 'written', checkpoint_ns: '', checkpoint_id: latest.checkpoint.id, run_id: 'run-writes' } };
      await saver.putWrites({ configurable: { ...config.configurable, checkpoint_id: next.id } }, [['goal', 'y']], '00000000-0000-0000-0000-000000000002');
      await saver.put(config, next, { source: 'loop', step: 9, parents: {} }, {});
      expect(memory.holds('written')).toBe(false);
      expect((await saver.getTuple({ configurable: { thread_id: 'written' } }))?.pendingWrites).toHaveLength(1);
    } finally {
      await lock.release();
    }
  });

  it('is trusted by admission only when it is the latest checkpoint and that has no pending writes', async () => {
    const memory = createCheckpointMemory(locks);
    const { graph } = graphWith(memory, () => ({ messages: [{ role: 'assistant', content: 'ok' }] }));
    const threads = threadsRepository(database.pool);
    for (const [threadKey, latest] of [
      ['admitted-1', (id: string) => ({ id, writes: 0 })],
      ['admitted-2', (id: string) => ({ id, writes: 1 })],
      ['admitted-3', () => ({ id: null, writes: 0 })],
      ['admitted-4', (id: string) => ({ id: `${id}0`, writes: 0 })],
    ] as const) {
      await turn(memory, graph, threadKey, 'hello');
      const lock = await locks.take(threadKey, 'run-admitted');
      if (!lock) throw new Error('busy');
      try {
        // What admission reads: this process's checkpoint, no writes.
        expect((await threads.markBusy(threadKey, 'run-admitted', undefined, { latestCheckpoint: true }))?.latestCheckpoint).toEqual({
          id: (await fromPostgres(threadKey))?.checkpoint.id,
          writes: 0,
        });
        memory.admit(threadKey, lock, latest((await fromPostgres(threadKey))?.checkpoint.id ?? ''));
        expect(memory.holds(threadKey)).toBe(threadKey === 'admitted-1');
      } finally {
        await lock.release();
      }
    }
  });

  it('is forgotten when a put is refused because the run lost its thread', async () => {
    const memory = createCheckpointMemory(locks);
    const { graph } = graphWith(memory, () => ({ messages: [{ role: 'assistant', content: 'ok' }] }));
    await turn(memory, graph, 'fenced-out', 'hello');
    expect(memory.holds('fenced-out')).toBe(true);
    await expect(
      turn(memory, graph, 'fenced-out', 'again', async (lock) => {
        // The lock's session ends: the turn's next write is refused.
        await admin.query(
          `SELECT pg_terminate_backend(pid, 10000) FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND objid = hashtext('fenced-out')::oid AND objsubid = 2 AND granted`,
          [THREAD_LOCK_SPACE],
        );
        await waitFor(async () => lock.lost.aborted, (aborted) => aborted);
        await graph.updateState({ configurable: { thread_id: 'fenced-out', run_id: lock.holder } }, { goal: 'late' });
      }),
    ).rejects.toMatchObject({ code: 'THREAD_BUSY' });
    expect(memory.holds('fenced-out')).toBe(false);
  });

  it('does not keep a state the serializer would give back changed (a Date)', async () => {
    const memory = createCheckpointMemory(locks);
    const { graph } = graphWith(memory, () => ({ references: { when: new Date(0) as unknown as string } }));
    await turn(memory, graph, 'dated', 'hello');
    expect(memory.holds('dated')).toBe(false);
  });

  it('keeps a bounded number of threads, the least recently used going first', async () => {
    const memory = createCheckpointMemory(locks, { maxThreads: 2 });
    const { graph } = graphWith(memory, () => ({ messages: [{ role: 'assistant', content: 'ok' }] }));
    for (const threadKey of ['a', 'b', 'c']) await turn(memory, graph, `bounded-${threadKey}`, 'hello');
    expect([memory.holds('bounded-a'), memory.holds('bounded-b'), memory.holds('bounded-c'), memory.size()]).toEqual([false, true, true, 2]);
  });

  it('is forgotten with the thread deleted', async () => {
    const memory = createCheckpointMemory(locks);
    const { graph, saver } = graphWith(memory, () => ({ messages: [{ role: 'assistant', content: 'ok' }] }));
    await turn(memory, graph, 'deleted', 'hello');
    await saver.deleteThread('deleted');
    expect(memory.holds('deleted')).toBe(false);
  });
});
