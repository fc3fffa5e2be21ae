import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { RunEvent } from '../protocol/events.ts';

/** An event and its SSE id (its seq in the run); an event with no id leaves the client's last id as it was. */
export interface IdentifiedEvent {
  id: number | undefined;
  event: RunEvent;
}

/** The one place events become bytes: `id`, `event`, one line of JSON `data` without the type. */
export function encodeEvent(id: number | undefined, event: RunEvent): string {
  const { type, ...data } = event;
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

export const sseHeaders = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  connection: 'keep-alive',
  // Tell nginx-style proxies not to buffer the stream.
  'x-accel-buffering': 'no',
} as const;

/**
 * A run's events as `start` yields them, each with its id: event n has id n (as kept for joins).
 *
 * @example
 * await writeEventStream(reply.raw, numbered(events), options);
 */
export async function* numbered(events: AsyncIterable<RunEvent>): AsyncGenerator<IdentifiedEvent> {
  let id = 0;
  for await (const event of events) yield { id: ++id, event };
}

/**
 * Writes an async iterable of events to a response as Server-Sent Events, waiting for
 * `drain` when the socket is full and sending keep-alive comments while nothing happens.
 * The events are read to their end even after the client has gone (a run that goes on
 * without its reader still has to be driven); `stopWhenGone` stops reading then instead (a join).
 *
 * @example
 * await writeEventStream(reply.raw, numbered(events), { keepAliveMs: 15_000, signal, headers: { 'content-location': path } });
 */
export async function writeEventStream(
  response: ServerResponse,
  events: AsyncIterable<IdentifiedEvent>,
  options: { keepAliveMs: number; signal: AbortSignal; headers?: Record<string, string>; stopWhenGone?: boolean },
): Promise<void> {
  response.writeHead(200, { ...sseHeaders, ...options.headers });
  response.flushHeaders();
  const gone = () => response.destroyed || response.writableEnded;
  const write = async (chunk: string) => {
    if (gone()) return;
    if (!response.write(chunk)) {
      // Backpressure: a slow reader holds the run, it doesn't fill our memory.
      await once(response, 'drain', { signal: options.signal }).catch(() => {});
    }
  };
  const keepAlive = setInterval(() => {
    if (!gone()) response.write(': keep-alive\n\n');
  }, options.keepAliveMs);
  // `run-end` is a run's last event: it is held until the events end, and goes with the end of
  // the response in one write (one socket write a turn fewer, for the server and the client).
  let last: string | undefined;
  try {
    for await (const { id, event } of events) {
      if (options.stopWhenGone && gone()) break;
      if (last !== undefined) await write(last);
      last = undefined;
      const chunk = encodeEvent(id, event);
      if (event.type === 'run-end') last = chunk;
      else await write(chunk);
    }
  } finally {
    clearInterval(keepAlive);
    if (!response.writableEnded) {
      if (last !== undefined && !gone()) response.end(last);
      else response.end();
    }
  }
}
