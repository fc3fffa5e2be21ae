import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobpilot, type Jobpilot } from '../../src/jobpilot.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import { fakeActions } from '../fakes/fake-actions.ts';
import { act, respond, scriptedPlanner } from '../fakes/scripted-planner.ts';
import { collect, endOf } from '../helpers/collect.ts';
import { testConfig } from '../helpers/test-database.ts';

/** A search whose boards never answer, until the run is cancelled. */
const actions = fakeActions({
  searchJobs: (_query, signal) =>
    new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true })),
});

describe('cancelling a run while a step is running', () => {
  let jobpilot: Jobpilot;
  beforeAll(async () => {
    jobpilot = await createJobpilot({
      config: await testConfig(),
      planner: scriptedPlanner([act('search_jobs', { query: 'electrician', location: 'Ohio' }), respond('Hello again.')]),
      registry: actions,
    });
  });
  afterAll(async () => {
    await jobpilot?.close();
  });

  it('records the step it was running, not "no step had run"', async () => {
    const cancel = new AbortController();
    const seen: RunEvent[] = [];
    // Cancelled once the step has started, as a person pressing Ctrl-C during a slow search.
    for await (const event of await jobpilot.runs.start('t', { message: 'find electrician jobs in ohio' }, cancel.signal)) {
      seen.push(event);
      if (event.type === 'tool-call-start') cancel.abort();
    }
    expect(seen.map((event) => event.type)).toContain('tool-call-start');
    expect(endOf(seen).status).toBe('cancelled');

    const page = await jobpilot.transcript.page('t', { limit: 10 });
    const note = page.messages.at(-1)?.content ?? '';
    expect(note).toMatch(/^\(This turn was cancelled before it finished\.\)/);
    expect(note).toMatch(/Step it was running:\n1\. search_jobs \{"query":"electrician","location":"Ohio"\} → stopped before it finished/);
    expect(note).not.toContain('No step had run');

    const next = await collect(await jobpilot.runs.start('t', { message: 'hello' }, new AbortController().signal));
    expect(endOf(next).status).toBe('completed');
  });
});
