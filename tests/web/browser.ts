import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** A hang guard for a walk through many screens (not a speed bound): about a minute on a loaded two-core machine. */
export const browserTestTimeoutMs = 240_000;

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
  options: { width: number; height: number; colorScheme?: 'light' | 'dark' },
): Promise<{ context: BrowserContext; page: Page; foreign: string[]; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: options.width, height: options.height }, colorScheme: options.colorScheme ?? 'light', acceptDownloads: true });
  const foreign: string[] = [];
  const requests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    foreign.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => requests.push(request.url()));
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
