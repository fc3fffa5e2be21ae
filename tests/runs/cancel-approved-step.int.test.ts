import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobpilot, type Jobpilot } from '../../src/jobpilot.ts';
import { fakeActions } from '../fakes/fake-actions.ts';
import { act, respond, scriptedPlanner } from '../fakes/scripted-planner.ts';
import { collect, endOf } from '../helpers/collect.ts';
import { testConfig } from '../helpers/test-database.ts';

const resumeFile = new URL('../fixtures/resume/tuning/01-dash-layout.txt', import.meta.url).pathname;
/** `import_resume` needs approval; with a store that never answers, it takes a while, like importing a big resume. */
let stepRunning: () => void = () => {};
const running = new Promise<void>((resolve) => (stepRunning = resolve));
const actions = fakeActions({
  resumes: {
    add: () => {
      stepRunning();
      return new Promise(() => {});
    },
  },
});

describe('cancelling a run after its approval was answered', () => {
  let jobpilot: Jobpilot;
  beforeAll(async () => {
    jobpilot = await createJobpilot({
      config: await testConfig(),
      planner: scriptedPlanner([act('import_resume', { path: resumeFile }), respond('Hello again.')]),
      registry: actions,
    });
  });
  afterAll(async () => {
    await jobpilot?.close();
  });

  it('closes the turn with an honest note instead of asking for the same approval again', async () => {
    const first = await collect(await jobpilot.runs.start('t', { message: 'import it' }, new AbortController().signal));
    expect(endOf(first).status).toBe('awaiting_approval');

    const cancel = new AbortController();
    const resumed = await jobpilot.runs.start('t', { resume: { approved: true } }, cancel.signal);
    const events = collect(resumed);
    // Cancelled while the approved step runs (it has reached the store), not after a guessed while.
    await running;
    cancel.abort();
    expect(endOf(await events).status).toBe('cancelled');

    expect(await jobpilot.runs.pendingApproval('t')).toBeNull();
    const row = await jobpilot.threads.get('t');
    expect(row?.pending_approval).toBeNull();
    const page = await jobpilot.transcript.page('t', { limit: 10 });
    expect(page.messages.at(-1)?.content).toMatch(/cancelled after you approved import_resume; that step may or may not have run/);

    const next = await collect(await jobpilot.runs.start('t', { message: 'hello' }, new AbortController().signal));
    expect(endOf(next).status).toBe('completed');
  });
});
