import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { type CuttingProxy, startCuttingProxy } from '../helpers/cutting-proxy.ts';
import { gatedPlanner } from '../helpers/gated-planner.ts';
import { testConfig } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';
import { browserAvailability, browserTestTimeoutMs, browserWaitMs, launchBrowser, watchedPage } from './browser.ts';

const { available, reason } = browserAvailability();

/**
 * The Chat screen when the network drops in the middle of an answer: the page is served
 * through a TCP proxy that cuts the connection carrying the run stream after the answer's
 * second word (once); the rest of the run happens while the page is away. The page joins the
 * run again at its address with Last-Event-ID and shows the whole answer, once.
 */
describe.skipIf(!available)(`the web app's chat after a dropped connection${reason}`, () => {
  let server: RunningServer;
  let proxy: CuttingProxy;
  let browser: Browser;
  const planner = gatedPlanner();

  beforeAll(async () => {
    // The proxy's port is another name for the server: allowed like a forwarded port.
    server = await startServer(await testConfig({ PORT: '0', JOBPILOT_ALLOWED_HOSTS: '127.0.0.1' }), { planner, logger: false });
    proxy = await startCuttingProxy(server.url, { cutAfter: 'word2 ', onCut: () => setTimeout(() => planner.open(), 100) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    planner.open();
    await browser?.close();
    await proxy?.close();
    await server?.close();
  });

  it('joins the run again with Last-Event-ID and shows the whole answer once', async () => {
    const { page, foreign, context, errors } = await watchedPage(browser, { width: 1280, height: 800 });
    const joins: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (request.method() === 'GET' && /\/v1\/threads\/web-rejoin\/runs\/[^/]+$/.test(new URL(request.url()).pathname)) joins.push(request.headers()['last-event-id']);
    });
    await page.goto(`${proxy.url}/#/chat/web-rejoin`);
    await page.getByRole('heading', { name: 'New conversation' }).waitFor();
    await page.getByLabel('Message').fill('stream please');
    await page.getByLabel('Message').press('Enter');

    const whole = 'word1 word2 word3 word4 word5 word6 word7';
    await page.locator('.turn .content:not(.streaming)').filter({ hasText: whole }).waitFor();
    expect(proxy.cut).toBe(true);
    await page.getByText('The connection dropped; joined the run again where it left off (nothing missed).').waitFor();
    // Joined from where it was: the id of the last event the page had.
    expect(joins.length).toBeGreaterThanOrEqual(1);
    expect(joins[0]).toMatch(/^\d+$/);
    // Once: the answer is not repeated, and the run was not cancelled by the drop.
    expect((await page.locator('.turn .content').last().textContent())?.trim()).toBe(whole);
    // The stream went on to the run's end (the answer comes before it): the page never fell back to reloading.
    await page.locator('.turn[data-status="completed"]').waitFor();
    await expect(page.getByText('Reconnected: the conversation was reloaded from the server.').count()).resolves.toBe(0);
    const thread = await waitFor(
      async () => (await (await fetch(`${server.url}/v1/threads/web-rejoin`)).json()) as { status: string; messages: { role: string; content: string }[] },
      (seen: { status: string }) => seen.status === 'idle',
      { timeoutMs: browserWaitMs },
    );
    expect(thread.messages.at(-1)).toMatchObject({ role: 'assistant', content: whole });

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  }, browserTestTimeoutMs);
});
