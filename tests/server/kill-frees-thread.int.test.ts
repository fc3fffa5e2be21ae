import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interruptedTurnNote } from '../../src/runs/note-interrupted-turn.ts';
import { startServerProcess } from '../helpers/server-process.ts';
import { postRun } from '../helpers/sse-client.ts';
import { createTestDatabase } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';

/** An OpenAI-compatible endpoint that accepts every request and never answers: a model call that hangs. */
async function silentModel() {
  let requests = 0;
  const server = createServer(() => {
    requests++;
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    requests: () => requests,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

describe('kill -9 of the server during a run', () => {
  it('lets a new process take the thread at once', { timeout: 180_000 }, async () => {
    const model = await silentModel();
    // An external database: Postgres outlives the killed server, as it would in production.
    const env = {
      DATABASE_URL: await createTestDatabase(),
      JOBPILOT_DATA_DIR: await mkdtemp(join(tmpdir(), 'jobpilot-kill-')),
      JOBPILOT_LOG_LEVEL: 'warn',
    };
    const first = await startServerProcess({
      ...env,
      JOBPILOT_PLANNER: 'openai',
      OPENAI_BASE_URL: model.url,
      OPENAI_API_KEY: 'test-key',
      JOBPILOT_MODEL_IDLE_TIMEOUT_MS: '600000',
    });
    try {
      const stream = new AbortController();
      const response = await fetch(`${first.url}/v1/threads/killed/runs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message: 'find typescript jobs' }),
        signal: stream.signal,
      });
      expect(response.status).toBe(200);
      // The run holds the thread and waits inside its model call.
      expect(await waitFor(async () => model.requests(), (count) => count > 0, { timeoutMs: 30_000 })).toBe(1);
      const exited = once(first.child, 'exit');
      first.child.kill('SIGKILL');
      expect(await exited).toEqual([null, 'SIGKILL']);
      stream.abort();
    } finally {
      if (first.child.exitCode === null && first.child.signalCode === null) first.child.kill('SIGKILL');
      model.close();
    }

    const second = await startServerProcess(env);
    try {
      const next = await postRun(second.url, 'killed', { message: 'hello again' });
      expect(next.json ?? null).toBeNull();
      expect(next.response.status).toBe(200);
      expect(next.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
      const detail = (await (await fetch(`${second.url}/v1/threads/killed`)).json()) as {
        status: string;
        messages: { role: string; content: string }[];
      };
      expect(detail.status).toBe('idle');
      // The killed turn is closed in the transcript by the next one, before its message.
      expect(detail.messages.map(({ role, content }) => [role, content])).toEqual([
        ['user', 'find typescript jobs'],
        ['assistant', interruptedTurnNote],
        ['user', 'hello again'],
        ['assistant', expect.any(String)],
      ]);
      // Said once: the turn after that one finds an answered thread.
      await postRun(second.url, 'killed', { message: 'hi' });
      const again = (await (await fetch(`${second.url}/v1/threads/killed`)).json()) as { messages: { content: string }[] };
      expect(again.messages.filter(({ content }) => content === interruptedTurnNote)).toHaveLength(1);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });
});
