import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingBrowser } from '../helpers/recording-browser.ts';
import { type CliResult, runCli as runRealCli } from '../helpers/run-cli.ts';
import { freePort, type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

let baseEnv: NodeJS.ProcessEnv;
let serverUrl: string;
let server: ServerProcess | undefined;
let browser: Awaited<ReturnType<typeof recordingBrowser>>;
const directories: string[] = [];

/** Runs `jobpilot …` with the client environment of these tests. */
const runCli = (
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number } = {},
): Promise<CliResult> => runRealCli(args, { ...options, env: { ...baseEnv, ...options.env } });

/** A client environment with its own config dir (so its own default thread). */
async function clientEnv(): Promise<NodeJS.ProcessEnv> {
  const configDir = await mkdtemp(join(tmpdir(), 'jobpilot-cli-int-config-'));
  directories.push(configDir);
  return { JOBPILOT_URL: serverUrl, JOBPILOT_CONFIG_DIR: configDir };
}

const jsonLines = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as { type: string; [key: string]: unknown });

beforeAll(async () => {
  browser = await recordingBrowser();
  // Children get an explicit environment: no desktop (URLs go to the recording script),
  // no colours, and none of the developer's own jobpilot settings.
  const {
    JOBPILOT_TOKEN: _token,
    JOBPILOT_URL: _url,
    JOBPILOT_CONFIG_DIR: _dir,
    ...inherited
  } = process.env;
  baseEnv = { ...inherited, NO_COLOR: '1' };
  for (const [name, value] of Object.entries(browser.env)) {
    if (value === undefined) delete baseEnv[name];
    else baseEnv[name] = value;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-cli-int-data-'));
  directories.push(dataDir);
  // The server gets the same environment, with the jobpilot settings of its own (a port picked
  // free, started again on another when a parallel test took it first).
  server = await startServerProcess({
    ...Object.fromEntries(Object.keys(process.env).map((name) => [name, undefined])),
    ...baseEnv,
    HOST: '127.0.0.1',
    DATABASE_URL: await createTestDatabase(),
    JOBPILOT_DATA_DIR: dataDir,
    JOBPILOT_LOG_LEVEL: 'warn',
    JOBPILOT_JOB_SOURCES: baseEnv.JOBPILOT_JOB_SOURCES,
  });
  serverUrl = server.url;
});

afterAll(async () => {
  await server?.stop();
  await Promise.all(
    directories.map((directory) => rm(directory, { recursive: true, force: true })),
  );
});

describe('jobpilot CLI against a real server', () => {
  it('ask --json prints only event lines and opens the site', async () => {
    const result = await runCli(['ask', 'open github.com', '--json'], { env: await clientEnv() });
    expect(result.code, result.stderr).toBe(0);
    const events = jsonLines(result.stdout);
    const types = events.map((event) => event.type);
    expect(types[0]).toBe('run-start');
    expect(types).toContain('plan');
    expect(events.find((event) => event.type === 'tool-call-end')).toMatchObject({
      action: 'open_website',
      ok: true,
    });
    expect(events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
    expect(await browser.opened(1)).toEqual(['https://github.com/']);
  });

  it('ask shows each step as one status line and its result once', async () => {
    const env = await clientEnv();
    const json = jsonLines((await runCli(['ask', 'open github.com', '--json'], { env })).stdout);
    const summary = String(json.find((event) => event.type === 'tool-call-end')?.summary);
    expect(summary).toMatch(/github\.com/);
    const result = await runCli(['ask', 'open github.com'], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('✓ open_website {"url":"github.com"}');
    expect(result.stdout.split(summary.replace(/\.$/, '')).length - 1).toBe(1);
    const lines = result.stdout.split('\n').filter((line) => line.trim());
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('ask prints the answer', async () => {
    const result = await runCli(['ask', 'hi'], { env: await clientEnv() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/job-hunting assistant/i);
    expect(result.stdout).not.toContain('{"type"');
  });

  it('ask reads the message from piped stdin', async () => {
    const result = await runCli(['ask', '--json'], { env: await clientEnv(), input: 'hi\n' });
    expect(result.code, result.stderr).toBe(0);
    expect(jsonLines(result.stdout).at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
  });

  it('ask with no terminal and no --yes declines the approval and says so', async () => {
    const env = await clientEnv();
    const result = await runCli(['ask', 'grab a screenshot'], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      'Declined take_screenshot: no terminal to ask (pass --yes to approve).',
    );

    const json = await runCli(['ask', 'grab a screenshot', '--json'], { env });
    expect(json.stderr).toContain('Declined take_screenshot');
    const events = jsonLines(json.stdout);
    expect(events.map((event) => event.type)).toContain('approval-request');
    expect(events.filter((event) => event.type === 'run-end').map((event) => event.status)).toEqual(
      ['awaiting_approval', 'completed'],
    );
  });

  it('ask --yes approves and streams the continuation', async () => {
    const result = await runCli(['ask', 'grab a screenshot', '--yes', '--json'], {
      env: await clientEnv(),
    });
    expect(result.code, result.stderr).toBe(0);
    const events = jsonLines(result.stdout);
    // No display here, so the capture itself fails; what matters is that it ran.
    expect(events.find((event) => event.type === 'tool-call-end')).toMatchObject({
      action: 'take_screenshot',
    });
    expect(events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
  });

  it('threads list, show and delete', async () => {
    const env = await clientEnv();
    const threadId = `cli-threads-${Date.now()}`;
    expect((await runCli(['ask', 'hi', '--thread', threadId], { env })).code).toBe(0);

    const list = await runCli(['threads', 'list'], { env });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/^THREAD\s+STATUS\s+UPDATED\s+TITLE/);
    expect(list.stdout).toContain(threadId);

    const listJson = await runCli(['threads', 'list', '--json'], { env });
    expect(
      JSON.parse(listJson.stdout).threads.map((thread: { thread_id: string }) => thread.thread_id),
    ).toContain(threadId);

    const show = await runCli(['threads', 'show', threadId], { env });
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toContain('you ');
    expect(show.stdout).toContain('hi');

    const showJson = JSON.parse(
      (await runCli(['threads', 'show', threadId, '--json'], { env })).stdout,
    );
    expect(showJson).toMatchObject({ thread_id: threadId, status: 'idle', pending_approval: null });
    expect(showJson.messages.map((message: { role: string }) => message.role)).toEqual([
      'user',
      'assistant',
    ]);

    const deleted = await runCli(['threads', 'delete', threadId], { env });
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout).toBe(`Deleted thread ${threadId}.\n`);

    const gone = await runCli(['threads', 'show', threadId], { env });
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/^jobpilot: .*\(THREAD_NOT_FOUND\)\n$/);
  });

  it('chat driven through stdin: a turn, an approval answered y, /threads and /exit', async () => {
    const env = await clientEnv();
    const result = await runCli(['chat'], {
      env,
      input: 'hi\ngrab a screenshot\ny\n/threads\n/exit\n',
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('you› hi\n');
    expect(result.stdout).toContain('? Allow take_screenshot? [y/N] y\n');
    expect(result.stdout).toMatch(/[✓✗] take_screenshot( — failed)?\n/);
    expect(result.stdout).toMatch(/THREAD\s+STATUS/);
    expect(result.stdout.trimEnd().endsWith('you› /exit')).toBe(true);

    const state = JSON.parse(
      await readFile(join(env.JOBPILOT_CONFIG_DIR as string, 'state.json'), 'utf8'),
    );
    expect(state.default_thread).toMatch(/^chat-/);
    expect(await readFile(join(env.JOBPILOT_CONFIG_DIR as string, 'history'), 'utf8')).toBe(
      'hi\ngrab a screenshot\n/threads\n/exit\n',
    );

    // The next session continues the same thread and shows where it left off.
    const again = await runCli(['chat'], { env, input: '' });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`thread ${state.default_thread}`);
    expect(again.stdout).toContain('grab a screenshot');
  });

  it('explains an unreachable server in one line', async () => {
    const port = await freePort();
    const result = await runCli(['threads', 'list'], {
      env: { ...(await clientEnv()), JOBPILOT_URL: `http://127.0.0.1:${port}` },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `jobpilot: can't reach the server at http://127.0.0.1:${port} — start it with \`npm start\`\n`,
    );
  });

  it('unknown commands print the usage and exit 2', async () => {
    const result = await runCli(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
    expect(result.stderr).toContain('Usage: jobpilot');
  });

  it('a bad argument to a known command prints the error and where its help is, not the whole usage', async () => {
    const result = await runCli(['token', 'create']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('jobpilot: token create needs --name NAME\nsee `jobpilot help token`\n');
  });

  it('help COMMAND prints that command\'s usage only; an unknown one, the whole usage', async () => {
    const token = await runCli(['help', 'token']);
    expect(token.code).toBe(0);
    expect(token.stdout).toMatch(/^Usage: jobpilot token …\n/);
    expect(token.stdout).toContain('token revoke NAME');
    expect(token.stdout).not.toContain('jobs search');
    const unknown = await runCli(['help', 'frobnicate']);
    expect(unknown.stdout).toMatch(/^Usage: jobpilot <command> \[options\]/);
  });
});
