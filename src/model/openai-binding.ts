import { ChatOpenAI } from '@langchain/openai';
import type { ChatModelBinding, ProviderFailure } from './chat-model-binding.ts';
import { retryAfterFromHeaders } from './retry-after.ts';
import { shorten } from './shorten.ts';

export interface OpenAIBindingOptions {
  model: string;
  /** Optional for local OpenAI-compatible servers, which usually ignore it. */
  apiKey: string | undefined;
  /** An OpenAI-compatible server, e.g. `http://127.0.0.1:11434/v1` for Ollama; OpenAI's own when unset. */
  baseUrl: string | undefined;
}

/**
 * OpenAI's chat completions protocol through `ChatOpenAI` (`@langchain/openai`), spoken by
 * OpenAI and by Ollama, llama.cpp, vLLM and the like (`configuration.baseURL`). Streams with
 * `stream_options.include_usage`; structured output is strict `json_schema`. The model never
 * retries and keeps no timer of its own: `createModelClient` does both.
 *
 * @example
 * const client = createModelClient(openAIBinding({ model: 'llama3.1', apiKey: undefined, baseUrl: 'http://127.0.0.1:11434/v1' }), settings);
 */
export function openAIBinding(options: OpenAIBindingOptions): ChatModelBinding {
  const host = options.baseUrl ? new URL(options.baseUrl).host : undefined;
  const who = host ? `The OpenAI-compatible server at ${host}` : 'OpenAI';
  return {
    provider: 'openai',
    model: options.model,
    label: `openai (${options.model}${host ? ` @ ${host}` : ''})`,
    displayName: host ? `the OpenAI-compatible server at ${host}` : 'OpenAI',
    chatModel: ({ maxOutputTokens, fetch }) =>
      new ChatOpenAI({
        model: options.model,
        // The SDK insists on a key; a local server without one is sent a placeholder it ignores.
        apiKey: options.apiKey ?? 'unused',
        configuration: { fetch, ...(options.baseUrl ? { baseURL: options.baseUrl } : {}) },
        maxTokens: maxOutputTokens,
        maxRetries: 0,
        streamUsage: true,
      }),
    requiresFinishReason: true,
    structuredOutput: openAIStructuredOutput,
    describeError: (error) => describeOpenAIError(error, who),
  };
}

/** Strict `json_schema` structured output, as a `ChatOpenAI` call option. */
export const openAIStructuredOutput: ChatModelBinding['structuredOutput'] = (schema) => ({
  callOptions: {
    response_format: {
      type: 'json_schema',
      json_schema: { name: schema.name, strict: true, schema: schema.jsonSchema },
    },
  },
});

/** Reads the `openai` SDK's errors (`APIError` with status and headers, `APIConnectionError`, a JSON `SyntaxError`). */
export function describeOpenAIError(error: unknown, who: string): ProviderFailure | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { status, headers, error: body } = error as { status?: unknown; headers?: unknown; error?: unknown };
  if (typeof status === 'number') {
    const said =
      typeof body === 'string'
        ? body
        : typeof (body as { message?: unknown })?.message === 'string'
          ? (body as { message: string }).message
          : '';
    const retryAfterMs = headers instanceof Headers ? retryAfterFromHeaders(headers) : undefined;
    return { kind: 'http', status, message: `${who} answered ${status}${said ? `: ${shorten(said)}` : '.'}`, retryAfterMs };
  }
  if (error.constructor.name === 'APIConnectionError') return { kind: 'unreachable' };
  if (error instanceof SyntaxError) return { kind: 'malformed', detail: shorten(error.message, 120) };
  return undefined;
}
