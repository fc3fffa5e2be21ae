import type { ModelCall } from './model-client.ts';
import type { ProviderAdapter, ProviderEvent } from './provider-adapter.ts';
import { retryAfterFromHeaders } from './retry-after.ts';

export interface OpenAIAdapterOptions {
  model: string;
  /** Optional for local OpenAI-compatible servers, which usually ignore it. */
  apiKey: string | undefined;
  /** An OpenAI-compatible server, e.g. `http://127.0.0.1:11434/v1` for Ollama; OpenAI's own when unset. */
  baseUrl: string | undefined;
}

const openAIOrigin = 'https://api.openai.com/v1';

/**
 * OpenAI's chat completions protocol (`POST {base}/chat/completions`, `stream: true`,
 * `stream_options.include_usage`), spoken by OpenAI and by Ollama, llama.cpp, vLLM and
 * the like. Structured output is strict `json_schema`. OpenAI itself gets
 * `max_completion_tokens` (its reasoning models refuse `max_tokens`); other servers get
 * `max_tokens`, which they all understand.
 *
 * @example
 * const adapter = openAIAdapter({ model: 'llama3.1', apiKey: undefined, baseUrl: 'http://127.0.0.1:11434/v1' });
 */
export function openAIAdapter(options: OpenAIAdapterOptions): ProviderAdapter {
  const base = (options.baseUrl ?? openAIOrigin).replace(/\/+$/, '');
  const host = options.baseUrl ? new URL(base).host : undefined;
  return {
    provider: 'openai',
    model: options.model,
    label: `openai (${options.model}${host ? ` @ ${host}` : ''})`,
    displayName: host ? `the OpenAI-compatible server at ${host}` : 'OpenAI',
    request(call: ModelCall, maxOutputTokens: number) {
      return {
        url: `${base}/chat/completions`,
        headers: (options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) as Record<string, string>,
        body: {
          model: options.model,
          messages: [{ role: 'system', content: call.system }, ...call.messages],
          stream: true,
          stream_options: { include_usage: true },
          ...(options.baseUrl ? { max_tokens: maxOutputTokens } : { max_completion_tokens: maxOutputTokens }),
          ...(call.schema
            ? {
                response_format: {
                  type: 'json_schema',
                  json_schema: { name: call.schema.name, strict: true, schema: call.schema.jsonSchema },
                },
              }
            : {}),
        },
      };
    },
    readEvent(data: string): ProviderEvent {
      if (data.trim() === '[DONE]') return { done: true };
      const chunk = JSON.parse(data) as OpenAIChunk;
      if (chunk.error) return { error: shorten(chunk.error.message ?? JSON.stringify(chunk.error)) };
      const choice = chunk.choices?.[0];
      const event: ProviderEvent = {};
      const text = choice?.delta?.content;
      if (typeof text === 'string' && text) event.text = text;
      // A refusal streams in its own field; it is still what the model said.
      const refusal = choice?.delta?.refusal;
      if (typeof refusal === 'string' && refusal) event.text = (event.text ?? '') + refusal;
      if (choice?.finish_reason) event.finishReason = choice.finish_reason;
      if (chunk.usage) {
        event.usage = {
          inputTokens: chunk.usage.prompt_tokens ?? 0,
          outputTokens: chunk.usage.completion_tokens ?? 0,
        };
      }
      return event;
    },
    describeFailure(status, body, headers) {
      const who = host ? `The OpenAI-compatible server at ${host}` : 'OpenAI';
      let message = body.trim();
      try {
        const parsed = JSON.parse(body) as { error?: { message?: string } | string; message?: string };
        message =
          (typeof parsed.error === 'string' ? parsed.error : parsed.error?.message) ?? parsed.message ?? message;
      } catch {
        // Not JSON (a proxy's HTML page): the status says enough.
      }
      const retryAfterMs = retryAfterFromHeaders(headers);
      return {
        message: `${who} answered ${status}${message ? `: ${shorten(message)}` : '.'}`,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      };
    },
  };
}

interface OpenAIChunk {
  choices?: Array<{
    delta?: { content?: string | null; refusal?: string | null };
    finish_reason?: string | null;
  }>;
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
  error?: { message?: string };
}

/** Provider messages can be pages long (or HTML); one or two sentences is what a person reads. */
export const shorten = (message: string, max = 300): string => {
  const flat = message.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
