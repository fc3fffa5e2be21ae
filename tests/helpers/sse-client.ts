import { createParser } from 'eventsource-parser';
import { parseRunEvent, type RunEvent } from '../../src/protocol/events.ts';

export interface RawSseMessage {
  id: string | undefined;
  event: string | undefined;
  data: string;
}

/** POSTs a run request and returns the status, headers and every SSE message (raw and typed). */
export async function postRun(
  baseUrl: string,
  threadId: string,
  body: unknown,
  init: { signal?: AbortSignal; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${baseUrl}/v1/threads/${encodeURIComponent(threadId)}/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...(init.signal ? { signal: init.signal } : {}),
  });
  if (!response.headers.get('content-type')?.startsWith('text/event-stream')) {
    return {
      response,
      raw: [] as RawSseMessage[],
      events: [] as RunEvent[],
      comments: [] as string[],
      json: (await response.json()) as unknown,
    };
  }
  const raw: RawSseMessage[] = [];
  const comments: string[] = [];
  const parser = createParser({
    onEvent: (message) => raw.push({ id: message.id, event: message.event, data: message.data }),
    onComment: (comment) => comments.push(comment),
  });
  const decoder = new TextDecoder();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
    parser.feed(decoder.decode(chunk, { stream: true }));
  const events = raw.map((message) => parseRunEvent(message.event ?? 'message', message.data));
  return { response, raw, events, comments, json: undefined };
}

/** The steps a chat message ran on the server at `baseUrl`, with their answers (each `tool-call-end`). */
export async function stepsRun(baseUrl: string, threadId: string, message: string): Promise<Array<{ action: string; ok: boolean; summary: string }>> {
  const { events } = await postRun(baseUrl, threadId, { message });
  return events.flatMap((event) => (event.type === 'tool-call-end' ? [{ action: event.action, ok: event.ok, summary: event.summary }] : []));
}

/** One JSON request to the server at `baseUrl`: its status and its parsed body (undefined when empty). */
export async function callJson(baseUrl: string, method: string, path: string, json?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    ...(json === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** Reads a run stream until `until` accepts an event, then aborts the request (a disconnect). */
export async function postRunAndDisconnect(
  baseUrl: string,
  threadId: string,
  body: unknown,
  until: (event: RunEvent) => boolean,
  beforeDisconnect: () => Promise<void> = async () => {},
): Promise<RunEvent[]> {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/v1/threads/${encodeURIComponent(threadId)}/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: controller.signal,
  });
  const seen: RunEvent[] = [];
  let stop = false;
  const parser = createParser({
    onEvent: (message) => {
      const event = parseRunEvent(message.event ?? 'message', message.data);
      seen.push(event);
      if (until(event)) stop = true;
    },
  });
  const decoder = new TextDecoder();
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  while (!stop) {
    const { value, done } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
  }
  await beforeDisconnect();
  controller.abort();
  await reader.cancel().catch(() => {});
  return seen;
}
