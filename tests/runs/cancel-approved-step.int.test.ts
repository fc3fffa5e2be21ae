import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createJobpilot, type Jobpilot } from '../../src/jobpilot.ts';
import { defineAction } from '../../src/actions/action.ts';
import { ActionRegistry } from '../../src/actions/action-registry.ts';
import { act, respond, scriptedPlanner } from '../fakes/scripted-planner.ts';
import { collect, endOf } from '../helpers/collect.ts';
import { testConfig } from '../helpers/test-database.ts';

/** A step that needs approval and takes a while, like importing a big resume. */
const slowImport = defineAction({
  name: 'slow_import',
  description: 'Imports something slowly.',
  args: z.object({}),
  approval: () => 'ask',
  run: (_args, { signal }) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve({ ok: true, summary: 'Imported.' }), 10_000);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    }),
});

describe('cancelling a run after its approval was answered', () => {
  let jobpilot: Jobpilot;
  beforeAll(async () => {
    jobpilot = await createJobpilot({
      config: await testConfig(),
      planner: scriptedPlanner([act('slow_import'), respond('Hello again.')]),
      registry: new ActionRegistry([slowImport as never]),
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
    setTimeout(() => cancel.abort(), 200);
    expect(endOf(await events).status).toBe('cancelled');

    expect(await jobpilot.runs.pendingApproval('t')).toBeNull();
    const row = await jobpilot.threads.get('t');
    expect(row?.pending_approval).toBeNull();
    const page = await jobpilot.transcript.page('t', { limit: 10 });
    expect(page.messages.at(-1)?.content).toMatch(/cancelled after you approved slow_import; that step may or may not have run/);

    const next = await collect(await jobpilot.runs.start('t', { message: 'hello' }, new AbortController().signal));
    expect(endOf(next).status).toBe('completed');
  });
});
