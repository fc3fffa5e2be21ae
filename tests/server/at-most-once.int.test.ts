import { once } from 'node:events';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { postRun } from '../helpers/sse-client.ts';
import { createTestDatabase } from '../helpers/test-database.ts';
import { readText, waitFor } from '../helpers/wait-for.ts';

/**
 * A stand-in for `xrandr`, the first program `take_screenshot` runs: it records each call
 * (its pid) and, while the block file exists, hangs like a capture that never returns.
 */
async function hangingScreenTool() {
  const directory = await mkdtemp(join(tmpdir(), 'jobpilot-at-most-once-'));
  const bin = join(directory, 'bin');
  await mkdir(bin);
  const log = join(directory, 'calls.txt');
  const block = join(directory, 'block');
  await writeFile(block, '');
  // Paths are ours (a temp dir), single-quoted; the script takes no input from anyone.
  await writeFile(
    join(bin, 'xrandr'),
    ['#!/bin/sh', `printf '%s\\n' "$$" >> '${log}'`, `if [ -e '${block}' ]; then exec sleep 120; fi`, 'exit 1', ''].join('\n'),
  );
  await chmod(join(bin, 'xrandr'), 0o755);
  const calls = async () => (await readText(log)).split('\n').filter(Boolean);
  return {
    directory,
    path: `${bin}${delimiter}${process.env.PATH ?? ''}`,
    calls,
    /** Waits (bounded) until the tool has been called `count` times. */
    called: async (count: number) => waitFor(calls, (lines) => lines.length >= count, { timeoutMs: 30_000 }),
    /** Lets later calls return at once, and ends the ones still hanging (ours: started by our server). */
    async release() {
      await rm(block, { force: true });
      for (const pid of await calls()) {
        try {
          process.kill(Number(pid), 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    },
  };
}

describe('a step whose action was running when the server was killed', () => {
  const started: ServerProcess[] = [];
  afterEach(async () => {
    // The killed one has its signalCode set and no exit code.
    for (const server of started.splice(0)) if (server.child.exitCode === null && server.child.signalCode === null) expect(await server.stop()).toBe(0);
  });

  /**
   * Sends `request`, waits until the screen tool was called (the step's action is running),
   * kills the server with SIGKILL, ends the dead run's lease and starts a new server.
   */
  async function killWhileRunning(
    server: ServerProcess,
    request: unknown,
    tool: Awaited<ReturnType<typeof hangingScreenTool>>,
    databaseUrl: string,
    thread: string,
    env: Record<string, string>,
  ): Promise<ServerProcess> {
    const running = postRun(server.url, thread, request).catch((error: unknown) => error);
    expect(await tool.called(1)).toHaveLength(1);
    const exited = once(server.child, 'exit');
    server.child.kill('SIGKILL');
    await exited;
    await running;
    await tool.release();
    // A process killed with -9 frees nothing itself; the thread's run lease is ended here as
    // the thread ownership work does it when its holder's connection dies (not this test's subject).
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query("UPDATE threads SET active_run_expires_at = now() - interval '1 second' WHERE thread_id = $1", [thread]);
    await client.end();
    const next = await startServerProcess(env);
    started.push(next);
    return next;
  }

  /** A server's environment: its own database and data dir, and the stand-in screen tool on PATH. */
  async function environment(tool: Awaited<ReturnType<typeof hangingScreenTool>>, extra: Record<string, string> = {}) {
    const databaseUrl = await createTestDatabase();
    const env = {
      DATABASE_URL: databaseUrl,
      JOBPILOT_DATA_DIR: await mkdtemp(join(tmpdir(), 'jobpilot-at-most-once-data-')),
      JOBPILOT_LOG_LEVEL: 'warn',
      PATH: tool.path,
      DISPLAY: ':99',
      ...extra,
    };
    return { databaseUrl, env };
  }

  it('is reported as "may already have happened" after a restart, never asked for or run again unasked', async () => {
    const tool = await hangingScreenTool();
    const { databaseUrl, env } = await environment(tool);
    const thread = 'at-most-once';
    try {
      const first = await startServerProcess(env);
      started.push(first);
      const asked = await postRun(first.url, thread, { message: 'grab a screenshot' });
      expect(asked.events.at(-1)).toMatchObject({ type: 'run-end', status: 'awaiting_approval' });

      // Approve; the capture starts (the tool records its call) and hangs; then kill -9 and restart.
      const second = await killWhileRunning(first, { resume: { approved: true } }, tool, databaseUrl, thread, env);
      // The approval was answered and the step had started: nothing waits for an approval now.
      const resumed = await postRun(second.url, thread, { resume: { approved: true } });
      expect(resumed.response.status).toBe(409);
      expect(resumed.json).toMatchObject({ error: { code: 'NO_PENDING_APPROVAL' } });

      // The next message's answer says the step may already have happened, and nothing ran again.
      const next = await postRun(second.url, thread, { message: 'hello' });
      expect(next.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
      const answer = next.events.find((event) => event.type === 'message-end');
      expect(answer).toMatchObject({
        text: expect.stringMatching(
          /^This may already have happened: I had started take_screenshot before the server stopped.*I did not run it again; say so if you want it again\./s,
        ),
      });
      expect(next.events.some((event) => event.type === 'tool-call-start')).toBe(false);
      expect(await tool.calls()).toHaveLength(1);

      // Said once: the turn after that has no notice.
      const later = await postRun(second.url, thread, { message: 'hello again' });
      expect(later.events.find((event) => event.type === 'message-end')).not.toMatchObject({
        text: expect.stringContaining('may already have happened'),
      });

      // Asked for explicitly, it is a new step: asked for, approved, run.
      const again = await postRun(second.url, thread, { message: 'take a screenshot again' });
      expect(again.events.at(-1)).toMatchObject({ status: 'awaiting_approval' });
      const ran = await postRun(second.url, thread, { resume: { approved: true } });
      expect(ran.events.at(-1)).toMatchObject({ status: 'completed' });
      expect(await tool.called(2)).toHaveLength(2);
    } finally {
      await tool.release();
      await rm(tool.directory, { recursive: true, force: true });
    }
    // Two server processes start on a shared two-core machine: a hang guard, not a speed bound.
  }, 180_000);

  it('reports a step that needed no approval the same way, instead of forgetting it', async () => {
    const tool = await hangingScreenTool();
    const { databaseUrl, env } = await environment(tool, { JOBPILOT_APPROVAL: 'never' });
    const thread = 'at-most-once-unasked';
    try {
      const first = await startServerProcess(env);
      started.push(first);
      const second = await killWhileRunning(first, { message: 'grab a screenshot' }, tool, databaseUrl, thread, env);
      const next = await postRun(second.url, thread, { message: 'hello' });
      expect(next.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
      expect(next.events.find((event) => event.type === 'message-end')).toMatchObject({
        text: expect.stringMatching(/^This may already have happened: I had started take_screenshot before the server stopped/),
      });
      expect(await tool.calls()).toHaveLength(1);
      // The transcript keeps it too: the answer that said so.
      const detail = (await (await fetch(`${second.url}/v1/threads/${thread}`)).json()) as { messages: { content: string }[] };
      expect(detail.messages.at(-1)?.content).toMatch(/may already have happened/);
    } finally {
      await tool.release();
      await rm(tool.directory, { recursive: true, force: true });
    }
  }, 180_000);
});
