import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { type CuttingProxy, startCuttingProxy } from '../helpers/cutting-proxy.ts';
import { gatedPlanner } from '../helpers/gated-planner.ts';
import { runCli } from '../helpers/run-cli.ts';
import { testConfig } from '../helpers/test-database.ts';

// The real server behind a TCP proxy that cuts the first run stream in the middle (after the
// answer's second word), the way a dropped network does; every later connection passes.
let server: RunningServer;
let proxy: CuttingProxy;
let url: string;
let configDir: string;
const planner = gatedPlanner();

beforeAll(async () => {
  // The proxy's port is another name for the server: allowed like a forwarded port.
  server = await startServer(await testConfig({ PORT: '0', JOBPILOT_ALLOWED_HOSTS: '127.0.0.1' }), { planner, logger: false });
  // The rest of the run happens while the client is away.
  proxy = await startCuttingProxy(server.url, { cutAfter: 'word2 ', onCut: () => setTimeout(() => planner.open(), 100) });
  url = proxy.url;
  configDir = await mkdtemp(join(tmpdir(), 'jobpilot-reconnect-'));
});

afterAll(async () => {
  planner.open();
  await proxy?.close();
  await server?.close();
  await rm(configDir, { recursive: true, force: true });
});

beforeEach(() => {
  proxy.rearm();
  planner.close();
});

const env = () => {
  const { JOBPILOT_TOKEN: _token, ...inherited } = process.env;
  return { ...inherited, NO_COLOR: '1', JOBPILOT_URL: url, JOBPILOT_CONFIG_DIR: configDir };
};
const answer = 'word1 word2 word3 word4 word5 word6 word7';

describe('the CLI after a dropped connection', () => {
  it('ask --json: joins the run again with Last-Event-ID, says so in one line, and prints every event once', async () => {
    const result = await runCli(['ask', 'stream it', '--thread', 'reconnect-json', '--json'], { env: env() });
    expect(result.code, result.stderr).toBe(0);
    expect(proxy.cut).toBe(true);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^jobpilot: the connection dropped; reconnected, the run goes on after event \d+$/);
    const events = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { type: string; text?: string });
    expect(events.map((event) => event.type)).toEqual(['run-start', ...Array(7).fill('message-delta'), 'message-end', 'run-end']);
    expect(events.filter((event) => event.type === 'message-delta').map((event) => event.text).join('')).toBe(`${answer} `);
    expect(events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
  });

  it('chat: the answer is printed whole, once, and the turn ends as usual', async () => {
    const result = await runCli(['chat', '--thread', 'reconnect-chat'], { env: env(), input: 'stream it\n' });
    expect(result.code, result.stderr).toBe(0);
    expect(proxy.cut).toBe(true);
    expect(result.stderr).toMatch(/^jobpilot: the connection dropped; reconnected, the run goes on after event \d+$/m);
    expect(result.stderr.split('\n').filter((line) => line.includes('reconnected'))).toHaveLength(1);
    expect(result.stdout.split(answer)).toHaveLength(2);
    // The thread holds the turn once.
    const thread = (await (await fetch(`${server.url}/v1/threads/reconnect-chat`)).json()) as { status: string; messages: Array<{ content: string }> };
    expect(thread.status).toBe('idle');
    expect(thread.messages.map((message) => message.content)).toEqual(['stream it', answer]);
  });
});
