import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the stub received, as the provider would see it (the body as JSON, untyped for field-by-field assertions). */
export interface RecordedRequest {
  method: string;
  /** The path with its query, e.g. `/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse`. */
  path: string;
  headers: IncomingHttpHeaders;
  body: any;
}

/**
 * One scripted reply. `text` answers either method (one chunk when streamed); `chunks` are
 * the parts of a streamed reply (joined when not streamed); `status` answers with a
 * Google-style error instead.
 */
export interface GeminiStubReply {
  text?: string;
  chunks?: string[];
  /** Waits this long before answering, for cancellation tests. */
  delayMs?: number;
  status?: number;
  error?: string;
}

export interface GeminiStub {
  /** The server root, given to the client as its base URL (it adds `/v1beta/models/…`). */
  url: string;
  requests: RecordedRequest[];
  reply(...replies: GeminiStubReply[]): void;
  close(): Promise<void>;
}

const route =
  /^\/(v1beta|v1)\/models\/([^/:]+):(generateContent|streamGenerateContent)(\?alt=sse)?$/;

/**
 * A local server speaking the Gemini API wire protocol: `POST /v1beta/models/{model}:generateContent`
 * answered as JSON, and `:streamGenerateContent?alt=sse` answered as `data: {response}`
 * events. Replies come from a queue; every request is recorded.
 *
 * @example
 * const stub = await startGeminiStub();
 * stub.reply({ text: '{"type":"respond"}' });
 */
export async function startGeminiStub(): Promise<GeminiStub> {
  const requests: RecordedRequest[] = [];
  const queue: GeminiStubReply[] = [];
  const server = createServer(async (request, response) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    const body = text ? JSON.parse(text) : undefined;
    requests.push({
      method: request.method ?? '',
      path: request.url ?? '',
      headers: request.headers,
      body,
    });
    const json = (status: number, payload: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(payload));
    };
    const match = route.exec(request.url ?? '');
    if (request.method !== 'POST' || !match) {
      return json(404, {
        error: {
          code: 404,
          message: `No route ${request.method} ${request.url}`,
          status: 'NOT_FOUND',
        },
      });
    }
    const [, , model, method] = match;
    const reply = queue.shift();
    if (!reply)
      return json(500, {
        error: { code: 500, message: 'The stub has no scripted reply left.', status: 'INTERNAL' },
      });
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (reply.status) {
      return json(reply.status, {
        error: {
          code: reply.status,
          message: reply.error ?? 'Scripted error.',
          status: 'INVALID_ARGUMENT',
        },
      });
    }
    const usageMetadata = { promptTokenCount: 10, candidatesTokenCount: 5, totalTokenCount: 15 };
    const candidate = (part: string, finishReason?: string) => ({
      content: { role: 'model', parts: [{ text: part }] },
      index: 0,
      ...(finishReason ? { finishReason } : {}),
    });
    if (method === 'generateContent') {
      return json(200, {
        candidates: [candidate(reply.text ?? reply.chunks?.join('') ?? '', 'STOP')],
        usageMetadata,
        modelVersion: model,
      });
    }
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    const parts = reply.chunks ?? [reply.text ?? ''];
    parts.forEach((part, index) => {
      const last = index === parts.length - 1;
      const event = {
        candidates: [candidate(part, last ? 'STOP' : undefined)],
        usageMetadata,
        modelVersion: model,
      };
      response.write(`data: ${JSON.stringify(event)}\r\n\r\n`);
    });
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (...replies) => queue.push(...replies),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
