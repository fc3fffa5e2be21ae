import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import type { Planner } from '../../src/planner/planner.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import { type OpenAIStub, startOpenAIStub } from '../fakes/openai-stub-server.ts';
import { gatedPlanner } from '../helpers/gated-planner.ts';
import { postRun } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';

type RunStart = Extract<RunEvent, { type: 'run-start' }>;
type RunEnd = Extract<RunEvent, { type: 'run-end' }>;
const startOf = (events: RunEvent[]) => events.find((event): event is RunStart => event.type === 'run-start');
const endOf = (events: RunEvent[]) => events.find((event): event is RunEnd => event.type === 'run-end');

describe('turns beyond the turn slots (JOBPILOT_TURN_SLOTS=1)', () => {
  let server: RunningServer;
  const gated = gatedPlanner();
  /** The goals in the order the planner was asked: the order the turns did their work in. */
  const asked: string[] = [];
  const planner: Planner = {
    kind: gated.kind,
    label: gated.label,
    decide(input, options) {
      asked.push(input.goal);
      return gated.decide(input, options);
    },
  };
  beforeAll(async () => {
    server = await startServer(await testConfig({ PORT: '0', JOBPILOT_TURN_SLOTS: '1' }), { planner, logger: false });
  });
  afterAll(async () => {
    gated.open();
    await server?.close();
  });

  it('wait in a queue and start in the order they arrived, each saying how long it waited', async () => {
    const slots = server.jobpilot.turnSlots;
    expect(slots?.limit).toBe(1);
    const counts = async () => slots?.counts() ?? { busy: 0, waiting: 0 };
    // The first turn holds the only slot: its planner waits at the gate.
    const first = postRun(server.url, 'queue-first', { message: 'stream first' });
    await waitFor(async () => gated.state.waiting, (waiting) => waiting === 1, { timeoutMs: 30_000 });
    // Three more, each sent once the one before it is waiting in the queue: a known arrival order.
    const later: ReturnType<typeof postRun>[] = [];
    for (const [index, name] of ['second', 'third', 'fourth'].entries()) {
      later.push(postRun(server.url, `queue-${name}`, { message: name }));
      const queued = await waitFor(counts, (now) => now.waiting === index + 1, { timeoutMs: 30_000 });
      expect(queued).toEqual({ busy: 1, waiting: index + 1 });
    }
    expect(asked).toEqual(['stream first']);
    gated.open();
    const runs = await Promise.all([first, ...later]);

    expect(asked).toEqual(['stream first', 'second', 'third', 'fourth']);
    for (const run of runs) expect(endOf(run.events)?.status).toBe('completed');
    // A free slot: no wait at all.
    expect(startOf(runs[0]!.events)?.queued_ms).toBe(0);
    expect(endOf(runs[0]!.events)?.queued_ms).toBe(0);
    for (const run of runs.slice(1)) {
      const waited = startOf(run.events)?.queued_ms;
      expect(typeof waited).toBe('number');
      // Run-end's figure is the whole run's wait: the start's and any after.
      expect(endOf(run.events)?.queued_ms).toBeGreaterThanOrEqual(waited as number);
    }
    expect(await counts()).toEqual({ busy: 0, waiting: 0 });
  });
});

describe('a turn waiting on the model (JOBPILOT_TURN_SLOTS=1)', () => {
  let server: RunningServer;
  let model: OpenAIStub;
  beforeAll(async () => {
    model = await startOpenAIStub();
    server = await startServer(
      await testConfig({ PORT: '0', JOBPILOT_TURN_SLOTS: '1', JOBPILOT_PLANNER: 'openai', OPENAI_BASE_URL: `${model.url}/v1`, OPENAI_MODEL: 'llama3.1' }),
      { logger: false },
    );
  });
  afterAll(async () => {
    await server?.close();
    await model?.close();
  });

  it('holds no slot: the next turn reaches the model before the first has its answer', async () => {
    const answer = (text: string) => ({ content: JSON.stringify({ decision: { action: 'respond', reason: 'chat', answer: text } }), delayMs: 60_000 });
    model.reply(answer('one'), answer('two'));
    const leave = [new AbortController(), new AbortController()];
    const first = postRun(server.url, 'model-first', { message: 'hello' }, { signal: leave[0]!.signal });
    await waitFor(async () => model.requests.length, (count) => count === 1, { timeoutMs: 30_000 });
    const second = postRun(server.url, 'model-second', { message: 'hello again' }, { signal: leave[1]!.signal });
    // With the first turn's slot held through its model call, the second would wait for it to end.
    const reached = await waitFor(async () => model.requests.length, (count) => count === 2, { timeoutMs: 30_000 });
    expect(reached).toBe(2);
    expect(server.jobpilot.turnSlots?.counts().busy).toBe(0);
    // Both still waiting on the model: their clients leave, which cancels them.
    for (const controller of leave) controller.abort();
    await Promise.allSettled([first, second]);
    await waitFor(async () => server.jobpilot.turnSlots?.counts(), (now) => now?.busy === 0 && now.waiting === 0, { timeoutMs: 30_000 });
  });
});
