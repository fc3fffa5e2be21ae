import { ChatOpenAI } from '@langchain/openai';
import type { ChatModelBinding } from './chat-model-binding.ts';
import { describeOpenAIError, openAIStructuredOutput } from './openai-dialect.ts';

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
