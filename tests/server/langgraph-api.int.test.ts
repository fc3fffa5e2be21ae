import { Client } from '@langchain/langgraph-sdk';
import { StreamOrchestrator } from '@langchain/langgraph-sdk/ui';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import type { Planner, PlannerCallOptions, PlannerInput } from '../../src/planner/planner.ts';
import { createRulesPlanner } from '../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../fakes/fake-actions.ts';
import { hangUntilAborted } from '../fakes/scripted-planner.ts';
import { startCuttingProxy } from '../helpers/cutting-proxy.ts';
import { recordingBrowser } from '../helpers/recording-browser.ts';
import { testConfig } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';

/**
 * The rules planner over fake actions, except that a goal of "hang" waits until its run is
 * cancelled and "slow …" waits 1.5 s before it answers as the rules planner would.
 */
function plannerWithHang(): Planner {
  const rules = createRulesPlanner({ registry: fakeActions() });
  return {
    kind: rules.kind,
    label: 'rules+hang',
    async decide(input: PlannerInput, options: PlannerCallOptions = {}) {
      if (input.goal === 'hang') return hangUntilAborted(input, options);
      if (input.goal.startsWith('slow ') && input.observations.length === 0) await new Promise((resolve) => setTimeout(resolve, 1500));
      return rules.decide(input);
    },
  };
}

let server: RunningServer;
let client: Client;
let browser: Awaited<ReturnType<typeof recordingBrowser>>;

beforeAll(async () => {
  browser = await recordingBrowser();
  browser.install();
  // Every step asks first (JOBPILOT_APPROVAL=always), so opening a website is a step to approve;
  // 127.0.0.1 on any port is allowed, so a cutting proxy's port is another name for the server.
  server = await startServer(await testConfig({ PORT: '0', JOBPILOT_APPROVAL: 'always', JOBPILOT_ALLOWED_HOSTS: '127.0.0.1' }), { planner: plannerWithHang(), logger: false, keepAliveMs: 200 });
  client = new Client({ apiUrl: `${server.url}/lg` });
});
afterAll(async () => {
  await server?.close();
  browser?.restore();
});

interface ErrorAnswer {
  error: { code: string; message: string };
}

interface Part {
  event: string;
  data: any;
  id?: string | undefined;
}

/** Every part of a run's stream, as the SDK yields them. */
async function collect(stream: AsyncIterable<Part>): Promise<Part[]> {
  const parts: Part[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

const contentsOf = (messages: { type: string; content: unknown }[]) => messages.map((message) => `${message.type}: ${String(message.content)}`);

describe('the LangGraph API under /lg, driven by the SDK Client', () => {
  it('answers info, ok and the one assistant', async () => {
    const ok = await fetch(`${server.url}/lg/ok`);
    expect(await ok.json()).toEqual({ ok: true });
    const found = await client.assistants.search({ graphId: 'jobpilot' });
    expect(found).toHaveLength(1);
    const [assistant] = found;
    expect(assistant).toMatchObject({ graph_id: 'jobpilot', name: 'jobpilot' });
    expect(await client.assistants.get(assistant!.assistant_id)).toMatchObject({ graph_id: 'jobpilot' });
    expect(await client.assistants.get('jobpilot')).toMatchObject({ assistant_id: assistant!.assistant_id });
    expect(await client.assistants.search({ graphId: 'someone-else' })).toEqual([]);
    await expect(client.assistants.get('00000000-0000-0000-0000-000000000000')).rejects.toThrow(/404|No assistant/);
  });

  it('streams a turn in values, messages-tuple and updates modes, and the state and history say the same', async () => {
    const thread = await client.threads.create();
    expect(thread.thread_id).toMatch(/^[0-9a-f-]{36}$/);
    let created: { run_id: string; thread_id?: string | undefined } | undefined;
    const parts = await collect(
      client.runs.stream(thread.thread_id, 'jobpilot', {
        input: { messages: [{ type: 'human', content: 'hi there' }] },
        streamMode: ['values', 'messages-tuple', 'updates'],
        onRunCreated: (meta) => {
          created = meta;
        },
      }),
    );
    expect(parts[0]?.event).toBe('metadata');
    const runId = parts[0]?.data.run_id as string;
    expect(created).toEqual({ run_id: runId, thread_id: thread.thread_id });
    // Every part carries an id, "<seq>.<k>": the stored event it comes from and its place among that event's parts.
    expect(parts.slice(0, 2).map((part) => part.id)).toEqual(['0.0', '0.1']);
    expect(new Set(parts.map((part) => part.id)).size).toBe(parts.length);
    for (const part of parts) expect(part.id).toMatch(/^\d+\.\d+$/);

    const values = parts.filter((part) => part.event === 'values');
    expect(contentsOf(values[0]?.data.messages)).toEqual(['human: hi there']);
    const chunks = parts.filter((part) => part.event === 'messages');
    expect(chunks.length).toBeGreaterThan(0);
    for (const [chunk, metadata] of chunks.map((part) => part.data)) {
      expect(chunk).toMatchObject({ type: 'AIMessageChunk', id: `ai-${runId}` });
      expect(metadata).toMatchObject({ langgraph_node: 'reception', run_id: runId });
    }
    const streamedAnswer = chunks.map((part) => part.data[0].content).join('');
    const update = parts.find((part) => part.event === 'updates' && part.data.reception);
    expect(update?.data.reception.messages[0]).toMatchObject({ type: 'ai', id: `ai-${runId}`, content: streamedAnswer });

    const last = values.at(-1)?.data;
    expect(last.messages.map((message: { id: string }) => message.id)).toEqual([`human-${runId}`, `ai-${runId}`]);
    expect(last.messages[1].content).toBe(streamedAnswer);

    const state = await client.threads.getState(thread.thread_id);
    expect(state.values).toEqual(last);
    expect(state.next).toEqual([]);
    const history = await client.threads.getHistory(thread.thread_id);
    expect(history[0]?.values).toEqual(last);
    expect(history[0]?.checkpoint.checkpoint_id).toBe(state.checkpoint.checkpoint_id);
    const read = await client.threads.get(thread.thread_id);
    expect(read).toMatchObject({ status: 'idle', metadata: { graph_id: 'jobpilot', title: 'hi there' } });
    expect(read.values).toEqual(last);

    const run = await client.runs.get(thread.thread_id, runId);
    expect(run).toMatchObject({ run_id: runId, thread_id: thread.thread_id, status: 'success' });
    expect((await client.runs.list(thread.thread_id)).map((listed) => listed.run_id)).toEqual([runId]);
  });

  it('shows an approval as an AI message and a human-in-the-loop interrupt, and an approve decision runs the step', async () => {
    const thread = await client.threads.create();
    await client.runs.wait(thread.thread_id, 'jobpilot', { input: { messages: [{ type: 'human', content: 'hi there' }] } });
    const asking = await collect(
      client.runs.stream(thread.thread_id, 'jobpilot', {
        input: { messages: [{ type: 'human', content: 'open github.com' }] },
        streamMode: ['values', 'updates'],
      }),
    );
    const interruptUpdate = asking.find((part) => part.event === 'updates' && part.data.__interrupt__);
    const interrupt = interruptUpdate?.data.__interrupt__[0];
    expect(interrupt.value).toMatchObject({
      action_requests: [{ name: 'open_website', args: { url: 'github.com' } }],
      review_configs: [{ action_name: 'open_website', allowed_decisions: ['approve', 'reject'] }],
    });
    // values: the thread's messages with the question, then the interrupt, as LangGraph streams them.
    const values = asking.filter((part) => part.event === 'values').map((part) => part.data);
    expect(values.at(-1)).toEqual({ __interrupt__: [interrupt] });
    const withQuestion = values.at(-2);
    const question = withQuestion.messages.at(-1);
    expect(question).toMatchObject({ type: 'ai', tool_calls: [{ name: 'open_website', args: { url: 'github.com' } }] });

    const state = await client.threads.getState(thread.thread_id);
    expect(state.values).toEqual(withQuestion);
    expect(state.next).toEqual(['executor']);
    expect(state.tasks[0]?.interrupts).toEqual([interrupt]);
    expect(await client.threads.get(thread.thread_id)).toMatchObject({ status: 'interrupted' });

    // A new message while the approval waits is refused, as on /v1.
    await expect(
      client.runs.wait(thread.thread_id, 'jobpilot', { input: { messages: [{ type: 'human', content: 'something else' }] } }),
    ).rejects.toThrow(/409|APPROVAL_PENDING/);

    const approved = await collect(
      client.runs.stream(thread.thread_id, 'jobpilot', {
        command: { resume: { decisions: [{ type: 'approve' }] } },
        streamMode: ['values', 'custom'],
      }),
    );
    const ended = approved.find((part) => part.event === 'custom' && part.data.type === 'tool-call-end');
    expect(ended?.data).toMatchObject({ action: 'open_website', ok: true });
    expect(await browser.opened(1)).toContain('https://github.com/');
    const after = approved.filter((part) => part.event === 'values').at(-1)?.data;
    expect(after.__interrupt__).toBeUndefined();
    expect(contentsOf(after.messages).slice(0, 3)).toEqual([
      'human: hi there',
      expect.stringMatching(/^ai: /),
      'human: open github.com',
    ]);
    expect(after.messages).toHaveLength(4);
    expect(after.messages.some((message: { id: string }) => message.id === question.id)).toBe(false);
    const history = await client.threads.getHistory(thread.thread_id);
    expect(history[0]?.values).toEqual(after);
    // A state after each run: the answer, the question that waited (its approval answered), the first turn.
    expect(history.map((entry) => (entry.values as { messages: unknown[] }).messages.length)).toEqual([4, 3, 2]);
    expect(history[0]?.parent_checkpoint?.checkpoint_id).toBe(history[1]?.checkpoint.checkpoint_id);
    expect(await client.threads.get(thread.thread_id)).toMatchObject({ status: 'idle' });
  });

  it('declines a step with a reject decision, and waits for a run with runs.wait', async () => {
    const thread = await client.threads.create();
    const waited = await client.runs.wait(thread.thread_id, 'jobpilot', {
      input: { messages: [{ type: 'human', content: [{ type: 'text', text: 'grab a screenshot' }] }] },
    });
    expect(waited).toMatchObject({ __interrupt__: [{ value: { action_requests: [{ name: 'take_screenshot' }] } }] });
    const declined = (await client.runs.wait(thread.thread_id, 'jobpilot', {
      command: { resume: { decisions: [{ type: 'reject' }] } },
    })) as { messages: { type: string; content: string }[] };
    expect(declined.messages.at(-1)).toMatchObject({ type: 'ai', content: expect.stringMatching(/declin|did not|didn't/i) });
    expect((await client.threads.getState(thread.thread_id)).values).toEqual(declined);
    const runs = await client.runs.list(thread.thread_id);
    expect(runs.map((run) => run.status)).toEqual(['success', 'interrupted']);
  });

  it('refuses a second run on a busy thread with 422, cancels a run, and joins it', async () => {
    const thread = await client.threads.create();
    let runId = '';
    const stream = client.runs.stream(thread.thread_id, 'jobpilot', {
      input: { messages: [{ type: 'human', content: 'hang' }] },
      onRunCreated: (meta) => {
        runId = meta.run_id;
      },
    });
    const reading = collect(stream);
    await waitFor(async () => runId !== '' && (await client.runs.get(thread.thread_id, runId)).status === 'running', (running) => running);
    const second = await fetch(`${server.url}/lg/threads/${thread.thread_id}/runs/wait`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ assistant_id: 'jobpilot', input: { messages: [{ type: 'human', content: 'hi' }] } }),
    });
    expect(second.status).toBe(422);
    expect(await second.json()).toMatchObject({ error: { code: 'RUN_REJECTED', message: expect.stringMatching(/already running/) } });

    const joined = client.runs.join(thread.thread_id, runId);
    await client.runs.cancel(thread.thread_id, runId, true);
    expect((await client.runs.get(thread.thread_id, runId)).status).toBe('interrupted');
    const parts = await reading;
    expect(parts[0]?.event).toBe('metadata');
    const values = (await joined) as { messages: { type: string; content: string }[] };
    // The cancelled turn is closed with a note, in the transcript and so in the values.
    expect(values.messages.map((message) => message.type)).toEqual(['human', 'ai']);
    expect((await client.threads.getState(thread.thread_id)).values).toEqual(values);
    // The thread is free again.
    const after = (await client.runs.wait(thread.thread_id, 'jobpilot', { input: { messages: [{ type: 'human', content: 'hi there' }] } })) as {
      messages: unknown[];
    };
    expect(after.messages).toHaveLength(4);
  });

  it('replays a run to a join stream from Last-Event-ID', async () => {
    const thread = await client.threads.create();
    const parts = await collect(
      client.runs.stream(thread.thread_id, 'jobpilot', {
        input: { messages: [{ type: 'human', content: 'hi there' }] },
        streamMode: ['values', 'messages-tuple'],
      }),
    );
    const runId = parts[0]?.data.run_id as string;
    const replay = await collect(client.runs.joinStream(thread.thread_id, runId, { lastEventId: parts[1]?.id as string }));
    expect(replay).toEqual(parts.slice(2));
  });

  it('gives a client whose connection dropped mid-run the rest from Last-Event-ID: no part lost, none repeated', async () => {
    const thread = await client.threads.create();
    const dropped = new AbortController();
    const response = await fetch(`${server.url}/lg/threads/${thread.thread_id}/runs/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ assistant_id: 'jobpilot', input: { messages: [{ type: 'human', content: 'slow hi there' }] }, stream_mode: ['values', 'messages-tuple'] }),
      signal: dropped.signal,
    });
    const runId = response.headers.get('content-location')?.split('/').at(-1) ?? '';
    // Read the first two parts (metadata, the first values), then drop the connection mid-run.
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    while ((text.match(/\n\n/g) ?? []).length < 2) text += new TextDecoder().decode((await reader.read()).value);
    dropped.abort();
    const before = text.split('\n\n').filter((block) => block.startsWith('id: ')).slice(0, 2);
    expect(before.map((block) => block.split('\n')[0])).toEqual(['id: 0.0', 'id: 0.1']);
    // The run went on (on_disconnect continue): joining from id 0.1 gives the rest, then the stream ends with the run.
    const rest = await collect(client.runs.joinStream(thread.thread_id, runId, { lastEventId: '0.1' }));
    expect(rest.some((part) => part.event === 'messages')).toBe(true);
    const whole = await collect(client.runs.joinStream(thread.thread_id, runId, { lastEventId: '-1' }));
    expect(whole.slice(0, 2).map((part) => part.id)).toEqual(['0.0', '0.1']);
    expect(whole.slice(2)).toEqual(rest);
    expect(rest.at(-1)?.data).toEqual((await client.threads.getState(thread.thread_id)).values);
  });

  it('lets the SDK join a dropped run stream by itself (Location), in the modes the run was started with', async () => {
    const thread = await client.threads.create();
    // The proxy cuts the run's own stream right after its first values part; the join through it passes.
    const proxy = await startCuttingProxy(server.url, { cutAfter: 'event: values' });
    try {
      const requests: string[] = [];
      const viaProxy = new Client({
        apiUrl: `${proxy.url}/lg`,
        onRequest: (url, init) => {
          const lastEventId = new Headers(init.headers).get('last-event-id');
          requests.push(`${init.method ?? 'GET'} ${url.pathname.replace(thread.thread_id, 'T').replace(/[0-9a-f-]{36}/, 'R')}${url.search}${lastEventId ? ` after ${lastEventId}` : ''}`);
          return init;
        },
      });
      const parts = await collect(
        viaProxy.runs.stream(thread.thread_id, 'jobpilot', {
          input: { messages: [{ type: 'human', content: 'slow hi there' }] },
          streamMode: ['values', 'messages-tuple'],
        }),
      );
      expect(proxy.cut).toBe(true);
      // The SDK joined the run where the Location said, after the last part it had (and then
      // may read the run's status to know it ended).
      expect(requests.slice(0, 2)).toEqual([
        'POST /lg/threads/T/runs/stream',
        'GET /lg/threads/T/runs/R/stream?stream_mode=values&stream_mode=messages-tuple after 0.1',
      ]);
      expect(requests.slice(2).filter((request) => request !== 'GET /lg/threads/T/runs/R')).toEqual([]);
      const runId = parts[0]?.data.run_id as string;
      const whole = await collect(client.runs.joinStream(thread.thread_id, runId, { lastEventId: '-1', streamMode: ['values', 'messages-tuple'] }));
      expect(parts).toEqual(whole);
      expect(new Set(parts.map((part) => part.event))).toEqual(new Set(['metadata', 'values', 'messages']));
      expect(parts.at(-1)?.data).toEqual((await client.threads.getState(thread.thread_id)).values);
    } finally {
      await proxy.close();
    }
  });

  it('manages threads: create with an id, search, rename, delete', async () => {
    const created = await client.threads.create({ threadId: 'lg-named-thread', metadata: { title: 'Named' } });
    expect(created).toMatchObject({ thread_id: 'lg-named-thread', metadata: { title: 'Named' }, status: 'idle', values: { messages: [] } });
    await expect(client.threads.create({ threadId: 'lg-named-thread' })).rejects.toThrow(/409|exists/);
    expect(await client.threads.create({ threadId: 'lg-named-thread', ifExists: 'do_nothing' })).toMatchObject({ thread_id: 'lg-named-thread' });
    const found = await client.threads.search({ metadata: { graph_id: 'jobpilot', title: 'Named' } });
    expect(found.map((thread) => thread.thread_id)).toEqual(['lg-named-thread']);
    expect(await client.threads.search({ metadata: { something: 'else' } })).toEqual([]);
    expect(await client.threads.update('lg-named-thread', { metadata: { title: 'Renamed' } })).toMatchObject({ metadata: { title: 'Renamed' } });
    await client.threads.delete('lg-named-thread');
    await expect(client.threads.get('lg-named-thread')).rejects.toThrow(/404|No thread/);
    // A run on a thread that does not exist is 404 unless it asks to create it.
    await expect(client.runs.wait('lg-missing', 'jobpilot', { input: { messages: [{ type: 'human', content: 'hi' }] } })).rejects.toThrow(/404/);
    const made = await client.runs.wait('lg-missing', 'jobpilot', { input: { messages: [{ type: 'human', content: 'hi there' }] }, ifNotExists: 'create' });
    expect((made as { messages: unknown[] }).messages).toHaveLength(2);
  });

  it('refuses what it does not support with 400 and the documented shape', async () => {
    const thread = await client.threads.create();
    const post = (body: unknown, path = 'wait') =>
      fetch(`${server.url}/lg/threads/${thread.thread_id}/runs/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const cases: [unknown, RegExp][] = [
      [{ assistant_id: 'jobpilot', input: { messages: [{ type: 'human', content: 'hi' }] }, multitask_strategy: 'enqueue' }, /multitask_strategy "enqueue"/],
      [{ assistant_id: 'jobpilot', input: { messages: [{ type: 'ai', content: 'hi' }] } }, /human message/],
      [{ assistant_id: 'jobpilot', command: { resume: { decisions: [{ type: 'edit' }] } } }, /"edit" is not supported/],
      [{ assistant_id: 'jobpilot', input: { messages: [{ type: 'human', content: [{ type: 'image_url', image_url: 'x' }] }] } }, /"image_url"/],
      [{ assistant_id: 'jobpilot' }, /human message/],
    ];
    const state = await client.threads.getState(thread.thread_id);
    const newest = await post({ assistant_id: 'jobpilot', input: { messages: [{ type: 'human', content: 'hi there' }] }, checkpoint: { checkpoint_id: state.checkpoint.checkpoint_id } });
    expect(newest.status).toBe(200);
    const older = await post({ assistant_id: 'jobpilot', input: { messages: [{ type: 'human', content: 'hi there' }] }, checkpoint: { checkpoint_id: state.checkpoint.checkpoint_id } });
    expect(older.status).toBe(400);
    expect(((await older.json()) as ErrorAnswer).error.message).toMatch(/not the thread's newest/);
    const streamed = await post({ assistant_id: 'jobpilot', input: { messages: [{ type: 'human', content: 'hi' }] }, stream_mode: ['debug'] }, 'stream');
    expect(streamed.status).toBe(400);
    expect(((await streamed.json()) as ErrorAnswer).error.message).toMatch(/stream mode "debug"/);
    for (const [body, message] of cases) {
      const response = await post(body);
      expect(response.status).toBe(400);
      const answer = (await response.json()) as ErrorAnswer;
      expect(answer.error.code).toBe('BAD_REQUEST');
      expect(answer.error.message).toMatch(message);
    }
  });
});

describe('the stream orchestrator (the engine of useStream)', () => {
  it('runs a turn that asks for approval, shows the interrupt, approves it, and ends with the thread\'s history', async () => {
    const orchestrator = new StreamOrchestrator(
      { assistantId: 'jobpilot', fetchStateHistory: true, throttle: false },
      { getClient: () => client, getAssistantId: () => 'jobpilot', getMessagesKey: () => 'messages' },
    );
    orchestrator.initThreadId(undefined);
    const text = () => orchestrator.messages.map((message) => `${message.type}: ${typeof message.content === 'string' ? message.content : JSON.stringify(message.content)}`);
    await orchestrator.submit({ messages: [{ type: 'human', content: 'hi there' }] });
    expect(orchestrator.error).toBeUndefined();
    const threadId = orchestrator.threadId as string;
    expect(threadId).toMatch(/^[0-9a-f-]{36}$/);
    expect(text()).toEqual(['human: hi there', expect.stringMatching(/^ai: ./)]);

    await orchestrator.submit({ messages: [{ type: 'human', content: 'open github.com' }] });
    expect(orchestrator.error).toBeUndefined();
    expect(orchestrator.interrupt?.value).toMatchObject({ action_requests: [{ name: 'open_website' }], review_configs: [{ allowed_decisions: ['approve', 'reject'] }] });
    expect(text().slice(2)).toEqual(['human: open github.com', expect.stringMatching(/^ai: May I run open_website\?/)]);

    await orchestrator.submit(undefined as never, { command: { resume: { decisions: [{ type: 'approve' }] } } });
    expect(orchestrator.error).toBeUndefined();
    expect(orchestrator.interrupt).toBeUndefined();
    expect(text()).toHaveLength(4);
    expect(text()[3]).toMatch(/^ai: .*github\.com/);
    // What the orchestrator shows is the thread's state as the server keeps it.
    const state = await client.threads.getState(threadId);
    expect(orchestrator.messages.map((message) => message.id)).toEqual((state.values as { messages: { id: string }[] }).messages.map((message) => message.id));
    expect(orchestrator.flatHistory.length).toBeGreaterThanOrEqual(3);
  });
});

describe('the token on /lg', () => {
  let guarded: RunningServer;
  beforeAll(async () => {
    guarded = await startServer(await testConfig({ PORT: '0', JOBPILOT_TOKEN: 'lg-secret-token' }), { planner: plannerWithHang(), logger: false });
  });
  afterAll(async () => {
    await guarded?.close();
  });

  it('takes the token as x-api-key (the SDK sends it so) or as a bearer token, and refuses without one', async () => {
    const withKey = new Client({ apiUrl: `${guarded.url}/lg`, apiKey: 'lg-secret-token' });
    const thread = await withKey.threads.create();
    expect(thread.thread_id).toBeTruthy();
    const bearer = await fetch(`${guarded.url}/lg/threads/${thread.thread_id}`, { headers: { authorization: 'Bearer lg-secret-token' } });
    expect(bearer.status).toBe(200);
    const none = await fetch(`${guarded.url}/lg/threads/${thread.thread_id}`);
    expect(none.status).toBe(401);
    const wrong = await fetch(`${guarded.url}/lg/threads/${thread.thread_id}`, { headers: { 'x-api-key': 'nope' } });
    expect(wrong.status).toBe(401);
    // /v1 keeps its one way of sending the token.
    const v1 = await fetch(`${guarded.url}/v1/threads`, { headers: { 'x-api-key': 'lg-secret-token' } });
    expect(v1.status).toBe(401);
  });
});

describe('CORS on /lg, when JOBPILOT_CORS_ORIGINS lists a page\'s origin', () => {
  let open: RunningServer;
  const page = 'http://localhost:3000';
  beforeAll(async () => {
    open = await startServer(await testConfig({ PORT: '0', JOBPILOT_TOKEN: 'lg-cors-token', JOBPILOT_CORS_ORIGINS: `${page},http://127.0.0.1:5173` }), {
      planner: plannerWithHang(),
      logger: false,
    });
  });
  afterAll(async () => {
    await open?.close();
  });

  it('answers the preflight, lets the page stream a run and read content-location, and lets no one else in', async () => {
    const preflight = await fetch(`${open.url}/lg/threads/t/runs/stream`, {
      method: 'OPTIONS',
      headers: { origin: page, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-api-key, last-event-id' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(page);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/x-api-key.*last-event-id/);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);

    const headers = { origin: page, 'x-api-key': 'lg-cors-token', 'content-type': 'application/json' };
    const created = await fetch(`${open.url}/lg/threads`, { method: 'POST', headers, body: '{}' });
    expect(created.status).toBe(200);
    expect(created.headers.get('access-control-allow-origin')).toBe(page);
    const { thread_id: threadId } = (await created.json()) as { thread_id: string };
    const streamed = await fetch(`${open.url}/lg/threads/${threadId}/runs/stream`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ assistant_id: 'jobpilot', input: { messages: [{ type: 'human', content: 'hi there' }] } }),
    });
    expect(streamed.status).toBe(200);
    expect(streamed.headers.get('access-control-allow-origin')).toBe(page);
    expect(streamed.headers.get('access-control-expose-headers')).toMatch(/content-location/);
    expect(streamed.headers.get('content-location')).toMatch(new RegExp(`^/lg/threads/${threadId}/runs/[0-9a-f-]{36}$`));
    expect(await streamed.text()).toContain('event: values');

    // Another origin: no CORS headers, and a change from its page is refused as before.
    const other = await fetch(`${open.url}/lg/threads`, { method: 'POST', headers: { ...headers, origin: 'https://evil.example' }, body: '{}' });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    // The listed page is let into /lg only: /v1 refuses its changes and sends it no CORS headers.
    const v1 = await fetch(`${open.url}/v1/threads/${threadId}/runs`, {
      method: 'POST',
      headers: { origin: page, authorization: 'Bearer lg-cors-token', 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'hi' }),
    });
    expect(v1.status).toBe(403);
    expect(v1.headers.get('access-control-allow-origin')).toBeNull();
    const v1Preflight = await fetch(`${open.url}/v1/threads`, { method: 'OPTIONS', headers: { origin: page } });
    expect(v1Preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});
