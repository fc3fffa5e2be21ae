import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordingBrowser } from '../helpers/recording-browser.ts';
import { startServerProcess } from '../helpers/server-process.ts';
import { postRun } from '../helpers/sse-client.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

describe('the server process restarts', () => {
  it('continues a conversation and a pending approval in a new process', async () => {
    const browser = await recordingBrowser();
    const env = {
      ...browser.env,
      DATABASE_URL: await createTestDatabase(),
      JOBPILOT_DATA_DIR: await mkdtemp(join(tmpdir(), 'jobpilot-restart-')),
      JOBPILOT_LOG_LEVEL: 'warn',
    };

    const first = await startServerProcess(env);
    try {
      const opened = await postRun(first.url, 'restart', { message: 'open github.com' });
      expect(opened.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
      const asked = await postRun(first.url, 'restart', { message: 'grab a screenshot' });
      expect(asked.events.at(-1)).toMatchObject({ type: 'run-end', status: 'awaiting_approval' });
    } finally {
      expect(await first.stop()).toBe(0);
    }

    const second = await startServerProcess(env);
    try {
      // The approval asked for by the first process is answered in the second one.
      const declined = await postRun(second.url, 'restart', { resume: { approved: false } });
      expect(declined.events.map((event) => event.type)).toEqual([
        'run-start',
        'tool-call-end',
        'message-delta',
        'message-end',
        'run-end',
      ]);
      expect(declined.events.at(-1)).toMatchObject({ status: 'completed' });

      // "that site" still means the site opened before the restart.
      const again = await postRun(second.url, 'restart', { message: 'open that site again' });
      expect(again.events).toContainEqual(
        expect.objectContaining({
          type: 'tool-call-end',
          action: 'open_website',
          ok: true,
          data: { url: 'https://github.com/' },
        }),
      );
      expect(await browser.opened(2)).toEqual(['https://github.com/', 'https://github.com/']);

      const detail = (await (await fetch(`${second.url}/v1/threads/restart`)).json()) as any;
      expect(detail.messages).toHaveLength(6);
      expect(detail.status).toBe('idle');
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });
});
