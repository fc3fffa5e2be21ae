import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { testConfig } from '../helpers/test-database.ts';
import { browserAvailability, browserTestTimeoutMs, launchBrowser, watchedPage } from './browser.ts';

const { available, reason } = browserAvailability();

/** "14 h 30" as fr-CA writes a time of day: the hour and minute of `iso` in `timeZone`, 24-hour. */
function frenchTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).formatToParts(new Date(iso));
  const hour = Number(parts.find((part) => part.type === 'hour')?.value);
  const minute = parts.find((part) => part.type === 'minute')?.value;
  return `${hour} h ${minute}`;
}

/**
 * Session 41's trial of the web app by a Montréal user (issues 13, 21): a job opened from Jobs
 * is named in the match form, never by its id; every time is in JOBPILOT_TIME_ZONE on the first
 * screen opened too, written as the browser's locale writes times (24-hour in French); the
 * calendar feed box does not contradict the key its address carries. Invented data throughout.
 */
describe.skipIf(!available)(`the web app for a reader in another locale and zone${reason}`, () => {
  let server: RunningServer;
  let browser: Browser;
  const zone = 'America/Toronto';

  beforeAll(async () => {
    server = await startServer(await testConfig({ PORT: '0', JOBPILOT_TIME_ZONE: zone, JOBPILOT_JOB_SOURCES: 'remotive', JOBPILOT_REMOTIVE_URL: 'http://127.0.0.1:9' }), { logger: false });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const post = async (path: string, body: unknown, contentType = 'application/json') => {
    const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    expect(response.status).toBeLessThan(300);
    return (await response.json()) as Record<string, unknown>;
  };

  it(
    'names an unsaved job by title and company, shows times in the server zone and locale, and says plainly what the feed key is for',
    async () => {
      const imported = await post('/v1/jobs/import', [
        { title: 'Analyste des opérations', company: 'Caisse Hirondelle', location: 'Québec, QC', url: 'https://hirondelle.example/emplois/analyste', description: 'Analyse de données, SQL, Power BI. 2 ans d’expérience.' },
      ]);
      const jobId = (imported.job_ids as string[])[0] ?? '';
      const resume = await post('/v1/resumes?filename=lea.md', '# Léa Fortin\n\n## Experience\n\n### Data Analyst, Hublot (2021 - 2025)\n\n- Built Power BI reports with SQL\n', 'text/markdown');
      const reminder = await post('/v1/reminders', { when: '2030-03-14T18:30:00Z', title: 'Entrevue Hirondelle' });

      // The browser in UTC, in French: the server's zone and the browser's way of writing times must both show.
      const { page, foreign, errors, context } = await watchedPage(browser, { width: 1280, height: 900, timezoneId: 'UTC', locale: 'fr-CA' });

      // The Resume screen opened first: the upload time in Toronto, not the browser's UTC.
      await page.goto(`${server.url}/#/resume/match/${jobId}`);
      const option = page.locator(`#match-job option[value="${jobId}"]`);
      await option.waitFor({ state: 'attached' });
      await expect(option.textContent()).resolves.toBe('Analyste des opérations — Caisse Hirondelle (not saved)');
      await expect(page.locator('#match-job').textContent()).resolves.not.toContain(jobId);
      const versions = page.getByRole('list', { name: 'Resume versions' });
      await versions.locator('.muted').first().waitFor();
      const created = String(resume.created_at ?? (resume.resume as { created_at?: string } | undefined)?.created_at ?? '');
      expect(created).not.toBe('');
      const shown = (await versions.textContent()) ?? '';
      expect(shown.replace(/\s+/g, ' ')).toContain(frenchTime(created, zone));
      if (frenchTime(created, zone) !== frenchTime(created, 'UTC')) expect(shown.replace(/\s+/g, ' ')).not.toContain(frenchTime(created, 'UTC'));

      // Reminders: 24-hour as French writes it, in Toronto (18:30 UTC is 14 h 30 there), no AM/PM.
      await page.goto(`${server.url}/#/reminders`);
      const when = page.locator('.when').filter({ hasText: '2030' }).first();
      await when.waitFor();
      const whenText = ((await when.textContent()) ?? '').replace(/\s+/g, ' ');
      expect(whenText).toContain(frenchTime(String(reminder.due_at), zone));
      expect(whenText).not.toMatch(/\b(?:AM|PM)\b|\b[ap]\.m\./i);

      // The feed box: its address carries a key, and the words under it say what the key is for.
      const hint = page.locator('#feed-hint');
      await hint.waitFor();
      await expect(page.locator('#feed-address').inputValue()).resolves.toContain('?key=');
      const hintText = (await hint.textContent()) ?? '';
      expect(hintText).not.toMatch(/needs no key/);
      expect(hintText).toMatch(/key in the address/);

      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    browserTestTimeoutMs,
  );
});
