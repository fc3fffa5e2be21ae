import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { type OpenAIStub, startOpenAIStub } from '../fakes/openai-stub-server.ts';
import { testConfig } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';
import { browserAvailability, browserTestTimeoutMs, browserWaitMs, launchBrowser, screenshot, watchedPage } from './browser.ts';

const { available, reason } = browserAvailability();

/** A respond decision as the model streams it: the JSON cut into pieces of `size` characters. */
const streamedAnswer = (answer: string, size: number) => {
  const text = JSON.stringify({ decision: { action: 'respond', reason: 'A question I can answer.', answer } });
  const deltas: string[] = [];
  for (let at = 0; at < text.length; at += size) deltas.push(text.slice(at, at + size));
  return deltas;
};

/**
 * The Chat screen in Chromium against the real server (real port, Postgres) planning with an
 * OpenAI-compatible model (a local stub speaking the real streaming wire protocol): the answer
 * appears token by token, Stop cancels the run on the server, a new thread is renamed and
 * deleted, and a dropped connection reloads the conversation.
 */
describe.skipIf(!available)(`the web app's chat, streamed from a model${reason}`, () => {
  let server: RunningServer;
  let model: OpenAIStub;
  let browser: Browser;

  beforeAll(async () => {
    model = await startOpenAIStub();
    server = await startServer(
      await testConfig({ PORT: '0', JOBPILOT_PLANNER: 'openai', OPENAI_BASE_URL: `${model.url}/v1`, OPENAI_MODEL: 'llama3.1', JOBPILOT_MODEL_RETRIES: '0' }),
      { logger: false },
    );
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await model?.close();
  });

  it('streams an answer token by token, stops a run, renames and deletes the thread, and reloads after a dropped connection', async () => {
    const { page, foreign, context, errors } = await watchedPage(browser, { width: 1280, height: 800 });
    await page.goto(`${server.url}/#/chat/web-stream`);
    await page.getByRole('heading', { name: 'New conversation' }).waitFor();

    // Token by token: the half-written answer is on the page while the model is still writing
    // (it stops short of the end until the test has looked, so a slow machine sees the same).
    const answer = 'Keep it to one page unless you have more than ten years of experience.';
    let goOn: () => void = () => {};
    const resume = new Promise<void>((resolve) => {
      goOn = resolve;
    });
    const deltas = streamedAnswer(answer, 6);
    // Paused four pieces before the end: well into the answer, which starts after the decision's opening fields.
    model.reply({ deltas, chunkDelayMs: 20, pauseAfter: deltas.length - 4, resume });
    await page.getByLabel('Message').fill('how long should my resume be?');
    await page.getByLabel('Message').press('Enter');
    const streaming = page.locator('.content.streaming');
    await streaming.waitFor();
    const partial = await streaming.textContent();
    goOn();
    expect(answer.startsWith(partial ?? '')).toBe(true);
    expect(partial?.length ?? 0).toBeLessThan(answer.length);
    await page.locator('.turn .content:not(.streaming)').filter({ hasText: answer }).waitFor();
    await screenshot(page, 'chat');

    // The thread got its title from the first message; rename it.
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New title').fill('Resume length');
    await page.getByLabel('New title').press('Enter');
    await page.getByRole('heading', { name: 'Resume length' }).waitFor();
    await page.getByRole('link', { name: 'Resume length' }).waitFor();
    const renamed = (await (await fetch(`${server.url}/v1/threads/web-stream`)).json()) as { title: string };
    expect(renamed.title).toBe('Resume length');

    // Stop: the model stops writing short of the end (until its client goes); Stop closes the stream, and the server cancels the run.
    const long = streamedAnswer('This answer is long and slow. '.repeat(20), 4);
    model.reply({ deltas: long, chunkDelayMs: 20, stallAfter: long.length - 10 });
    await page.getByLabel('Message').fill('tell me something long');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.locator('.content.streaming').waitFor();
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByText('Stopped: the turn was cancelled.').waitFor();
    const afterStop = await waitFor(
      async () => (await (await fetch(`${server.url}/v1/threads/web-stream`)).json()) as { status: string; messages: { content: string }[] },
      (thread: { status: string; messages: { content: string }[] }) => thread.status === 'idle' && thread.messages.some((message) => message.content.includes('cancelled before it finished')),
      // Asked every 200 ms: a tighter loop for 30 s would meet the server's rate limit (600 a minute).
      { timeoutMs: browserWaitMs, intervalMs: 200 },
    );
    expect(afterStop.status).toBe('idle');
    // The cancelled turn is closed in the transcript with its note.
    expect(afterStop.messages.at(-1)?.content).toContain('(This turn was cancelled before it finished.)');
    await expect(page.getByRole('button', { name: 'Send' }).isEnabled()).resolves.toBe(true);

    // A dropped connection: the page says so, waits for the server, and reloads the conversation.
    await context.route('**/v1/threads/web-stream/runs', (route) => route.abort('connectionreset'), { times: 1 });
    await page.getByLabel('Message').fill('are you there?');
    await page.getByLabel('Message').press('Enter');
    await page.getByText('Reconnected: the conversation was reloaded from the server.').waitFor();
    await expect(page.locator('.message.user').filter({ hasText: 'how long should my resume be?' }).count()).resolves.toBe(1);

    // Delete the conversation: it leaves the list and the server. The new conversation the page
    // opens instead is not asked of the server (it has none yet: that would be a 404).
    const notFound: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 404 && /\/v1\/threads\/web-\d{8}-/.test(response.url())) notFound.push(response.url());
    });
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete it' }).click();
    await page.getByRole('heading', { name: 'New conversation' }).waitFor();
    await page.getByText('Ask for jobs').waitFor();
    expect(notFound).toEqual([]);
    expect((await fetch(`${server.url}/v1/threads/web-stream`)).status).toBe(404);
    // The new screen's list, once read (it starts empty, so a count taken earlier proves nothing): without the deleted one.
    await page.getByRole('list', { name: 'Conversations' }).getByText('No conversations yet.').waitFor();
    await expect(page.getByRole('link', { name: 'Resume length' }).count()).resolves.toBe(0);

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  }, browserTestTimeoutMs);
});
