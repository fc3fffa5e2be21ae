import { Command, MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineAction } from '../../src/actions/action.ts';
import { ActionRegistry } from '../../src/actions/action-registry.ts';
import { buildGraph } from '../../src/graph/build-graph.ts';
import { makeExecutorNode } from '../../src/graph/nodes/executor-node.ts';
import { makePlannerNode } from '../../src/graph/nodes/planner-node.ts';
import { makeReceptionNode } from '../../src/graph/nodes/reception-node.ts';
import { createGraphState, turnInput } from '../../src/graph/state.ts';
import { act, respond, scriptedPlanner } from '../fakes/scripted-planner.ts';
import { auto, recordingConfig, stateOf } from './node-kit.ts';

const postings: Record<string, { title: string; url: string }> = {
  job_kelp: { title: 'Seaweed Farmer at Kelpworks', url: 'https://kelpworks.example/jobs/1' },
  job_loom: { title: 'Weaver at Loomhall', url: 'https://loomhall.example/jobs/7' },
};

/** A desktop action that opens a job by position in the thread's last list, and says so before asking. */
function visitAction() {
  const ran: Array<Record<string, unknown>> = [];
  const resolve = (job: string, references: Readonly<Record<string, string>>) => {
    if (postings[job]) return job;
    const ids = (references.last_job_ids ?? '').split(',').filter(Boolean);
    return /first/.test(job) ? ids[0] : /second/.test(job) ? ids[1] : undefined;
  };
  const visit = defineAction({
    name: 'visit',
    description: 'Opens a job posting.',
    args: z.object({ job: z.string().describe('The job.') }),
    approval: () => 'ask',
    desktop: true,
    preview: async ({ job }, { references = {} }) => {
      const id = resolve(job, references);
      const posting = id ? postings[id] : undefined;
      if (!id || !posting) return { ok: false, error: `No job "${job}" in the last list.` };
      return { ok: true, text: `open ${posting.url} (${posting.title}) in your browser`, args: { job: id } };
    },
    run: async (args, { references = {} }) => {
      ran.push(args);
      const id = resolve(args.job, references);
      return { ok: true, summary: `Opened ${id}.` };
    },
  });
  return { registry: new ActionRegistry([visit] as never), ran };
}

describe('a step that asks first is shown in words, its job resolved before asking', () => {
  it('stores the words and the job pinned by id with the decision, against the list the person saw', async () => {
    const { registry, ran } = visitAction();
    const node = makeExecutorNode({ registry, artifactsDir: '/tmp/unused', approval: auto });
    const update = await node(
      stateOf({
        pendingStep: { action: 'visit', args: { job: 'the second one' }, reason: 'asked' },
        references: { last_job_ids: 'job_kelp,job_loom' },
      }),
      recordingConfig().config,
    );
    expect(update.pendingStep).toEqual({
      action: 'visit',
      args: { job: 'job_loom' },
      reason: 'asked',
      needsApproval: true,
      approvalCause: 'policy',
      approvalText: 'open https://loomhall.example/jobs/7 (Weaver at Loomhall) in your browser',
    });
    expect(ran).toEqual([]);
  });

  it('fails a step whose job cannot be found before asking anyone', async () => {
    const { registry, ran } = visitAction();
    const node = makeExecutorNode({ registry, artifactsDir: '/tmp/unused', approval: auto });
    const { config, events } = recordingConfig();
    const update = await node(stateOf({ pendingStep: { action: 'visit', args: { job: 'the first one' }, reason: 'asked' } }), config);
    expect(update.pendingStep).toBeNull();
    expect(update.observations).toEqual([
      { index: 0, action: 'visit', args: { job: 'the first one' }, ok: false, summary: 'No job "the first one" in the last list.' },
    ]);
    expect(events).toEqual([{ type: 'tool-call-end', index: 0, action: 'visit', ok: false, summary: 'No job "the first one" in the last list.' }]);
    expect(ran).toEqual([]);
  });

  it('asks with the words and runs the job that was shown, even when the list changed meanwhile', async () => {
    const { registry, ran } = visitAction();
    const saver = new MemorySaver();
    const graph = buildGraph(
      createGraphState({ windowSize: 20 }),
      {
        planner: makePlannerNode({
          planner: scriptedPlanner([act('visit', { job: 'the first one' }), respond('Opened it.')]),
          registry,
          retries: 0,
          stepBudget: 8,
        }),
        executor: makeExecutorNode({ registry, artifactsDir: '/tmp/unused', approval: auto }),
        reception: makeReceptionNode(),
      },
      saver,
    );
    const config = { configurable: { thread_id: 'previewed' } };
    await graph.updateState(config, { references: { last_job_ids: 'job_kelp,job_loom' } });
    await graph.invoke(turnInput('open the first one'), config);
    const waiting = await graph.getState(config);
    expect(waiting.tasks[0]?.interrupts[0]?.value).toMatchObject({
      action: 'visit',
      args: { job: 'job_kelp' },
      what: 'open https://kelpworks.example/jobs/1 (Seaweed Farmer at Kelpworks) in your browser',
    });
    // Another list replaces the first before the answer comes: the step keeps the job it showed.
    await graph.updateState(config, { references: { last_job_ids: 'job_loom' } });
    await graph.invoke(new Command({ resume: { approved: true } }), config);
    expect(ran).toEqual([{ job: 'job_kelp' }]);
  });
});
