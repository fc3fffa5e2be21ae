import { describe, expect, it } from 'vitest';
import { askCommand } from '../../src/cli/commands/ask.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import { scriptedFetch, sseResponse, textSink } from './fake-fetch.ts';
import { scriptedLineReader } from './scripted-line-reader.ts';
import { testContext } from './test-context.ts';

const opened: RunEvent[] = [
  { type: 'run-start', run_id: 'r', thread_id: 't' },
  { type: 'plan', index: 0, action: 'open_website', args: { url: 'github.com' } },
  { type: 'tool-call-start', index: 0, action: 'open_website', args: { url: 'github.com' } },
  {
    type: 'tool-call-end',
    index: 0,
    action: 'open_website',
    ok: true,
    summary: 'Opened https://github.com/.',
  },
  { type: 'message-delta', text: 'Opened GitHub.' },
  { type: 'message-end', text: 'Opened GitHub.' },
  { type: 'run-end', run_id: 'r', status: 'completed' },
];
const needsApproval: RunEvent[] = [
  { type: 'run-start', run_id: 'r1', thread_id: 't' },
  {
    type: 'approval-request',
    action: 'take_screenshot',
    args: {},
    reason: 'Screens can show private things.',
  },
  { type: 'run-end', run_id: 'r1', status: 'awaiting_approval' },
];
const afterApproval = (summary: string): RunEvent[] => [
  { type: 'run-start', run_id: 'r2', thread_id: 't' },
  { type: 'tool-call-end', index: 0, action: 'take_screenshot', ok: false, summary },
  { type: 'message-end', text: summary },
  { type: 'run-end', run_id: 'r2', status: 'completed' },
];
const options = { message: 'open github.com', threadId: 't', json: false, yes: false };

describe('ask', () => {
  it('prints the steps and the answer', async () => {
    const { fetch } = scriptedFetch(() => sseResponse(opened));
    const { context, stdout } = await testContext({ fetch });
    expect(await askCommand(context, options)).toBe(0);
    expect(stdout.text).toBe('✓ open_website {"url":"github.com"}\nOpened GitHub.\n');
  });

  it('--json prints every event as one JSON line and nothing else', async () => {
    const { fetch } = scriptedFetch(() => sseResponse(opened));
    const { context, stdout } = await testContext({ fetch });
    expect(await askCommand(context, { ...options, json: true })).toBe(0);
    const lines = stdout.text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual(opened);
  });

  it('exits 1 when the run failed', async () => {
    const { fetch } = scriptedFetch(() =>
      sseResponse([
        { type: 'run-start', run_id: 'r', thread_id: 't' },
        {
          type: 'error',
          code: 'MODEL_UNAVAILABLE',
          message: 'The model did not answer.',
          retryable: true,
        },
        { type: 'run-end', run_id: 'r', status: 'failed' },
      ]),
    );
    const { context, stderr } = await testContext({ fetch });
    expect(await askCommand(context, options)).toBe(1);
    expect(stderr.text).toBe('error: The model did not answer. (MODEL_UNAVAILABLE)\n');
  });

  it('declines approvals without a terminal and says so on stdout', async () => {
    const { fetch, requests } = scriptedFetch(
      () => sseResponse(needsApproval),
      () => sseResponse(afterApproval('Declined.')),
    );
    const { context, stdout } = await testContext({ fetch });
    expect(await askCommand(context, { ...options, message: 'grab a screenshot' })).toBe(0);
    expect(requests[1]?.body).toEqual({ resume: { approved: false }, on_disconnect: 'continue' });
    expect(stdout.text).toContain(
      'Declined take_screenshot: no terminal to ask (pass --yes to approve).\n',
    );
  });

  it('in --json mode the decline notice goes to stderr', async () => {
    const { fetch } = scriptedFetch(
      () => sseResponse(needsApproval),
      () => sseResponse(afterApproval('Declined.')),
    );
    const { context, stdout, stderr } = await testContext({ fetch });
    await askCommand(context, { ...options, message: 'grab a screenshot', json: true });
    expect(stderr.text).toBe(
      'Declined take_screenshot: no terminal to ask (pass --yes to approve).\n',
    );
    for (const line of stdout.text.trimEnd().split('\n'))
      expect(JSON.parse(line)).toHaveProperty('type');
  });

  it('--yes approves and streams the continuation', async () => {
    const { fetch, requests } = scriptedFetch(
      () => sseResponse(needsApproval),
      () => sseResponse(afterApproval('No display.')),
    );
    const { context, stdout } = await testContext({ fetch });
    await askCommand(context, { ...options, message: 'grab a screenshot', yes: true });
    expect(requests[1]?.body).toEqual({ resume: { approved: true }, on_disconnect: 'continue' });
    expect(stdout.text).toContain(
      '✓ Approved take_screenshot (--yes)\n✗ take_screenshot — failed\nNo display.\n',
    );
  });

  it('asks on a terminal', async () => {
    const { fetch, requests } = scriptedFetch(
      () => sseResponse(needsApproval),
      () => sseResponse(afterApproval('No display.')),
    );
    const prompts = textSink();
    const script = scriptedLineReader(['y'], prompts);
    const { context } = await testContext({
      fetch,
      reader: script.reader,
      isTTY: { stdin: true, stdout: true },
    });
    await askCommand(context, { ...options, message: 'grab a screenshot' });
    expect(script.prompts).toEqual(['? Allow take_screenshot? [y/N] ']);
    expect(requests[1]?.body).toEqual({ resume: { approved: true }, on_disconnect: 'continue' });
  });

  it('reads the message from piped stdin', async () => {
    const { fetch, requests } = scriptedFetch(() => sseResponse(opened));
    const { context } = await testContext({
      fetch,
      stdin: (async function* () {
        yield Buffer.from('open git');
        yield 'hub.com\n';
      })(),
    });
    await askCommand(context, { ...options, message: undefined });
    expect(requests[0]?.body).toEqual({ message: 'open github.com', on_disconnect: 'continue' });
  });

  it('is a usage error with no message at all', async () => {
    const { context, stderr } = await testContext({ isTTY: { stdin: true, stdout: true } });
    expect(await askCommand(context, { ...options, message: undefined })).toBe(2);
    expect(stderr.text).toContain('ask needs a message');
  });

  it('uses the remembered default thread without --thread', async () => {
    const { fetch, requests } = scriptedFetch(
      () => sseResponse(opened),
      () => sseResponse(opened),
    );
    const { context } = await testContext({ fetch });
    await askCommand(context, { ...options, threadId: undefined });
    await askCommand(context, { ...options, threadId: undefined });
    const [first, second] = requests.map((request) => request.url);
    expect(first).toMatch(/\/v1\/threads\/chat-[0-9a-f-]{36}\/runs$/);
    expect(second).toBe(first);
  });
});
