import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ConnectionRecord, type StreamFaults, watchConnection, writeEvents } from './stream-faults.ts';

/** One request the stub received, as the provider would see it (the body as JSON, untyped for field-by-field assertions). */
export interface RecordedRequest {
  method: string;
  /** The path with its query, e.g. `/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse`. */
  path: string;
  headers: IncomingHttpHeaders;
  body: any;
  connection: ConnectionRecord;
}

/**
 * One scripted reply. `text` answers either method (one chunk when streamed); `chunks` are
 * the parts of a streamed reply (joined when not streamed); `status` answers with a
 * Google-style error instead.
 */
export interface GeminiStubReply extends StreamFaults {
  text?: string;
  chunks?: string[];
  /** Waits this long before answering, for cancellation tests. */
  delayMs?: number;
  status?: number;
  error?: string;
  /** For a 429: Gemini's `RetryInfo.retryDelay`, e.g. "17s". */
  retryDelay?: string;
  /** Sends no `usageMetadata` at all. */
  noUsage?: boolean;
  /** Thinking tokens: `thoughtsTokenCount`, also counted in `totalTokenCount`. */
  thoughtsTokens?: number;
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
      connection: watchConnection(response),
    });
    const json = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
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
      // Google's error shape; a 429 carries QuotaFailure and RetryInfo details.
      const details =
        reply.status === 429
          ? [
              {
                '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
                violations: [{ quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests' }],
              },
              ...(reply.retryDelay
                ? [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: reply.retryDelay }]
                : []),
            ]
          : [];
      return json(
        reply.status,
        {
          error: {
            code: reply.status,
            message: reply.error ?? 'Scripted error.',
            status: reply.status === 429 ? 'RESOURCE_EXHAUSTED' : reply.status >= 500 ? 'UNAVAILABLE' : 'INVALID_ARGUMENT',
            details,
          },
        },
        reply.headers,
      );
    }
    const usageMetadata = reply.noUsage
      ? undefined
      : {
          promptTokenCount: 10,
          candidatesTokenCount: 5,
          totalTokenCount: 15 + (reply.thoughtsTokens ?? 0),
          ...(reply.thoughtsTokens ? { thoughtsTokenCount: reply.thoughtsTokens } : {}),
          promptTokensDetails: [{ modality: 'TEXT', tokenCount: 10 }],
        };
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
    const parts = reply.chunks ?? [reply.text ?? ''];
    const events = parts.map((part, index) =>
      JSON.stringify({
        candidates: [candidate(part, index === parts.length - 1 ? 'STOP' : undefined)],
        ...(usageMetadata ? { usageMetadata } : {}),
        modelVersion: model,
        responseId: `stub-${requests.length}`,
      }),
    );
    // Gemini separates SSE events with CRLF pairs.
    await writeEvents(response, events, reply, { separator: '\r\n\r\n' });
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
