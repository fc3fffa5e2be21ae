import type { ModelClientSettings } from '../../src/model/create-model-client.ts';
import { createModelClient } from '../../src/model/create-model-client.ts';
import { geminiBinding } from '../../src/model/gemini-binding.ts';
import type { ModelClient } from '../../src/model/model-client.ts';
import { openAIBinding } from '../../src/model/openai-binding.ts';
import { type GeminiStub, startGeminiStub } from '../fakes/gemini-stub-server.ts';
import { type OpenAIStub, startOpenAIStub } from '../fakes/openai-stub-server.ts';
import type { StreamFaults } from '../fakes/stream-faults.ts';

/** A scripted reply in protocol-neutral terms. */
export interface NeutralReply extends StreamFaults {
  chunks?: string[];
  status?: number;
  error?: string;
  /** OpenAI: `retry-after-ms`/`retry-after` headers; Gemini: RetryInfo `retryDelay` in the body. */
  retryAfterSeconds?: number;
}

/** One provider's stub and client, driven the same way so every test runs on both protocols. */
export interface ProviderHarness {
  name: 'openai' | 'google';
  stub: OpenAIStub | GeminiStub;
  client(settings?: Partial<ModelClientSettings>): ModelClient;
  reply(...replies: NeutralReply[]): void;
  close(): Promise<void>;
}

export const fastSettings: ModelClientSettings = {
  idleTimeoutMs: 2_000,
  timeoutMs: 10_000,
  retries: 2,
  retryMaxWaitMs: 5_000,
  maxOutputTokens: 512,
};

export async function openAIHarness(): Promise<ProviderHarness> {
  const stub = await startOpenAIStub();
  return {
    name: 'openai',
    stub,
    client: (settings = {}) =>
      createModelClient(
        openAIBinding({ model: 'llama3.1', apiKey: 'sk-test', baseUrl: `${stub.url}/v1` }),
        { ...fastSettings, ...settings },
      ),
    reply: (...replies) =>
      stub.reply(
        ...replies.map(({ chunks, retryAfterSeconds, headers, ...rest }) => ({
          ...rest,
          ...(chunks ? { deltas: chunks } : {}),
          headers: {
            ...headers,
            ...(retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) }),
          },
        })),
      ),
    close: () => stub.close(),
  };
}

export async function geminiHarness(): Promise<ProviderHarness> {
  const stub = await startGeminiStub();
  return {
    name: 'google',
    stub,
    client: (settings = {}) =>
      createModelClient(geminiBinding({ model: 'gemini-2.5-flash', apiKey: 'AIza-test', baseUrl: stub.url }), {
        ...fastSettings,
        ...settings,
      }),
    reply: (...replies) =>
      stub.reply(
        ...replies.map(({ retryAfterSeconds, ...rest }) => ({
          ...rest,
          ...(retryAfterSeconds === undefined ? {} : { retryDelay: `${retryAfterSeconds}s` }),
        })),
      ),
    close: () => stub.close(),
  };
}
