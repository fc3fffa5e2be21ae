import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../src/protocol/events.ts';
import { encodeEvent, type IdentifiedEvent, writeEventStream } from '../../src/server/sse.ts';

// A run's last event goes out with the end of the response (one socket write fewer a turn):
// the bytes a client reads are the same events, in the same order, as when each was written alone.
const runId = '6f1c1d9e-5a2b-4c1e-9d3f-0a1b2c3d4e5f';
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** Serves one stream of `events` and returns what the client read, and what `end` was handed. */
async function streamed(events: RunEvent[]): Promise<{ body: string; endedWith: unknown[] }> {
  const endedWith: unknown[] = [];
  const server = createServer((_request, response: ServerResponse) => {
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    (response as { end: unknown }).end = (...args: unknown[]) => {
      endedWith.push(args[0]);
      return end(...args);
    };
    const identified = (async function* (): AsyncGenerator<IdentifiedEvent> {
      let id = 0;
      for (const event of events) {
        // Each event a turn of the event loop after the one before, as a run's events come.
        await new Promise((resolve) => setImmediate(resolve));
        yield { id: ++id, event };
      }
    })();
    void writeEventStream(response, identified, { keepAliveMs: 60_000, signal: new AbortController().signal });
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  return { body: await response.text(), endedWith };
}

describe('the end of an event stream', () => {
  it('sends run-end with the end of the response, the bytes unchanged', async () => {
    const events: RunEvent[] = [
      { type: 'run-start', run_id: runId, thread_id: 'pots' },
      { type: 'message-delta', text: 'You are welcome.' },
      { type: 'run-end', run_id: runId, status: 'completed' },
    ];
    const { body, endedWith } = await streamed(events);
    expect(body).toBe(events.map((event, index) => encodeEvent(index + 1, event)).join(''));
    expect(endedWith).toEqual([encodeEvent(3, events[2] as RunEvent)]);
  });

  it('ends a stream with no run-end (a join cut short) as before, every event sent', async () => {
    const events: RunEvent[] = [
      { type: 'run-start', run_id: runId, thread_id: 'pots' },
      { type: 'message-delta', text: 'half an answer' },
    ];
    const { body, endedWith } = await streamed(events);
    expect(body).toBe(events.map((event, index) => encodeEvent(index + 1, event)).join(''));
    expect(endedWith).toEqual([undefined]);
  });
});
