import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import type { Planner, PlannerCallOptions, PlannerInput } from '../../src/planner/planner.ts';
import { createRulesPlanner } from '../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../fakes/fake-actions.ts';
import { hangUntilAborted } from '../fakes/scripted-planner.ts';
import { recordingBrowser } from '../helpers/recording-browser.ts';
import { postRun, postRunAndDisconnect } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';

/**
 * The rules planner, except that a goal of "hang" waits until the run is cancelled and
 * "slow" lets the client watch keep-alives: real behaviour plus two controllable delays.
 */
function controllablePlanner(): Planner & { aborted: number; hanging: number } {
  const rules = createRulesPlanner({ registry: fakeActions() });
  const planner = {
    kind: rules.kind,
    label: 'rules+controls',
    aborted: 0,
    hanging: 0,
    async decide(input: PlannerInput, options: PlannerCallOptions = {}) {
      if (input.goal === 'hang') {
        planner.hanging++;
        return hangUntilAborted(input, options).catch((error) => {
          planner.aborted++;
          throw error;
        });
      }
      if (input.goal === 'slow' && input.observations.length === 0)
        await new Promise((resolve) => setTimeout(resolve, 120));
      return rules.decide(input);
    },
  };
  return planner;
}

let server: RunningServer;
let planner: ReturnType<typeof controllablePlanner>;
let browser: Awaited<ReturnType<typeof recordingBrowser>>;

beforeAll(async () => {
  browser = await recordingBrowser();
  browser.install();
  planner = controllablePlanner();
  server = await startServer(await testConfig({ PORT: '0' }), { planner, logger: false });
});
afterAll(async () => {
  await server?.close();
  browser?.restore();
});

const get = (path: string) => fetch(`${server.url}${path}`);
/** JSON bodies in tests are checked with matchers, so they are loosely typed here. */
const json = async (response: Response | Promise<Response>): Promise<any> =>
  (await response).json();

describe('run streams over real HTTP', () => {
  it('streams an action turn: plan, tool call, answer, with ids and SSE headers', async () => {
    const { response, raw, events } = await postRun(server.url, 'action-turn', {
      message: 'open github.com',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    expect(events.map((event) => event.type)).toEqual([
      'run-start',
      'plan',
      'tool-call-start',
      'tool-call-end',
      'message-delta',
      'message-end',
      'run-end',
    ]);
    expect(raw.map((message) => message.id)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(events[0]).toMatchObject({ type: 'run-start', thread_id: 'action-turn' });
    expect(events[1]).toMatchObject({ type: 'plan', index: 0, action: 'open_website' });
    expect(events[3]).toMatchObject({
      type: 'tool-call-end',
      ok: true,
      data: { url: 'https://github.com/' },
    });
    expect(events.at(-1)).toMatchObject({
      type: 'run-end',
      status: 'completed',
      run_id: (events[0] as { run_id: string }).run_id,
    });
    // The wire keeps both: the step's summary (for clients that show steps) and the whole
    // answer; the CLI alone decides to show the result once.
    const summary = (events[3] as { summary: string }).summary;
    expect(summary).toMatch(/github\.com/);
    expect((events[5] as { text: string }).text).toContain(summary.replace(/\.$/, ''));
    // data is one line of JSON without the type (the event name carries it)
    expect(raw[0]?.data).not.toContain('\n');
    expect(JSON.parse(raw[0]?.data ?? '{}')).not.toHaveProperty('type');
    expect(await browser.opened(1)).toContain('https://github.com/');
  });

  it('streams a respond turn and records the transcript', async () => {
    const { events } = await postRun(server.url, 'respond-turn', { message: 'hi there' });
    expect(events.map((event) => event.type)).toEqual([
      'run-start',
      'message-delta',
      'message-end',
      'run-end',
    ]);
    const detail = await json(get('/v1/threads/respond-turn'));
    expect(detail).toMatchObject({
      thread_id: 'respond-turn',
      status: 'idle',
      title: 'hi there',
      pending_approval: null,
      next_before: null,
    });
    expect(detail.messages.map((message: { role: string }) => message.role)).toEqual([
      'user',
      'assistant',
    ]);
  });

  it('sends keep-alive comments while the planner thinks', async () => {
    // The default interval is 15 s; this server sends one every 20 ms while the planner takes 120 ms.
    const slowServer = await startServer(await testConfig({ PORT: '0' }), {
      planner: controllablePlanner(),
      logger: false,
      keepAliveMs: 20,
    });
    try {
      const { comments, events } = await postRun(slowServer.url, 'slow', { message: 'slow' });
      expect(events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
      expect(comments.length).toBeGreaterThanOrEqual(1);
      expect(comments[0]).toContain('keep-alive');
    } finally {
      await slowServer.close();
    }
  });

  it('ends one stream awaiting approval and resumes it with a second request', async () => {
    const first = await postRun(server.url, 'approval', { message: 'grab a screenshot' });
    expect(first.events.map((event) => event.type)).toEqual([
      'run-start',
      'plan',
      'approval-request',
      'run-end',
    ]);
    expect(first.events[2]).toMatchObject({
      type: 'approval-request',
      action: 'take_screenshot',
      args: {},
    });
    expect(first.events.at(-1)).toMatchObject({ status: 'awaiting_approval' });

    const waiting = await json(get('/v1/threads/approval'));
    expect(waiting).toMatchObject({
      status: 'awaiting_approval',
      pending_approval: { action: 'take_screenshot' },
    });
    const listed = await json(get('/v1/threads'));
    // The zone its times are read in (JOBPILOT_TIME_ZONE, the machine's by default), for the CLI's table.
    expect(() => new Intl.DateTimeFormat('en-US', { timeZone: listed.time_zone })).not.toThrow();
    expect(listed.time_zone).toEqual(expect.any(String));
    expect(
      listed.threads.find((thread: { thread_id: string }) => thread.thread_id === 'approval'),
    ).toMatchObject({ status: 'awaiting_approval' });

    const blocked = await postRun(server.url, 'approval', { message: 'something else' });
    expect(blocked.response.status).toBe(409);
    expect(blocked.json).toMatchObject({ error: { code: 'APPROVAL_PENDING' } });

    const second = await postRun(server.url, 'approval', { resume: { approved: false } });
    expect(second.events.map((event) => event.type)).toEqual([
      'run-start',
      'tool-call-end',
      'message-delta',
      'message-end',
      'run-end',
    ]);
    expect(second.events[1]).toMatchObject({
      ok: false,
      declined: true,
      summary: expect.stringMatching(/^Declined/),
    });
    expect(second.events.at(-1)).toMatchObject({ status: 'completed' });
    expect(await json(get('/v1/threads/approval'))).toMatchObject({
      status: 'idle',
      pending_approval: null,
    });
  });

  it('cancels the run when the client disconnects, and the thread stays usable', async () => {
    const hangingBefore = planner.hanging;
    // Disconnect once the planner call is in flight, so the abort has something to cancel.
    const seen = await postRunAndDisconnect(
      server.url,
      'disconnect',
      { message: 'hang' },
      (event) => event.type === 'run-start',
      () =>
        waitFor(
          async () => planner.hanging,
          (count) => count > hangingBefore,
        ).then(() => {}),
    );
    expect(seen[0]?.type).toBe('run-start');
    // The abort reaches the planner call in flight, the run ends, and the lease is released.
    const status = await waitFor(
      async () => ((await json(get('/v1/threads/disconnect'))) as { status: string }).status,
      (value) => value === 'idle',
    );
    expect(status).toBe('idle');
    expect(planner.aborted).toBeGreaterThanOrEqual(1);
    const after = await postRun(server.url, 'disconnect', { message: 'hi' });
    expect(after.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
  });
});

describe('errors', () => {
  /** Accepts a fetch Response or a `postRun` result (whose JSON body was already read). */
  const expectError = async (
    result: Response | { response: Response; json: unknown },
    status: number,
    code: string,
  ) => {
    const response = result instanceof Response ? result : result.response;
    expect(response.status).toBe(status);
    const body = result instanceof Response ? await json(result) : (result.json as any);
    expect(body).toEqual({ error: { code, message: expect.any(String), request_id: expect.any(String) } });
    expect(body.error.message.length).toBeGreaterThan(10);
  };

  it('400 for bad bodies and bad thread ids', async () => {
    await expectError(await postRun(server.url, 'bad', { message: '' }), 400, 'BAD_REQUEST');
    await expectError(await postRun(server.url, 'bad', { text: 'hi' }), 400, 'BAD_REQUEST');
    await expectError(
      await postRun(server.url, 'bad', { message: 'hi', resume: { approved: true } }),
      400,
      'BAD_REQUEST',
    );
    await expectError(
      await postRun(server.url, 'bad', { resume: { approved: 'yes' } }),
      400,
      'BAD_REQUEST',
    );
    await expectError(await postRun(server.url, 'bad', '{not json'), 400, 'BAD_REQUEST');
    await expectError(
      await postRun(server.url, 'x'.repeat(129), { message: 'hi' }),
      400,
      'BAD_REQUEST',
    );
    await expectError(
      await postRun(server.url, 'spaces here', { message: 'hi' }),
      400,
      'BAD_REQUEST',
    );
    await expectError(await get('/v1/threads?limit=0'), 400, 'BAD_REQUEST');
    await expectError(await get('/v1/threads/respond-turn?before=abc'), 400, 'BAD_REQUEST');
    // nothing was created by the rejected requests
    await expectError(await get('/v1/threads/bad'), 404, 'THREAD_NOT_FOUND');
  });

  it('413 and 415 keep their own codes', async () => {
    await expectError(await postRun(server.url, 'big', { message: 'x'.repeat(300 * 1024) }), 413, 'PAYLOAD_TOO_LARGE');
    const text = await fetch(`${server.url}/v1/threads/plain/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<message>hello</message>',
    });
    await expectError(text, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('404 for a resume on an unknown thread, without creating it', async () => {
    await expectError(await postRun(server.url, 'never-started', { resume: { approved: true } }), 404, 'THREAD_NOT_FOUND');
    await expectError(await get('/v1/threads/never-started'), 404, 'THREAD_NOT_FOUND');
  });

  it('404 for unknown threads and routes', async () => {
    await expectError(await get('/v1/threads/nobody-here'), 404, 'THREAD_NOT_FOUND');
    await expectError(
      await fetch(`${server.url}/v1/threads/nobody-here`, { method: 'DELETE' }),
      404,
      'THREAD_NOT_FOUND',
    );
    await expectError(await get('/v2/nothing'), 404, 'NOT_FOUND');
  });

  it('409 THREAD_BUSY for a second run on a busy thread', async () => {
    const controller = new AbortController();
    const hanging = fetch(`${server.url}/v1/threads/busy/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'hang' }),
      signal: controller.signal,
    });
    const firstResponse = await hanging;
    expect(firstResponse.status).toBe(200);
    const second = await postRun(server.url, 'busy', { message: 'hi' });
    await expectError(second, 409, 'THREAD_BUSY');
    expect((await json(get('/v1/threads/busy'))).status).toBe('busy');
    await expectError(
      await fetch(`${server.url}/v1/threads/busy`, { method: 'DELETE' }),
      409,
      'THREAD_BUSY',
    );
    controller.abort();
    await waitFor(
      async () => ((await json(get('/v1/threads/busy'))) as { status: string }).status,
      (value) => value === 'idle',
    );
  });

  it('409 NO_PENDING_APPROVAL for a resume with nothing to resume', async () => {
    await postRun(server.url, 'nothing-pending', { message: 'hi' });
    await expectError(
      await postRun(server.url, 'nothing-pending', { resume: { approved: true } }),
      409,
      'NO_PENDING_APPROVAL',
    );
  });
});

describe('threads', () => {
  it('lists newest first, pages the transcript, and deletes with checkpoints', async () => {
    for (const message of ['hi', 'thanks', 'help']) await postRun(server.url, 'paged', { message });
    const listed = (await json(get('/v1/threads'))).threads as {
      thread_id: string;
      updated_at: string;
    }[];
    expect(listed[0]?.thread_id).toBe('paged');
    const updated = listed.map((thread) => thread.updated_at);
    expect([...updated].sort().reverse()).toEqual(updated);

    const newest = await json(get('/v1/threads/paged?limit=4'));
    expect(
      newest.messages
        .map((message: { content: string }) => message.content)
        .filter((_: string, index: number) => index % 2 === 0),
    ).toEqual(['thanks', 'help']);
    expect(newest.next_before).toEqual(expect.any(String));
    const older = await json(get(`/v1/threads/paged?limit=4&before=${newest.next_before}`));
    expect(older.messages.map((message: { content: string }) => message.content)[0]).toBe('hi');
    expect(older.next_before).toBeNull();

    const deleted = await fetch(`${server.url}/v1/threads/paged`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect((await get('/v1/threads/paged')).status).toBe(404);
    const state = await server.jobpilot.graph.getState({ configurable: { thread_id: 'paged' } });
    expect(state.values).toEqual({});
  });

  it('health and readiness', async () => {
    expect(await json(get('/healthz'))).toEqual({ status: 'ok' });
    expect(await json(get('/readyz'))).toEqual({ status: 'ready' });
  });
});
