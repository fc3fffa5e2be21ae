import type { RunEvent } from '../../src/protocol/events.ts';
import { eventStreamParser, type ServerSentEvent } from './sse.ts';

const tokenKey = 'jobpilot.token';

/** The token the page sends (`JOBPILOT_TOKEN` or a named token), kept in this browser once given. */
export const savedToken = (): string | null => localStorage.getItem(tokenKey);
export const saveToken = (token: string | null): void => {
  if (token) localStorage.setItem(tokenKey, token);
  else localStorage.removeItem(tokenKey);
};

/** A refusal from the server in its documented shape, or a connection that failed (`code` NETWORK). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Called when the server asks for a token: the page asks the person, then the request is tried again. */
let askForToken: (reason: string) => Promise<boolean> = async () => false;
export const onTokenNeeded = (ask: (reason: string) => Promise<boolean>): void => {
  askForToken = ask;
};

async function send(path: string, init: RequestInit = {}, retried = false): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = savedToken();
  if (token) headers.set('authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', 'The server could not be reached.');
  }
  if (response.ok) return response;
  let code = 'HTTP_STATUS';
  let message = `The server answered ${response.status}.`;
  let requestId: string | undefined;
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; request_id?: string } };
    code = body.error?.code ?? code;
    message = body.error?.message ?? message;
    requestId = body.error?.request_id;
  } catch {
    // Not the documented shape (a proxy's page): the status is all there is.
  }
  if (code === 'UNAUTHORIZED' && !retried && (await askForToken(message))) return send(path, init, true);
  throw new ApiError(response.status, code, message, requestId);
}

/** A JSON route: `GET` by default; with `body`, it is sent as JSON. */
export async function api<T>(path: string, options: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const init: RequestInit = { method: options.method ?? (options.body === undefined ? 'GET' : 'POST') };
  if (options.signal) init.signal = options.signal;
  if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    init.headers = { 'content-type': 'application/json' };
  }
  const response = await send(path, init);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/**
 * Uploads a file as the raw body (`POST /v1/resumes?filename=…`), as the generic binary type
 * the CLI sends too: the server reads the kind from the name and the bytes, so a picture gets
 * its person-readable answer ('"x.png" is an image, …') rather than a refusal of its content type.
 */
export async function upload<T>(path: string, file: File): Promise<T> {
  const response = await send(path, {
    method: 'POST',
    body: file,
    headers: { 'content-type': 'application/octet-stream' },
  });
  return (await response.json()) as T;
}

/** A file from the API (an export), with the name the server gave it. */
export async function download(path: string): Promise<{ blob: Blob; filename: string }> {
  const response = await send(path);
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'document';
  return { blob: await response.blob(), filename };
}

/**
 * Reads a long-lived `text/event-stream` route (`GET`, with the token like every request, which
 * `EventSource` cannot send) and hands each event to `onEvent` until the stream ends or `signal`
 * aborts. Resolves when it ends, for whatever reason; a refusal before the stream starts throws
 * an `ApiError`.
 *
 * @example
 * await readEventStream('/v1/notifications/stream', (event) => console.log(event.event), controller.signal);
 */
export async function readEventStream(path: string, onEvent: (event: ServerSentEvent) => void, signal: AbortSignal, onOpen: () => void = () => {}): Promise<void> {
  const response = await send(path, { headers: { accept: 'text/event-stream' }, signal });
  onOpen();
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) return;
  const parse = eventStreamParser(onEvent);
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      parse(value);
    }
  } catch {
    // Aborted, or the connection dropped: the caller decides whether to open it again.
  }
}

/** How many times a dropped run stream is joined again before the page gives up on it. */
const rejoinAttempts = 6;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a run (`{message}`) or answers an approval (`{resume}`) and hands each event of its
 * stream to `onEvent` as it arrives. The run is asked to go on if the connection drops
 * (`on_disconnect: continue`): a dropped stream is joined again at the run's address
 * (`content-location`) with `Last-Event-ID`, so no event is lost or shown twice, and
 * `onRejoin` is told. Stop (`signal`) cancels the run on the server. Resolves when the stream
 * ends: `ended` is false when it stopped before `run-end` (Stop, or the run could not be
 * joined again).
 *
 * @example
 * await streamRun('chat-1', { message: 'find remote jobs' }, (event) => render(event), controller.signal);
 */
export async function streamRun(
  threadId: string,
  body: { message: string } | { resume: { approved: boolean } },
  onEvent: (event: RunEvent) => void,
  signal: AbortSignal,
  onRejoin: (afterEventId: string | undefined) => void = () => {},
): Promise<{ ended: boolean }> {
  const response = await send(`/v1/threads/${encodeURIComponent(threadId)}/runs`, {
    method: 'POST',
    body: JSON.stringify({ ...body, on_disconnect: 'continue' }),
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    signal,
  });
  const location = response.headers.get('content-location');
  // Stop: the run goes on without its client, so it is cancelled by name.
  const cancel = () => {
    if (location) void send(`${location}/cancel`, { method: 'POST' }).catch(() => {});
  };
  signal.addEventListener('abort', cancel, { once: true });
  let ended = false;
  let lastId: string | undefined;
  const parse = eventStreamParser((message) => {
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(message.data) as Record<string, unknown>;
    } catch {
      return;
    }
    if (message.id !== undefined) lastId = message.id;
    const event = { type: message.event, ...data } as RunEvent;
    if (event.type === 'run-end') ended = true;
    onEvent(event);
  });
  const read = async (stream: Response): Promise<void> => {
    const reader = stream.body?.pipeThrough(new TextDecoderStream()).getReader();
    if (!reader) return;
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        parse(value);
      }
    } catch (error) {
      if ((error as Error).name === 'AbortError' || signal.aborted) return;
      // Dropped: joined again below.
    }
  };
  try {
    await read(response);
    for (let attempt = 0; !ended && !signal.aborted && location && attempt < rejoinAttempts; attempt += 1) {
      try {
        const before = lastId;
        const again = await send(location, { headers: { accept: 'text/event-stream', ...(lastId ? { 'last-event-id': lastId } : {}) }, signal });
        onRejoin(lastId);
        await read(again);
        // A join that brought something starts the count again; one that brought nothing waits.
        if (lastId !== before) attempt = -1;
        else await pause(Math.min(8_000, 500 * 2 ** attempt));
      } catch (error) {
        if ((error as Error).name === 'AbortError') break;
        // Not kept any more, or not this owner's: the conversation is read again instead.
        if (error instanceof ApiError && error.code !== 'NETWORK' && error.code !== 'DATABASE_UNAVAILABLE') break;
        await pause(Math.min(8_000, 500 * 2 ** attempt));
      }
    }
  } finally {
    signal.removeEventListener('abort', cancel);
  }
  return { ended };
}
