import { describe, expect, it } from 'vitest';
import { CHECKPOINT_SCHEMA } from '../../src/db/database.ts';
import { createJobpilot, type Jobpilot } from '../../src/jobpilot.ts';
import { respond, scriptedPlanner } from '../fakes/scripted-planner.ts';
import { collect, endOf } from '../helpers/collect.ts';
import { testConfig } from '../helpers/test-database.ts';

/** Every byte the checkpointer holds for a thread: checkpoints, channel blobs and pending writes. */
async function checkpointBytes(jobpilot: Jobpilot, threadId: string): Promise<number> {
  const { rows } = await jobpilot.database.pool.query<{ bytes: string }>(
    `SELECT
       (SELECT coalesce(sum(octet_length(checkpoint::text) + octet_length(metadata::text)), 0) FROM ${CHECKPOINT_SCHEMA}.checkpoints WHERE thread_id = $1)
     + (SELECT coalesce(sum(octet_length(blob)), 0) FROM ${CHECKPOINT_SCHEMA}.checkpoint_blobs WHERE thread_id = $1)
     + (SELECT coalesce(sum(octet_length(blob)), 0) FROM ${CHECKPOINT_SCHEMA}.checkpoint_writes WHERE thread_id = $1) AS bytes`,
    [threadId],
  );
  return Number(rows[0]?.bytes);
}

describe('graph state stays bounded', () => {
  it('holds about as many checkpoint bytes at turn 200 as at turn 10, while the transcript keeps all 400 messages', async () => {
    const planner = scriptedPlanner(
      [(input: { goal: string }) => respond(`Reply to ${input.goal}.`)],
      { loop: true },
    );
    const jobpilot = await createJobpilot({
      config: await testConfig({ JOBPILOT_WINDOW: '20' }),
      planner,
    });
    const threadId = 'long-thread';
    const held = new Map<number, number>();
    try {
      for (let turn = 1; turn <= 200; turn++) {
        const events = await collect(
          await jobpilot.runs.start(
            threadId,
            { message: `Message number ${String(turn).padStart(3, '0')}` },
            new AbortController().signal,
          ),
        );
        expect(endOf(events).status).toBe('completed');
        // Older checkpoints are pruned as each new one is written: the thread holds one state.
        if (turn === 10 || turn === 200) held.set(turn, await checkpointBytes(jobpilot, threadId));
      }
      const atTen = held.get(10) ?? 0;
      const atTwoHundred = held.get(200) ?? 0;
      expect(atTen).toBeGreaterThan(0);
      expect(Math.abs(atTwoHundred - atTen) / atTen).toBeLessThanOrEqual(0.2);

      expect(await jobpilot.transcript.count(threadId)).toBe(400);
      const state = await jobpilot.graph.getState({ configurable: { thread_id: threadId } });
      expect(state.values.messages).toHaveLength(20);
      expect(state.values.messages.at(-1)).toEqual({
        role: 'assistant',
        content: 'Reply to Message number 200.',
      });
      // The planner's prompt window is the last 20 messages, ending with this turn's message.
      expect(planner.calls.at(-1)?.messages).toHaveLength(20);
    } finally {
      await jobpilot.close();
    }
  }, 180_000);
});
