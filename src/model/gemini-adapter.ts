import type { ModelCall } from './model-client.ts';
import { shorten } from './openai-adapter.ts';
import type { ProviderAdapter, ProviderEvent } from './provider-adapter.ts';
import { durationToMilliseconds, retryAfterFromHeaders } from './retry-after.ts';

export interface GeminiAdapterOptions {
  model: string;
  apiKey: string;
  /** Another endpoint for the Gemini API (a proxy, or a local stub in tests), without the API version. */
  baseUrl: string | undefined;
}

const geminiOrigin = 'https://generativelanguage.googleapis.com';

/**
 * Gemini's `streamGenerateContent?alt=sse` protocol. Structured output is
 * `responseMimeType: application/json` with a `responseSchema` (OpenAPI subset).
 * Gemini wants `contents` to start with a user turn and alternate; callers give it that
 * (see `fitPrompt`), and this adapter maps `assistant` to Gemini's `model` role.
 *
 * @example
 * const adapter = geminiAdapter({ model: 'gemini-2.5-flash', apiKey: 'AIza…', baseUrl: undefined });
 */
export function geminiAdapter(options: GeminiAdapterOptions): ProviderAdapter {
  const base = (options.baseUrl ?? geminiOrigin).replace(/\/+$/, '');
  const host = options.baseUrl ? new URL(base).host : undefined;
  return {
    provider: 'google',
    model: options.model,
    label: `google (${options.model}${host ? ` @ ${host}` : ''})`,
    displayName: host ? `Gemini (at ${host})` : 'Gemini',
    request(call: ModelCall, maxOutputTokens: number) {
      return {
        url: `${base}/v1beta/models/${encodeURIComponent(options.model)}:streamGenerateContent?alt=sse`,
        headers: { 'x-goog-api-key': options.apiKey },
        body: {
          systemInstruction: { parts: [{ text: call.system }] },
          contents: call.messages.map((message) => ({
            role: message.role === 'assistant' ? 'model' : 'user',
            parts: [{ text: message.content }],
          })),
          generationConfig: {
            maxOutputTokens,
            ...(call.schema
              ? { responseMimeType: 'application/json', responseSchema: call.schema.jsonSchema }
              : {}),
          },
        },
      };
    },
    readEvent(data: string): ProviderEvent {
      const chunk = JSON.parse(data) as GeminiChunk;
      if (chunk.error) return { error: shorten(chunk.error.message ?? JSON.stringify(chunk.error)) };
      const event: ProviderEvent = {};
      const blocked = chunk.promptFeedback?.blockReason;
      if (blocked) return { error: `Gemini blocked the prompt (${blocked}).` };
      const candidate = chunk.candidates?.[0];
      // Thought summaries (`thought: true`) are the model's notes, not its answer.
      const text = (candidate?.content?.parts ?? [])
        .filter((part) => !part.thought && typeof part.text === 'string')
        .map((part) => part.text)
        .join('');
      if (text) event.text = text;
      const finish = candidate?.finishReason;
      if (finish && finish !== 'FINISH_REASON_UNSPECIFIED') {
        event.finishReason = finish === 'STOP' ? 'stop' : finish === 'MAX_TOKENS' ? 'length' : finish.toLowerCase();
      }
      const usage = chunk.usageMetadata;
      if (usage) {
        event.usage = {
          inputTokens: usage.promptTokenCount ?? 0,
          // Thinking tokens are billed as output.
          outputTokens: (usage.candidatesTokenCount ?? 0) + (usage.thoughtsTokenCount ?? 0),
        };
      }
      return event;
    },
    describeFailure(status, body, headers) {
      let message = body.trim();
      let retryAfterMs = retryAfterFromHeaders(headers);
      try {
        const parsed = JSON.parse(body) as GeminiErrorBody | GeminiErrorBody[];
        // Some Google front ends wrap the error in a one-element array.
        const error = (Array.isArray(parsed) ? parsed[0] : parsed)?.error;
        if (error?.message) message = error.message;
        for (const detail of error?.details ?? []) {
          if (detail['@type']?.endsWith('google.rpc.RetryInfo')) {
            retryAfterMs ??= durationToMilliseconds(detail.retryDelay);
          }
        }
      } catch {
        // Not JSON: the status says enough.
      }
      return {
        message: `Gemini answered ${status}${message ? `: ${shorten(message)}` : '.'}`,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      };
    },
  };
}

interface GeminiChunk {
  candidates?: Array<{
    content?: { parts?: Array<{ text?: string; thought?: boolean }> };
    finishReason?: string;
  }>;
  promptFeedback?: { blockReason?: string };
  usageMetadata?: { promptTokenCount?: number; candidatesTokenCount?: number; thoughtsTokenCount?: number };
  error?: { message?: string };
}

interface GeminiErrorBody {
  error?: {
    code?: number;
    message?: string;
    status?: string;
    details?: Array<{ '@type'?: string; retryDelay?: unknown }>;
  };
}
