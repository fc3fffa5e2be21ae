import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import { CHECKPOINT_SCHEMA } from '../../src/db/database.ts';
import { createJobpilot, type Jobpilot } from '../../src/jobpilot.ts';
import { collect, endOf } from '../helpers/collect.ts';
import { testConfig } from '../helpers/test-database.ts';

/** The rows and bytes the checkpointer holds for one thread. */
async function stored(jobpilot: Jobpilot, threadId: string) {
  const { rows } = await jobpilot.database.pool.query<{ checkpoints: number; writes: number; blobs: number; bytes: string }>(
    `SELECT
       (SELECT count(*)::int FROM ${CHECKPOINT_SCHEMA}.checkpoints WHERE thread_id = $1) AS checkpoints,
       (SELECT count(*)::int FROM ${CHECKPOINT_SCHEMA}.checkpoint_writes WHERE thread_id = $1) AS writes,
       (SELECT count(*)::int FROM ${CHECKPOINT_SCHEMA}.checkpoint_blobs WHERE thread_id = $1) AS blobs,
       (SELECT coalesce(sum(octet_length(checkpoint::text) + octet_length(metadata::text)), 0) FROM ${CHECKPOINT_SCHEMA}.checkpoints WHERE thread_id = $1)
     + (SELECT coalesce(sum(octet_length(blob)), 0) FROM ${CHECKPOINT_SCHEMA}.checkpoint_blobs WHERE thread_id = $1)
     + (SELECT coalesce(sum(octet_length(blob)), 0) FROM ${CHECKPOINT_SCHEMA}.checkpoint_writes WHERE thread_id = $1) AS bytes`,
    [threadId],
  );
  const row = rows[0];
  if (!row) throw new Error('no row');
  return { checkpoints: row.checkpoints, writes: row.writes, blobs: row.blobs, bytes: Number(row.bytes) };
}

async function turn(jobpilot: Jobpilot, threadId: string, request: Parameters<Jobpilot['runs']['start']>[1]) {
  return endOf(await collect(await jobpilot.runs.start(threadId, request, new AbortController().signal)));
}

describe('checkpoint storage of a long thread', () => {
  let config: Config;
  let jobpilot: Jobpilot;
  beforeAll(async () => {
    config = await testConfig({ JOBPILOT_WINDOW: '20' });
    jobpilot = await createJobpilot({ config });
  });
  afterAll(async () => {
    await jobpilot?.close();
  });

  it('keeps one checkpoint per thread and as many bytes at turn 60 as at turn 10, with the whole transcript', async () => {
    const threadId = 'long';
    const at = new Map<number, Awaited<ReturnType<typeof stored>>>();
    for (let number = 1; number <= 60; number++) {
      expect((await turn(jobpilot, threadId, { message: `hi there, number ${String(number).padStart(2, '0')}` })).status).toBe('completed');
      if (number === 10 || number === 60) at.set(number, await stored(jobpilot, threadId));
    }
    const ten = at.get(10);
    const sixty = at.get(60);
    expect(ten?.checkpoints).toBe(1);
    expect(sixty).toMatchObject({ checkpoints: 1, writes: ten?.writes, blobs: ten?.blobs });
    expect(sixty?.bytes).toBeLessThanOrEqual(Math.ceil((ten?.bytes ?? 0) * 1.2));
    expect(await jobpilot.transcript.count(threadId)).toBe(120);
    const state = await jobpilot.graph.getState({ configurable: { thread_id: threadId } });
    expect(state.values.messages).toHaveLength(20);
  });

  it('still asks for an approval, and answers it after a restart, with the older checkpoints gone', async () => {
    const threadId = 'approval';
    expect((await turn(jobpilot, threadId, { message: 'hi' })).status).toBe('completed');
    expect((await turn(jobpilot, threadId, { message: 'grab a screenshot' })).status).toBe('awaiting_approval');
    expect((await stored(jobpilot, threadId)).checkpoints).toBe(1);

    // A new process on the same database reads the approval from the one checkpoint left.
    await jobpilot.close();
    jobpilot = await createJobpilot({ config });
    expect(await jobpilot.runs.pendingApproval(threadId)).toMatchObject({ action: 'take_screenshot' });
    const events = await collect(
      await jobpilot.runs.start(threadId, { resume: { approved: false } }, new AbortController().signal),
    );
    expect(endOf(events).status).toBe('completed');
    expect(events).toContainEqual(expect.objectContaining({ type: 'tool-call-end', action: 'take_screenshot', ok: false }));
    expect(await stored(jobpilot, threadId)).toMatchObject({ checkpoints: 1, writes: 0 });
    expect(await jobpilot.runs.pendingApproval(threadId)).toBeNull();
  });
});

