import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { alertListSchema } from '../../src/protocol/alerts.ts';
import { remotiveAnswer, remotivePosting } from '../alerts/remotive-postings.ts';
import { testConfig } from '../helpers/test-database.ts';
import { type StubBoard, startStubBoard } from '../jobs/stub-board.ts';
import { browserAvailability, browserTestTimeoutMs, launchBrowser, watchedPage } from './browser.ts';

const { available, reason } = browserAvailability();

/**
 * The Alerts screen in Chromium against the real server (real port, Postgres) and a Remotive stub:
 * an alert made with a place and "Remote too", keeping agencies and contract roles out; the card says
 * so; its "Lisbon only" button ends remote too, and "Remote too" brings it back (session 41).
 */
describe.skipIf(!available)(`the web app: an alert's remote too and what it leaves out${reason}`, () => {
  let remotive: StubBoard;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    remotive = await startStubBoard({ json: remotiveAnswer([remotivePosting(401, 'TypeScript Engineer', 'Northwind', 'TypeScript and Node.js.')]) });
    const config = await testConfig({
      PORT: '0',
      JOBPILOT_JOB_SOURCES: 'remotive',
      JOBPILOT_REMOTIVE_URL: remotive.origin,
      JOBPILOT_JOB_TIMEOUT_MS: '3000',
      JOBPILOT_TIME_ZONE: 'Europe/Lisbon',
    });
    server = await startServer(config, { logger: false });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await remotive?.close();
  });

  const alerts = async () => alertListSchema.parse(await (await fetch(`${server.url}/v1/alerts`)).json()).alerts;

  it('made with remote too and exclusions, shown on its card, remote too switched off and on', async () => {
    const { page, foreign, errors, context } = await watchedPage(browser, { width: 1280, height: 900 });
    await page.goto(`${server.url}/#/alerts`);
    await page.getByText('No alerts yet').waitFor();

    await page.getByLabel('Keywords').fill('typescript');
    await page.getByLabel('Location (optional)').fill('Lisbon');
    await page.getByLabel('Remote too (besides the location)').check();
    await page.getByLabel('Recruitment agencies').check();
    await page.getByLabel('Contract roles').check();
    await page.getByRole('button', { name: 'Create alert' }).click();
    const card = page.locator('li.alert');
    await card.waitFor();

    const [made] = await alerts();
    expect(made).toMatchObject({ location: 'Lisbon', remote: null, remote_too: true, exclude_agencies: true, exclude_employment_type: ['contract'], exclude_seniority: [] });
    await expect(card.locator('.meta').textContent()).resolves.toBe('“typescript” · in Lisbon or remote · no contract roles · no agencies');
    // The form is empty again for the next one.
    await expect(page.getByLabel('Remote too (besides the location)').isChecked()).resolves.toBe(false);
    await expect(page.getByLabel('Recruitment agencies').isChecked()).resolves.toBe(false);

    // "Lisbon only": the place's openings only, said on the card and kept by the server.
    await card.getByRole('button', { name: 'Lisbon only' }).click();
    await card.getByRole('button', { name: 'Remote too' }).waitFor();
    await expect(card.locator('.meta').textContent()).resolves.toBe('“typescript” · in Lisbon · no contract roles · no agencies');
    expect((await alerts())[0]).toMatchObject({ remote_too: false, exclude_agencies: true });

    // And back: remote openings as well.
    await card.getByRole('button', { name: 'Remote too' }).click();
    await card.getByRole('button', { name: 'Lisbon only' }).waitFor();
    expect((await alerts())[0]).toMatchObject({ remote_too: true, remote: null });

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  }, browserTestTimeoutMs);
});
