import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { alertListSchema, notificationListSchema } from '../../src/protocol/alerts.ts';
import { reminderListSchema } from '../../src/protocol/api.ts';
import { remotiveAnswer, remotivePosting } from '../alerts/remotive-postings.ts';
import { testConfig } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';
import { type StubBoard, startStubBoard } from '../jobs/stub-board.ts';
import { browserAvailability, browserTestTimeoutMs, browserWaitMs, launchBrowser, screenshot, watchedPage } from './browser.ts';

const { available, reason } = browserAvailability();

// A clock the test sets (it runs on like a real one from there): Monday 7 December 2026, 07:00 in Berlin.
let offset = 0;
const setClock = (iso: string) => {
  offset = new Date(iso).getTime() - Date.now();
};
setClock('2026-12-07T06:00:00Z');
const now = () => new Date(Date.now() + offset);

const resume = `# Ada Lovelace
ada@example.com

## Skills
TypeScript, React, Node.js, PostgreSQL, GraphQL

## Experience
### Senior Software Engineer, Acme (2019 - present)
- Built TypeScript services with Node.js, React and PostgreSQL
`;

const goodFit = remotivePosting(301, 'Senior TypeScript Engineer', 'Northwind', 'You will build with TypeScript, React, Node.js, GraphQL and PostgreSQL.');
const poorFit = remotivePosting(302, 'TypeScript Platform Engineer', 'Globex', 'Requirements: TypeScript, Kubernetes, Terraform, Go and AWS.');
const later = remotivePosting(303, 'Full Stack TypeScript Developer', 'Initech', 'TypeScript, React and Node.js across the stack.');

/** A screen's link in the header's navigation. */
const screenLink = (page: Page, name: string | RegExp) => page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name });

const overflowOf = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

/** Every VEVENT of an iCalendar text, read by ical.js (a parser of its own, not the generator). */
function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, summary: event.summary, start: event.startDate.toJSDate().toISOString(), status: component.getFirstPropertyValue('status') };
  });
}

/**
 * Alerts, the inbox and reminders in Chromium against the real server (real port, Postgres,
 * a clock the test sets) and a local stub board in Remotive's real shape: an alert made in
 * the form (a bad schedule answered next to its field), run now with its openings ranked by
 * fit, paused, resumed and deleted; notifications arriving live in the open page with the
 * badge counting them, marked read; a reminder added, downloaded as .ics, come due as a
 * notification, and cancelled; the calendar feed's address. Nothing leaves 127.0.0.1.
 */
describe.skipIf(!available)(`the web app: alerts, inbox and reminders${reason}`, () => {
  let remotive: StubBoard;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    remotive = await startStubBoard({ json: remotiveAnswer([goodFit, poorFit]) });
    const config = await testConfig({
      PORT: '0',
      JOBPILOT_JOB_SOURCES: 'remotive',
      JOBPILOT_REMOTIVE_URL: remotive.origin,
      JOBPILOT_JOB_TIMEOUT_MS: '3000',
      JOBPILOT_TIME_ZONE: 'Europe/Berlin',
    });
    server = await startServer(config, { logger: false, now });
    const upload = await fetch(`${server.url}/v1/resumes?filename=ada.md`, { method: 'POST', headers: { 'content-type': 'text/markdown' }, body: resume });
    expect(upload.status).toBe(201);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await remotive?.close();
  });

  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, { method, ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }) });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it('an alert made in the form, run now, paused, resumed, deleted; its notifications live in the inbox', async () => {
    // The browser in another zone than the server's: times must still be Berlin's.
    const { page, foreign, errors, context } = await watchedPage(browser, { width: 1280, height: 900, timezoneId: 'America/Los_Angeles' });
    await page.goto(`${server.url}/#/alerts`);
    await page.getByText('No alerts yet').waitFor();

    // A schedule the server cannot read: its words next to the field, nothing made.
    await page.getByLabel('Keywords').fill('typescript');
    await page.getByLabel('Remote only').check();
    await page.getByLabel('When to run').fill('whenever you feel like it');
    await page.getByRole('button', { name: 'Create alert' }).click();
    const scheduleError = page.locator('#alert-schedule-error');
    await scheduleError.waitFor();
    await expect(scheduleError.textContent()).resolves.toContain('is not a schedule');
    await expect(page.getByLabel('When to run').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(alertListSchema.parse((await api('GET', '/v1/alerts')).body).alerts).toEqual([]);

    // A minimum fit out of range: the server's 400 names the field, and its words go under that field.
    await page.getByLabel('When to run').fill('every morning at 8');
    await page.getByLabel(/^Minimum fit/).fill('150');
    await page.getByRole('button', { name: 'Create alert' }).click();
    const fitError = page.locator('#alert-min-fit-error');
    await fitError.waitFor();
    await expect(fitError.textContent()).resolves.toMatch(/100/);
    await expect(scheduleError.isVisible()).resolves.toBe(false);
    await expect(page.getByLabel(/^Minimum fit/).evaluate((input) => input === input.ownerDocument.activeElement)).resolves.toBe(true);
    expect(alertListSchema.parse((await api('GET', '/v1/alerts')).body).alerts).toEqual([]);

    // Words it reads: made, listed with the schedule in words and the next run in Berlin time.
    await page.getByLabel(/^Minimum fit/).fill('');
    await page.getByRole('button', { name: 'Create alert' }).click();
    const card = page.locator('li.alert');
    await card.waitFor();
    await expect(scheduleError.isVisible()).resolves.toBe(false);
    const [alert] = alertListSchema.parse((await api('GET', '/v1/alerts')).body).alerts;
    expect(alert).toMatchObject({ query: 'typescript', remote: true, schedule: '0 8 * * *', time_zone: 'Europe/Berlin', next_run_at: '2026-12-07T07:00:00.000Z' });
    await expect(card.locator('.schedule').textContent()).resolves.toContain('every day at 08:00');
    await expect(card.locator('.schedule').textContent()).resolves.toContain('Europe/Berlin');
    await expect(card.locator('time.next-run').getAttribute('datetime')).resolves.toBe('2026-12-07T07:00:00.000Z');
    await expect(card.locator('time.next-run').textContent()).resolves.toMatch(/0?8:00/);
    await expect(card.getByText('Not run yet.').count()).resolves.toBe(1);

    // Run now: the new openings, best fit first, each with the reason; the badge counts the notification live.
    await card.getByRole('button', { name: 'Run now' }).click();
    const matches = card.getByRole('list', { name: 'New openings, best fit first' }).locator('li.match-item');
    await matches.nth(1).waitFor();
    await expect(matches.count()).resolves.toBe(2);
    const scores = (await matches.locator('.fit-score').allTextContents()).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeGreaterThan(scores[1] ?? 100);
    await expect(matches.first().locator('h4').textContent()).resolves.toBe('Senior TypeScript Engineer');
    await expect(matches.first().locator('.reason').textContent()).resolves.toMatch(/^matches \d+ of the \d+ skills it asks for|^matches all \d+ skills/);
    await expect(card.locator('.last-run').textContent()).resolves.toMatch(/succeeded.*2 new/);
    const badge = page.locator('#inbox-badge');
    await expect(waitFor(() => badge.textContent(), (text) => text === '1 unread', { timeoutMs: browserWaitMs })).resolves.toBe('1 unread');
    // Save the best one to the tracker.
    await matches.first().getByRole('button', { name: 'Save' }).click();
    await matches.first().getByRole('button', { name: 'Saved' }).waitFor();
    const saved = (await api('GET', '/v1/saved-jobs')).body as { saved_jobs: { title: string }[] };
    expect(saved.saved_jobs.map((job) => job.title)).toEqual(['Senior TypeScript Engineer']);
    await screenshot(page, 'alerts');

    // Its recent runs on demand.
    await card.getByRole('button', { name: 'Recent runs' }).click();
    const runs = card.getByRole('list', { name: /^Recent runs of/ }).locator('li');
    await runs.first().waitFor();
    await expect(runs.count()).resolves.toBe(1);
    await expect(runs.first().textContent()).resolves.toMatch(/succeeded.*2 new.*run by hand/);

    // Pause, resume.
    await card.getByRole('button', { name: 'Pause' }).click();
    await card.locator('.paused-badge').waitFor();
    expect(alertListSchema.parse((await api('GET', '/v1/alerts')).body).alerts[0]).toMatchObject({ paused: true, next_run_at: null });
    await card.getByRole('button', { name: 'Resume' }).click();
    await card.locator('time.next-run').waitFor();
    expect(alertListSchema.parse((await api('GET', '/v1/alerts')).body).alerts[0]).toMatchObject({ paused: false, next_run_at: '2026-12-07T07:00:00.000Z' });
    // The last run is still shown after both.
    await expect(card.locator('.last-run').textContent()).resolves.toMatch(/2 new/);

    // The inbox: the notification is there; a new one made on the server arrives live.
    await screenLink(page, /^Inbox/).click();
    const notifications = page.getByRole('list', { name: 'Notifications' }).locator('li.notification');
    await notifications.first().waitFor();
    await expect(notifications.count()).resolves.toBe(1);
    await expect(notifications.first().locator('h3').textContent()).resolves.toBe('2 new openings for remote typescript jobs');
    // Its openings as a numbered list, each title a link to the posting (not plain text with bare addresses).
    const listed = notifications.first().locator('.body ol > li');
    await expect(listed.count()).resolves.toBe(2);
    await expect(listed.first().locator('a').first().getAttribute('href')).resolves.toMatch(/^https?:\/\//);
    await expect(listed.first().textContent()).resolves.not.toMatch(/\(remote\)\)/);
    // Its time in the server's zone (Europe/Berlin), as the Alerts screen shows it, and labelled; the browser's is Los Angeles.
    const [stored] = notificationListSchema.parse((await api('GET', '/v1/notifications')).body).notifications;
    const shown = (timeZone: string) => new Date(stored?.created_at ?? '').toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone });
    await expect(notifications.first().locator('time').textContent()).resolves.toBe(shown('Europe/Berlin'));
    expect(shown('Europe/Berlin')).not.toBe(shown('America/Los_Angeles'));
    await expect(page.locator('.zone-label').textContent()).resolves.toBe('Times in Europe/Berlin');
    remotive.reply({ json: remotiveAnswer([goodFit, poorFit, later]) });
    const second = (await api('POST', '/v1/alerts', { query: 'full stack', schedule: 'weekdays at 7:30' })).body as { id: string };
    expect((await api('POST', `/v1/alerts/${second.id}/run`)).status).toBe(200);
    await notifications.nth(1).waitFor();
    await expect(notifications.first().locator('h3').textContent()).resolves.toBe('1 new opening for full stack jobs');
    await expect(waitFor(() => badge.textContent(), (text) => text === '2 unread', { timeoutMs: browserWaitMs })).resolves.toBe('2 unread');
    // Its opening, with Save.
    await notifications.first().getByRole('button', { name: 'Show the opening' }).click();
    const opening = notifications.first().locator('li.match-item');
    await expect(opening.locator('h4').textContent()).resolves.toBe('Full Stack TypeScript Developer');
    await opening.getByRole('button', { name: 'Save' }).click();
    await opening.getByRole('button', { name: 'Saved' }).waitFor();
    // The first one's openings: the one saved before says so.
    await notifications.nth(1).getByRole('button', { name: 'Show the 2 openings' }).click();
    await notifications.nth(1).locator('li.match-item').first().getByRole('button', { name: 'Saved' }).waitFor();
    await screenshot(page, 'inbox');

    // Mark one read, then all.
    await notifications.first().getByRole('button', { name: 'Mark read' }).click();
    await expect(waitFor(() => badge.textContent(), (text) => text === '1 unread', { timeoutMs: browserWaitMs })).resolves.toBe('1 unread');
    await expect(notifications.first().getAttribute('class')).resolves.not.toContain('unread');
    let inbox = notificationListSchema.parse((await api('GET', '/v1/notifications')).body);
    expect(inbox.unread).toBe(1);
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await waitFor(() => badge.isHidden(), (hidden) => hidden, { timeoutMs: browserWaitMs });
    inbox = notificationListSchema.parse((await api('GET', '/v1/notifications')).body);
    expect(inbox.unread).toBe(0);
    expect(inbox.notifications.every((notification) => notification.read_at !== null)).toBe(true);

    // Delete, asked again first.
    await screenLink(page, 'Alerts').click();
    const first = page.locator(`li.alert[data-alert-id="${alert?.id}"]`);
    await first.getByRole('button', { name: 'Delete' }).click();
    await first.getByRole('group', { name: 'Confirm deletion' }).getByRole('button', { name: 'Cancel' }).click();
    await first.getByRole('button', { name: 'Delete' }).click();
    await first.getByRole('button', { name: 'Delete it' }).click();
    await first.waitFor({ state: 'detached' });
    expect(alertListSchema.parse((await api('GET', '/v1/alerts')).body).alerts.map((left) => left.id)).toEqual([second.id]);
    // The other one goes too (from elsewhere: the API), so the clock moved below makes no run of it;
    // the page, told it is gone when it acts on it, says so and reads the list again.
    expect((await api('DELETE', `/v1/alerts/${second.id}`)).status).toBe(200);
    const gone = page.locator(`li.alert[data-alert-id="${second.id}"]`);
    await gone.getByRole('button', { name: 'Pause' }).click();
    await page.getByText(/This alert is gone/).waitFor();
    await gone.waitFor({ state: 'detached' });
    await page.getByText('No alerts yet').waitFor();

    // A phone's width: one column, no sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(overflowOf(page)).resolves.toBeLessThanOrEqual(0);
    await screenLink(page, /^Inbox/).click();
    await notifications.first().waitFor();
    await expect(overflowOf(page)).resolves.toBeLessThanOrEqual(0);

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  }, browserTestTimeoutMs);

  it('reminders: a bad time in words, one added, its .ics, due as a live notification, cancelled; the feed address', async () => {
    const { page, foreign, errors, context } = await watchedPage(browser, { width: 1280, height: 900, colorScheme: 'dark' });
    await page.goto(`${server.url}/#/reminders`);
    await page.getByText('Nothing coming up.').waitFor();

    // Words with no date: said next to the field.
    await page.getByLabel('When', { exact: true }).fill('whenever');
    await page.getByRole('button', { name: 'Add reminder' }).click();
    const whenError = page.locator('#reminder-when-error');
    await whenError.waitFor();
    await expect(whenError.textContent()).resolves.toMatch(/\S/);
    expect(reminderListSchema.parse((await api('GET', '/v1/reminders?all=true')).body).reminders).toEqual([]);

    // An interview about a saved job, from its Tracker card (the job is chosen), and a follow-up.
    await screenLink(page, 'Tracker').click();
    await page.locator('li.saved-job', { hasText: 'Senior TypeScript Engineer' }).getByRole('link', { name: 'Set a reminder' }).click();
    const jobChoice = page.getByLabel('Job (optional)');
    const savedJobs = (await api('GET', '/v1/saved-jobs')).body as { saved_jobs: { job_id: string; title: string }[] };
    const northwind = savedJobs.saved_jobs.find((entry) => entry.title === 'Senior TypeScript Engineer')?.job_id;
    await expect(waitFor(() => jobChoice.inputValue(), (value) => value !== '', { timeoutMs: browserWaitMs })).resolves.toBe(northwind);
    await page.getByLabel('When', { exact: true }).fill('on the 10th at 3pm');
    await page.getByLabel('Kind').selectOption('interview');
    await page.getByRole('button', { name: 'Add reminder' }).click();
    const reminders = page.getByRole('list', { name: 'Reminders' }).locator('li.reminder');
    await reminders.first().waitFor();
    await page.getByLabel('When', { exact: true }).fill('tomorrow at 9am');
    await page.getByLabel('What (optional)').fill('Chase the Globex recruiter');
    await page.getByRole('button', { name: 'Add reminder' }).click();
    await reminders.nth(1).waitFor();
    const stored = reminderListSchema.parse((await api('GET', '/v1/reminders')).body).reminders;
    expect(stored.map((reminder) => [reminder.kind, reminder.due_at])).toEqual([
      ['follow_up', '2026-12-08T08:00:00.000Z'],
      ['interview', '2026-12-10T14:00:00.000Z'],
    ]);
    const [followUp, interview] = stored;
    // Soonest first, each in Berlin time (written in the browser's locale: 15:00 or 03:00 PM).
    await expect(reminders.first().locator('h3').textContent()).resolves.toBe('Chase the Globex recruiter');
    await expect(reminders.nth(1).locator('.when').textContent()).resolves.toMatch(/(15:00|0?3:00\sPM).*Europe\/Berlin/);

    // The interview as an .ics event that parses, named as stored.
    const [download] = await Promise.all([page.waitForEvent('download'), reminders.nth(1).getByRole('button', { name: 'Download .ics' }).click()]);
    expect(download.suggestedFilename()).toBe(`${interview?.id}.ics`);
    const ics = await readFile((await download.path()) as string, 'utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    const [event] = eventsOf(ics);
    expect(event).toMatchObject({ summary: interview?.title, start: '2026-12-10T14:00:00.000Z' });

    // The feed's address: the calendar feed with this owner's key, which a calendar app reads without a token.
    const address = await page.locator('#feed-address').inputValue();
    expect(address).toMatch(new RegExp(`^${server.url.replace(/[.]/g, '\\.')}/v1/calendar\\.ics\\?key=`));
    const feed = await fetch(address);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(eventsOf(await feed.text()).map((entry) => entry.summary).sort()).toEqual([followUp?.title, interview?.title].sort());
    await screenshot(page, 'reminders');

    // The follow-up comes due: its notification reaches the open page, and the badge counts it.
    setClock('2026-12-08T08:00:30Z');
    expect(await server.jobpilot.alertScheduler.runChore('reminders_due')).toBe(true);
    const badge = page.locator('#inbox-badge');
    await expect(waitFor(() => badge.textContent(), (text) => text === '1 unread', { timeoutMs: browserWaitMs })).resolves.toBe('1 unread');
    await screenLink(page, /^Inbox/).click();
    const notice = page.locator('li.notification[data-kind="reminder"]');
    await notice.waitFor();
    await expect(notice.locator('h3').textContent()).resolves.toContain('Chase the Globex recruiter');

    // Cancel the interview (asked again first): gone from what is to come, cancelled in the feed.
    await screenLink(page, 'Reminders').click();
    const interviewItem = page.locator(`li.reminder[data-reminder-id="${interview?.id}"]`);
    await interviewItem.getByRole('button', { name: 'Cancel reminder' }).click();
    await interviewItem.getByRole('button', { name: 'Cancel it' }).click();
    await interviewItem.waitFor({ state: 'detached' });
    await page.getByLabel('Past and cancelled too').check();
    await page.locator(`li.reminder.status-cancelled[data-reminder-id="${interview?.id}"]`).waitFor();
    const cancelled = eventsOf(await (await fetch(address)).text()).find((entry) => entry.summary === interview?.title);
    expect(cancelled?.status).toBe('CANCELLED');

    // A phone's width, dark: one column, no sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(overflowOf(page)).resolves.toBeLessThanOrEqual(0);
    await screenLink(page, /^Inbox/).click();
    await notice.waitFor();
    await expect(overflowOf(page)).resolves.toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-inbox-dark');

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  }, browserTestTimeoutMs);
});

describe.skipIf(!available)(`the web app's live inbox with a token${reason}`, () => {
  let server: RunningServer;
  let browser: Browser;
  const token = 'web-inbox-test-token-0123456789';

  beforeAll(async () => {
    server = await startServer(await testConfig({ PORT: '0', JOBPILOT_TOKEN: token }), { logger: false });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the notification stream with the bearer token; a closed posting told on the server arrives live', async () => {
    const { page, foreign, errors, context } = await watchedPage(browser, { width: 1280, height: 800 });
    // The stream's answer starts (headers) once the server has subscribed it: from then on nothing stored is missed.
    const streamOpen = page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/notifications/stream' && response.status() === 200);
    await page.goto(`${server.url}/#/inbox`);
    const dialog = page.getByRole('dialog', { name: 'This server needs a token' });
    await dialog.waitFor();
    await dialog.getByLabel(/^Token/).fill(token);
    await dialog.getByRole('button', { name: 'Use this token' }).click();
    await page.getByText('Nothing yet.').waitFor();
    const stream = await streamOpen;
    expect(stream.request().headers().authorization).toBe(`Bearer ${token}`);
    expect(stream.headers()['content-type']).toMatch(/^text\/event-stream/);
    // Asked once: the stream and the screen shared the one dialog.
    await expect(dialog.isVisible()).resolves.toBe(false);

    await server.jobpilot.notifications.createNotification({
      kind: 'posting',
      title: 'A saved posting has closed',
      body: 'Northwind — Senior TypeScript Engineer: closed (the board answers 404)',
      data: { jobs: [] },
    });
    const item = page.locator('li.notification[data-kind="posting"]');
    await item.waitFor();
    await expect(item.locator('h3').textContent()).resolves.toBe('A saved posting has closed');
    await expect(item.getByRole('link', { name: 'Tracker' }).count()).resolves.toBe(1);
    await expect(waitFor(() => page.locator('#inbox-badge').textContent(), (text) => text === '1 unread', { timeoutMs: browserWaitMs })).resolves.toBe('1 unread');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  }, browserTestTimeoutMs);
});
