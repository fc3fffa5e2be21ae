import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { testConfig } from '../helpers/test-database.ts';
import { browserAvailability, browserTestTimeoutMs, launchBrowser, watchedPage } from './browser.ts';

const { available, reason } = browserAvailability();

// The first bytes of a PNG: what a person picks by mistake (or a scan of their resume).
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

/** How far `selector`'s box sticks out of its card to the right (0 when it fits). */
const overhang = (page: Page, selector: string) =>
  page.evaluate<number>(`(() => {
    const element = document.querySelector(${JSON.stringify(selector)});
    return Math.max(0, element.getBoundingClientRect().right - element.closest('.card').getBoundingClientRect().right);
  })()`);

/**
 * The Resume screen in Chromium against the real server (real port, Postgres): its forms lay
 * out cleanly at desktop and phone width, a picture gets the same person-readable answer as
 * in the CLI, and loading the page asks for nothing the server does not have (no 404).
 */
describe.skipIf(!available)(`the web app's Resume screen${reason}`, () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer(await testConfig({ PORT: '0', JOBPILOT_JOB_SOURCES: 'remotive', JOBPILOT_REMOTIVE_URL: 'http://127.0.0.1:9' }), { logger: false });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    it(`at ${width} px: fields stacked inside their cards, no 404 on load, a PNG answered in words`, async () => {
      const { page, foreign, errors, requests, context } = await watchedPage(browser, { width, height });
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      const consoleErrors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      await page.goto(`${server.url}/#/resume`);
      await page.getByRole('heading', { name: 'Match against a job' }).waitFor();
      await page.waitForLoadState('load');
      await page.getByRole('list', { name: 'Resume versions' }).getByText('No resume yet.').waitFor();
      // The icon the browser asks for after load: answered from the page itself, never /favicon.ico.
      expect(await page.evaluate<string | null>('document.querySelector("link[rel=icon]")?.getAttribute("href") ?? null')).toBe('data:,');

      // Nothing the page asks for is missing (the browser's favicon request was the 404 of the trial).
      expect(failed).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(requests.filter((url) => url.includes('favicon'))).toEqual([]);

      // Every field fits its card; the match form's fields sit one under another, left-aligned.
      for (const selector of ['#resume-file', '#resume-label', '#match-job', '#match-text']) expect(await overhang(page, selector)).toBe(0);
      const [select, textarea] = await Promise.all([page.locator('#match-job').boundingBox(), page.locator('#match-text').boundingBox()]);
      expect(textarea?.x).toBe(select?.x);
      expect(textarea?.y ?? 0).toBeGreaterThan((select?.y ?? 0) + (select?.height ?? 0));
      expect(await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
      if (process.env.JOBPILOT_SHOTS_DIR) await page.screenshot({ path: `${process.env.JOBPILOT_SHOTS_DIR}/resume-${width}.png`, fullPage: true });

      // A picture: the message a person can act on, the one the CLI gives, not the content type the browser sent.
      await page.locator('#resume-file').setInputFiles({ name: 'x.png', mimeType: 'image/png', buffer: png });
      await page.getByRole('button', { name: 'Upload' }).click();
      const problem = page.locator('.resume-detail .problem');
      await problem.waitFor();
      const text = (await problem.textContent()) ?? '';
      expect(text).toContain('"x.png" is an image, which jobpilot cannot read');
      expect(text).not.toMatch(/content-type|image\/png/);

      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }, browserTestTimeoutMs);
  }

  it("shows a skill group's keywords beside its name, not only the name (finding 27)", async () => {
    const { page, errors, context } = await watchedPage(browser, { width: 1280, height: 900 });
    await page.goto(`${server.url}/#/resume`);
    await page.getByRole('heading', { name: 'Match against a job' }).waitFor();
    const cv = [
      'Lena Vogt',
      'lena.vogt@example.de',
      'Experience',
      'Process Engineer, Heraeus, Hanau, 2019 – present',
      '• Ran furnace trials.',
      'Technical Skills',
      'Simulation: COMSOL, ANSYS Fluent',
      'Quality Tools: FMEA, SPC',
      'Python',
    ].join('\n');
    await page.locator('#resume-file').setInputFiles({ name: 'lena.txt', mimeType: 'text/plain', buffer: Buffer.from(cv) });
    await page.getByRole('button', { name: 'Upload' }).click();
    const groups = page.locator('.resume-detail dl.skill-groups');
    await groups.waitFor();
    const rows: { name: string; keywords: string[] }[] = await groups.evaluate((list) =>
      [...list.querySelectorAll('dt')].map((term) => ({ name: term.textContent ?? '', keywords: [...(term.nextElementSibling?.querySelectorAll('.skill') ?? [])].map((chip) => chip.textContent ?? '') })),
    );
    expect(rows).toEqual(expect.arrayContaining([{ name: 'Simulation', keywords: ['COMSOL', 'ANSYS Fluent'] }, { name: 'Quality Tools', keywords: ['FMEA', 'SPC'] }]));
    if (process.env.JOBPILOT_SHOTS_DIR) await page.screenshot({ path: `${process.env.JOBPILOT_SHOTS_DIR}/resume-skill-groups.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  }, browserTestTimeoutMs);

  it('deletes a version after asking again; the newest left becomes active (trial 42 #56)', async () => {
    const upload = async (name: string, label: string) => {
      const response = await fetch(`${server.url}/v1/resumes?filename=${name}&label=${encodeURIComponent(label)}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: `Rui Valente\nrui.valente@example.pt\n\nExperience\nPlanner, Cais Azul, Porto, 2020 – present\n• Planned weekly routes.\n`,
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    const kept = await upload('rui.txt', 'rui kept');
    const twice = await upload('rui-again.txt', 'rui tried twice');
    const { page, errors, context } = await watchedPage(browser, { width: 1280, height: 900 });
    await page.goto(`${server.url}/#/resume`);
    const card = page.locator(`li.card[data-id="${twice}"]`);
    await card.getByRole('button', { name: 'Delete', exact: true }).click();
    const question = card.getByRole('group', { name: 'Confirm deletion' });
    await expect(question.textContent()).resolves.toContain('The newest version left becomes the active one.');
    // Cancel first: nothing is deleted.
    await question.getByRole('button', { name: 'Cancel' }).click();
    await card.getByRole('button', { name: 'Delete', exact: true }).waitFor();
    await card.getByRole('button', { name: 'Delete', exact: true }).click();
    await card.getByRole('button', { name: 'Delete it' }).click();
    await card.waitFor({ state: 'detached' });
    const keptCard = page.locator(`li.card[data-id="${kept}"]`);
    await keptCard.locator('.badge', { hasText: 'active' }).waitFor();
    const { resumes } = (await (await fetch(`${server.url}/v1/resumes`)).json()) as { resumes: { id: string; active: boolean }[] };
    expect(resumes.map((resume) => resume.id)).not.toContain(twice);
    expect(resumes.find((resume) => resume.active)?.id).toBe(kept);
    expect(errors).toEqual([]);
    await context.close();
  }, browserTestTimeoutMs);
});
