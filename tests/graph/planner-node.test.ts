import { describe, expect, it, vi } from 'vitest';
import { JobpilotError } from '../../src/errors.ts';
import { makePlannerNode } from '../../src/graph/nodes/planner-node.ts';
import type { PlannerCallOptions, PlannerInput } from '../../src/planner/planner.ts';
import { act, respond, scriptedPlanner } from '../fakes/scripted-planner.ts';
import { fakeActions, recordingConfig, stateOf } from './node-kit.ts';

const { registry } = fakeActions();
const nodeWith = (planner: ReturnType<typeof scriptedPlanner>, settings: { retries?: number; stepBudget?: number } = {}) =>
  makePlannerNode({ planner, registry, retries: settings.retries ?? 2, stepBudget: settings.stepBudget ?? 8 });

describe('makePlannerNode', () => {
  it('hands one planned step to the executor and announces it', async () => {
    const planner = scriptedPlanner([act('note', { text: 'milk' }, 'the user asked')]);
    const { config, events } = recordingConfig();
    const update = await nodeWith(planner)(stateOf({ stepCount: 3 }), config);
    expect(update).toEqual({
      pendingStep: { action: 'note', args: { text: 'milk' }, reason: 'the user asked' },
      draftAnswer: null,
    });
    expect(events).toEqual([{ type: 'plan', index: 3, action: 'note', args: { text: 'milk' }, reason: 'the user asked' }]);
    expect(planner.calls[0]).toMatchObject({ goal: 'do it', stepsLeft: 5 });
  });

  it('drafts an answer for reception, sending what the planner did not stream', async () => {
    const planner = scriptedPlanner([
      (_input: PlannerInput, options: PlannerCallOptions) => {
        options.onAnswerDelta?.('Hel');
        return respond('Hello there.');
      },
    ]);
    const { config, events } = recordingConfig();
    const update = await nodeWith(planner)(stateOf(), config);
    expect(update).toEqual({ pendingStep: null, draftAnswer: 'Hello there.' });
    expect(events).toEqual([
      { type: 'message-delta', text: 'Hel' },
      { type: 'message-delta', text: 'lo there.' },
    ]);
  });

  it('re-asks invalid output with the validation error, and never plans it', async () => {
    const planner = scriptedPlanner([act('fly_to_the_moon'), act('note', {}), act('note', { text: 'ok' })]);
    const update = await nodeWith(planner, { retries: 2 })(stateOf(), recordingConfig().config);
    expect(update.pendingStep).toEqual({ action: 'note', args: { text: 'ok' }, reason: 'run note' });
    expect(planner.calls).toHaveLength(3);
    expect(planner.calls[0]?.retry).toBeUndefined();
    expect(planner.calls[1]?.retry?.error).toMatch(/Unknown action "fly_to_the_moon"/);
    expect(planner.calls[2]?.retry?.error).toMatch(/Invalid arguments for note/);
  });

  it('surfaces output that stays invalid as PLANNER_INVALID_OUTPUT after the retries', async () => {
    const planner = scriptedPlanner(['not a decision', { decision: {} }]);
    const { config, events } = recordingConfig();
    const failure = await nodeWith(planner, { retries: 1 })(stateOf(), config).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(JobpilotError);
    expect(failure).toMatchObject({ code: 'PLANNER_INVALID_OUTPUT', retryable: true });
    expect(planner.calls).toHaveLength(2);
    expect(events).toEqual([]);
  });

  it('ends the turn honestly once the step budget is spent, without asking the planner', async () => {
    const planner = scriptedPlanner([]);
    const observations = [
      { index: 0, action: 'note', args: { text: 'a' }, ok: true, summary: 'Noted a.' },
      { index: 1, action: 'broken', args: {}, ok: false, summary: 'broken failed: the disk is full' },
    ];
    const { config, events } = recordingConfig();
    const update = await nodeWith(planner, { stepBudget: 2 })(stateOf({ stepCount: 2, observations }), config);
    const answer = 'I stopped after 2 steps without finishing. Here is what happened:\n- ✓ Noted a.\n- ✗ broken failed: the disk is full';
    expect(update).toEqual({ pendingStep: null, draftAnswer: answer });
    expect(events).toEqual([{ type: 'message-delta', text: answer }]);
    expect(planner.calls).toHaveLength(0);
  });

  it('records what each model call cost with the thread and run', async () => {
    const usage = { provider: 'stub', model: 'm', purpose: 'decision' as const, inputTokens: 3, outputTokens: 2, estimated: false };
    const planner = scriptedPlanner([
      (_input: PlannerInput, options: PlannerCallOptions) => {
        options.onUsage?.(usage);
        return respond('Hi.');
      },
    ]);
    const recordUsage = vi.fn(async () => {});
    const node = makePlannerNode({ planner, registry, retries: 0, stepBudget: 8, recordUsage });
    await node(stateOf(), recordingConfig().config);
    expect(recordUsage).toHaveBeenCalledWith({ ...usage, threadId: 'thread-1', runId: 'run-1' });
  });
});
