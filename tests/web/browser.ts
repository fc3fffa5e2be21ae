import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** A hang guard for a walk through many screens (not a speed bound): about a minute on a loaded two-core machine. */
export const browserTestTimeoutMs = 240_000;
/**
 * How long one wait in a page may take before it fails: every wait ends on what it waits for
 * (an element, a response, a text), so this only bounds a wait that would never end. It is
 * half a test's budget: Playwright's own 30 s was outrun by a loaded CI machine.
 */
export const browserWaitMs = 120_000;

/** Debian's Chromium, which `.ci/run` installs. */
export const chromiumPath = '/usr/bin/chromium';

/**
 * Whether the browser tests can run here. In CI a missing Chromium is a failure (the suite
 * must not pass by running nothing); elsewhere the tests are skipped, and their name says why.
 */
export function browserAvailability(): { available: boolean; reason: string } {
  if (existsSync(chromiumPath)) return { available: true, reason: '' };
  if (process.env.CI === 'true') throw new Error(`${chromiumPath} is missing: the web app tests need Chromium (apt-get install chromium), and CI must run them.`);
  return { available: false, reason: ` (skipped: ${chromiumPath} is missing; apt-get install chromium to run them)` };
}

/** Launches headless Chromium with nothing of its own reaching the network (no updates, sync, or first-run pages). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-default-apps'],
  });
}

/**
 * A page whose every request is recorded; any request to somewhere other than 127.0.0.1 is
 * refused and listed in `foreign`, so a test can assert that nothing left the machine.
 * Uncaught script errors are listed in `errors`.
 */
export async function watchedPage(
  browser: Browser,
  options: { width: number; height: number; colorScheme?: 'light' | 'dark'; timezoneId?: string; locale?: string },
): Promise<{ context: BrowserContext; page: Page; foreign: string[]; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    colorScheme: options.colorScheme ?? 'light',
    acceptDownloads: true,
    locale: options.locale ?? 'en-US',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const foreign: string[] = [];
  const requests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    foreign.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => requests.push(request.url()));
  context.setDefaultTimeout(browserWaitMs);
  const page = await context.newPage();
  // Errors the page's own script threw (a failed request it reports on the page is not one).
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, foreign, requests, errors };
}

const screenshotDirectory = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** Writes docs/screenshots/NAME.png, only when JOBPILOT_WRITE_SCREENSHOTS=1 (so test runs do not dirty the tree). */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.JOBPILOT_WRITE_SCREENSHOTS !== '1') return;
  await mkdir(screenshotDirectory, { recursive: true });
  await page.screenshot({ path: `${screenshotDirectory}${name}.png`, fullPage: false });
}

/** The header a test puts on an answer it held back on purpose, so the page's reading of that one answer can be awaited. */
export const heldBackHeader = 'x-test-held-back';

/**
 * Marks, in the page, each answer its script has finished reading: after a `fetch` resolves, and
 * after its body is read (`json`, `text`, `blob`), `METHOD /path?query` is listed in
 * `window.answersRead` one task later. The page's own reaction to an answer runs in the
 * microtasks that follow the read, so once the entry is listed the page has drawn (or dropped)
 * what that answer brought, unless it went on to wait for something else. Call before `goto`.
 *
 * @example
 * await recordAnswersRead(page);
 * await answerRead(page, /^GET \/v1\/alerts$/);
 */
export async function recordAnswersRead(page: Page): Promise<void> {
  // A string: this project's TypeScript for Node has no DOM types.
  await page.addInitScript(`(() => {
    const read = [];
    const methods = new WeakMap();
    window.answersRead = read;
    const name = (response) => {
      const url = new URL(response.url);
      return (methods.get(response) ?? 'GET') + ' ' + url.pathname + url.search + (response.headers.has(${JSON.stringify(heldBackHeader)}) ? ' (held back)' : '');
    };
    const listLater = (entry) => setTimeout(() => read.push(entry), 0);
    const fetchFirst = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const response = await fetchFirst(input, init);
      methods.set(response, (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase());
      listLater(name(response) + ' headers');
      return response;
    };
    for (const reader of ['json', 'text', 'blob']) {
      const first = Response.prototype[reader];
      Response.prototype[reader] = async function () {
        const body = await first.call(this);
        listLater(name(this) + ' body');
        return body;
      };
    }
  })()`);
}

/**
 * Waits until the page has read the `nth` (1-based) answer whose `METHOD /path?query` (followed by
 * ` (held back)` when it carries {@link heldBackHeader}) matches
 * `pattern`, body and all (`stage: 'headers'` for an answer the page reads no body of, such as a 204).
 */
export async function answerRead(page: Page, pattern: RegExp, { nth = 1, stage = 'body' }: { nth?: number; stage?: 'headers' | 'body' } = {}): Promise<void> {
  // Polled from here: the page's Content-Security-Policy forbids the eval that waitForFunction's polling uses in the page.
  const suffix = ` ${stage}`;
  for (const deadline = Date.now() + 30_000; ; ) {
    const read = await page.evaluate<string[]>('window.answersRead ?? []');
    if (read.filter((entry) => entry.endsWith(suffix) && pattern.test(entry.slice(0, -suffix.length))).length >= nth) return;
    if (Date.now() > deadline) throw new Error(`The page did not read answer ${nth} to ${pattern} (${stage}); it read: ${read.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Holds back the first answer to requests matching `pattern` (and `method`): the request
 * reaches the server, its answer waits until `release()`. `reached` resolves once the server
 * has answered it (what it read is fixed from then on); later requests pass untouched. The
 * held answer carries {@link heldBackHeader}, so {@link answerRead} can wait for the page to read it.
 */
export async function holdFirstAnswer(page: Page, pattern: RegExp, method = 'GET') {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let answered: () => void = () => {};
  const reached = new Promise<void>((resolve) => {
    answered = resolve;
  });
  let held = false;
  await page.route(pattern, async (route) => {
    if (held || route.request().method() !== method) return route.continue();
    held = true;
    const response = await route.fetch();
    answered();
    await released;
    await route.fulfill({ response, headers: { ...response.headers(), [heldBackHeader]: '1' } });
  });
  return { reached, release };
}
