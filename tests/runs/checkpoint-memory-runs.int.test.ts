import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import { THREAD_LOCK_SPACE } from '../../src/db/thread-locks.ts';
import { createJobpilot, type Jobpilot } from '../../src/jobpilot.ts';
import type { PlannerInput } from '../../src/planner/planner.ts';
import type { RunRequest } from '../../src/protocol/api.ts';
import { fakeActions } from '../fakes/fake-actions.ts';
import { act, hangUntilAborted, respond, scriptedPlanner } from '../fakes/scripted-planner.ts';
import { collect, endOf } from '../helpers/collect.ts';
import { testConfig } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';

/**
 * Runs through createJobpilot, whose saver reads a thread's latest checkpoint from memory when
 * admission finds it is the one this process wrote: every path that writes a checkpoint, and a
 * second process on the same database, must leave each turn reading what Postgres holds.
 */
describe('turns reading their checkpoint from memory', () => {
  let config: Config;
  let first: Jobpilot;
  let second: Jobpilot;
  let admin: pg.Client;
  /** "hang" waits until cancelled; "screenshot" asks to take one; anything else is answered. */
  const answer = (input: PlannerInput, options: Parameters<typeof hangUntilAborted>[1]) => {
    if (input.goal === 'hang') return hangUntilAborted(input, options);
    if (input.goal === 'screenshot' && input.observations.length === 0) return act('take_screenshot');
    return respond(`You said ${input.goal}.`);
  };
  const here = scriptedPlanner([answer], { loop: true });
  const there = scriptedPlanner([answer], { loop: true });
  beforeAll(async () => {
    config = await testConfig();
    first = await createJobpilot({ config, planner: here, registry: fakeActions() });
    // Another server process on the same database.
    second = await createJobpilot({ config, planner: there, registry: fakeActions() });
    admin = new pg.Client({ connectionString: config.databaseUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await first?.close();
    await second?.close();
  });

  const turn = async (jobpilot: Jobpilot, threadId: string, request: RunRequest, signal = new AbortController().signal) =>
    endOf(await collect(await jobpilot.runs.start(threadId, request, signal))).status;
  /** The window the last decision of `planner` was given. */
  const lastWindow = (planner: typeof here) => planner.calls.at(-1)?.messages.map((message) => message.content);

  it('reads the window from memory between this process’s own turns', async () => {
    expect(await turn(first, 'mine', { message: 'one' })).toBe('completed');
    // Changed behind every process's back (no run, no lock): a turn that reads Postgres would see it.
    await admin.query(
      `UPDATE langgraph.checkpoint_blobs SET blob = convert_to('[{"role":"user","content":"changed"}]', 'UTF8')
        WHERE thread_id = 'mine' AND channel = 'messages'`,
    );
    expect(await turn(first, 'mine', { message: 'two' })).toBe('completed');
    expect(lastWindow(here)).toEqual(['one', 'You said one.', 'two']);
  });

  it('reads what another process wrote to the thread', async () => {
    expect(await turn(first, 'shared', { message: 'one' })).toBe('completed');
    expect(await turn(second, 'shared', { message: 'two' })).toBe('completed');
    expect(await turn(first, 'shared', { message: 'three' })).toBe('completed');
    expect(lastWindow(here)).toEqual(['one', 'You said one.', 'two', 'You said two.', 'three']);
    expect(await turn(second, 'shared', { message: 'four' })).toBe('completed');
    expect(lastWindow(there)).toEqual(['one', 'You said one.', 'two', 'You said two.', 'three', 'You said three.', 'four']);
  });

  it('reads the note a cancelled turn was closed with', async () => {
    expect(await turn(first, 'cancelled', { message: 'one' })).toBe('completed');
    const cancel = new AbortController();
    const events = collect(await first.runs.start('cancelled', { message: 'hang' }, cancel.signal));
    await waitFor(async () => lastWindow(here)?.at(-1), (last) => last === 'hang');
    cancel.abort();
    expect(endOf(await events).status).toBe('cancelled');
    expect(await turn(first, 'cancelled', { message: 'two' })).toBe('completed');
    const window = lastWindow(here) ?? [];
    expect(window.slice(0, 3)).toEqual(['one', 'You said one.', 'hang']);
    expect(window[3]).toMatch(/cancelled/i);
    expect(window.slice(4)).toEqual(['two']);
  });

  it('reads the approval a turn stopped at, and the turn after its answer', async () => {
    expect(await turn(first, 'approval', { message: 'screenshot' })).toBe('awaiting_approval');
    expect(await first.runs.pendingApproval('approval')).toMatchObject({ action: 'take_screenshot' });
    expect(await turn(first, 'approval', { resume: { approved: false } })).toBe('completed');
    expect(here.calls.at(-1)?.observations).toHaveLength(1);
    expect(await turn(first, 'approval', { message: 'next' })).toBe('completed');
    expect(lastWindow(here)?.slice(0, 1)).toEqual(['screenshot']);
    expect(lastWindow(here)?.at(-1)).toBe('next');
    expect(lastWindow(here)).toHaveLength(3);
  });

  it('starts afresh on a thread deleted and started again', async () => {
    expect(await turn(first, 'deleted', { message: 'one' })).toBe('completed');
    expect(await first.deleteThread('deleted')).toBe('deleted');
    expect(await turn(first, 'deleted', { message: 'again' })).toBe('completed');
    expect(lastWindow(here)).toEqual(['again']);
  });

  it('reads what the next owner wrote after this process’s run lost the thread', async () => {
    expect(await turn(first, 'lost', { message: 'one' })).toBe('completed');
    const events = collect(await first.runs.start('lost', { message: 'hang' }, new AbortController().signal));
    await waitFor(async () => lastWindow(here)?.at(-1), (last) => last === 'hang');
    await admin.query(
      `SELECT pg_terminate_backend(pid, 10000) FROM pg_locks
        WHERE locktype = 'advisory' AND classid = $1 AND objid = hashtext('lost')::oid AND objsubid = 2 AND granted
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      [THREAD_LOCK_SPACE],
    );
    expect(endOf(await events).status).toBe('failed');
    expect(await turn(second, 'lost', { message: 'two' })).toBe('completed');
    expect(await turn(first, 'lost', { message: 'three' })).toBe('completed');
    expect(lastWindow(here)).toEqual(['one', 'You said one.', 'two', 'You said two.', 'three']);
  });
});
