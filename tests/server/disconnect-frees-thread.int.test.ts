import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import type { Planner, PlannerCallOptions, PlannerInput } from '../../src/planner/planner.ts';
import { hangUntilAborted, respond } from '../fakes/scripted-planner.ts';
import { postRun } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';

/** "hang" waits until its run is cancelled; anything else is answered at once. */
function hangingPlanner(): Planner & { hanging: number } {
  const planner = {
    kind: 'rules' as const,
    label: 'hang-or-answer',
    hanging: 0,
    async decide(input: PlannerInput, options: PlannerCallOptions = {}) {
      if (input.goal !== 'hang') return respond(`You said ${input.goal}.`);
      planner.hanging++;
      return hangUntilAborted(input, options);
    },
  };
  return planner;
}

/** Opens a run stream on a raw socket and resolves once `run-start` has arrived. */
async function openRunStream(url: string, threadId: string, message: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  const socket = connect({ host: hostname, port: Number(port) });
  await once(socket, 'connect');
  const body = JSON.stringify({ message });
  socket.write(
    `POST /v1/threads/${threadId}/runs HTTP/1.1\r\nhost: ${hostname}:${port}\r\ncontent-type: application/json\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  // Read with a listener: breaking out of `for await` would destroy the socket here.
  const seen = await new Promise<string>((resolve, reject) => {
    let text = '';
    const read = (chunk: Buffer) => {
      text += String(chunk);
      const refused = text.includes('\r\n\r\n') && !text.startsWith('HTTP/1.1 200');
      if (!refused && !text.includes('event: run-start')) return;
      socket.off('data', read);
      resolve(text);
    };
    socket.on('data', read);
    socket.once('error', reject);
    socket.once('end', () => reject(new Error(`The stream ended before run-start: ${text}`)));
  });
  if (!seen.startsWith('HTTP/1.1 200')) {
    socket.destroy();
    throw new Error(`The run did not start: ${seen}`);
  }
  return socket;
}

describe('a client that disconnects mid-run', () => {
  let server: RunningServer;
  let planner: ReturnType<typeof hangingPlanner>;
  beforeAll(async () => {
    planner = hangingPlanner();
    server = await startServer(await testConfig({ PORT: '0' }), { planner, logger: false });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('frees its thread before the next message arrives, 10 times out of 10', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      const socket = await openRunStream(server.url, 'dropped', 'hang');
      // The run is inside its model call when the socket goes.
      expect(await waitFor(async () => planner.hanging, (count) => count > attempt)).toBe(attempt + 1);
      socket.destroy();
      const next = await postRun(server.url, 'dropped', { message: `next ${attempt}` });
      statuses.push(next.response.status);
      if (next.response.status === 200)
        expect(next.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
    }
    expect(statuses).toEqual(Array(10).fill(200));

    // Each dropped turn is in the transcript, closed with its note, between the answered ones.
    const detail = (await (await fetch(`${server.url}/v1/threads/dropped?limit=500`)).json()) as {
      status: string;
      messages: { role: string; content: string }[];
    };
    expect(detail.status).toBe('idle');
    expect(detail.messages.filter((message) => message.content === 'hang')).toHaveLength(10);
    expect(detail.messages.filter((message) => message.content.startsWith('(This turn was cancelled'))).toHaveLength(10);
  });
});
