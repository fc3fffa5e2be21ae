import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { RunEvent } from '../protocol/events.ts';

/** The one place events become bytes: `id`, `event`, one line of JSON `data` without the type. */
export function encodeEvent(id: number, event: RunEvent): string {
  const { type, ...data } = event;
  return `id: ${id}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

export const sseHeaders = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  connection: 'keep-alive',
  // Tell nginx-style proxies not to buffer the stream.
  'x-accel-buffering': 'no',
} as const;

/**
 * Writes an async iterable of events to a response as Server-Sent Events, waiting for
 * `drain` when the socket is full and sending keep-alive comments while nothing happens.
 *
 * @example
 * await writeEventStream(reply.raw, events, { keepAliveMs: 15_000, signal });
 */
export async function writeEventStream(
  response: ServerResponse,
  events: AsyncIterable<RunEvent>,
  options: { keepAliveMs: number; signal: AbortSignal },
): Promise<void> {
  response.writeHead(200, sseHeaders);
  response.flushHeaders();
  const write = async (chunk: string) => {
    if (response.destroyed || response.writableEnded) return;
    if (!response.write(chunk)) {
      // Backpressure: a slow reader holds the run, it doesn't fill our memory.
      await once(response, 'drain', { signal: options.signal }).catch(() => {});
    }
  };
  const keepAlive = setInterval(() => {
    if (!response.destroyed && !response.writableEnded) response.write(': keep-alive\n\n');
  }, options.keepAliveMs);
  let id = 0;
  try {
    for await (const event of events) {
      await write(encodeEvent(++id, event));
    }
  } finally {
    clearInterval(keepAlive);
    if (!response.writableEnded) response.end();
  }
}
