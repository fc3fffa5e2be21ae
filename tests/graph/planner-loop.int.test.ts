import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createJobpilot, type Jobpilot } from '../../src/jobpilot.ts';
import type { PlannerInput } from '../../src/planner/planner.ts';
import { act, respond, scriptedPlanner } from '../fakes/scripted-planner.ts';
import { collect, endOf, typesOf } from '../helpers/collect.ts';
import { recordingBrowser } from '../helpers/recording-browser.ts';
import { testConfig } from '../helpers/test-database.ts';

const signal = () => new AbortController().signal;
let browser: Awaited<ReturnType<typeof recordingBrowser>>;

beforeAll(async () => {
  browser = await recordingBrowser();
  browser.install();
});
afterAll(() => browser.restore());

describe('a thread on its own embedded Postgres, across a full restart', () => {
  it('answers a second turn that depends on the first after graph, saver and database restart', async () => {
    // No DATABASE_URL: the service starts (and later re-uses) its own embedded cluster.
    const config = loadConfig({
      JOBPILOT_DATA_DIR: await mkdtemp(join(tmpdir(), 'jobpilot-restart-')),
      JOBPILOT_PLANNER: 'rules',
    });
    let jobpilot: Jobpilot = await createJobpilot({ config });
    const first = await collect(
      await jobpilot.runs.start('restart-thread', { message: 'open github.com' }, signal()),
    );
    expect(endOf(first).status).toBe('completed');
    expect(first).toContainEqual(
      expect.objectContaining({ type: 'tool-call-end', action: 'open_website', ok: true }),
    );
    await jobpilot.close();

    jobpilot = await createJobpilot({ config });
    try {
      const second = await collect(
        await jobpilot.runs.start('restart-thread', { message: 'open that site again' }, signal()),
      );
      expect(endOf(second).status).toBe('completed');
      expect(second).toContainEqual(
        expect.objectContaining({
          type: 'plan',
          action: 'open_website',
          args: { url: 'https://github.com/' },
        }),
      );
      expect(await browser.opened(2)).toEqual(['https://github.com/', 'https://github.com/']);
      const page = await jobpilot.transcript.page('restart-thread', { limit: 10 });
      expect(page.messages.map((message) => message.role)).toEqual([
        'user',
        'assistant',
        'user',
        'assistant',
      ]);
    } finally {
      await jobpilot.close();
    }
  });
});

describe('the planner loop on a shared test database', () => {
  it('streams plan, tool call and answer events for an action turn', async () => {
    const planner = scriptedPlanner([
      act('open_website', { url: 'example.org' }),
      respond('Opened example.org.'),
    ]);
    const jobpilot = await createJobpilot({ config: await testConfig(), planner });
    try {
      const events = await collect(
        await jobpilot.runs.start('loop', { message: 'open example.org' }, signal()),
      );
      expect(typesOf(events)).toEqual([
        'run-start',
        'plan',
        'tool-call-start',
        'tool-call-end',
        'message-delta',
        'message-end',
        'run-end',
      ]);
      // The second planner call saw the first step's observation.
      expect(planner.calls[1]?.observations).toEqual([
        expect.objectContaining({
          index: 0,
          action: 'open_website',
          ok: true,
          summary: 'Opened https://example.org/ in the browser.',
        }),
      ]);
    } finally {
      await jobpilot.close();
    }
  });

  it('turns a failed step into an observation the planner re-plans from', async () => {
    const planner = scriptedPlanner([
      act('open_website', { url: 'file:///etc/passwd' }),
      respond('That link cannot be opened.'),
    ]);
    const jobpilot = await createJobpilot({ config: await testConfig(), planner });
    try {
      const events = await collect(
        await jobpilot.runs.start('failing-step', { message: 'open file:///etc/passwd' }, signal()),
      );
      expect(endOf(events).status).toBe('completed');
      expect(events).toContainEqual(
        expect.objectContaining({
          type: 'tool-call-end',
          ok: false,
          summary: expect.stringMatching(/only http and https/),
        }),
      );
      expect(planner.calls[1]?.observations[0]).toMatchObject({ ok: false });
    } finally {
      await jobpilot.close();
    }
  });

  it('re-asks a planner that returns garbage, then fails the turn with a clear error and stays usable', async () => {
    const planner = scriptedPlanner([
      { type: 'act', action: 'delete_everything', args: {} },
      'not even json',
      { nonsense: true },
      respond('Hello again.'),
    ]);
    const jobpilot = await createJobpilot({
      config: await testConfig({ JOBPILOT_PLANNER_RETRIES: '2' }),
      planner,
    });
    try {
      const events = await collect(
        await jobpilot.runs.start('garbage', { message: 'do something' }, signal()),
      );
      expect(endOf(events).status).toBe('failed');
      const error = events.find((event) => event.type === 'error');
      expect(error).toMatchObject({
        type: 'error',
        code: 'PLANNER_INVALID_OUTPUT',
        retryable: true,
      });
      expect(error && 'message' in error ? error.message : '').toMatch(/3 invalid decisions/);
      // The re-ask carried the validation error of the previous answer.
      expect(planner.calls[1]?.retry?.error).toMatch(/delete_everything|action/);
      expect(events.some((event) => event.type === 'tool-call-start')).toBe(false);

      const next = await collect(await jobpilot.runs.start('garbage', { message: 'hi' }, signal()));
      expect(endOf(next).status).toBe('completed');
      expect(next).toContainEqual({ type: 'message-end', text: 'Hello again.' });
    } finally {
      await jobpilot.close();
    }
  });

  it('ends a runaway turn at the step budget with an honest answer', async () => {
    const planner = scriptedPlanner([act('open_website', { url: 'example.org' })], { loop: true });
    const jobpilot = await createJobpilot({
      config: await testConfig({ JOBPILOT_STEP_BUDGET: '3' }),
      planner,
    });
    try {
      const events = await collect(
        await jobpilot.runs.start('budget', { message: 'loop forever' }, signal()),
      );
      expect(events.filter((event) => event.type === 'tool-call-end')).toHaveLength(3);
      const end = events.find((event) => event.type === 'message-end');
      expect(end && 'text' in end ? end.text : '').toMatch(/stopped after 3 steps/);
      // The next turn starts with a fresh budget and no leftover observations.
      const again = await collect(
        await jobpilot.runs.start('budget', { message: 'again' }, signal()),
      );
      expect(again.filter((event) => event.type === 'tool-call-end')).toHaveLength(3);
      expect(planner.calls.at(-3)?.observations).toHaveLength(0);
    } finally {
      await jobpilot.close();
    }
  });
});

describe('approval', () => {
  it('is interrupted in one process and resumed in another', async () => {
    const config = await testConfig();
    const script = () =>
      scriptedPlanner([
        act('take_screenshot', {}, 'You asked for a screenshot.'),
        (input: PlannerInput) => respond(input.observations[0]?.summary ?? 'nothing'),
      ]);
    const first = await createJobpilot({ config, planner: script() });
    const events = await collect(
      await first.runs.start('approval', { message: 'grab a screenshot' }, signal()),
    );
    expect(typesOf(events)).toEqual(['run-start', 'plan', 'approval-request', 'run-end']);
    expect(endOf(events).status).toBe('awaiting_approval');
    expect(await first.runs.pendingApproval('approval')).toMatchObject({
      action: 'take_screenshot',
      reason: 'You asked for a screenshot.',
    });
    await expect(
      first.runs.start('approval', { message: 'something else' }, signal()),
    ).rejects.toMatchObject({ code: 'APPROVAL_PENDING' });
    await first.close();

    // A new graph, saver and pool: only Postgres remembers the pending approval. This process
    // would never ask (JOBPILOT_APPROVAL=never), yet the replayed step still honours the answer.
    const secondPlanner = scriptedPlanner([
      (input: { observations: { summary: string }[] }) =>
        respond(input.observations[0]?.summary ?? 'nothing'),
    ]);
    const second = await createJobpilot({ config: { ...config, approval: 'never' }, planner: secondPlanner });
    try {
      expect((await second.threads.get('approval'))?.pending_approval).toMatchObject({
        action: 'take_screenshot',
      });
      const resumed = await collect(
        await second.runs.start('approval', { resume: { approved: false } }, signal()),
      );
      expect(endOf(resumed).status).toBe('completed');
      expect(resumed).toContainEqual(
        expect.objectContaining({
          type: 'tool-call-end',
          action: 'take_screenshot',
          ok: false,
          summary: expect.stringMatching(/^Declined/),
        }),
      );
      expect(resumed.find((event) => event.type === 'message-end')).toMatchObject({
        text: expect.stringMatching(/^Declined/),
      });
      expect(await second.runs.pendingApproval('approval')).toBeNull();
      expect((await second.threads.get('approval'))?.pending_approval).toBeNull();
      await expect(
        second.runs.start('approval', { resume: { approved: true } }, signal()),
      ).rejects.toMatchObject({ code: 'NO_PENDING_APPROVAL' });
    } finally {
      await second.close();
    }
  });

  it('runs the step when approved, and JOBPILOT_APPROVAL=never skips asking', async () => {
    const planner = scriptedPlanner(
      [act('open_website', { url: 'example.com' }), respond('done')],
      { loop: true },
    );
    const asking = await createJobpilot({
      config: await testConfig({ JOBPILOT_APPROVAL: 'always' }),
      planner,
    });
    try {
      const events = await collect(
        await asking.runs.start('always', { message: 'open example.com' }, signal()),
      );
      expect(endOf(events).status).toBe('awaiting_approval');
      const resumed = await collect(
        await asking.runs.start('always', { resume: { approved: true } }, signal()),
      );
      expect(typesOf(resumed)).toEqual([
        'run-start',
        'tool-call-start',
        'tool-call-end',
        'message-delta',
        'message-end',
        'run-end',
      ]);
    } finally {
      await asking.close();
    }
    const never = await createJobpilot({
      config: await testConfig({ JOBPILOT_APPROVAL: 'never' }),
      planner: scriptedPlanner([
        act('open_app', { app_name: 'no-such-app-here' }),
        respond('tried'),
      ]),
    });
    try {
      const events = await collect(
        await never.runs.start('never', { message: 'launch no-such-app-here' }, signal()),
      );
      expect(typesOf(events)).not.toContain('approval-request');
      expect(events).toContainEqual(
        expect.objectContaining({ type: 'tool-call-end', action: 'open_app', ok: false }),
      );
    } finally {
      await never.close();
    }
  });
});
