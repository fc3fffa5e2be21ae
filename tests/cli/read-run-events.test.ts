import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/cli/api-error.ts';
import { describeError } from '../../src/cli/describe-error.ts';
import { readRunEvents } from '../../src/cli/read-run-events.ts';
import { collect } from '../helpers/collect.ts';
import { chunkedBody } from './fake-fetch.ts';

const wire = [
  ': keep-alive\n\n',
  'id: 1\nevent: run-start\ndata: {"run_id":"r1","thread_id":"t1"}\n\n',
  ': keep-alive\n\n',
  'id: 2\nevent: tool-call-end\ndata: {"index":0,"action":"open_website","ok":true,"summary":"Opened ✓ github — 東京"}\n\n',
  'id: 3\nevent: message-delta\ndata: {"text":"Hé"}\n\n',
  'id: 4\nevent: message-delta\ndata: {"text":"llo 👋"}\n\n',
  'id: 5\nevent: run-end\ndata: {"run_id":"r1","status":"completed"}\n\n',
].join('');

describe('readRunEvents', () => {
  it.each([1, 2, 3, 5, 7, 13, 64, 4096])(
    'reads the same events whatever the chunk size (%i bytes)',
    async (size) => {
      const events = await collect(readRunEvents(chunkedBody(wire, size)));
      expect(events).toEqual([
        { type: 'run-start', run_id: 'r1', thread_id: 't1' },
        {
          type: 'tool-call-end',
          index: 0,
          action: 'open_website',
          ok: true,
          summary: 'Opened ✓ github — 東京',
        },
        { type: 'message-delta', text: 'Hé' },
        { type: 'message-delta', text: 'llo 👋' },
        { type: 'run-end', run_id: 'r1', status: 'completed' },
      ]);
    },
  );

  it('accepts CRLF line endings', async () => {
    const events = await collect(readRunEvents(chunkedBody(wire.replaceAll('\n', '\r\n'), 3)));
    expect(events.map((event) => event.type)).toEqual([
      'run-start',
      'tool-call-end',
      'message-delta',
      'message-delta',
      'run-end',
    ]);
  });

  it('skips event types it does not know (a newer server)', async () => {
    const text =
      'event: usage\ndata: {"tokens":3}\n\nevent: run-end\ndata: {"run_id":"r","status":"failed"}\n\n';
    expect(await collect(readRunEvents(chunkedBody(text)))).toEqual([
      { type: 'run-end', run_id: 'r', status: 'failed' },
    ]);
  });

  it('fails clearly when the stream stops before run-end', async () => {
    const text =
      'event: run-start\ndata: {"run_id":"r","thread_id":"t"}\n\nevent: message-delta\ndata: {"te';
    const error = await collect(readRunEvents(chunkedBody(text))).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'STREAM_ENDED',
      message: expect.stringMatching(/^The connection to the server was lost before the run ended/),
    });
  });

  it('says the connection was lost, in one line, when the server dies mid-stream (a real socket cut)', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('event: run-start\ndata: {"run_id":"r","thread_id":"t"}\n\n');
      // The process is killed: the socket closes in the middle of a chunked body.
      setTimeout(() => response.socket?.destroy(), 20);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`);
      const seen: string[] = [];
      const error = await (async () => {
        for await (const event of readRunEvents(response.body as ReadableStream<Uint8Array>)) seen.push(event.type);
      })().catch((caught: unknown) => caught);
      expect(seen).toEqual(['run-start']);
      expect(error).toMatchObject({ code: 'STREAM_ENDED' });
      const line = describeError(error);
      expect(line).toMatch(/^jobpilot: The connection to the server was lost before the run ended.*\(STREAM_ENDED\)$/);
      expect(line).not.toContain('\n');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('lets the caller’s own cancellation through as it is', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(': keep-alive\n\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const controller = new AbortController();
      const response = await fetch(`http://127.0.0.1:${port}/`, { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      const error = await collect(readRunEvents(response.body as ReadableStream<Uint8Array>)).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ name: 'AbortError' });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('fails clearly on a malformed known event', async () => {
    const text = 'event: run-end\ndata: {"run_id":"r","status":"exploded"}\n\n';
    await expect(collect(readRunEvents(chunkedBody(text)))).rejects.toMatchObject({
      code: 'BAD_EVENT',
    });
  });

  it('cancels the body when the reader stops early', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          new TextEncoder().encode('event: run-start\ndata: {"run_id":"r","thread_id":"t"}\n\n'),
        );
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const event of readRunEvents(body)) {
      expect(event.type).toBe('run-start');
      break;
    }
    expect(cancelled).toBe(true);
  });

  it('stops at run-end even if bytes follow', async () => {
    const text = `${wire}event: message-delta\ndata: {"text":"late"}\n\n`;
    const events = await collect(readRunEvents(chunkedBody(text, 11)));
    expect(events.at(-1)?.type).toBe('run-end');
    expect(events).toHaveLength(5);
  });
});
