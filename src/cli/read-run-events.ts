import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { parseRunEvent, type RunEvent, runEventSchema } from '../protocol/events.ts';
import { ApiError } from './api-error.ts';

const knownTypes: ReadonlySet<string> = new Set(
  runEventSchema.options.map((option) => option.shape.type.value),
);

function toRunEvent(message: EventSourceMessage): RunEvent | undefined {
  // Unknown event names are a newer server talking: skip them rather than fail.
  if (!message.event || !knownTypes.has(message.event)) return undefined;
  try {
    return parseRunEvent(message.event, message.data);
  } catch (error) {
    throw new ApiError(
      'BAD_EVENT',
      `The server sent an unreadable "${message.event}" event: ${message.data.slice(0, 200)}`,
      undefined,
      { cause: error },
    );
  }
}

const lostConnection =
  'The connection to the server was lost before the run ended (the server stopped, or the network dropped). ' +
  'Once the server is back, the thread shows what the run did.';

/**
 * Reads a run's Server-Sent Events from a response body as typed events, in order.
 * Keep-alive comments are ignored; a stream that stops before `run-end` is an error.
 * Stopping the iteration early cancels the body (and so the request).
 *
 * @example
 * for await (const event of readRunEvents(response.body)) console.log(event.type);
 */
export async function* readRunEvents(
  body: ReadableStream<Uint8Array>,
  /** Told each yielded event's SSE `id:` (when it has one), before the event is yielded. */
  onId: (id: string) => void = () => {},
): AsyncGenerator<RunEvent> {
  const pending: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (message) => pending.push(message) });
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let ended = false;
  try {
    for (;;) {
      const { done, value } = await reader.read().catch((error: unknown) => {
        // The caller's own cancellation (Ctrl-C) goes up as it is; a cut connection (the
        // server killed, the network gone: undici's "terminated") is a stream that ended early.
        if (error instanceof Error && error.name === 'AbortError') throw error;
        throw new ApiError('STREAM_ENDED', lostConnection, undefined, { cause: error });
      });
      if (done) break;
      parser.feed(value);
      while (pending.length > 0) {
        const message = pending.shift() as EventSourceMessage;
        const event = toRunEvent(message);
        if (!event) continue;
        if (message.id) onId(message.id);
        yield event;
        if (event.type === 'run-end') {
          ended = true;
          return;
        }
      }
    }
  } finally {
    if (!ended) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
  throw new ApiError('STREAM_ENDED', lostConnection);
}
