import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Client } from '@langchain/langgraph-sdk';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { createRulesPlanner } from '../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../fakes/fake-actions.ts';
import { recordingBrowser } from '../helpers/recording-browser.ts';
import { testConfig } from '../helpers/test-database.ts';
import { browserAvailability, browserTestTimeoutMs, launchBrowser, watchedPage } from './browser.ts';

const { available, reason } = browserAvailability();

const pagePath = fileURLToPath(new URL('./fixtures/use-stream-page.js', import.meta.url));

/** The fixture page bundled as a browser would get it from agent-chat-ui's build: React, react-dom and the SDK in one script. */
async function bundlePage(): Promise<Buffer> {
  const { build, stop } = await import('esbuild');
  try {
    const result = await build({
      entryPoints: [pagePath],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    });
    const [output] = result.outputFiles;
    if (!output) throw new Error('esbuild produced no output for the useStream page');
    return Buffer.from(output.contents);
  } finally {
    await stop();
  }
}

/** A static server for the page, on its own port: another origin than jobpilot's, so the page's calls are cross-origin. */
async function servePage(script: Buffer): Promise<{ server: Server; origin: string }> {
  const html = '<!doctype html><html><head><meta charset="utf-8"><title>useStream</title></head><body><div id="root"></div><script type="module" src="/page.js"></script></body></html>';
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else if (path === '/page.js') response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const token = 'lg-use-stream-token';

/**
 * LangGraph's own React hook, `useStream` from `@langchain/langgraph-sdk/react`, in headless
 * Chromium against the real server (real port, Postgres, the rules planner, every step asking
 * first): a page on another origin, as agent-chat-ui is, sends a message, shows the approval
 * the server asks for as buttons, approves it, and ends with the thread's messages. CORS,
 * the token as x-api-key, the stream and the interrupt are the browser's, not a Node client's.
 */
describe.skipIf(!available)(`useStream in Chromium against /lg${reason}`, () => {
  let page: Awaited<ReturnType<typeof servePage>>;
  let server: RunningServer;
  let browser: Browser;
  let opener: Awaited<ReturnType<typeof recordingBrowser>>;

  beforeAll(async () => {
    // open_website hands its URL to a recording script, not to a browser on this machine.
    opener = await recordingBrowser();
    opener.install();
    page = await servePage(await bundlePage());
    server = await startServer(
      await testConfig({ PORT: '0', JOBPILOT_APPROVAL: 'always', JOBPILOT_TOKEN: token, JOBPILOT_CORS_ORIGINS: page.origin }),
      { planner: createRulesPlanner({ registry: fakeActions() }), logger: false },
    );
    browser = await launchBrowser();
  }, browserTestTimeoutMs);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await new Promise((resolve) => page?.server.close(resolve));
    opener?.restore();
  });

  it(
    'sends a message, shows the approval as buttons, approves it, and ends with the thread\'s messages',
    async () => {
      const { page: tab, foreign, requests, errors } = await watchedPage(browser, { width: 1024, height: 768 });
      const consoleErrors: string[] = [];
      tab.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      const apiUrl = `${server.url}/lg`;
      await tab.goto(`${page.origin}/?${new URLSearchParams({ api: apiUrl, key: token })}`);
      expect(new URL(server.url).origin).not.toBe(page.origin);

      // A message that needs a step the server asks about first.
      await tab.getByLabel('Message').fill('open github.com');
      await tab.getByRole('button', { name: 'Send' }).click();
      const interrupt = tab.locator('section.interrupt');
      const alert = tab.getByRole('alert');
      // The approval, or the error useStream reports (a refused CORS call, a failed run): whichever comes first.
      await interrupt.or(alert).first().waitFor();
      expect(await alert.allTextContents()).toEqual([]);
      await expect(interrupt.locator('li[data-action="open_website"]').textContent()).resolves.toContain('github.com');
      const messages = tab.locator('ol.messages li');
      await tab.locator('main[data-loading="false"]').waitFor();
      expect(await messages.evaluateAll((items) => items.map((item) => `${item.getAttribute('data-type')}: ${item.textContent}`))).toEqual([
        'human: open github.com',
        expect.stringMatching(/^ai: May I run open_website\?/),
      ]);
      const threadId = (await tab.locator('main').getAttribute('data-thread-id')) ?? '';
      expect(threadId).toMatch(/^[0-9a-f-]{36}$/);
      expect(await opener.opened(0)).toEqual([]);

      // Approve: the page resumes the run with the decision, the step runs, the answer comes.
      await interrupt.getByRole('button', { name: 'Approve' }).click();
      await interrupt.waitFor({ state: 'detached' });
      await tab.locator('ol.messages li[data-type="ai"]', { hasText: 'github.com' }).or(alert).first().waitFor();
      expect(await alert.allTextContents()).toEqual([]);
      // The answer streams in before the run ends; the stream's end is when the hook stops loading.
      await tab.locator('main[data-loading="false"]').waitFor();
      expect(await opener.opened(1)).toContain('https://github.com/');

      // What the page shows is the thread as the server keeps it: same messages, same ids.
      const client = new Client({ apiUrl, apiKey: token });
      const state = await client.threads.getState(threadId);
      const kept = (state.values as { messages: { id: string; type: string; content: string }[] }).messages;
      expect(kept.map((message) => message.type)).toEqual(['human', 'ai']);
      expect(kept[1]?.content).toMatch(/github\.com/);
      expect(await messages.evaluateAll((items) => items.map((item) => [item.getAttribute('data-id'), item.getAttribute('data-type'), item.textContent]))).toEqual(
        kept.map((message) => [message.id, message.type, message.content]),
      );
      expect(state.tasks).toEqual([]);
      expect((await client.runs.list(threadId)).map((run) => run.status)).toEqual(['success', 'interrupted']);

      // The calls were cross-origin, to jobpilot's /lg; nothing left 127.0.0.1; the page threw nothing.
      expect(requests.some((url) => url.startsWith(`${apiUrl}/threads/${threadId}/runs/stream`))).toBe(true);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      expect(consoleErrors).toEqual([]);
    },
    browserTestTimeoutMs,
  );
});
