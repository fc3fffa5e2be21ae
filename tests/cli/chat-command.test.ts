import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chatCommand } from '../../src/cli/commands/chat.ts';
import { defaultThreadId } from '../../src/cli/state.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import { errorResponse, jsonResponse, scriptedFetch, sseResponse, textSink } from './fake-fetch.ts';
import { scriptedLineReader } from './scripted-line-reader.ts';
import { testContext } from './test-context.ts';

const hello: RunEvent[] = [
  { type: 'run-start', run_id: 'r', thread_id: 't' },
  { type: 'message-delta', text: 'Hel' },
  { type: 'message-delta', text: 'lo!' },
  { type: 'message-end', text: 'Hello!' },
  { type: 'run-end', run_id: 'r', status: 'completed' },
];
const thread = (overrides: Record<string, unknown> = {}) => ({
  thread_id: 't',
  created_at: '2026-01-01T10:00:00.000Z',
  updated_at: '2026-01-01T10:00:00.000Z',
  status: 'idle',
  title: 'hi',
  messages: [
    { role: 'user', content: 'earlier question', created_at: '2026-01-01T10:00:00.000Z' },
    { role: 'assistant', content: 'earlier answer', created_at: '2026-01-01T10:00:01.000Z' },
  ],
  next_before: null,
  usage: { model_calls: 0, input_tokens: 0, output_tokens: 0 },
  pending_approval: null,
  ...overrides,
});
const notFound = () => errorResponse(404, 'THREAD_NOT_FOUND', 'No thread "t".');

describe('chat', () => {
  it('shows the last messages, streams a turn and leaves on /exit, keeping the input history', async () => {
    const { fetch, requests } = scriptedFetch(
      () => jsonResponse(thread()),
      () => sseResponse(hello),
    );
    const output = textSink();
    const script = scriptedLineReader(['hi', '/exit'], output);
    const { context, configDir } = await testContext({
      fetch,
      reader: script.reader,
      stdout: output,
    });
    expect(await chatCommand(context, { threadId: 't' })).toBe(0);
    expect(output.text).toContain('earlier question');
    expect(output.text).toContain('earlier answer');
    expect(output.text).toContain('you› hi\nHello!\nyou› /exit\n');
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      'GET http://jobpilot.test/v1/threads/t?limit=6',
      'POST http://jobpilot.test/v1/threads/t/runs',
    ]);
    expect(script.closed).toBe(true);
    expect(await readFile(join(configDir, 'history'), 'utf8')).toBe('hi\n/exit\n');
  });

  it('asks about approvals and resumes with the answer', async () => {
    const { fetch, requests } = scriptedFetch(
      notFound,
      () =>
        sseResponse([
          { type: 'run-start', run_id: 'r1', thread_id: 't' },
          {
            type: 'approval-request',
            action: 'open_app',
            args: { name: 'calculator' },
            reason: 'Apps can do anything.',
          },
          { type: 'run-end', run_id: 'r1', status: 'awaiting_approval' },
        ]),
      () => sseResponse(hello),
    );
    const output = textSink();
    const script = scriptedLineReader(['open the calculator', 'y'], output);
    const { context } = await testContext({ fetch, reader: script.reader, stdout: output });
    await chatCommand(context, { threadId: 't' });
    expect(script.prompts).toContain('? Allow open_app {"name":"calculator"}? [y/N] ');
    expect(requests[2]?.body).toEqual({ resume: { approved: true }, on_disconnect: 'continue' });
  });

  it('answers an approval the thread was already waiting for at start', async () => {
    const pending = {
      action: 'take_screenshot',
      args: {},
      reason: 'Screens can show private things.',
    };
    const { fetch, requests } = scriptedFetch(
      () => jsonResponse(thread({ status: 'awaiting_approval', pending_approval: pending })),
      () => sseResponse(hello),
    );
    const output = textSink();
    const script = scriptedLineReader(['n'], output);
    const { context } = await testContext({ fetch, reader: script.reader, stdout: output });
    await chatCommand(context, { threadId: 't' });
    expect(output.text).toContain(
      'Waiting for your approval: take_screenshot — Screens can show private things.',
    );
    expect(requests[1]?.body).toEqual({ resume: { approved: false }, on_disconnect: 'continue' });
  });

  it('/new starts a thread with a fresh id that becomes the default', async () => {
    const { fetch, requests } = scriptedFetch(notFound, () => sseResponse(hello));
    const output = textSink();
    const script = scriptedLineReader(['/new', 'hi'], output);
    const { context, configDir } = await testContext({
      fetch,
      reader: script.reader,
      stdout: output,
    });
    const before = await defaultThreadId(configDir);
    await chatCommand(context, { threadId: undefined });
    const after = await defaultThreadId(configDir);
    expect(after).not.toBe(before);
    expect(requests[0]?.url).toContain(`/v1/threads/${before}?`);
    expect(requests[1]?.url).toContain(`/v1/threads/${after}/runs`);
  });

  it('Ctrl-C cancels the running turn, not the chat', async () => {
    let cancelled = false;
    const output = textSink();
    const script = scriptedLineReader(['hi', 'hi'], output);
    const { fetch, requests } = scriptedFetch(
      notFound,
      () => {
        const body = new ReadableStream<Uint8Array>({
          start(stream) {
            stream.enqueue(
              new TextEncoder().encode(
                'event: run-start\ndata: {"run_id":"r","thread_id":"t"}\n\n',
              ),
            );
            setTimeout(() => script.interrupt(), 10);
          },
          cancel() {
            cancelled = true;
          },
        });
        return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
      },
      () => sseResponse(hello),
    );
    // The scripted fetch ignores signals; wire the abort to the body like a real fetch does.
    const abortingFetch = (async (url: string, init: RequestInit) => {
      const response = await fetch(url, init);
      if (!response.body) return response;
      const reader = response.body.getReader();
      const body = new ReadableStream<Uint8Array>({
        start(stream) {
          init.signal?.addEventListener('abort', () => {
            void reader.cancel();
            stream.error(init.signal?.reason);
          });
        },
        async pull(stream) {
          const { done, value } = await reader.read();
          if (done) stream.close();
          else stream.enqueue(value);
        },
      });
      return new Response(body, { status: response.status, headers: response.headers });
    }) as typeof globalThis.fetch;
    const { context } = await testContext({
      fetch: abortingFetch,
      reader: script.reader,
      stdout: output,
    });
    expect(await chatCommand(context, { threadId: 't' })).toBe(0);
    expect(cancelled).toBe(true);
    expect(requests).toHaveLength(3);
    expect(output.text).toContain('Hello!');
  });

  it('reports a failed request and carries on', async () => {
    const { fetch } = scriptedFetch(
      notFound,
      () => errorResponse(409, 'THREAD_BUSY', 'Thread "t" is busy.'),
      () => sseResponse(hello),
    );
    const output = textSink();
    const script = scriptedLineReader(['hi', 'hi again'], output);
    const { context, stderr } = await testContext({ fetch, reader: script.reader, stdout: output });
    await chatCommand(context, { threadId: 't' });
    expect(stderr.text).toBe('jobpilot: Thread "t" is busy. (THREAD_BUSY)\n');
    expect(output.text).toContain('Hello!');
  });
});
