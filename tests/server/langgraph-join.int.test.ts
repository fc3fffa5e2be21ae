import { Client } from '@langchain/langgraph-sdk';
import { createParser } from 'eventsource-parser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { isAfter, parsePartId } from '../../src/server/lg/lg-stream-parts.ts';
import { gatedPlanner } from '../helpers/gated-planner.ts';
import { testConfig } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';

interface Part {
  id?: string | undefined;
  event: string;
  data: any;
}

async function collect(stream: AsyncIterable<Part>): Promise<Part[]> {
  const parts: Part[] = [];
  for await (const part of stream) parts.push({ id: part.id, event: part.event, data: part.data });
  return parts;
}

/** Reads an SSE response until `count` parts came, then drops the connection. */
async function readThenDrop(response: Response, count: number, controller: AbortController): Promise<Part[]> {
  const parts: Part[] = [];
  const parser = createParser({
    onEvent: (message) => {
      if (parts.length < count) parts.push({ id: message.id, event: message.event ?? 'message', data: JSON.parse(message.data) });
    },
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  while (parts.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
  }
  controller.abort();
  await reader.cancel().catch(() => {});
  return parts;
}

/** The ids are unique and each comes after the one before it. */
function expectInOrder(parts: Part[]) {
  for (const [index, part] of parts.entries()) {
    expect(part.id).toMatch(/^\d+\.\d+$/);
    if (index > 0) expect(isAfter(parsePartId(part.id), parsePartId(parts[index - 1]?.id))).toBe(true);
  }
}

const modes = ['values', 'messages-tuple', 'updates'] as const;

describe('/lg runs joined from any server process sharing the database', () => {
  let first: RunningServer;
  let second: RunningServer;
  let onFirst: Client;
  let onSecond: Client;
  const planner = gatedPlanner();
  beforeAll(async () => {
    const config = await testConfig({ PORT: '0' });
    first = await startServer(config, { planner, logger: false, keepAliveMs: 200 });
    second = await startServer(config, { planner, logger: false, keepAliveMs: 200 });
    onFirst = new Client({ apiUrl: `${first.url}/lg` });
    onSecond = new Client({ apiUrl: `${second.url}/lg` });
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
    ['the same server', () => onFirst],
    ['another server process', () => onSecond],
  ])('a dropped stream joined with Last-Event-ID on %s loses no part and repeats none', async (_where, joiner) => {
    const thread = await onFirst.threads.create();
    const waitingBefore = planner.state.waiting;
    const dropped = new AbortController();
    const response = await fetch(`${first.url}/lg/threads/${thread.thread_id}/runs/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ assistant_id: 'jobpilot', input: { messages: [{ type: 'human', content: 'stream please' }] }, stream_mode: modes }),
      signal: dropped.signal,
    });
    const runId = response.headers.get('content-location')?.split('/').at(-1) ?? '';
    // metadata, the first values and two of the three words before the gate: then the connection is cut.
    const before = await readThenDrop(response, 4, dropped);
    expect(before.map((part) => part.event)).toEqual(['metadata', 'values', 'messages', 'messages']);
    expect(before.slice(0, 2).map((part) => part.id)).toEqual(['0.0', '0.1']);
    expect(await waitFor(async () => planner.state.waiting, (count) => count > waitingBefore)).toBe(waitingBefore + 1);

    const rest = collect(joiner().runs.joinStream(thread.thread_id, runId, { lastEventId: before.at(-1)?.id as string, streamMode: [...modes] }));
    planner.open();
    const all = [...before, ...(await rest)];
    expectInOrder(all);
    const streamed = all.filter((part) => part.event === 'messages').map((part) => part.data[0].content as string).join('');
    expect(streamed).toBe('word1 word2 word3 word4 word5 word6 word7 ');
    const answer = all.find((part) => part.event === 'updates' && part.data.reception)?.data.reception.messages[0];
    expect(answer).toMatchObject({ id: `ai-${runId}`, content: streamed.trim() });
    const state = await onSecond.threads.getState(thread.thread_id);
    expect(all.at(-1)).toMatchObject({ event: 'values', data: state.values });

    // The whole run again, from the memory of the process that ran it and from the stored events on the other: the same parts, ids and all.
    for (const client of [onFirst, onSecond]) {
      expect(await collect(client.runs.joinStream(thread.thread_id, runId, { lastEventId: '-1', streamMode: [...modes] }))).toEqual(all);
    }
    // And from any part on: the rest of the same.
    const middle = all.length - 4;
    expect(await collect(onSecond.runs.joinStream(thread.thread_id, runId, { lastEventId: all[middle]?.id as string, streamMode: [...modes] }))).toEqual(
      all.slice(middle + 1),
    );
  });

  it('reads, lists, joins and cancels a run from the other process', async () => {
    const thread = await onFirst.threads.create();
    const hangingBefore = planner.state.hanging;
    let runId = '';
    const reading = collect(
      onFirst.runs.stream(thread.thread_id, 'jobpilot', {
        input: { messages: [{ type: 'human', content: 'hang' }] },
        onRunCreated: (meta) => {
          runId = meta.run_id;
        },
      }),
    );
    await waitFor(async () => planner.state.hanging, (count) => count > hangingBefore);
    expect(await onSecond.runs.get(thread.thread_id, runId)).toMatchObject({ run_id: runId, thread_id: thread.thread_id, status: 'running' });
    expect((await onSecond.runs.list(thread.thread_id)).map((run) => [run.run_id, run.status])).toEqual([[runId, 'running']]);

    const joined = onSecond.runs.join(thread.thread_id, runId);
    await onSecond.runs.cancel(thread.thread_id, runId, true);
    expect((await onSecond.runs.get(thread.thread_id, runId)).status).toBe('interrupted');
    expect((await onFirst.runs.get(thread.thread_id, runId)).status).toBe('interrupted');
    const values = (await joined) as { messages: { type: string }[] };
    // The cancelled turn is closed with a note, as when it is cancelled where it runs.
    expect(values.messages.map((message) => message.type)).toEqual(['human', 'ai']);
    expect((await onFirst.threads.getState(thread.thread_id)).values).toEqual(values);
    const parts = await reading;
    expect(parts[0]?.event).toBe('metadata');

    // A run neither process knows: 404 from both.
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const client of [onFirst, onSecond]) {
      await expect(client.runs.get(thread.thread_id, missing)).rejects.toThrow(/404|No run/);
      await expect(client.runs.cancel(thread.thread_id, missing)).rejects.toThrow(/404|No run/);
    }
  });
});
