import { afterEach, describe, expect, it } from 'vitest';
import type { JobpilotError } from '../../src/errors.ts';
import type { ModelCall, ModelClient } from '../../src/model/model-client.ts';
import { geminiHarness, openAIHarness, type ProviderHarness } from './provider-harness.ts';

// Runs in the `gc` project (vitest.config.ts): a fork started with --expose-gc.
const collect = (globalThis as { gc?: () => void }).gc;

const call: ModelCall = { system: 'You are terse.', messages: [{ role: 'user', content: 'say three words' }] };

/**
 * Runs a call while forcing full garbage collections every few milliseconds once the stub
 * has the request, so anything that holds an abort link or a timer only weakly (undici's
 * request signals, `AbortSignal.any`, `AbortSignal.timeout`) is collected mid-stream.
 */
async function runCollecting(
  client: ModelClient,
  options: { signal?: AbortSignal; stopAfter?: number; onDelta?: () => void } = {},
) {
  const collector = setInterval(() => {
    if (harness?.stub.requests.length) collect?.();
  }, 25);
  const deltas: string[] = [];
  try {
    for await (const delta of client.stream(call, { signal: options.signal })) {
      deltas.push(delta);
      options.onDelta?.();
      if (deltas.length === options.stopAfter) break;
    }
    return { deltas, error: undefined };
  } catch (error) {
    return { deltas, error: error as JobpilotError };
  } finally {
    clearInterval(collector);
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
])('the model client over %s, with garbage collected mid-stream', (_name, start) => {
  it('runs with gc exposed', () => {
    expect(collect).toBeTypeOf('function');
  });

  it('still ends a stall after the headers at the idle timeout and closes the socket', async () => {
    harness = await start();
    harness.reply({ stallAfterHeaders: true });
    const result = await runCollecting(harness.client({ idleTimeoutMs: 1_500, retries: 0 }));
    expect(result.error?.code).toBe('MODEL_TIMEOUT');
    expect(result.error?.message).toMatch(/sent nothing for 1\.5 s/);
    expect(await harness.stub.requests[0]?.connection.closed).toEqual({ byClient: true });
  });

  it('still ends a stall mid-answer at the idle timeout and closes the socket', async () => {
    harness = await start();
    harness.reply({ chunks: ['a', 'b', 'c'], stallAfter: 1 });
    const result = await runCollecting(harness.client({ idleTimeoutMs: 1_500 }));
    expect(result.deltas).toEqual(['a']);
    expect(result.error?.message).toMatch(/went silent/);
    expect(await harness.stub.requests[0]?.connection.closed).toEqual({ byClient: true });
  });

  it('still ends a call at the total timeout and closes the socket', async () => {
    harness = await start();
    harness.reply({ chunks: Array.from({ length: 40 }, () => 'x'), chunkDelayMs: 50 });
    const result = await runCollecting(harness.client({ idleTimeoutMs: 3_000, timeoutMs: 1_500 }));
    expect(result.error?.code).toBe('MODEL_TIMEOUT');
    expect(result.error?.message).toMatch(/did not finish its answer within 1\.5 s/);
    expect(await harness.stub.requests[0]?.connection.closed).toEqual({ byClient: true });
  });

  it('still aborts the upstream request when the caller cancels', async () => {
    harness = await start();
    harness.reply({ chunks: ['a', 'b'], stallAfter: 1 });
    const controller = new AbortController();
    // Cancelled mid-stall, with collections running, a while after the first delta.
    const result = await runCollecting(harness.client({ idleTimeoutMs: 10_000 }), {
      signal: controller.signal,
      onDelta: () => setTimeout(() => controller.abort(), 500),
    });
    expect((result.error as Error | undefined)?.name).toBe('AbortError');
    expect(await harness.stub.requests[0]?.connection.closed).toEqual({ byClient: true });
  });

  it('still closes the request when the reader stops early', async () => {
    harness = await start();
    harness.reply({ chunks: ['a', 'b', 'c'], stallAfter: 2 });
    const result = await runCollecting(harness.client(), { stopAfter: 1 });
    expect(result).toEqual({ deltas: ['a'], error: undefined });
    expect(await harness.stub.requests[0]?.connection.closed).toEqual({ byClient: true });
  });
});
