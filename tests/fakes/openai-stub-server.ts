import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ConnectionRecord, type StreamFaults, watchConnection, writeEvents } from './stream-faults.ts';

/** One request the stub received, as the provider would see it (the body as JSON, untyped for field-by-field assertions). */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: any;
  connection: ConnectionRecord;
}

/**
 * One scripted reply. `content` answers either mode (one delta when streamed); `deltas`
 * are the chunks of a streamed reply (joined when not streamed); `status` answers with an
 * OpenAI-style error instead.
 */
export interface OpenAIStubReply extends StreamFaults {
  content?: string;
  deltas?: string[];
  finishReason?: 'stop' | 'length';
  /** Waits this long before answering, for cancellation tests. */
  delayMs?: number;
  status?: number;
  error?: string;
  /** Token counts for the final usage chunk; none is sent when `null`. */
  usage?: { prompt_tokens: number; completion_tokens: number } | null;
}

export interface OpenAIStub {
  /** The server root; the OpenAI base URL is `${url}/v1`. */
  url: string;
  requests: RecordedRequest[];
  reply(...replies: OpenAIStubReply[]): void;
  close(): Promise<void>;
}

/**
 * A local server speaking OpenAI's chat completions wire protocol: `POST /v1/chat/completions`
 * answered as JSON, or as `text/event-stream` chunks ending in `data: [DONE]` when the
 * request has `stream: true`. Replies come from a queue; every request is recorded.
 *
 * @example
 * const stub = await startOpenAIStub();
 * stub.reply({ content: '{"type":"respond"}' });
 */
export async function startOpenAIStub(): Promise<OpenAIStub> {
  const requests: RecordedRequest[] = [];
  const queue: OpenAIStubReply[] = [];
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
    if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
      return json(404, {
        error: {
          message: `No route ${request.method} ${request.url}`,
          type: 'invalid_request_error',
        },
      });
    }
    const reply = queue.shift();
    if (!reply)
      return json(500, {
        error: { message: 'The stub has no scripted reply left.', type: 'server_error' },
      });
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (reply.status) {
      return json(
        reply.status,
        {
          error: {
            message: reply.error ?? 'Scripted error.',
            type: reply.status === 429 ? 'requests' : 'invalid_request_error',
            param: null,
            code: reply.status === 429 ? 'rate_limit_exceeded' : null,
          },
        },
        reply.headers,
      );
    }
    const usage =
      reply.usage === null ? undefined : (reply.usage ?? { prompt_tokens: 10, completion_tokens: 5 });
    const base = {
      id: `chatcmpl-${requests.length}`,
      created: Math.floor(Date.now() / 1000),
      model: body?.model,
    };
    const finishReason = reply.finishReason ?? 'stop';
    if (!body?.stream) {
      return json(200, {
        ...base,
        object: 'chat.completion',
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: reply.content ?? reply.deltas?.join('') ?? '',
              refusal: null,
            },
            logprobs: null,
            finish_reason: finishReason,
          },
        ],
        usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
      });
    }
    // The real stream: a role chunk, content deltas, a finish chunk, the usage chunk
    // (with `choices: []`) when asked for, then the `[DONE]` sentinel.
    const chunk = (delta: Record<string, unknown>, finish: string | null) =>
      JSON.stringify({
        ...base,
        object: 'chat.completion.chunk',
        system_fingerprint: 'fp_stub',
        choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
      });
    const events = [
      chunk({ role: 'assistant', content: '', refusal: null }, null),
      ...(reply.deltas ?? [reply.content ?? '']).map((delta) => chunk({ content: delta }, null)),
      chunk({}, finishReason),
    ];
    if (body.stream_options?.include_usage && usage) {
      events.push(
        JSON.stringify({
          ...base,
          object: 'chat.completion.chunk',
          choices: [],
          usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
        }),
      );
    }
    events.push('[DONE]');
    await writeEvents(response, events, reply, { preamble: 1 });
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
