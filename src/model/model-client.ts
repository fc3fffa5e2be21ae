/** One message of a model conversation. Conversations alternate and start with the user. */
export interface ModelMessage {
  role: 'user' | 'assistant';
  content: string;
}

/** Token counts of one call, as the provider reported them (or counted here when it did not). */
export interface ModelUsage {
  inputTokens: number;
  outputTokens: number;
  /** True when the provider sent no usage and the counts are our own tokenizer's. */
  estimated: boolean;
}

/** What one model call asks for. The LangChain model renders it in its own wire format. */
export interface ModelCall {
  system: string;
  messages: readonly ModelMessage[];
  /** Structured output: the reply must be JSON matching this schema (already in the provider's dialect). */
  schema?: { name: string; jsonSchema: Record<string, unknown> };
  /** `max_tokens` for this call; the client's default when omitted. */
  maxOutputTokens?: number;
}

/** How a finished call ended, and what it cost. */
export interface ModelCallEnd {
  /** The provider's finish reason, normalised: `stop`, `length`, or the provider's own word. */
  finishReason: string;
  usage: ModelUsage;
}

export interface ModelCallOptions {
  /** Cancels the call; the upstream request is aborted (its socket closes). */
  signal?: AbortSignal | undefined;
  /** Called once when the call ends, successfully or not, with what it cost so far. */
  onEnd?: ((end: ModelCallEnd) => void) | undefined;
}

/**
 * A chat model behind one of the supported wire protocols. Every model call in jobpilot
 * goes through `stream`: it yields the reply's text as it arrives and enforces the idle
 * and total timeouts, the retries and `max_tokens`.
 */
export interface ModelClient {
  /** `custom`: a `BaseChatModel` a developer passed to `createJobpilot`. */
  readonly provider: 'openai' | 'google' | 'custom';
  readonly model: string;
  /** A short description for logs and errors, e.g. "openai (llama3 @ 127.0.0.1:11434)". */
  readonly label: string;
  stream(call: ModelCall, options?: ModelCallOptions): AsyncGenerator<string, ModelCallEnd>;
}
