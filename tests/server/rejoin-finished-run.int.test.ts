import { createParser } from 'eventsource-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { notificationEventSchema } from '../../src/protocol/alerts.ts';
import { postRun } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';

// Session 40 (a new user's trial #29, #50): joining a completed run with the id of its run-end (or beyond)
// answered RUN_LOST "the server … stopped" and run-end failed; the notification stream took any
// Last-Event-ID silently. Real server on a real port, real Postgres.
let server: RunningServer;
beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0' }), { logger: false });
}, 120_000);
afterAll(async () => {
  await server?.close();
});

/** Every SSE message of a response that ends by itself, with its id. */
async function readAll(response: Response) {
  const seen: Array<{ id: string | undefined; event: string | undefined; data: string }> = [];
  const parser = createParser({ onEvent: (message) => seen.push({ id: message.id, event: message.event, data: message.data }) });
  const decoder = new TextDecoder();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) parser.feed(decoder.decode(chunk, { stream: true }));
  return seen;
}
const join = (path: string, lastEventId?: string) => fetch(`${server.url}${path}`, { headers: lastEventId === undefined ? {} : { 'last-event-id': lastEventId } });

describe('joining a finished run keeps the protocol promise', () => {
  it('with the last id it is an empty stream; with an earlier one the rest, ending in the true run-end; beyond it a 400 naming the last id', async () => {
    const thread = `finished-${Math.random().toString(36).slice(2, 8)}`;
    const { response, raw } = await postRun(server.url, thread, { message: 'what can you do?' });
    const path = response.headers.get('content-location') as string;
    const last = Number(raw.at(-1)?.id);
    expect(raw.at(-1)?.event).toBe('run-end');

    const atEnd = await join(path, String(last));
    expect(atEnd.status).toBe(200);
    expect(await readAll(atEnd)).toEqual([]);

    const oneBefore = await readAll(await join(path, String(last - 1)));
    expect(oneBefore).toHaveLength(1);
    expect(oneBefore[0]).toEqual(expect.objectContaining({ id: String(last), event: 'run-end' }));
    expect(JSON.parse(oneBefore[0]?.data ?? '{}').status).toBe('completed');

    for (const beyond of [last + 1, 99_999_999]) {
      const refused = await join(path, String(beyond));
      expect(refused.status).toBe(400);
      const body = (await refused.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('BAD_REQUEST');
      expect(body.error.message).toContain(`ended with id ${last}`);
    }
  });
});

describe('the notification stream reads Last-Event-ID as the run stream does', () => {
  it('refuses a malformed id (400) and one it does not know (404), before any stream', async () => {
    const malformed = await fetch(`${server.url}/v1/notifications/stream`, { headers: { 'last-event-id': '42' } });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { message: string } }).error.message).toMatch(/ntf_/);
    const unknown = await fetch(`${server.url}/v1/notifications/stream`, { headers: { 'last-event-id': 'ntf_00000000abcd' } });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('NOTIFICATION_NOT_FOUND');
  });

  it('sends the ones made after the last one received, oldest first, then new ones', async () => {
    const inbox = server.jobpilot.careerFor('default').notifications;
    if (!inbox) throw new Error('the server has no inbox');
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 6, 9, minute));
    const seen = await inbox.add({ kind: 'alert', title: 'Seen already', body: '' }, at(1));
    const missedOne = await inbox.add({ kind: 'alert', title: 'Missed one', body: '' }, at(2));
    const missedTwo = await inbox.add({ kind: 'alert', title: 'Missed two', body: '' }, at(3));
    const controller = new AbortController();
    const response = await fetch(`${server.url}/v1/notifications/stream`, { headers: { 'last-event-id': seen.id }, signal: controller.signal });
    expect(response.status).toBe(200);
    const ids: string[] = [];
    const parser = createParser({ onEvent: (message) => ids.push(notificationEventSchema.parse({ type: message.event, ...JSON.parse(message.data) }).notification.id) });
    const decoder = new TextDecoder();
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    while (ids.length < 2) {
      const { value, done } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
    }
    controller.abort();
    await reader.cancel().catch(() => {});
    expect(ids).toEqual([missedOne.id, missedTwo.id]);
  });
});

describe('a reminder made over HTTP with no kind takes it from its title (trial 40, #38)', () => {
  it.each([
    ['Interview with Fjordwerk', 'interview'],
    ['second interviews at Elbwerk', 'interview'],
    ['Send portfolio to Fjordwerk', 'follow_up'],
  ])('"%s" is a %s', async (title, kind) => {
    const made = await fetch(`${server.url}/v1/reminders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ when: 'in 3 days at 10:00', title }) });
    expect(made.status).toBe(201);
    expect(((await made.json()) as { kind: string }).kind).toBe(kind);
  });

  it('a kind given wins over the title', async () => {
    const made = await fetch(`${server.url}/v1/reminders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ when: 'in 4 days at 10:00', title: 'Interview prep notes', kind: 'other' }) });
    expect(((await made.json()) as { kind: string }).kind).toBe('other');
  });
});
