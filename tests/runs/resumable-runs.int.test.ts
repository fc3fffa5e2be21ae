import { createParser } from 'eventsource-parser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import { type RunningServer, startServer } from '../../src/main.ts';
import { parseRunEvent, type RunEvent } from '../../src/protocol/events.ts';
import { gatedPlanner } from '../helpers/gated-planner.ts';
import { testConfig } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';

interface Seen {
  id: string | undefined;
  event: RunEvent;
}

/** Reads an SSE response until `until` accepts an event (then drops the connection) or the stream ends. */
async function readStream(response: Response, until: (seen: Seen[]) => boolean = () => false, controller?: AbortController) {
  const seen: Seen[] = [];
  let stop = false;
  const parser = createParser({
    onEvent: (message) => {
      if (stop) return;
      seen.push({ id: message.id, event: parseRunEvent(message.event ?? 'message', message.data) });
      if (until(seen)) stop = true;
    },
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  while (!stop) {
    const { value, done } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
  }
  if (stop) {
    controller?.abort();
    await reader.cancel().catch(() => {});
  }
  return seen;
}

const post = (url: string, threadId: string, body: unknown, init: { signal?: AbortSignal; headers?: Record<string, string> } = {}) =>
  fetch(`${url}/v1/threads/${threadId}/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: JSON.stringify(body),
    ...(init.signal ? { signal: init.signal } : {}),
  });

const join = (url: string, path: string, lastEventId?: string) =>
  fetch(`${url}${path}`, { headers: lastEventId === undefined ? {} : { 'last-event-id': lastEventId } });

/** The ids 1..n, as strings. */
const upTo = (n: number) => Array.from({ length: n }, (_, index) => String(index + 1));

describe('resumable run streams on /v1', () => {
  let config: Config;
  let first: RunningServer;
  let second: RunningServer;
  const planner = gatedPlanner();
  beforeAll(async () => {
    config = await testConfig({ PORT: '0' });
    // Two server processes on one database: each its own pool, thread-lock session and LISTEN session.
    first = await startServer(config, { planner, logger: false });
    second = await startServer(config, { planner, logger: false });
  });
  afterAll(async () => {
    planner.open();
    await first?.close();
    await second?.close();
  });
  beforeEach(() => {
    planner.close();
  });

  it.each([
    ['the same server', () => first.url],
    ['another server process sharing the database', () => second.url],
  ])('a dropped stream joined again with Last-Event-ID on %s loses no event and repeats none', async (_where, joinUrl) => {
    const thread = `drop-${Math.random().toString(36).slice(2, 8)}`;
    const waitingBefore = planner.state.waiting;
    const controller = new AbortController();
    const response = await post(first.url, thread, { message: 'stream please', on_disconnect: 'continue' }, { signal: controller.signal });
    expect(response.status).toBe(200);
    const location = response.headers.get('content-location');
    // run-start and two of the three words before the gate: then the connection is cut.
    const before = await readStream(response, (seen) => seen.length === 3, controller);
    const start = before[0]?.event;
    expect(start?.type).toBe('run-start');
    if (start?.type !== 'run-start') throw new Error('no run-start');
    expect(location).toBe(`/v1/threads/${thread}/runs/${start.run_id}`);
    expect(before.map((seen) => seen.id)).toEqual(['1', '2', '3']);
    expect(await waitFor(async () => planner.state.waiting, (count) => count > waitingBefore)).toBe(waitingBefore + 1);

    // The run went on without its reader: its thread is still busy with it.
    const detail = (await (await fetch(`${first.url}/v1/threads/${thread}`)).json()) as { status: string };
    expect(detail.status).toBe('busy');

    const rejoined = await join(joinUrl(), location ?? '', '3');
    expect(rejoined.status).toBe(200);
    expect(rejoined.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(rejoined.headers.get('content-location')).toBe(location);
    // The rest happens while the join is open: live events, from the process that runs the run.
    const rest = readStream(rejoined);
    planner.open();
    const after = await rest;
    const all = [...before, ...after];
    expect(all.map((seen) => seen.id)).toEqual(upTo(all.length));
    expect(all.at(-1)?.event).toMatchObject({ type: 'run-end', run_id: start.run_id, status: 'completed' });
    const text = all.flatMap((seen) => (seen.event.type === 'message-delta' ? [seen.event.text] : [])).join('');
    const end = all.find((seen) => seen.event.type === 'message-end')?.event;
    expect(end?.type === 'message-end' && end.text).toBe(text.trim());
    expect(text).toBe('word1 word2 word3 word4 word5 word6 word7 ');

    // A finished run replays whole and ends, from either process: the same events with the same ids.
    for (const url of [first.url, second.url]) {
      const replay = await readStream(await join(url, location ?? ''));
      expect(replay).toEqual(all);
    }
  });

  it('a detached run (stream: false, or Prefer: respond-async) answers 202 at once and is joined by its Content-Location', async () => {
    const thread = `detached-${Math.random().toString(36).slice(2, 8)}`;
    const started = await post(first.url, thread, { message: 'stream detached', stream: false });
    expect(started.status).toBe(202);
    const accepted = (await started.json()) as { run_id: string; thread_id: string; stream_url: string };
    expect(accepted.thread_id).toBe(thread);
    expect(accepted.stream_url).toBe(`/v1/threads/${thread}/runs/${accepted.run_id}`);
    expect(started.headers.get('content-location')).toBe(accepted.stream_url);
    expect(started.headers.get('location')).toBe(accepted.stream_url);
    // Joined on the other process while it waits at the gate, then it finishes.
    const joined = await join(second.url, accepted.stream_url);
    const events = readStream(joined);
    planner.open();
    const seen = await events;
    expect(seen[0]?.event).toEqual({ type: 'run-start', run_id: accepted.run_id, thread_id: thread, queued_ms: expect.any(Number) });
    expect(seen.map((entry) => entry.id)).toEqual(upTo(seen.length));
    expect(seen.at(-1)?.event).toMatchObject({ type: 'run-end', status: 'completed' });

    const preferred = await post(second.url, thread, { message: 'hello' }, { headers: { prefer: 'respond-async, wait=0' } });
    expect(preferred.status).toBe(202);
    expect(preferred.headers.get('preference-applied')).toBe('respond-async');
    const { stream_url: url } = (await preferred.json()) as { stream_url: string };
    const answer = await readStream(await join(first.url, url));
    expect(answer.map((entry) => entry.event.type)).toEqual(['run-start', 'message-delta', 'message-end', 'run-end']);
    expect(answer.find((entry) => entry.event.type === 'message-end')?.event).toMatchObject({ text: 'You said hello.' });
    // The thread's kept runs, newest first, as either process lists them (the service API /lg uses).
    const listed = await second.jobpilot.runs.list(thread);
    expect(listed.map((run) => [run.run_id, run.status])).toEqual([
      [(answer[0]?.event as { run_id: string }).run_id, 'completed'],
      [accepted.run_id, 'completed'],
    ]);
    expect(await first.jobpilot.runs.list(thread, { runId: accepted.run_id })).toHaveLength(1);
    expect(await first.jobpilot.runs.list(thread, { owner: 'someone-else' })).toEqual([]);
  });

  it('a run started without on_disconnect is still cancelled when its client leaves (and is then read as cancelled)', async () => {
    const thread = `cancel-${Math.random().toString(36).slice(2, 8)}`;
    const hangingBefore = planner.state.hanging;
    const controller = new AbortController();
    const response = await post(first.url, thread, { message: 'hang' }, { signal: controller.signal });
    const location = response.headers.get('content-location') ?? '';
    await readStream(response, (seen) => seen.length === 1, controller);
    await waitFor(async () => planner.state.hanging, (count) => count > hangingBefore);
    const replay = await readStream(await join(second.url, location));
    expect(replay.at(-1)?.event).toMatchObject({ type: 'run-end', status: 'cancelled' });
  });

  it('POST …/cancel stops a detached run from another process; the join ends with run-end cancelled', async () => {
    const thread = `stop-${Math.random().toString(36).slice(2, 8)}`;
    const hangingBefore = planner.state.hanging;
    const started = await post(first.url, thread, { message: 'hang', stream: false });
    const { run_id: runId, stream_url: url } = (await started.json()) as { run_id: string; stream_url: string };
    await waitFor(async () => planner.state.hanging, (count) => count > hangingBefore);
    const joined = readStream(await join(first.url, url));
    const cancel = await fetch(`${second.url}${url}/cancel`, { method: 'POST' });
    expect(cancel.status).toBe(200);
    expect(await cancel.json()).toEqual({ run_id: runId, status: 'cancelling' });
    const seen = await joined;
    expect(seen.at(-1)?.event).toMatchObject({ type: 'run-end', run_id: runId, status: 'cancelled' });
    // Once ended, a cancel says so.
    const again = await fetch(`${first.url}${url}/cancel`, { method: 'POST' });
    expect(await again.json()).toEqual({ run_id: runId, status: 'ended' });
  });

  it('refuses a run it does not keep on that thread (404 RUN_NOT_FOUND) and malformed ids (400)', async () => {
    const thread = `refuse-${Math.random().toString(36).slice(2, 8)}`;
    const started = await post(first.url, thread, { message: 'hello', stream: false });
    const { run_id: runId } = (await started.json()) as { run_id: string };
    const unknown = await join(first.url, `/v1/threads/${thread}/runs/00000000-0000-4000-8000-000000000000`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('RUN_NOT_FOUND');
    const otherThread = await join(first.url, `/v1/threads/not-${thread}/runs/${runId}`);
    expect(otherThread.status).toBe(404);
    const cancelUnknown = await fetch(`${first.url}/v1/threads/${thread}/runs/00000000-0000-4000-8000-000000000000/cancel`, { method: 'POST' });
    expect(cancelUnknown.status).toBe(404);
    const malformed = await join(first.url, `/v1/threads/${thread}/runs/nope`);
    expect(malformed.status).toBe(400);
    const badId = await join(first.url, `/v1/threads/${thread}/runs/${runId}`, 'seven');
    expect(badId.status).toBe(400);
    expect(((await badId.json()) as { error: { message: string } }).error.message).toMatch(/last-event-id/i);
  });
  it('a server that stops ends its joins without run-end (their clients join again elsewhere), the run goes on', async () => {
    const thread = `moving-${Math.random().toString(36).slice(2, 8)}`;
    const waitingBefore = planner.state.waiting;
    const started = await post(first.url, thread, { message: 'stream moving', stream: false });
    const { stream_url: url } = (await started.json()) as { stream_url: string };
    const joined = await join(second.url, url);
    const seen = readStream(joined);
    await waitFor(async () => planner.state.waiting, (count) => count > waitingBefore);
    // Last in this file: the second server stops for good.
    await second.close();
    const before = await seen;
    expect(before.map((entry) => entry.event.type)).not.toContain('run-end');
    planner.open();
    const rest = await readStream(await join(first.url, url, before.at(-1)?.id));
    const all = [...before, ...rest];
    expect(all.map((entry) => entry.id)).toEqual(upTo(all.length));
    expect(all.at(-1)?.event).toMatchObject({ type: 'run-end', status: 'completed' });
  });

});
