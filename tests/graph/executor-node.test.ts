import { Command, MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import type { ApprovalSettings } from '../../src/actions/action.ts';
import { buildGraph } from '../../src/graph/build-graph.ts';
import { makeExecutorNode } from '../../src/graph/nodes/executor-node.ts';
import { makePlannerNode } from '../../src/graph/nodes/planner-node.ts';
import { makeReceptionNode } from '../../src/graph/nodes/reception-node.ts';
import { createGraphState, turnInput } from '../../src/graph/state.ts';
import { act, respond, scriptedPlanner } from '../fakes/scripted-planner.ts';
import { ActionRegistry } from '../../src/actions/action-registry.ts';
import type { StepAttempt } from '../../src/db/repositories/step-attempts.ts';
import { auto, fakeActions, recordingConfig, stateOf } from './node-kit.ts';

const executorWith = (approval: ApprovalSettings = auto) => {
  const { registry, ran } = fakeActions();
  return { node: makeExecutorNode({ registry, artifactsDir: '/tmp/unused', approval }), ran };
};
const step = (action: string, args: Record<string, unknown> = {}) => ({ action, args, reason: `run ${action}` });

describe('makeExecutorNode', () => {
  it('runs a step that needs no approval and records its observation and references', async () => {
    const { node, ran } = executorWith();
    const { config, events } = recordingConfig();
    const update = await node(stateOf({ pendingStep: step('note', { text: 'milk' }), stepCount: 1 }), config);
    expect(ran).toEqual([{ action: 'note', args: { text: 'milk' } }]);
    expect(update).toEqual({
      observations: [{ index: 1, action: 'note', args: { text: 'milk' }, ok: true, summary: 'Noted milk.', data: { length: 4 } }],
      stepCount: 2,
      pendingStep: null,
      references: { last_note: 'milk' },
      // Any action but a desktop one brings its text into the thread's context.
      outsideText: ['note'],
    });
    expect(events.map((event) => event.type)).toEqual(['tool-call-start', 'tool-call-end']);
  });

  it('turns a step that throws into a failed observation the planner can read', async () => {
    const { node } = executorWith();
    const { config, events } = recordingConfig();
    const update = await node(stateOf({ pendingStep: step('broken') }), config);
    expect(update.observations).toEqual([
      { index: 0, action: 'broken', args: {}, ok: false, summary: 'broken failed: the disk is full' },
    ]);
    expect(update.pendingStep).toBeNull();
    expect(events.at(-1)).toEqual({ type: 'tool-call-end', index: 0, action: 'broken', ok: false, summary: 'broken failed: the disk is full' });
  });

  it('records invalid arguments as a failed observation without running the step', async () => {
    const { node, ran } = executorWith();
    const update = await node(stateOf({ pendingStep: step('note', { text: '' }) }), recordingConfig().config);
    expect(ran).toEqual([]);
    expect(update.observations?.[0]).toMatchObject({ ok: false, summary: expect.stringMatching(/Invalid arguments for note/) });
  });

  it('rethrows when the run was cancelled, rather than observing the abort', async () => {
    const { registry } = fakeActions();
    const cancel = new AbortController();
    const node = makeExecutorNode({ registry, artifactsDir: '/tmp/unused', approval: auto });
    cancel.abort();
    await expect(node(stateOf({ pendingStep: step('broken') }), recordingConfig(cancel.signal).config)).rejects.toThrow(
      'the disk is full',
    );
  });

  describe('approval, decided and enforced here', () => {
    it('stores that a step must be approved, without running or announcing it', async () => {
      const { node, ran } = executorWith();
      const { config, events } = recordingConfig();
      const update = await node(stateOf({ pendingStep: step('wipe') }), config);
      expect(update).toEqual({ pendingStep: { ...step('wipe'), needsApproval: true, approvalCause: 'policy' } });
      expect(ran).toEqual([]);
      expect(events).toEqual([]);
    });

    it('lets JOBPILOT_APPROVAL override the action’s policy both ways', async () => {
      const never = executorWith({ ...auto, mode: 'never' });
      await never.node(stateOf({ pendingStep: step('wipe') }), recordingConfig().config);
      expect(never.ran).toEqual([{ action: 'wipe', args: {} }]);

      const always = executorWith({ ...auto, mode: 'always' });
      const update = await always.node(stateOf({ pendingStep: step('note', { text: 'a' }) }), recordingConfig().config);
      expect(update.pendingStep).toMatchObject({ needsApproval: true });
      expect(always.ran).toEqual([]);
    });

    it('asks before any desktop step planned after reading outside text, this turn or an earlier one, whatever the policy', async () => {
      const afterPosting = {
        observations: [{ index: 0, action: 'read', args: {}, ok: true, summary: 'Read a posting.', data: { untrusted_text: true } }],
        stepCount: 1,
      };
      for (const approval of [auto, { ...auto, mode: 'never' as const }]) {
        const { node, ran } = executorWith(approval);
        const thisTurn = await node(stateOf({ ...afterPosting, pendingStep: step('open', { url: 'jobs.board' }) }), recordingConfig().config);
        expect(thisTurn.pendingStep).toMatchObject({ needsApproval: true, approvalCause: 'outside_text' });
        const earlierTurn = await node(stateOf({ outsideText: ['search_jobs'], pendingStep: step('open', { url: 'evil.example' }) }), recordingConfig().config);
        expect(earlierTurn.pendingStep).toMatchObject({ needsApproval: true, approvalCause: 'outside_text' });
        expect(ran).toEqual([]);
      }
    });

    it('marks the thread with the action that read outside text, and not with a desktop step', async () => {
      const { node } = executorWith();
      const read = await node(stateOf({ pendingStep: step('read') }), recordingConfig().config);
      expect(read.outsideText).toEqual(['read']);
      const opened = await node(stateOf({ pendingStep: step('open', { url: 'github.com' }) }), recordingConfig().config);
      expect(opened.outsideText).toBeUndefined();
    });

    it('follows a decision already in the checkpoint, whatever this process’s settings say', async () => {
      const { node, ran } = executorWith({ ...auto, mode: 'always' });
      await node(stateOf({ pendingStep: { ...step('wipe'), needsApproval: false } }), recordingConfig().config);
      expect(ran).toEqual([{ action: 'wipe', args: {} }]);
    });
  });
});

describe('an approval across two processes sharing one checkpointer', () => {
  const graphWith = (approval: ApprovalSettings, planner: ReturnType<typeof scriptedPlanner>, saver: MemorySaver) => {
    const actions = fakeActions();
    const graph = buildGraph(
      createGraphState({ windowSize: 20 }),
      {
        planner: makePlannerNode({ planner, registry: actions.registry, retries: 0, stepBudget: 8 }),
        executor: makeExecutorNode({ registry: actions.registry, artifactsDir: '/tmp/unused', approval }),
        reception: makeReceptionNode(),
      },
      saver,
    );
    return { graph, ran: actions.ran };
  };
  const config = { configurable: { thread_id: 'shared' } };

  it('asks in the process that planned the step, and the other replays that decision', async () => {
    const saver = new MemorySaver();
    const planner = scriptedPlanner([act('wipe'), respond('Left the notes alone.')]);
    const first = graphWith(auto, planner, saver);
    await first.graph.invoke(turnInput('wipe my notes'), config);
    const waiting = await first.graph.getState(config);
    expect(waiting.tasks[0]?.interrupts[0]?.value).toEqual({ action: 'wipe', args: {}, reason: 'run wipe' });
    expect(waiting.values.pendingStep).toMatchObject({ needsApproval: true });

    // This process would never ask: it still enforces the answer the stored decision waits for.
    const second = graphWith({ ...auto, mode: 'never' }, planner, saver);
    const declined = await second.graph.invoke(new Command({ resume: { approved: false } }), config);
    expect(second.ran).toEqual([]);
    expect(declined.observations).toEqual([
      {
        index: 0,
        action: 'wipe',
        args: {},
        ok: false,
        declined: true,
        summary: 'Declined: you did not allow wipe, so it was not run.',
      },
    ]);
    expect(declined.messages.at(-1)).toEqual({ role: 'assistant', content: 'Left the notes alone.' });
  });

  it('runs the step once it is approved', async () => {
    const saver = new MemorySaver();
    const planner = scriptedPlanner([act('wipe'), respond('Wiped.')]);
    const { graph, ran } = graphWith(auto, planner, saver);
    await graph.invoke(turnInput('wipe my notes'), config);
    expect(ran).toEqual([]);
    const done = await graph.invoke(new Command({ resume: { approved: true } }), config);
    expect(ran).toEqual([{ action: 'wipe', args: {} }]);
    expect(done.observations).toMatchObject([{ action: 'wipe', ok: true, summary: 'Wiped.' }]);
  });

  describe('with the at-most-once journal', () => {
    /** An in-memory journal keyed like the table: thread and step key. */
    const memoryJournal = () => {
      const rows = new Map<string, StepAttempt>();
      return {
        rows,
        begin: async (step: { threadId: string; stepKey: string; runId: string | null; action: string; args: Record<string, unknown> }) => {
          const key = `${step.threadId}/${step.stepKey}`;
          const earlier = rows.get(key);
          if (earlier) return earlier;
          rows.set(key, { action: step.action, args: step.args, runId: step.runId, startedAt: '2026-12-05T07:00:00.000Z', outcome: null, summary: null });
          return null;
        },
        finish: async (threadId: string, stepKey: string, result: { ok: boolean; summary: string }) => {
          const row = rows.get(`${threadId}/${stepKey}`);
          if (row) rows.set(`${threadId}/${stepKey}`, { ...row, outcome: result.ok ? 'ok' : 'failed', summary: result.summary });
        },
      };
    };
    const withTask = (taskId: string) => {
      const recording = recordingConfig();
      recording.config.configurable = { ...recording.config.configurable, __pregel_task_id: taskId };
      return recording;
    };

    it('records a step before it runs and its outcome after', async () => {
      const { registry, ran } = fakeActions();
      const journal = memoryJournal();
      const node = makeExecutorNode({ registry, artifactsDir: '/tmp/unused', approval: auto, journal });
      await node(stateOf({ pendingStep: step('open', { url: 'https://example.com' }) }), withTask('task-1').config);
      expect(ran).toHaveLength(1);
      expect(journal.rows.get('thread-1/task-1')).toMatchObject({ action: 'open', runId: 'run-1', outcome: 'ok', summary: 'Opened https://example.com.' });
    });

    it('does not run a step again that had started, and says it may already have happened', async () => {
      const { registry, ran } = fakeActions();
      const journal = memoryJournal();
      await journal.begin({ threadId: 'thread-1', stepKey: 'task-1', runId: 'dead-run', action: 'open', args: { url: 'https://example.com' } });
      const node = makeExecutorNode({ registry, artifactsDir: '/tmp/unused', approval: auto, journal });
      const { config, events } = withTask('task-1');
      const update = await node(stateOf({ pendingStep: step('open', { url: 'https://example.com' }) }), config);
      expect(ran).toEqual([]);
      expect(update.observations?.[0]).toMatchObject({
        ok: false,
        summary: expect.stringMatching(/^This may already have happened: I had started open \{"url":"https:\/\/example.com"\} before the server stopped/),
      });
      expect(events.map((event) => event.type)).toEqual(['tool-call-end']);
    });

    it('leaves read-only actions out of the journal', async () => {
      const { registry } = fakeActions();
      const readsOnly = new ActionRegistry([{ ...registry.get('note'), readsOnly: true }] as never);
      const journal = memoryJournal();
      const node = makeExecutorNode({ registry: readsOnly, artifactsDir: '/tmp/unused', approval: auto, journal });
      await node(stateOf({ pendingStep: step('note', { text: 'milk' }) }), withTask('task-1').config);
      await node(stateOf({ pendingStep: step('note', { text: 'milk' }) }), withTask('task-1').config);
      expect(journal.rows.size).toBe(0);
    });
  });
});
