import type { RunEvent } from '../../src/protocol/events.ts';
import { encodeEvent } from '../../src/server/sse.ts';

/** A body that delivers `text` in pieces of `chunkSize` bytes: splits land mid-line and mid-character. */
export function chunkedBody(text: string, chunkSize = 7): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

/** A real `Response` streaming `events` as the server encodes them, with a keep-alive comment. */
export function sseResponse(events: RunEvent[], chunkSize = 7): Response {
  const text = `: keep-alive\n\n${events.map((event, index) => encodeEvent(index + 1, event)).join('')}`;
  return new Response(chunkedBody(text, chunkSize), {
    headers: { 'content-type': 'text/event-stream; charset=utf-8' },
  });
}

export const jsonResponse = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export const errorResponse = (status: number, code: string, message: string): Response =>
  jsonResponse({ error: { code, message } }, status);

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * A `fetch` that answers from a script, one handler per request in order, and records
 * what it was asked.
 */
export function scriptedFetch(...answers: Array<(request: RecordedRequest) => Response>) {
  const requests: RecordedRequest[] = [];
  const fetchImpl = async (
    input: string | URL | Request,
    init: RequestInit = {},
  ): Promise<Response> => {
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      url: String(input),
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const answer = answers.shift();
    if (!answer) throw new Error(`No scripted answer for ${request.method} ${request.url}`);
    return answer(request);
  };
  return { fetch: fetchImpl as typeof fetch, requests };
}

/** A text sink that remembers what was written. */
export function textSink() {
  let text = '';
  return {
    write(chunk: string) {
      text += chunk;
      return true;
    },
    get text() {
      return text;
    },
  };
}
