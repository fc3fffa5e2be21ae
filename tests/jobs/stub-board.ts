import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a stub board received. */
export interface BoardRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The request's body as sent ('' for a GET). */
  body: string;
  /** The client went away before the answer was complete (it timed out or aborted). */
  abandoned: boolean;
}

/** How the stub answers: JSON, raw text, a status, after a delay, or a never-ending body. */
export interface BoardReply {
  status?: number;
  json?: unknown;
  body?: string;
  contentType?: string;
  /** More response headers (a redirect's `location`). */
  headers?: Record<string, string>;
  delayMs?: number;
  /** Writes this chunk every few milliseconds until the client hangs up. */
  endlessChunk?: string;
}

/** A fixed reply, or one chosen per request (a board with several endpoints). */
export type BoardAnswer = BoardReply | ((request: BoardRequest) => BoardReply);

export interface StubBoard {
  /** The origin to configure the adapter with, e.g. http://127.0.0.1:40123 */
  origin: string;
  requests: BoardRequest[];
  /** Every request from now on is answered this way. */
  reply(reply: BoardAnswer): void;
  close(): Promise<void>;
}

/** A fixture from tests/fixtures/jobs, parsed. */
export function boardFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../fixtures/jobs/${name}.json`, import.meta.url), 'utf8'));
}

/**
 * A local job board on 127.0.0.1 (port 0) that records each request and answers with the
 * scripted reply, so adapters are tested against their board's real wire shape.
 *
 * @example
 * const board = await startStubBoard({ json: boardFixture('remotive') });
 * const remotive = createRemotiveSource({ origin: board.origin });
 */
export async function startStubBoard(initial: BoardAnswer = { json: {} }): Promise<StubBoard> {
  let current = initial;
  const requests: BoardRequest[] = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://stub');
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const record: BoardRequest = {
      method: request.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: request.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      abandoned: false,
    };
    requests.push(record);
    const reply = typeof current === 'function' ? current(record) : current;
    const timers: NodeJS.Timeout[] = [];
    response.on('close', () => {
      if (!response.writableFinished) record.abandoned = true;
      timers.forEach(clearTimeout);
      timers.forEach(clearInterval);
    });
    const answer = () => {
      const status = reply.status ?? 200;
      if (reply.endlessChunk !== undefined) {
        response.writeHead(status, { 'content-type': 'application/json' });
        const chunk = reply.endlessChunk;
        timers.push(setInterval(() => response.write(chunk), 2));
        return;
      }
      const body = reply.body ?? JSON.stringify(reply.json ?? null);
      response.writeHead(status, { 'content-type': reply.contentType ?? 'application/json', ...reply.headers });
      response.end(body);
    };
    if (reply.delayMs) timers.push(setTimeout(answer, reply.delayMs));
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    reply(reply) {
      current = reply;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
