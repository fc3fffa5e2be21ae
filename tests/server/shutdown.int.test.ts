import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/main.ts';
import { hangUntilAborted, respond, scriptedPlanner } from '../fakes/scripted-planner.ts';
import { postRunAndDisconnect } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';

describe('shutting the server down during a run', () => {
  it('cancels the run and releases the thread before the database closes', async () => {
    const config = await testConfig({ PORT: '0' });
    const planner = scriptedPlanner([hangUntilAborted]);
    const server = await startServer(config, { planner, logger: false });
    // Read to its end: shutdown must end the stream itself, with the run-end the protocol promises.
    const streaming = postRunAndDisconnect(server.url, 'shutdown', { message: 'think forever' }, () => false);
    await waitFor(async () => planner.calls.length, (calls) => calls > 0);
    await server.close();
    const events = await streaming;
    expect(events.at(-1)).toMatchObject({ type: 'run-end', status: 'cancelled' });
    expect(events.some((event) => event.type === 'error')).toBe(false);
    // No new connection is taken once it has stopped.
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();

    const client = new pg.Client({ connectionString: config.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT active_run_id FROM threads WHERE thread_id = $1', ['shutdown']);
      expect(rows).toEqual([{ active_run_id: null }]);
    } finally {
      await client.end();
    }

    // A new process can use the thread at once (no THREAD_BUSY for the lease to expire).
    const restarted = await startServer(config, { planner: scriptedPlanner([respond('back')]), logger: false });
    try {
      const response = await fetch(`${restarted.url}/v1/threads/shutdown/runs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message: 'hello again' }),
      });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('"status":"completed"');
    } finally {
      await restarted.close();
    }
  });
});
