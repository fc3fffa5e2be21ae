import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { testConfig } from '../helpers/test-database.ts';
import { browserAvailability, browserTestTimeoutMs, launchBrowser, screenshot, watchedPage } from './browser.ts';

const { available, reason } = browserAvailability();

/**
 * Session 42's trial (#41): the Jobs screen sets what the search API and the Alerts form already
 * could, a yearly pay floor written as people write it ("38.000", "38 000") and what to leave out
 * (contract roles, internships, senior roles, agencies). Invented postings in the index; the one
 * board configured answers nothing (a closed port), so nothing leaves 127.0.0.1.
 */
describe.skipIf(!available)(`the Jobs screen's pay floor and "Leave out" boxes${reason}`, () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer(await testConfig({ PORT: '0', JOBPILOT_JOB_SOURCES: 'remotive', JOBPILOT_REMOTIVE_URL: 'http://127.0.0.1:9' }), { logger: false });
    browser = await launchBrowser();
    const postings = [
      { title: 'Planning Analyst', company: 'Marés Frescas', salary: '€42,000 – €48,000 a year', employment_type: 'full-time' },
      { title: 'Freelance Planning Analyst', company: 'Pontal Consulting', salary: '€300 a day', employment_type: 'contract' },
      { title: 'Planning Analyst Intern', company: 'Cais Verde', salary: '€1,100 a month', employment_type: 'internship' },
      { title: 'Senior Planning Analyst', company: 'Ribeira Foods', salary: '€60,000 – €70,000 a year', employment_type: 'full-time' },
      { title: 'Junior Planning Analyst', company: 'Alfama Retail', salary: '€28,000 – €34,000 a year', employment_type: 'full-time' },
    ].map((posting, index) => ({ ...posting, location: 'Porto, Portugal', url: `https://jobs.example/planning/${index}`, description: 'Demand planning with SQL and Excel.' }));
    const response = await fetch(`${server.url}/v1/jobs/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(postings) });
    expect(response.status).toBeLessThan(300);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'keeps out what is ticked and what pays under the floor, and remembers both for the next visit',
    async () => {
      const { page, foreign, errors, context } = await watchedPage(browser, { width: 1280, height: 900 });
      await page.goto(`${server.url}/#/jobs`);
      const titles = async () => (await page.locator('li.job h2, li.job h3').allTextContents()).map((title) => title.trim()).sort();

      await page.getByLabel('Keywords').fill('planning analyst');
      await page.getByLabel('Pay at least (a year)').fill('38.000');
      await page.getByLabel('Contract roles').check();
      await page.getByLabel('Internships and working-student roles').check();
      const searched = page.waitForRequest((request) => request.url().includes('/v1/jobs/search'));
      await page.getByRole('button', { name: 'Search' }).click();
      const url = new URL((await searched).url());
      expect(url.searchParams.get('min_salary')).toBe('38000');
      expect(url.searchParams.get('exclude_employment_type')).toBe('contract,internship');
      expect(url.searchParams.has('exclude_seniority')).toBe(false);
      await page.locator('li.job').first().waitFor();
      await expect(titles()).resolves.toEqual(['Planning Analyst', 'Senior Planning Analyst']);
      await screenshot(page, 'jobs-filters');

      // Senior roles too: the one left is the mid-level job over the floor.
      await page.getByLabel('Senior, lead and principal roles').check();
      const again = page.waitForResponse((response) => response.url().includes('/v1/jobs/search'));
      await page.getByRole('button', { name: 'Search' }).click();
      await again;
      await page.locator('li.job').filter({ hasText: 'Marés Frescas' }).waitFor();
      await expect(titles()).resolves.toEqual(['Planning Analyst']);

      // Back on the screen later in the session: the same floor and boxes, and the same search run.
      await page.goto(`${server.url}/#/tracker`);
      await page.goto(`${server.url}/#/jobs`);
      await expect(page.getByLabel('Pay at least (a year)').inputValue()).resolves.toBe('38000');
      await expect(page.getByLabel('Contract roles').isChecked()).resolves.toBe(true);
      await expect(page.getByLabel('Senior, lead and principal roles').isChecked()).resolves.toBe(true);
      await expect(page.getByLabel('Recruitment agencies').isChecked()).resolves.toBe(false);
      await page.locator('li.job').filter({ hasText: 'Marés Frescas' }).waitFor();
      await expect(titles()).resolves.toEqual(['Planning Analyst']);

      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    browserTestTimeoutMs,
  );
});
