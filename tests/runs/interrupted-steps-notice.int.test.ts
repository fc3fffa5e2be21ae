import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobpilot, type Jobpilot } from '../../src/jobpilot.ts';
import { fakeActions } from '../fakes/fake-actions.ts';
import { respond, scriptedPlanner } from '../fakes/scripted-planner.ts';
import { collect, endOf } from '../helpers/collect.ts';
import { testConfig } from '../helpers/test-database.ts';

const modelDown = () => {
  throw new Error('the model provider did not answer');
};

describe('the notice about a step a dead run had started', () => {
  let jobpilot: Jobpilot;
  beforeAll(async () => {
    jobpilot = await createJobpilot({
      config: await testConfig(),
      planner: scriptedPlanner([respond('Hello.'), modelDown, respond('Back again.'), respond('Still here.')]),
      registry: fakeActions(),
    });
  });
  afterAll(async () => {
    await jobpilot?.close();
  });

  const send = async (message: string) =>
    collect(await jobpilot.runs.start('t', { message }, new AbortController().signal));
  const answerOf = (events: Awaited<ReturnType<typeof send>>) =>
    events.find((event) => event.type === 'message-end') as { text: string } | undefined;

  it('is not lost when the turn that should say it fails before its answer', async () => {
    expect(endOf(await send('hi')).status).toBe('completed');
    // What a run killed inside take_screenshot leaves: its step journaled, never finished.
    await jobpilot.database.pool.query(
      `INSERT INTO step_attempts (thread_id, step_key, run_id, action, args) VALUES ('t', 'dead-task', 'dead-run', 'take_screenshot', '{}')`,
    );

    const failed = await send('hello');
    expect(endOf(failed).status).toBe('failed');
    expect(answerOf(failed)).toBeUndefined();

    const next = await send('hello again');
    expect(endOf(next).status).toBe('completed');
    expect(answerOf(next)?.text).toMatch(/^This may already have happened: I had started take_screenshot before the server stopped/);

    // Said once: the turn after that has no notice.
    const later = await send('and again');
    expect(answerOf(later)?.text).toBe('Still here.');
  });
});
