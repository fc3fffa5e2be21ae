import { createParser } from 'eventsource-parser';
import type { ModelSettings } from '../config.ts';
import { JobpilotError } from '../errors.ts';
import type { ModelCall, ModelCallEnd, ModelCallOptions, ModelClient, ModelUsage } from './model-client.ts';
import type { ProviderAdapter } from './provider-adapter.ts';
import { backoffMs } from './retry-after.ts';
import { countTokens } from './token-count.ts';

export type ModelClientSettings = Pick<
  ModelSettings,
  'idleTimeoutMs' | 'timeoutMs' | 'retries' | 'retryMaxWaitMs' | 'maxOutputTokens'
>;

/** Why this client aborted a request itself (as opposed to the caller cancelling it). */
class Deadline {
  constructor(readonly kind: 'idle' | 'total') {}
}

/** A failure worth another attempt when nothing has streamed yet. */
interface Transient {
  transient: true;
  retryAfterMs?: number | undefined;
}

const maxErrorBodyBytes = 64 * 1024;

/**
 * The one transport every model call goes through: a streamed POST to the provider, read
 * as SSE, with an idle timeout (before the first byte and between chunks), a total
 * timeout, cancellation that reaches the socket, retries of 429/5xx/dropped connections
 * (honouring `retry-after` up to a cap) while nothing has streamed yet, `max_tokens` on
 * every call and usage for every call. Failures are `JobpilotError`s with `MODEL_*` codes
 * and messages a person can act on; a caller's cancellation is rethrown as an AbortError.
 *
 * @example
 * const client = createModelClient(openAIAdapter({ model: 'gpt-4o-mini', apiKey }), settings);
 * for await (const text of client.stream({ system: 'Be brief.', messages: [{ role: 'user', content: 'hi' }] })) process.stdout.write(text);
 */
export function createModelClient(
  adapter: ProviderAdapter,
  settings: ModelClientSettings,
  fetchImpl: typeof fetch = fetch,
): ModelClient {
  const who = adapter.displayName;

  async function* stream(
    call: ModelCall,
    options: ModelCallOptions = {},
  ): AsyncGenerator<string, ModelCallEnd> {
    const started = Date.now();
    const caller = options.signal;
    caller?.throwIfAborted();
    // The call's own controller: the caller's signal and the total deadline both abort it.
    const whole = new AbortController();
    const forward = () => whole.abort(caller?.reason);
    caller?.addEventListener('abort', forward, { once: true });
    const totalTimer = setTimeout(() => whole.abort(new Deadline('total')), settings.timeoutMs);
    const maxOutputTokens = call.maxOutputTokens ?? settings.maxOutputTokens;
    let text = '';
    let usage: { inputTokens: number; outputTokens: number } | undefined;
    let finishReason = 'incomplete';
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          for await (const event of attemptCall(call, maxOutputTokens, whole.signal, text.length)) {
            if (event.usage) usage = event.usage;
            if (event.finishReason) finishReason = event.finishReason;
            if (event.text) {
              text += event.text;
              yield event.text;
            }
          }
          return { finishReason, usage: usageOrEstimate(call, text, usage) };
        } catch (error) {
          const failure = explain(error, whole.signal, caller, text.length);
          const transient = (failure as JobpilotError & { details?: Transient }).details;
          // Once text has reached the caller a retry would repeat it: fail instead.
          if (!transient?.transient || text.length > 0 || attempt >= settings.retries) throw failure;
          const wait = transient.retryAfterMs ?? backoffMs(attempt);
          if (wait > settings.retryMaxWaitMs || Date.now() - started + wait > settings.timeoutMs) {
            throw new JobpilotError(
              (failure as JobpilotError).code,
              `${(failure as JobpilotError).message} ${who} asked to wait ${seconds(wait)} before trying again, longer than jobpilot waits (${seconds(settings.retryMaxWaitMs)}); try again in ${seconds(wait)}.`,
              { cause: failure, details: { retryAfterMs: wait } },
            );
          }
          await sleep(wait, whole.signal).catch((reason: unknown) => {
            throw explain(reason, whole.signal, caller, 0);
          });
        }
      }
    } finally {
      clearTimeout(totalTimer);
      caller?.removeEventListener('abort', forward);
      // Also when the consumer stopped reading early: the request must not outlive the call.
      whole.abort(new Deadline('total'));
      options.onEnd?.({ finishReason, usage: usageOrEstimate(call, text, usage) });
    }
  }

  /** One HTTP request and its stream, as provider events; throws on any failure. */
  async function* attemptCall(
    call: ModelCall,
    maxOutputTokens: number,
    callSignal: AbortSignal,
    alreadyStreamed: number,
  ) {
    const controller = new AbortController();
    const forward = () => controller.abort(callSignal.reason);
    callSignal.addEventListener('abort', forward, { once: true });
    let idleTimer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => controller.abort(new Deadline('idle')), settings.idleTimeoutMs);
    };
    const disarm = () => clearTimeout(idleTimer);
    try {
      arm();
      const request = adapter.request(call, maxOutputTokens);
      const response = await fetchImpl(request.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...request.headers },
        body: JSON.stringify(request.body),
        signal: controller.signal,
      }).catch((error: unknown) => {
        if (controller.signal.aborted) throw error;
        throw transientError('MODEL_UNAVAILABLE', `Could not reach ${who}${codeOf(error)}.`, error);
      });
      if (!response.ok) {
        const body = await readCapped(response);
        throw httpFailure(response.status, adapter.describeFailure(response.status, body, response.headers));
      }
      if (!response.body) throw transientError('MODEL_UNAVAILABLE', `${who} sent an empty response.`);
      const pending: string[] = [];
      const parser = createParser({ onEvent: (event) => pending.push(event.data) });
      const decoder = new TextDecoder();
      const reader = response.body.getReader();
      let finished = false;
      arm();
      for (;;) {
        const { done, value } = await reader.read().catch((error: unknown) => {
          if (controller.signal.aborted) throw error;
          throw transientError('MODEL_UNAVAILABLE', `The connection to ${who} broke off mid-answer${codeOf(error)}.`, error);
        });
        if (done) break;
        parser.feed(decoder.decode(value, { stream: true }));
        for (const data of pending.splice(0)) {
          let event: ReturnType<ProviderAdapter['readEvent']>;
          try {
            event = adapter.readEvent(data);
          } catch (error) {
            throw transientError(
              'MODEL_UNAVAILABLE',
              `${who} sent a malformed chunk (${(error as Error).message}).`,
              error,
            );
          }
          if (event.error) throw transientError('MODEL_UNAVAILABLE', `${who} reported an error mid-answer: ${event.error}`);
          if (event.finishReason || event.done) finished = true;
          disarm(); // the consumer's time is not the model's silence
          yield event;
          arm();
        }
      }
      if (!finished) {
        throw transientError(
          'MODEL_UNAVAILABLE',
          `${who} closed the connection before finishing the answer${alreadyStreamed ? '' : ' (it may be overloaded)'}.`,
        );
      }
    } finally {
      disarm();
      callSignal.removeEventListener('abort', forward);
      controller.abort(new Deadline('total')); // closes the socket if anything is left open
    }
  }

  /** Turns whatever was thrown into the error the caller sees. */
  function explain(
    error: unknown,
    callSignal: AbortSignal,
    caller: AbortSignal | undefined,
    streamed: number,
  ): unknown {
    if (caller?.aborted) return abortError(caller.reason);
    if (error instanceof JobpilotError) return error;
    const reason = error instanceof Deadline ? error : callSignal.reason;
    const deadline = error instanceof Deadline ? error : reason instanceof Deadline ? reason : undefined;
    if (deadline?.kind === 'total' && callSignal.aborted) {
      return new JobpilotError(
        'MODEL_TIMEOUT',
        `${who} did not finish its answer within ${seconds(settings.timeoutMs)} (JOBPILOT_MODEL_TIMEOUT_MS).`,
        { cause: error },
      );
    }
    if (deadline?.kind === 'idle' || isIdleAbort(error)) {
      return new JobpilotError(
        'MODEL_TIMEOUT',
        streamed > 0
          ? `${who} went silent for ${seconds(settings.idleTimeoutMs)} in the middle of its answer (JOBPILOT_MODEL_IDLE_TIMEOUT_MS).`
          : `${who} sent nothing for ${seconds(settings.idleTimeoutMs)} (JOBPILOT_MODEL_IDLE_TIMEOUT_MS); it may be overloaded or loading the model.`,
        { cause: error },
      );
    }
    return transientError('MODEL_UNAVAILABLE', `The call to ${who} failed${codeOf(error)}.`, error);
  }

  return { provider: adapter.provider, model: adapter.model, label: adapter.label, stream };
}

/** The idle timer's own abort surfaces from fetch/read as an error carrying the Deadline as cause or reason. */
const isIdleAbort = (error: unknown): boolean =>
  error instanceof Deadline ? error.kind === 'idle' : (error as { cause?: unknown })?.cause instanceof Deadline;

/** The system error code behind a fetch failure, as " (ECONNREFUSED)", or nothing. */
const codeOf = (error: unknown): string => {
  const cause = (error as { cause?: { code?: unknown } })?.cause;
  return typeof cause?.code === 'string' ? ` (${cause.code})` : '';
};

function httpFailure(status: number, failure: { message: string; retryAfterMs?: number | undefined }) {
  if (status === 429) {
    return new JobpilotError('MODEL_RATE_LIMITED', failure.message, {
      details: { transient: true, retryAfterMs: failure.retryAfterMs } satisfies Transient,
    });
  }
  if (status === 408 || status >= 500) {
    return new JobpilotError('MODEL_UNAVAILABLE', failure.message, {
      details: { transient: true, retryAfterMs: failure.retryAfterMs } satisfies Transient,
    });
  }
  return new JobpilotError('MODEL_REQUEST_REJECTED', failure.message, { retryable: false });
}

const transientError = (code: 'MODEL_UNAVAILABLE', message: string, cause?: unknown) =>
  new JobpilotError(code, message, {
    ...(cause === undefined ? {} : { cause }),
    details: { transient: true } satisfies Transient,
  });

function abortError(reason: unknown): unknown {
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  if (reason instanceof JobpilotError) return reason;
  return new DOMException('The model call was cancelled.', 'AbortError');
}

function usageOrEstimate(
  call: ModelCall,
  text: string,
  reported: { inputTokens: number; outputTokens: number } | undefined,
): ModelUsage {
  if (reported) return { ...reported, estimated: false };
  const prompt = [call.system, ...call.messages.map((message) => message.content)].join('\n');
  return { inputTokens: countTokens(prompt), outputTokens: countTokens(text), estimated: true };
}

async function readCapped(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
      if (size >= maxErrorBodyBytes) break;
    }
  } catch {
    // A body cut short still says something; use what arrived.
  } finally {
    reader.cancel().catch(() => {});
  }
  return new TextDecoder().decode(Buffer.concat(chunks)).slice(0, maxErrorBodyBytes);
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
  });

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
