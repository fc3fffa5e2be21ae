import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../src/protocol/events.ts';
import { type GeminiStub, startGeminiStub } from '../fakes/gemini-stub-server.ts';
import { type OpenAIStub, startOpenAIStub } from '../fakes/openai-stub-server.ts';
import { act } from '../fakes/scripted-planner.ts';
import { recordingBrowser } from '../helpers/recording-browser.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { postRun } from '../helpers/sse-client.ts';
import { createTestDatabase } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A decision JSON cut into small pieces, as Gemini streams it. */
const pieces = (value: unknown, size = 8) => JSON.stringify(value).match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
const answer = (text: string) => ({ decision: { action: 'respond', reason: 'chat', answer: text } });
const types = (events: RunEvent[]) => events.map((event) => event.type);
const last = <T>(items: T[]) => items[items.length - 1];

/**
 * A real `jobpilot serve` process on a real Postgres, planning with Gemini, where the
 * Gemini server is a local stub that breaks its stream in the ways real networks do.
 */
describe('a Gemini-backed server whose model stream breaks', () => {
  let stub: GeminiStub;
  let server: ServerProcess;
  let browser: Awaited<ReturnType<typeof recordingBrowser>>;

  beforeAll(async () => {
    stub = await startGeminiStub();
    browser = await recordingBrowser();
    server = await startServerProcess({
      ...browser.env,
      DATABASE_URL: await createTestDatabase(),
      JOBPILOT_DATA_DIR: await mkdtemp(join(tmpdir(), 'jobpilot-faults-')),
      JOBPILOT_PLANNER: 'google',
      GOOGLE_API_KEY: 'AIza-test',
      GOOGLE_BASE_URL: stub.url,
      JOBPILOT_MODEL_IDLE_TIMEOUT_MS: '700',
      JOBPILOT_MODEL_RETRIES: '0',
    });
  });
  afterAll(async () => {
    await server?.stop();
    await stub?.close();
  });

  /** The server is alive and the thread freed: the next turn works. */
  async function expectUsable(threadId: string) {
    expect(server.child.exitCode).toBeNull();
    // A hang guard, not a speed bound: a loaded machine may take seconds to release the thread.
    const status = await waitFor(
      async () => ((await (await fetch(`${server.url}/v1/threads/${threadId}`)).json()) as { status: string }).status,
      (value) => value === 'idle',
      { timeoutMs: 30_000 },
    );
    expect(status).toBe('idle');
    stub.reply({ chunks: pieces(answer('Still here.')) });
    const next = await postRun(server.url, threadId, { message: 'are you there?' });
    expect(next.response.status).toBe(200);
    expect(last(next.events)).toMatchObject({ type: 'run-end', status: 'completed' });
  }

  it.each([
    ['the connection is cut after a few tokens', { cutAfter: 3 }, 'MODEL_UNAVAILABLE'],
    ['a chunk is malformed', { malformedAfter: 3 }, 'MODEL_UNAVAILABLE'],
    ['the stream stalls mid-answer', { stallAfter: 3 }, 'MODEL_TIMEOUT'],
    ['the stream stalls after the headers', { stallAfterHeaders: true }, 'MODEL_TIMEOUT'],
  ])('survives when %s: the client gets error + run-end', async (_case, fault, code) => {
    const threadId = `fault-${code}-${Object.keys(fault)[0]}`;
    stub.reply({ chunks: pieces(answer('This answer will not arrive whole because the stream breaks.')), ...fault });
    const { events } = await postRun(server.url, threadId, { message: 'tell me something' });
    const error = events.find((event) => event.type === 'error');
    expect(error).toMatchObject({ type: 'error', code, retryable: true });
    expect(last(events)).toMatchObject({ type: 'run-end', status: 'failed' });
    expect(types(events).slice(-2)).toEqual(['error', 'run-end']);
    await expectUsable(threadId);
  });

  it('survives a client that disconnects mid-answer, and closes the upstream request', async () => {
    stub.reply({ chunks: pieces(answer('A long answer that the person stops reading halfway through.')), stallAfter: 3 });
    const before = stub.requests.length;
    const controller = new AbortController();
    const pending = postRun(server.url, 'disconnect', { message: 'talk to me' }, { signal: controller.signal }).catch(
      (error: Error) => error,
    );
    // Gone once the model call is under way (the stub has the request), not after a guessed while.
    await waitFor(async () => stub.requests.length, (count) => count > before, { timeoutMs: 30_000 });
    controller.abort();
    await pending;
    expect(await stub.requests[before]?.connection.closed).toEqual({ byClient: true });
    await expectUsable('disconnect');
  });

  it('streams a respond turn from one call, several deltas before message-end, and reports usage', async () => {
    stub.reply({ chunks: pieces(answer('Hello! I can open websites and apps and take screenshots for you.'), 5) });
    const before = stub.requests.length;
    const { events } = await postRun(server.url, 'usage', { message: 'hi' });
    expect(stub.requests.length - before).toBe(1);
    const deltas = events.filter((event) => event.type === 'message-delta');
    expect(deltas.length).toBeGreaterThan(3);
    expect(types(events).indexOf('message-end')).toBeGreaterThan(types(events).lastIndexOf('message-delta'));
    expect(last(events)).toEqual({
      type: 'run-end',
      run_id: expect.any(String),
      status: 'completed',
      usage: { model_calls: 1, input_tokens: 10, output_tokens: 5 },
      queued_ms: expect.any(Number),
    });
    const thread = (await (await fetch(`${server.url}/v1/threads/usage`)).json()) as { usage: unknown };
    expect(thread.usage).toEqual({ model_calls: 1, input_tokens: 10, output_tokens: 5 });
  });

  it('records a failed turn so the next prompt knows what already ran', async () => {
    stub.reply(
      { chunks: pieces(act('open_website', { url: 'https://github.com' })) },
      { chunks: pieces(answer('Opened.')), cutAfter: 2 },
    );
    const failed = await postRun(server.url, 'failed-turn', { message: 'open github.com' });
    expect(last(failed.events)).toMatchObject({ type: 'run-end', status: 'failed' });
    expect(await browser.opened(1)).toEqual(['https://github.com/']);

    stub.reply({ chunks: pieces(answer('Hello again.')) });
    await postRun(server.url, 'failed-turn', { message: 'hello again' });
    const contents = last(stub.requests)?.body.contents as Array<{ role: string; parts: { text: string }[] }>;
    expect(contents.map((content) => content.role)).toEqual(['user', 'model', 'user']);
    expect(contents[1]?.parts[0]?.text).toMatch(/This turn did not finish/);
    expect(contents[1]?.parts[0]?.text).toMatch(/open_website \{"url":"https:\/\/github.com"\} → ok/);
    expect(contents[2]?.parts[0]?.text).toBe('hello again');
    const thread = (await (await fetch(`${server.url}/v1/threads/failed-turn`)).json()) as {
      messages: { role: string; content: string }[];
    };
    expect(thread.messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
  });

  it('keeps a long thread’s newest turns in what Gemini receives, says what was left out, and logs it once', async () => {
    const long = (index: number) =>
      `Question ${index}: ${'I am a welder with ten years of pipe work, looking for day shifts near Leeds or Bradford. '.repeat(200)}`.slice(0, 19_000);
    for (let index = 1; index <= 7; index++) {
      stub.reply({ chunks: pieces(answer(`Noted ${index}.`)) });
      const turn = await postRun(server.url, 'long-thread', { message: long(index) });
      expect(last(turn.events)).toMatchObject({ type: 'run-end', status: 'completed' });
    }
    stub.reply({ chunks: pieces(answer('You asked about welding jobs.')) });
    await postRun(server.url, 'long-thread', { message: 'what did I ask first?' });
    const contents = last(stub.requests)?.body.contents as Array<{ role: string; parts: { text: string }[] }>;
    expect(contents.at(-1)?.parts[0]?.text).toBe('what did I ask first?');
    expect(contents.at(-2)).toMatchObject({ role: 'model', parts: [{ text: 'Noted 7.' }] });
    expect(contents.at(-3)?.parts[0]?.text).toMatch(/^Question 7: I am a welder/);
    expect(contents[0]?.role).toBe('user');
    expect(contents[0]?.parts[0]?.text).toMatch(/^\(\d+ earlier messages? of this conversation left out to fit the prompt\.\)/);
    const warnings = server.output().match(/older messages left out of a prompt to fit JOBPILOT_PROMPT_TOKENS/g) ?? [];
    expect(warnings).toHaveLength(1);
    expect(server.output()).toMatch(/"fixed_tokens":\d+,"system_tokens":\d+,"budget_tokens":12000,"messages_dropped":\d+/);
  });
});

describe('an OpenAI-compatible server that asks to slow down', () => {
  let stub: OpenAIStub;
  let server: ServerProcess;

  beforeAll(async () => {
    stub = await startOpenAIStub();
    server = await startServerProcess({
      DATABASE_URL: await createTestDatabase(),
      JOBPILOT_DATA_DIR: await mkdtemp(join(tmpdir(), 'jobpilot-faults-')),
      JOBPILOT_PLANNER: 'openai',
      OPENAI_BASE_URL: `${stub.url}/v1`,
      OPENAI_MODEL: 'llama3.1',
      JOBPILOT_MODEL_RETRY_MAX_WAIT_MS: '2000',
    });
  });
  afterAll(async () => {
    await server?.stop();
    await stub?.close();
  });

  it('fails fast with the wait in the message when retry-after is over the cap', async () => {
    stub.reply({ status: 429, error: 'Rate limit reached.', headers: { 'retry-after': '30' } });
    const before = stub.requests.length;
    const { events } = await postRun(server.url, 'limited', { message: 'hi' });
    // Failed fast: one request, no retry after a wait (the 30 s asked is over the 2 s cap).
    expect(stub.requests.length - before).toBe(1);
    expect(events.find((event) => event.type === 'error')).toMatchObject({
      code: 'MODEL_RATE_LIMITED',
      retryable: true,
      message: expect.stringMatching(/asked to wait 30 s/),
    });
    expect(last(events)).toMatchObject({ type: 'run-end', status: 'failed' });
  });
});
