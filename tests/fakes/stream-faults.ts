import type { ServerResponse } from 'node:http';

/** Ways a scripted streamed reply can misbehave, shared by the provider stubs. */
export interface StreamFaults {
  /** Sends the headers, then nothing (until the client gives up). */
  stallAfterHeaders?: boolean;
  /** Sends this many chunks, then nothing (until the client gives up). */
  stallAfter?: number;
  /** Sends this many chunks, then destroys the connection. */
  cutAfter?: number;
  /** Sends this many chunks, then one that is not JSON. */
  malformedAfter?: number;
  /** Waits this long between chunks (a slow but healthy stream). */
  chunkDelayMs?: number;
  /** Sends this many chunks, then waits for `resume` before the rest (a test looks at the half-written answer). */
  pauseAfter?: number;
  resume?: Promise<void>;
  /** Extra response headers (e.g. `retry-after`). */
  headers?: Record<string, string>;
}

/** What the stub saw of one request's connection. */
export interface ConnectionRecord {
  /** Resolves when the connection closed; `byClient` is true when the client hung up first. */
  closed: Promise<{ byClient: boolean }>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Writes SSE `data:` events with the scripted faults. Resolves when done or when the
 * client went away (a stalled stream waits for that).
 */
export async function writeEvents(
  response: ServerResponse,
  events: string[],
  faults: StreamFaults,
  options: { separator?: string; preamble?: number } = {},
): Promise<void> {
  const separator = options.separator ?? '\n\n';
  // Fault positions count answer chunks; a protocol's opening events (OpenAI's role chunk) come first.
  const preamble = options.preamble ?? 0;
  const write = (text: string) => new Promise<void>((resolve) => response.write(text, () => resolve()));
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...faults.headers });
  response.flushHeaders();
  const gone = new Promise<void>((resolve) => response.once('close', () => resolve()));
  if (faults.stallAfterHeaders) return gone;
  for (const [position, event] of events.entries()) {
    if (response.destroyed) return;
    const index = position - preamble;
    if (faults.stallAfter === index) return gone;
    if (faults.cutAfter === index) {
      await new Promise((resolve) => setTimeout(resolve, 20)); // let the client read what was sent
      response.socket?.destroy();
      return;
    }
    if (faults.pauseAfter === index) await faults.resume;
    if (faults.malformedAfter === index) {
      // Apart from the good chunks: an SDK may drop chunks that share a read with a bad one.
      await new Promise((resolve) => setTimeout(resolve, 20));
      await write(`data: {"candidates": [{"content": {"parts": [{"text": "oops"${separator}`);
      response.end();
      return;
    }
    await write(`data: ${event}${separator}`);
    if (faults.chunkDelayMs) await pause(faults.chunkDelayMs);
  }
  response.end();
}

/** Watches a request's connection: who closed it first. */
export function watchConnection(response: ServerResponse): ConnectionRecord {
  return {
    closed: new Promise((resolve) =>
      response.once('close', () => resolve({ byClient: !response.writableFinished })),
    ),
  };
}
