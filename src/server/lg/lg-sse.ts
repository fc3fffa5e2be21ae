import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { sseHeaders } from '../sse.ts';
import type { NumberedPart } from './lg-runs.ts';

/** A LangGraph stream part as SSE: its id, its event name, its data as one line of JSON. */
export const encodeLgPart = (part: NumberedPart): string =>
  `id: ${part.id}\nevent: ${part.event}\ndata: ${JSON.stringify(part.data ?? null)}\n\n`;

/**
 * Writes a run's LangGraph stream parts as Server-Sent Events: waits for `drain` when the
 * socket is full, and sends a keep-alive comment every `keepAliveMs` for the whole stream
 * (the SDK's idle watchdog measures their cadence and reconnects a stream that goes silent).
 *
 * @example
 * await writeLgStream(reply.raw, await lgRuns.partsAfter(owner, threadId, runId, lastEventId, { modes, signal }), { keepAliveMs: 15_000, signal, headers: { 'content-location': location } });
 */
export async function writeLgStream(
  response: ServerResponse,
  parts: AsyncIterable<NumberedPart>,
  options: { keepAliveMs: number; signal: AbortSignal; headers: Record<string, string> },
): Promise<void> {
  response.writeHead(200, { ...sseHeaders, ...options.headers });
  response.flushHeaders();
  const open = () => !response.destroyed && !response.writableEnded;
  const keepAlive = setInterval(() => {
    if (open()) response.write(': heartbeat\n\n');
  }, options.keepAliveMs);
  try {
    for await (const part of parts) {
      if (!open()) break;
      if (!response.write(encodeLgPart(part))) await once(response, 'drain', { signal: options.signal }).catch(() => {});
    }
  } finally {
    clearInterval(keepAlive);
    if (!response.writableEnded) response.end();
  }
}
