import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import { AsyncLocalStorageProviderSingleton } from '@langchain/core/singletons';
import { afterEach, describe, expect, it } from 'vitest';
import { JobpilotError } from '../../src/errors.ts';
import { createModelClient } from '../../src/model/create-model-client.ts';
import { openAIBinding } from '../../src/model/openai-binding.ts';
import type { ModelCall, ModelCallEnd, ModelClient } from '../../src/model/model-client.ts';
import type { OpenAIStub } from '../fakes/openai-stub-server.ts';
import { fastSettings, geminiHarness, openAIHarness, type ProviderHarness } from './provider-harness.ts';

const call: ModelCall = {
  system: 'You are terse.',
  messages: [
    { role: 'user', content: 'hello' },
    { role: 'assistant', content: 'Hi.' },
    { role: 'user', content: 'say three words' },
  ],
};

/** Runs a call to the end: its text, its deltas, how it ended, or what it threw. */
async function run(client: ModelClient, options: { signal?: AbortSignal; onDelta?: () => void } = {}) {
  const deltas: string[] = [];
  let end: ModelCallEnd | undefined;
  const started = Date.now();
  try {
    for await (const delta of client.stream(call, { ...(options.signal ? { signal: options.signal } : {}), onEnd: (value) => (end = value) })) {
      deltas.push(delta);
      options.onDelta?.();
    }
    return { deltas, text: deltas.join(''), end, error: undefined, elapsed: Date.now() - started };
  } catch (error) {
    return { deltas, text: deltas.join(''), end, error: error as JobpilotError, elapsed: Date.now() - started };
  }
}

let harness: ProviderHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe.each([
  ['OpenAI chat completions', openAIHarness],
  ['Gemini generateContent', geminiHarness],
])('the model client over %s', (_name, start) => {
  it('streams the reply as deltas and reports the provider’s usage', async () => {
    harness = await start();
    harness.reply({ chunks: ['one ', 'two ', 'three'] });
    const result = await run(harness.client());
    expect(result.error).toBeUndefined();
    expect(result.deltas).toEqual(['one ', 'two ', 'three']);
    expect(result.end).toEqual({ finishReason: 'stop', usage: { inputTokens: 10, outputTokens: 5, estimated: false } });
  });

  it('sends max tokens on every call and the conversation in the protocol’s roles', async () => {
    harness = await start();
    harness.reply({ chunks: ['ok'] });
    await run(harness.client({ maxOutputTokens: 321 }));
    const body = harness.stub.requests[0]?.body;
    if (harness.name === 'openai') {
      expect(body.max_tokens).toBe(321); // an OpenAI-compatible server: max_tokens
      expect(body.stream).toBe(true);
      expect(body.stream_options).toEqual({ include_usage: true });
      expect(body.messages.map((message: { role: string }) => message.role)).toEqual([
        'system',
        'user',
        'assistant',
        'user',
      ]);
    } else {
      expect(harness.stub.requests[0]?.path).toBe('/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse');
      expect(harness.stub.requests[0]?.headers['x-goog-api-key']).toBe('AIza-test');
      expect(body.generationConfig.maxOutputTokens).toBe(321);
      expect(body.systemInstruction.parts).toEqual([{ text: 'You are terse.' }]); // `role` in it is optional and ignored
      expect(body.contents.map((content: { role: string }) => content.role)).toEqual(['user', 'model', 'user']);
    }
  });

  it('ends a stall after the headers within the idle timeout and closes the upstream socket', async () => {
    harness = await start();
    harness.reply({ stallAfterHeaders: true });
    const result = await run(harness.client({ idleTimeoutMs: 300, retries: 0 }));
    expect(result.error?.code).toBe('MODEL_TIMEOUT');
    expect(result.error?.retryable).toBe(true);
    expect(result.error?.message).toMatch(/sent nothing for 0\.3 s/);
    expect(result.elapsed).toBeLessThan(5_000);
    expect(await harness.stub.requests[0]?.connection.closed).toEqual({ byClient: true });
  });

  it('ends a stall in the middle of the answer within the idle timeout', async () => {
    harness = await start();
    harness.reply({ chunks: ['a', 'b', 'c'], stallAfter: 2 });
    const result = await run(harness.client({ idleTimeoutMs: 300 }));
    expect(result.text).toBe('ab');
    expect(result.error?.code).toBe('MODEL_TIMEOUT');
    expect(result.error?.message).toMatch(/went silent/);
    expect(harness.stub.requests).toHaveLength(1); // text had reached the caller: no retry
    expect(await harness.stub.requests[0]?.connection.closed).toEqual({ byClient: true });
  });

  it('lets a slow but steady answer run longer than the idle timeout', async () => {
    harness = await start();
    // Gaps of 0.3 s against an idle timeout of 2 s: a loaded machine's stalls (the first
    // answer of a cold process, a CPU shared with others) stay well inside it, the whole
    // answer (3 s) does not.
    harness.reply({ chunks: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'], chunkDelayMs: 300 });
    const result = await run(harness.client({ idleTimeoutMs: 2_000 }));
    expect(result.error).toBeUndefined();
    expect(result.text).toBe('1234567890');
    expect(result.elapsed).toBeGreaterThan(2_000);
  });

  it('ends a call that exceeds the total timeout and closes the socket', async () => {
    harness = await start();
    harness.reply({ chunks: Array.from({ length: 40 }, () => 'x'), chunkDelayMs: 50 });
    const result = await run(harness.client({ idleTimeoutMs: 1_000, timeoutMs: 500 }));
    expect(result.error?.code).toBe('MODEL_TIMEOUT');
    expect(result.error?.message).toMatch(/did not finish its answer within 0\.5 s/);
    expect(await harness.stub.requests[0]?.connection.closed).toEqual({ byClient: true });
  });

  it('reports a connection cut mid-answer as MODEL_UNAVAILABLE without retrying', async () => {
    harness = await start();
    harness.reply({ chunks: ['a', 'b', 'c'], cutAfter: 2 });
    const result = await run(harness.client());
    expect(result.text).toBe('ab');
    expect(result.error?.code).toBe('MODEL_UNAVAILABLE');
    expect(result.error?.retryable).toBe(true);
    expect(harness.stub.requests).toHaveLength(1);
  });

  it('retries a connection cut before anything streamed', async () => {
    harness = await start();
    harness.reply({ chunks: ['never'], cutAfter: 0 }, { chunks: ['fine'] });
    const result = await run(harness.client());
    expect(result.error).toBeUndefined();
    expect(result.text).toBe('fine');
    expect(harness.stub.requests).toHaveLength(2);
  });

  it('reports a malformed chunk as MODEL_UNAVAILABLE', async () => {
    harness = await start();
    harness.reply({ chunks: ['a', 'b'], malformedAfter: 1 });
    const result = await run(harness.client());
    expect(result.text).toBe('a');
    expect(result.error?.code).toBe('MODEL_UNAVAILABLE');
    expect(result.error?.message).toMatch(/malformed chunk/);
  });

  it('honours retry-after on a 429, then succeeds', async () => {
    harness = await start();
    harness.reply({ status: 429, error: 'Slow down.', retryAfterSeconds: 1 }, { chunks: ['done'] });
    const result = await run(harness.client());
    expect(result.error).toBeUndefined();
    expect(result.text).toBe('done');
    expect(harness.stub.requests).toHaveLength(2);
    // The wait is the provider's (1 s), not the default backoff (~0.5 s).
    expect(result.elapsed).toBeGreaterThanOrEqual(950);
  });

  it('fails at once, naming the wait, when retry-after is longer than the cap', async () => {
    harness = await start();
    harness.reply({ status: 429, error: 'Quota exceeded.', retryAfterSeconds: 30 });
    const result = await run(harness.client({ retryMaxWaitMs: 2_000 }));
    expect(result.error?.code).toBe('MODEL_RATE_LIMITED');
    expect(result.error?.retryable).toBe(true);
    expect(result.error?.message).toMatch(/asked to wait 30 s/);
    expect(result.error?.message).toMatch(/try again in 30 s/);
    expect(result.elapsed).toBeLessThan(2_000);
    expect(harness.stub.requests).toHaveLength(1);
  });

  it('retries a 503 with backoff, then gives up with MODEL_UNAVAILABLE', async () => {
    harness = await start();
    harness.reply({ status: 503, error: 'Overloaded.' }, { status: 503, error: 'Overloaded.' });
    const result = await run(harness.client({ retries: 1 }));
    expect(result.error?.code).toBe('MODEL_UNAVAILABLE');
    expect(result.error?.message).toMatch(/answered 503: Overloaded\./);
    expect(harness.stub.requests).toHaveLength(2);
  });

  it('does not retry a rejected request, and says so without library boilerplate', async () => {
    harness = await start();
    harness.reply({ status: 401, error: 'Invalid API key.' });
    const result = await run(harness.client());
    expect(result.error?.code).toBe('MODEL_REQUEST_REJECTED');
    expect(result.error?.retryable).toBe(false);
    expect(result.error?.message).toMatch(/answered 401: Invalid API key\./);
    expect(result.error?.message).not.toMatch(/https?:\/\/|troubleshooting/i);
    expect(harness.stub.requests).toHaveLength(1);
  });

  it('aborts the upstream request when the caller cancels', async () => {
    harness = await start();
    harness.reply({ chunks: ['a', 'b'], stallAfter: 1 });
    const controller = new AbortController();
    // No idle timeout to race the cancel: the stall is the cancel's to end.
    const client = harness.client({ idleTimeoutMs: 60_000 });
    // Cancelled once the answer is under way (its first delta read), not after a guessed while.
    const result = await run(client, { signal: controller.signal, onDelta: () => controller.abort() });
    expect(result.deltas).toEqual(['a']);
    expect((result.error as Error | undefined)?.name).toBe('AbortError');
    expect(await harness.stub.requests[0]?.connection.closed).toEqual({ byClient: true });
  });

  it('closes the request when the reader stops early', async () => {
    harness = await start();
    harness.reply({ chunks: ['a', 'b', 'c'], stallAfter: 1 });
    for await (const delta of harness.client().stream(call)) {
      expect(delta).toBe('a');
      break;
    }
    expect(await harness.stub.requests[0]?.connection.closed).toEqual({ byClient: true });
  });

  it('counts the tokens itself when the provider reports no usage', async () => {
    harness = await start();
    harness.reply(harness.name === 'openai' ? ({ chunks: ['hi there'], usage: null } as never) : ({ chunks: ['hi there'], noUsage: true } as never));
    const result = await run(harness.client());
    expect(result.end?.usage.estimated).toBe(true);
    expect(result.end?.usage.outputTokens).toBe(2);
    expect(result.end?.usage.inputTokens).toBeGreaterThan(5);
  });
});

describe('an unreachable model server', () => {
  it('fails quickly with MODEL_UNAVAILABLE naming the cause', async () => {
    harness = await openAIHarness();
    const client = harness.client({ retries: 1 });
    await harness.close();
    harness = undefined;
    const result = await run(client);
    expect(result.error).toBeInstanceOf(JobpilotError);
    expect(result.error?.code).toBe('MODEL_UNAVAILABLE');
    expect(result.error?.message).toMatch(/Could not reach the OpenAI-compatible server at 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });
});

describe('the model client over OpenAI, kept between calls', () => {
  it('builds one model per output limit and reuses it for later and concurrent calls', async () => {
    harness = await openAIHarness();
    const stub = harness.stub;
    const binding = openAIBinding({ model: 'llama3.1', apiKey: 'sk-test', baseUrl: `${stub.url}/v1` });
    const limits: number[] = [];
    const client = createModelClient(
      { ...binding, chatModel: (attempt) => (limits.push(attempt.maxOutputTokens), binding.chatModel(attempt)) },
      fastSettings,
    );
    harness.reply({ chunks: ['one'] }, { chunks: ['two'] }, { chunks: ['three'] }, { chunks: ['four'] });
    const first = await run(client);
    const [second, third] = await Promise.all([run(client), run(client)]);
    const texts = [first.text, second.text, third.text];
    const limited = await collect(client.stream({ ...call, maxOutputTokens: 77 }));
    expect(texts.sort()).toEqual(['one', 'three', 'two']);
    expect(limited).toBe('four');
    expect(limits).toEqual([fastSettings.maxOutputTokens, 77]);
    const sent = (stub as OpenAIStub).requests.map((request) => request.body.max_tokens);
    expect(sent).toEqual([fastSettings.maxOutputTokens, fastSettings.maxOutputTokens, fastSettings.maxOutputTokens, 77]);
  });

  it('hears bytes the SDK reads but does not hand on (keep-alive comments) as activity, call by call', async () => {
    // A server that sends only SSE comments for longer than the idle timeout before answering:
    // the SDK yields nothing for them, so only the shared fetch's watch keeps the call alive.
    const server = createServer((request, response) => {
      request.resume();
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      const chunk = (delta: Record<string, unknown>, finish: string | null) =>
        `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      response.write(chunk({ role: 'assistant', content: '' }, null));
      let pings = 0;
      const timer = setInterval(() => {
        if (++pings <= 8) return void response.write(': keep-alive\n\n');
        clearInterval(timer);
        response.end(`${chunk({ content: 'awake' }, null)}${chunk({}, 'stop')}data: [DONE]\n\n`);
      }, 300);
      response.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
      const client = createModelClient(openAIBinding({ model: 'm', apiKey: 'sk-test', baseUrl }), { ...fastSettings, idleTimeoutMs: 2_000, retries: 0 });
      // Comments 0.3 s apart for 2.7 s against an idle timeout of 2 s: a loaded machine's stalls
      // stay well inside a gap, the whole wait does not. Twice at once: each call's watch is its own (a shared model, one fetch).
      const results = await Promise.all([run(client), run(client)]);
      for (const result of results) {
        expect(result.error).toBeUndefined();
        expect(result.text).toBe('awake');
        expect(result.elapsed).toBeGreaterThan(2_000);
      }
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

async function collect(stream: AsyncGenerator<string, ModelCallEnd>): Promise<string> {
  let text = '';
  for await (const delta of stream) text += delta;
  return text;
}

describe('the model client and LangChain callbacks', () => {
  /** A handler that records which model-run callbacks it heard. */
  const recorder = () => {
    const heard: string[] = [];
    const handler = BaseCallbackHandler.fromMethods({
      handleChatModelStart: () => void heard.push('start'),
      handleLLMNewToken: () => void heard.push('token'),
      handleLLMEnd: () => void heard.push('end'),
    });
    return { heard, handler };
  };

  it('calls a model with callbacks of its own through stream(), so they hear the call', async () => {
    harness = await openAIHarness();
    const { heard, handler } = recorder();
    const binding = openAIBinding({ model: 'llama3.1', apiKey: 'sk-test', baseUrl: `${harness.stub.url}/v1` });
    const client = createModelClient(
      { ...binding, chatModel: (attempt) => Object.assign(binding.chatModel(attempt), { callbacks: [handler] }) },
      fastSettings,
    );
    harness.reply({ chunks: ['heard', ' you'] });
    const result = await run(client);
    expect(result.text).toBe('heard you');
    expect(heard[0]).toBe('start');
    expect(heard.at(-1)).toBe('end');
  });

  it('lets the callbacks of the run it is part of (a graph node’s) hear the call, and streams the same without them', async () => {
    // What importing LangGraph does: runs carry their config in an async context.
    AsyncLocalStorageProviderSingleton.initializeGlobalInstance(new AsyncLocalStorage());
    harness = await openAIHarness();
    const { heard, handler } = recorder();
    const client = harness.client();
    harness.reply({ chunks: ['in', ' a run'] }, { chunks: ['on', ' its own'] });
    const inRun = await AsyncLocalStorageProviderSingleton.runWithConfig({ callbacks: [handler] }, () => run(client));
    const alone = await run(client);
    expect(inRun.text).toBe('in a run');
    expect(heard[0]).toBe('start');
    expect(heard.at(-1)).toBe('end');
    const heardInRun = heard.length;
    expect(alone.text).toBe('on its own');
    expect(alone.end).toEqual({ finishReason: 'stop', usage: inRun.end?.usage });
    expect(heard).toHaveLength(heardInRun);
  });
});
