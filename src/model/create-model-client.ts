import { AsyncLocalStorage } from 'node:async_hooks';
import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, type AIMessageChunk, type BaseMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import { AsyncLocalStorageProviderSingleton } from '@langchain/core/singletons';
import { getEnvironmentVariable } from '@langchain/core/utils/env';
import type { ModelSettings } from '../config.ts';
import { JobpilotError } from '../errors.ts';
import type { ChatModelBinding, ProviderFailure } from './chat-model-binding.ts';
import type { ModelCall, ModelCallEnd, ModelCallOptions, ModelClient, ModelUsage } from './model-client.ts';
import { backoffMs } from './retry-after.ts';
import { countTokens } from './token-count.ts';
import { watchedFetch } from './watched-fetch.ts';

export type ModelClientSettings = Pick<
  ModelSettings,
  'idleTimeoutMs' | 'timeoutMs' | 'retries' | 'retryMaxWaitMs' | 'maxOutputTokens'
>;

/** Why this client aborted an attempt itself (as opposed to the caller cancelling it). */
class Deadline {
  constructor(readonly kind: 'idle' | 'total' | 'done') {}
}

/** A failure worth another attempt when nothing has streamed yet. */
interface Transient {
  transient: true;
  retryAfterMs?: number | undefined;
}

type Tokens = { inputTokens: number; outputTokens: number };

/**
 * The containment every model call goes through, around a LangChain chat model
 * (`ChatOpenAI`, `ChatGoogleGenerativeAI`, or any `BaseChatModel`). The model itself never
 * retries (`maxRetries: 0`) and has no timers of its own; here, each attempt gets its own
 * `AbortController` fed by the caller's signal, a total timer and an idle timer re-armed on
 * every chunk (plain `setTimeout`: they hold the controller strongly, so garbage collection
 * cannot lose them), and the controller is aborted in `finally` so an early stop closes the
 * socket. 408/429/5xx and dropped connections are retried only while nothing has streamed,
 * waiting `retry-after` (or Gemini's RetryInfo) up to a cap; a stream that ends without a
 * finish reason is an error. Failures are `JobpilotError`s with `MODEL_*` codes and messages
 * a person can act on; a caller's cancellation is rethrown as an AbortError.
 *
 * @example
 * const client = createModelClient(openAIBinding({ model: 'gpt-4o-mini', apiKey, baseUrl: undefined }), settings);
 * for await (const text of client.stream({ system: 'Be brief.', messages: [{ role: 'user', content: 'hi' }] })) process.stdout.write(text);
 */
export function createModelClient(binding: ChatModelBinding, settings: ModelClientSettings): ModelClient {
  const who = binding.displayName;
  // Loads the tokenizer's tables now (seconds on a busy machine), not at the end of the first call.
  countTokens('warm up');
  // One model per output limit, kept: building a LangChain model and its SDK client on every call
  // cost more CPU than the rest of the call's own work. The attempt's idle timer reaches the
  // shared `fetch` through the async context the request is started in.
  const activity = new AsyncLocalStorage<() => void>();
  const sharedFetch: typeof fetch = (input, init) => watchedFetch(activity.getStore() ?? (() => {}))(input, init);
  const models = new Map<number, BaseChatModel>();
  const modelFor = (maxOutputTokens: number): BaseChatModel => {
    let model = models.get(maxOutputTokens);
    if (!model) {
      if (models.size >= maxModels) models.delete(models.keys().next().value as number);
      model = binding.chatModel({ maxOutputTokens, fetch: sharedFetch });
      models.set(maxOutputTokens, model);
    }
    return model;
  };

  async function* stream(call: ModelCall, options: ModelCallOptions = {}): AsyncGenerator<string, ModelCallEnd> {
    const started = Date.now();
    const caller = options.signal;
    caller?.throwIfAborted();
    const maxOutputTokens = call.maxOutputTokens ?? settings.maxOutputTokens;
    const structured = call.schema ? binding.structuredOutput(call.schema) : { callOptions: {} };
    const messages = toMessages(call, structured.instruction);
    let text = '';
    let usage: Tokens | undefined;
    let finishReason = 'incomplete';
    try {
      for (let attempt = 0; ; attempt++) {
        const controller = new AbortController();
        const forward = () => controller.abort(caller?.reason);
        caller?.addEventListener('abort', forward, { once: true });
        let idleTimer: NodeJS.Timeout | undefined;
        const arm = () => {
          clearTimeout(idleTimer);
          idleTimer = setTimeout(() => controller.abort(new Deadline('idle')), settings.idleTimeoutMs);
        };
        const left = settings.timeoutMs - (Date.now() - started);
        const totalTimer = setTimeout(() => controller.abort(new Deadline('total')), Math.max(0, left));
        // Every wait below races this, so a deadline ends the call even if an SDK ignored the signal.
        const stopped = new Promise<never>((_, reject) =>
          controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true }),
        );
        stopped.catch(() => {});
        let iterator: AsyncIterator<AIMessageChunk> | undefined;
        let finished = false;
        let consuming = false;
        try {
          arm();
          // Bytes the SDK reads ahead while the consumer has a delta must not start the timer.
          const model = modelFor(maxOutputTokens);
          const request = activity.run(
            () => consuming || arm(),
            () => streamChunks(model, messages, { ...structured.callOptions, signal: controller.signal }),
          );
          const chunks = await Promise.race([request, stopped]);
          iterator = chunks[Symbol.asyncIterator]();
          for (;;) {
            const { done, value: chunk } = await Promise.race([iterator.next(), stopped]);
            if (done) break;
            clearTimeout(idleTimer); // the consumer's time is not the model's silence
            const reason = finishReasonOf(chunk);
            if (reason) [finishReason, finished] = [reason, true];
            if (chunk.usage_metadata) usage = addTokens(usage, chunk.usage_metadata);
            const delta = textOf(chunk);
            if (delta) {
              text += delta;
              consuming = true;
              yield delta;
              consuming = false;
            }
            arm();
          }
          // Some SDKs end a stream quietly when its signal fires.
          controller.signal.throwIfAborted();
          if (!finished && binding.requiresFinishReason) {
            throw transientError(
              `${who} closed the connection before finishing the answer${text ? '' : ' (it may be overloaded)'}.`,
            );
          }
          if (!finished) finishReason = 'stop';
          return { finishReason, usage: usageOrEstimate(call, text, usage) };
        } catch (error) {
          const failure = explain(error, controller.signal, caller, text.length);
          const transient = failure instanceof JobpilotError ? (failure.details as Transient | undefined) : undefined;
          // Once text has reached the caller a retry would repeat it: fail instead.
          if (!transient?.transient || text.length > 0 || attempt >= settings.retries) throw failure;
          const wait = transient.retryAfterMs ?? backoffMs(attempt);
          if (wait > settings.retryMaxWaitMs || Date.now() - started + wait > settings.timeoutMs) {
            const { code, message } = failure as JobpilotError;
            throw new JobpilotError(
              code,
              `${message} ${who} asked to wait ${seconds(wait)} before trying again, longer than jobpilot waits (${seconds(settings.retryMaxWaitMs)}); try again in ${seconds(wait)}.`,
              { cause: failure, details: { retryAfterMs: wait } },
            );
          }
          await sleep(wait, caller).catch(() => {
            throw abortError(caller?.reason);
          });
        } finally {
          clearTimeout(idleTimer);
          clearTimeout(totalTimer);
          caller?.removeEventListener('abort', forward);
          // Also when the consumer stopped reading early: the request must not outlive the call.
          controller.abort(new Deadline('done'));
          iterator?.return?.().catch(() => {});
        }
      }
    } finally {
      options.onEnd?.({ finishReason, usage: usageOrEstimate(call, text, usage) });
    }
  }

  /** Turns whatever was thrown into the error the caller sees. */
  function explain(error: unknown, signal: AbortSignal, caller: AbortSignal | undefined, streamed: number): unknown {
    if (caller?.aborted) return abortError(caller.reason);
    if (error instanceof JobpilotError) return error;
    const deadline = signal.reason instanceof Deadline ? signal.reason.kind : undefined;
    if (deadline === 'total') {
      return new JobpilotError(
        'MODEL_TIMEOUT',
        `${who} did not finish its answer within ${seconds(settings.timeoutMs)} (JOBPILOT_MODEL_TIMEOUT_MS).`,
        { cause: error },
      );
    }
    if (deadline === 'idle') {
      return new JobpilotError(
        'MODEL_TIMEOUT',
        streamed > 0
          ? `${who} went silent for ${seconds(settings.idleTimeoutMs)} in the middle of its answer (JOBPILOT_MODEL_IDLE_TIMEOUT_MS).`
          : `${who} sent nothing for ${seconds(settings.idleTimeoutMs)} (JOBPILOT_MODEL_IDLE_TIMEOUT_MS); it may be overloaded or loading the model.`,
        { cause: error },
      );
    }
    const failure: ProviderFailure | undefined = binding.describeError(error);
    switch (failure?.kind) {
      case 'http':
        return httpFailure(failure);
      case 'unreachable':
        return transientError(`Could not reach ${who}${codeOf(error)}.`, error);
      case 'malformed':
        return transientError(`${who} sent a malformed chunk (${failure.detail}).`, error);
      default:
        return transientError(
          streamed > 0
            ? `The connection to ${who} broke off mid-answer${codeOf(error)}.`
            : `The call to ${who} failed${codeOf(error)}: ${(error as Error)?.message ?? String(error)}`,
          error,
        );
    }
  }

  return { provider: binding.provider, model: binding.model, label: binding.label, stream };
}

/**
 * The model's reply as message chunks. When nothing listens to the call (no callbacks on the
 * model or on the graph run it is part of, LangSmith tracing off), the chunks are read from the
 * model's own streaming method: `stream()` around it configures callbacks, starts a run tree,
 * wraps the generator in a web stream and merges every chunk into one more for the run's end, which
 * cost a model turn ~3 ms of CPU in the profile and which nothing here reads. Otherwise, and for a
 * model that does not stream natively, it goes through `stream()` as before.
 */
async function streamChunks(
  model: BaseChatModel,
  messages: BaseMessage[],
  options: Record<string, unknown> & { signal: AbortSignal },
): Promise<AsyncIterable<AIMessageChunk>> {
  const direct =
    model._streamResponseChunks !== BaseChatModel.prototype._streamResponseChunks &&
    !model.disableStreaming &&
    model.outputVersion !== 'v1' &&
    !model.verbose &&
    !hasHandlers(model.callbacks) &&
    !hasHandlers(AsyncLocalStorageProviderSingleton.getRunnableConfig()?.callbacks) &&
    !tracingEnabled();
  if (!direct) return model.stream(messages, options);
  const chunks = model._streamResponseChunks(messages, options as BaseChatModel['ParsedCallOptions']);
  // Started now, as stream() starts its generator: the request is made in this async context.
  const first = chunks.next();
  first.catch(() => {});
  return (async function* () {
    try {
      for (let next = await first; !next.done; next = await chunks.next()) {
        const chunk = next.value;
        // As stream() does: the provider's finish reason may be in the generation's info only.
        chunk.message.response_metadata = { ...chunk.generationInfo, ...chunk.message.response_metadata };
        yield chunk.message as AIMessageChunk;
      }
    } finally {
      await chunks.return?.(undefined);
    }
  })();
}

/** Whether callbacks (a list, or a manager) would hear anything. */
function hasHandlers(callbacks: unknown): boolean {
  if (!callbacks) return false;
  if (Array.isArray(callbacks)) return callbacks.length > 0;
  const manager = callbacks as { handlers?: unknown[]; inheritableHandlers?: unknown[] };
  return (manager.handlers?.length ?? 0) > 0 || (manager.inheritableHandlers?.length ?? 0) > 0;
}

/** LangSmith tracing as LangChain itself decides it (its own environment variables). */
const tracingEnabled = (): boolean =>
  ['LANGSMITH_TRACING_V2', 'LANGCHAIN_TRACING_V2', 'LANGSMITH_TRACING', 'LANGCHAIN_TRACING'].some(
    (name) => getEnvironmentVariable(name) === 'true',
  );

/** Output limits a client keeps a model for (a caller asks for a few at most). */
const maxModels = 8;

function toMessages(call: ModelCall, instruction: string | undefined): BaseMessage[] {
  return [
    new SystemMessage(instruction ? `${call.system}\n\n${instruction}` : call.system),
    ...call.messages.map((message) =>
      message.role === 'assistant' ? new AIMessage(message.content) : new HumanMessage(message.content),
    ),
  ];
}

/** The answer's text in a chunk; thinking blocks are the model's notes, not its answer. */
function textOf(chunk: AIMessageChunk): string {
  if (typeof chunk.content === 'string') return chunk.content;
  return chunk.content
    .map((block) => (block.type === 'text' && typeof block.text === 'string' ? block.text : ''))
    .join('');
}

/** The finish reason, normalised: OpenAI's `finish_reason`, Gemini's `finishReason`, Anthropic's `stop_reason`, Ollama's `done_reason`. */
function finishReasonOf(chunk: AIMessageChunk): string | undefined {
  const metadata = chunk.response_metadata as Record<string, unknown> | undefined;
  const reason = metadata?.finish_reason ?? metadata?.finishReason ?? metadata?.stop_reason ?? metadata?.done_reason;
  if (typeof reason !== 'string' || !reason || reason === 'FINISH_REASON_UNSPECIFIED') return undefined;
  if (reason === 'STOP' || reason === 'end_turn') return 'stop';
  if (reason === 'MAX_TOKENS' || reason === 'max_tokens') return 'length';
  return reason.toLowerCase();
}

/**
 * Gemini reports usage per chunk as increments, OpenAI once at the end: the sum is right for
 * both. Output is what the total leaves after the input when that is more: LangChain's Gemini
 * counts only `candidatesTokenCount`, and thinking tokens are billed as output too.
 */
const addTokens = (
  sum: Tokens | undefined,
  usage: { input_tokens: number; output_tokens: number; total_tokens?: number },
): Tokens => ({
  inputTokens: (sum?.inputTokens ?? 0) + usage.input_tokens,
  outputTokens:
    (sum?.outputTokens ?? 0) + Math.max(usage.output_tokens, (usage.total_tokens ?? 0) - usage.input_tokens),
});

/** The system error code behind a failure (" (ECONNREFUSED)"), however deep the SDK wrapped it, or nothing. */
function codeOf(error: unknown): string {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z][A-Z_]+$/.test(code)) return ` (${code})`;
    cause = (cause as { cause?: unknown }).cause;
  }
  return '';
}

function httpFailure(failure: Extract<ProviderFailure, { kind: 'http' }>) {
  const { status, message, retryAfterMs } = failure;
  if (status === 429) {
    return new JobpilotError('MODEL_RATE_LIMITED', message, {
      details: { transient: true, retryAfterMs } satisfies Transient,
    });
  }
  if (status === 408 || status >= 500) {
    return new JobpilotError('MODEL_UNAVAILABLE', message, {
      details: { transient: true, retryAfterMs } satisfies Transient,
    });
  }
  return new JobpilotError('MODEL_REQUEST_REJECTED', message, { retryable: false });
}

const transientError = (message: string, cause?: unknown) =>
  new JobpilotError('MODEL_UNAVAILABLE', message, {
    ...(cause === undefined ? {} : { cause }),
    details: { transient: true } satisfies Transient,
  });

function abortError(reason: unknown): unknown {
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  if (reason instanceof JobpilotError) return reason;
  return new DOMException('The model call was cancelled.', 'AbortError');
}

function usageOrEstimate(call: ModelCall, text: string, reported: Tokens | undefined): ModelUsage {
  if (reported) return { ...reported, estimated: false };
  const prompt = [call.system, ...call.messages.map((message) => message.content)].join('\n');
  return { inputTokens: countTokens(prompt), outputTokens: countTokens(text), estimated: true };
}

const sleep = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal?.addEventListener('abort', stop, { once: true });
  });

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
