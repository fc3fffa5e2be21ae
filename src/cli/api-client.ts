import {
  errorBodySchema,
  type RunRequest,
  type ThreadDetail,
  type ThreadSummary,
  threadDetailSchema,
  threadListSchema,
} from '../protocol/api.ts';
import type { RunEvent } from '../protocol/events.ts';
import { ApiError, ServerUnreachableError } from './api-error.ts';
import { readRunEvents } from './read-run-events.ts';

export interface ApiClientOptions {
  url: string;
  token?: string | undefined;
  fetch?: typeof fetch;
}

/** A cancelled or timed-out fetch: the caller's doing, not an unreachable server. */
export const isAbort = (error: unknown) =>
  error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');

/**
 * The typed HTTP client for the jobpilot server. Network failures become
 * `ServerUnreachableError`, error bodies become `ApiError` with the server's code.
 *
 * @example
 * const api = new ApiClient({ url: 'http://127.0.0.1:8000' });
 * for await (const event of api.streamRun('my-thread', { message: 'hi' })) console.log(event);
 */
export class ApiClient {
  readonly url: string;
  readonly #token: string | undefined;
  readonly #fetch: typeof fetch;

  constructor({ url, token, fetch: fetchImpl = fetch }: ApiClientOptions) {
    this.url = url.replace(/\/+$/, '');
    this.#token = token;
    this.#fetch = fetchImpl;
  }

  async listThreads(): Promise<ThreadSummary[]> {
    const response = await this.#request('GET', '/v1/threads');
    return threadListSchema.parse(await response.json()).threads;
  }

  async getThread(
    threadId: string,
    page: { limit?: number; before?: string } = {},
  ): Promise<ThreadDetail> {
    const query = new URLSearchParams();
    if (page.limit !== undefined) query.set('limit', String(page.limit));
    if (page.before !== undefined) query.set('before', page.before);
    const suffix = query.size > 0 ? `?${query}` : '';
    const response = await this.#request(
      'GET',
      `/v1/threads/${encodeURIComponent(threadId)}${suffix}`,
    );
    return threadDetailSchema.parse(await response.json());
  }

  async deleteThread(threadId: string): Promise<void> {
    const response = await this.#request('DELETE', `/v1/threads/${encodeURIComponent(threadId)}`);
    await response.body?.cancel();
  }

  /**
   * Starts a turn (`{message}`) or answers the pending approval (`{resume}`) and yields the
   * run's events until `run-end`. Aborting `signal` drops the connection, which cancels
   * the run on the server.
   */
  async *streamRun(
    threadId: string,
    body: RunRequest,
    signal?: AbortSignal,
  ): AsyncGenerator<RunEvent> {
    const response = await this.#request(
      'POST',
      `/v1/threads/${encodeURIComponent(threadId)}/runs`,
      {
        body,
        signal,
        accept: 'text/event-stream',
      },
    );
    const type = response.headers.get('content-type') ?? '';
    if (!type.startsWith('text/event-stream') || !response.body) {
      await response.body?.cancel();
      throw new ApiError(
        'BAD_RESPONSE',
        `Expected an event stream from the server, got "${type || 'nothing'}".`,
        response.status,
      );
    }
    yield* readRunEvents(response.body);
  }

  async #request(
    method: string,
    path: string,
    options: { body?: unknown; signal?: AbortSignal | undefined; accept?: string } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { accept: options.accept ?? 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (this.#token) headers.authorization = `Bearer ${this.#token}`;
    let response: Response;
    try {
      response = await this.#fetch(`${this.url}${path}`, {
        method,
        headers,
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ServerUnreachableError(this.url, { cause: error });
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = errorBodySchema.safeParse(json);
  if (parsed.success)
    return new ApiError(parsed.data.error.code, parsed.data.error.message, response.status);
  const detail = text.trim().slice(0, 200) || response.statusText;
  return new ApiError(
    `HTTP_${response.status}`,
    `The server answered ${response.status}: ${detail}`,
    response.status,
  );
}
