import { afterEach, expect, it } from 'vitest';
import type { ModelCallEnd } from '../../src/model/model-client.ts';
import { geminiHarness, type ProviderHarness } from './provider-harness.ts';

let harness: ProviderHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

it('counts Gemini’s thinking tokens as output, as Google bills them', async () => {
  harness = await geminiHarness();
  harness.stub.reply({ chunks: ['one ', 'two'], thoughtsTokens: 40 });
  let end: ModelCallEnd | undefined;
  const stream = harness.client().stream(
    { system: 'You are terse.', messages: [{ role: 'user', content: 'hi' }] },
    { onEnd: (value) => (end = value) },
  );
  for await (const delta of stream) expect(typeof delta).toBe('string');
  // usageMetadata repeats the running totals on every chunk: counted once, not per chunk.
  expect(end?.usage).toEqual({ inputTokens: 10, outputTokens: 45, estimated: false });
});
