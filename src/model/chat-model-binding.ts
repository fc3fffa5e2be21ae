import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { ModelCall } from './model-client.ts';

/** What a failed request said, read from whichever SDK threw it. */
export type ProviderFailure =
  /** The provider answered with an error status. */
  | { kind: 'http'; status: number; message: string; retryAfterMs?: number | undefined }
  /** No answer at all: refused, reset or unresolvable before the headers. */
  | { kind: 'unreachable' }
  /** The stream carried something that is not the protocol's JSON. */
  | { kind: 'malformed'; detail: string };

/**
 * One chat model as jobpilot drives it: the LangChain model that makes the request and
 * what only that provider knows (how structured output is asked for, how its errors read).
 * The containment around it (timeouts, retries, cancellation, usage) is `createModelClient`.
 */
export interface ChatModelBinding {
  /** `custom` is any other `BaseChatModel` a developer passed in. */
  readonly provider: 'openai' | 'google' | 'custom';
  readonly model: string;
  readonly label: string;
  /** A name for people: "Gemini", "OpenAI", "the OpenAI-compatible server at 127.0.0.1:11434". */
  readonly displayName: string;
  /** Whether a stream that ends without a finish reason was cut short (true for the providers jobpilot knows). */
  readonly requiresFinishReason: boolean;
  /**
   * The model for calls with this output limit, asked once per limit and kept for every later
   * call (concurrent ones too). jobpilot's own bindings make one with this limit and, where the
   * SDK takes one, this `fetch` (it feeds each call's idle timer); a model a developer passed
   * in is returned as it is.
   */
  chatModel(attempt: { maxOutputTokens: number; fetch: typeof fetch }): BaseChatModel;
  /**
   * How to ask for JSON matching `schema`: call options in the provider's own dialect, or,
   * for a model with no dialect we know, words added to the system prompt.
   */
  structuredOutput(schema: NonNullable<ModelCall['schema']>): { callOptions: Record<string, unknown>; instruction?: string };
  /** Reads what the SDK threw; undefined when it is none of the known failures. */
  describeError(error: unknown): ProviderFailure | undefined;
}
