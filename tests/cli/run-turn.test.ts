import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/cli/api-client.ts';
import { runTurn } from '../../src/cli/run-turn.ts';
import type { PendingApproval } from '../../src/protocol/api.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import { errorResponse, jsonResponse, scriptedFetch, sseResponse } from './fake-fetch.ts';

const screenshot: PendingApproval = {
  action: 'take_screenshot',
  args: {},
  reason: 'Screens can show private things.',
};

const awaitingApproval = (): RunEvent[] => [
  { type: 'run-start', run_id: 'r1', thread_id: 't' },
  { type: 'plan', index: 0, action: 'take_screenshot', args: {} },
  { type: 'approval-request', ...screenshot },
  { type: 'run-end', run_id: 'r1', status: 'awaiting_approval' },
];
const completed = (text: string): RunEvent[] => [
  { type: 'run-start', run_id: 'r2', thread_id: 't' },
  { type: 'message-end', text },
  { type: 'run-end', run_id: 'r2', status: 'completed' },
];
const threadDetail = (pending: PendingApproval | null) => ({
  thread_id: 't',
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  status: pending ? 'awaiting_approval' : 'idle',
  title: 'grab a screenshot',
  messages: [],
  next_before: null,
  usage: { model_calls: 0, input_tokens: 0, output_tokens: 0 },
  pending_approval: pending,
});

describe('runTurn', () => {
  it('resumes a run that waits for approval with the answer', async () => {
    const { fetch, requests } = scriptedFetch(
      () => sseResponse(awaitingApproval()),
      () => sseResponse(completed('Declined.')),
    );
    const asked: PendingApproval[] = [];
    const events: RunEvent[] = [];
    const outcome = await runTurn({
      api: new ApiClient({ url: 'http://x', fetch }),
      threadId: 't',
      request: { message: 'grab a screenshot', on_disconnect: 'continue' },
      onEvent: (event) => events.push(event),
      decide: async (approval) => {
        asked.push(approval);
        return false;
      },
    });
    expect(outcome).toBe('completed');
    expect(asked).toEqual([screenshot]);
    expect(requests.map((request) => request.body)).toEqual([
      { message: 'grab a screenshot', on_disconnect: 'continue' },
      { resume: { approved: false }, on_disconnect: 'continue' },
    ]);
    expect(events.filter((event) => event.type === 'run-end').map((event) => event.status)).toEqual(
      ['awaiting_approval', 'completed'],
    );
  });

  it('leaves the approval pending when there is no answer', async () => {
    const { fetch, requests } = scriptedFetch(() => sseResponse(awaitingApproval()));
    const outcome = await runTurn({
      api: new ApiClient({ url: 'http://x', fetch }),
      threadId: 't',
      request: { message: 'grab a screenshot', on_disconnect: 'continue' },
      onEvent: () => {},
      decide: async () => undefined,
    });
    expect(outcome).toBe('awaiting_approval');
    expect(requests).toHaveLength(1);
  });

  it('answers a pending approval first when a message meets APPROVAL_PENDING, then sends the message', async () => {
    const { fetch, requests } = scriptedFetch(
      () => errorResponse(409, 'APPROVAL_PENDING', 'Thread "t" is waiting for your approval.'),
      () => jsonResponse(threadDetail(screenshot)),
      () => sseResponse(completed('Screenshot failed.')),
      () => sseResponse(completed('Hello!')),
    );
    const outcome = await runTurn({
      api: new ApiClient({ url: 'http://x', fetch }),
      threadId: 't',
      request: { message: 'hi', on_disconnect: 'continue' },
      onEvent: () => {},
      decide: async () => true,
    });
    expect(outcome).toBe('completed');
    expect(
      requests.map(
        (request) => `${request.method} ${request.url} ${JSON.stringify(request.body ?? null)}`,
      ),
    ).toEqual([
      'POST http://x/v1/threads/t/runs {"message":"hi","on_disconnect":"continue"}',
      'GET http://x/v1/threads/t?limit=1 null',
      'POST http://x/v1/threads/t/runs {"resume":{"approved":true},"on_disconnect":"continue"}',
      'POST http://x/v1/threads/t/runs {"message":"hi","on_disconnect":"continue"}',
    ]);
  });

  it('reports cancelled when its signal aborts the stream', async () => {
    const controller = new AbortController();
    const fetch = (async (_url: unknown, init: RequestInit) => {
      const signal = init.signal as AbortSignal;
      const body = new ReadableStream<Uint8Array>({
        start(stream) {
          stream.enqueue(
            new TextEncoder().encode('event: run-start\ndata: {"run_id":"r","thread_id":"t"}\n\n'),
          );
          signal.addEventListener('abort', () => stream.error(signal.reason));
        },
      });
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    }) as typeof globalThis.fetch;
    const outcome = await runTurn({
      api: new ApiClient({ url: 'http://x', fetch }),
      threadId: 't',
      request: { message: 'hi', on_disconnect: 'continue' },
      onEvent: (event) => {
        if (event.type === 'run-start') controller.abort();
      },
      decide: async () => false,
      signal: controller.signal,
    });
    expect(outcome).toBe('cancelled');
  });

  it('passes other refusals through', async () => {
    const { fetch } = scriptedFetch(() => errorResponse(409, 'THREAD_BUSY', 'busy'));
    await expect(
      runTurn({
        api: new ApiClient({ url: 'http://x', fetch }),
        threadId: 't',
        request: { message: 'hi', on_disconnect: 'continue' },
        onEvent: () => {},
        decide: async () => true,
      }),
    ).rejects.toMatchObject({ code: 'THREAD_BUSY' });
  });
});
