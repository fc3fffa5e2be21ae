import type { ModelCall } from './model-client.ts';

/** What one SSE event of the provider's stream said. */
export interface ProviderEvent {
  text?: string;
  /** Set by the event that ends the answer (`stop`, `length`, or the provider's word). */
  finishReason?: string;
  usage?: { inputTokens: number; outputTokens: number };
  /** The provider reported a failure inside the stream. */
  error?: string;
  /** The end-of-stream sentinel (OpenAI's `[DONE]`). */
  done?: boolean;
}

/** A non-2xx answer, explained. */
export interface ProviderFailure {
  /** The provider's own message, short and without library boilerplate. */
  message: string;
  /** How long the provider asked us to wait (`retry-after`, `retry-after-ms`, Gemini's RetryInfo). */
  retryAfterMs?: number;
}

/**
 * One wire protocol: how a call becomes an HTTP request and how the replies read.
 * The transport around it (timeouts, retries, SSE, usage) is shared.
 */
export interface ProviderAdapter {
  readonly provider: 'openai' | 'google';
  readonly model: string;
  readonly label: string;
  /** A name for people: "Gemini", "OpenAI", "the OpenAI-compatible server at 127.0.0.1:11434". */
  readonly displayName: string;
  request(call: ModelCall, maxOutputTokens: number): { url: string; headers: Record<string, string>; body: unknown };
  /** Reads one SSE `data:` payload; throws when it is not what the protocol sends. */
  readEvent(data: string): ProviderEvent;
  describeFailure(status: number, body: string, headers: Headers): ProviderFailure;
}
