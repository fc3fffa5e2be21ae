import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createParser } from 'eventsource-parser';
import type { Config } from '../../src/config.ts';
import { type RunningServer, startServer } from '../../src/main.ts';
import { alertDetailSchema, alertListSchema, notificationEventSchema, notificationListSchema } from '../../src/protocol/alerts.ts';
import { fitReason } from '../../src/alerts/fit-reason.ts';
import { runCli } from '../helpers/run-cli.ts';
import { postRun } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';
import { type StubBoard, startStubBoard } from '../jobs/stub-board.ts';
import { remotiveAnswer, remotivePosting } from './remotive-postings.ts';
import { startSmtpSink } from './smtp-sink.ts';

// Two server processes' worth of jobpilot (each its own pool, graphile-worker runner, LISTEN
// session and port) share one database; a clock the test moves decides when alerts are due.
// The clock runs like a real one from wherever the test last set it.
let offset = 0;
const setClock = (iso: string) => {
  offset = new Date(iso).getTime() - Date.now();
};
setClock('2026-12-07T06:00:00Z'); // a Monday, 07:00 in Berlin
const now = () => new Date(Date.now() + offset);
let config: Config;
let remotive: StubBoard;
let arbeitnow: StubBoard;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let first: RunningServer;
let second: RunningServer;

const resume = `# Ada Lovelace
ada@example.com

## Skills
TypeScript, React, Node.js, PostgreSQL, GraphQL

## Experience
### Senior Software Engineer, Acme (2019 - present)
- Built TypeScript services with Node.js, React and PostgreSQL
`;

const goodFit = remotivePosting(101, 'Senior TypeScript Engineer', 'Northwind', 'You will build with TypeScript, React, Node.js, GraphQL and PostgreSQL.');
// Its board tags it with a skill its text does not name: the alert's fit must read the tags as `resume match` does.
const poorFit = { ...remotivePosting(102, 'TypeScript Platform Engineer', 'Globex', 'Requirements: TypeScript, Kubernetes, Terraform, Go and AWS.'), tags: ['Docker'] };
const later = remotivePosting(103, 'Full Stack TypeScript Developer', 'Initech', 'TypeScript, React and Node.js across the stack.');
const missed = remotivePosting(104, 'Staff TypeScript Engineer', 'Umbrella', 'TypeScript, Node.js and PostgreSQL at scale.');

async function call(server: RunningServer, method: string, path: string, json?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    ...(json === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** The alert's runs once none is queued or running any more. */
async function settledRuns(server: RunningServer, alertId: string, count: number) {
  const detail = await waitFor(
    async () => alertDetailSchema.parse((await call(server, 'GET', `/v1/alerts/${alertId}`)).body),
    (alert) => alert.runs.length >= count && alert.runs.every((run) => run.status !== 'queued' && run.status !== 'running'),
    { timeoutMs: 20_000, intervalMs: 100 },
  );
  return detail.runs;
}

/** Collects `notification-created` events from a server's stream until stopped. */
async function openNotificationStream(server: RunningServer) {
  const controller = new AbortController();
  const response = await fetch(`${server.url}/v1/notifications/stream`, { signal: controller.signal });
  const events: Array<ReturnType<typeof notificationEventSchema.parse>> = [];
  const parser = createParser({
    onEvent: (message) => events.push(notificationEventSchema.parse({ type: message.event, ...JSON.parse(message.data) })),
  });
  const decoder = new TextDecoder();
  const reading = (async () => {
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) parser.feed(decoder.decode(chunk, { stream: true }));
    } catch {
      // aborted at the end of the test
    }
  })();
  return { response, events, stop: async () => (controller.abort(), await reading) };
}

beforeAll(async () => {
  remotive = await startStubBoard({ json: remotiveAnswer([goodFit, poorFit]) });
  arbeitnow = await startStubBoard({ status: 503, json: { message: 'down for maintenance' } });
  sink = await startSmtpSink();
  config = await testConfig({
    PORT: '0',
    JOBPILOT_JOB_SOURCES: 'remotive,arbeitnow',
    JOBPILOT_REMOTIVE_URL: remotive.origin,
    JOBPILOT_ARBEITNOW_URL: arbeitnow.origin,
    JOBPILOT_JOB_TIMEOUT_MS: '3000',
    JOBPILOT_TIME_ZONE: 'Europe/Berlin',
    JOBPILOT_SMTP_URL: sink.url,
    JOBPILOT_EMAIL_TO: 'ada@example.com',
  });
  first = await startServer(config, { logger: false, now });
  second = await startServer(config, { logger: false, now });
  const upload = await fetch(`${first.url}/v1/resumes?filename=ada.md`, { method: 'POST', headers: { 'content-type': 'text/markdown' }, body: resume });
  expect(upload.status).toBe(201);
}, 120_000);

afterAll(async () => {
  await first?.close();
  await second?.close();
  await remotive?.close();
  await arbeitnow?.close();
  await sink?.close();
});

describe('an alert made in chat', () => {
  let alertId = '';

  it('is created by the rules planner from "tell me every morning about new remote TypeScript jobs", due at 08:00 Berlin time', async () => {
    const { events } = await postRun(first.url, 'alerts-chat', { message: 'tell me every morning about new remote TypeScript jobs' });
    const step = events.find((event) => event.type === 'tool-call-start');
    expect(step).toMatchObject({ action: 'create_alert' });
    // Shared database: the other process lists it.
    const { body } = await call(second, 'GET', '/v1/alerts');
    const [alert] = alertListSchema.parse(body).alerts;
    expect(alert).toMatchObject({ query: 'TypeScript', remote: true, schedule: '0 8 * * *', time_zone: 'Europe/Berlin', paused: false, next_run_at: '2026-12-07T07:00:00.000Z' });
    alertId = alert?.id ?? '';
  });

  it('runs once when due, across two processes: new openings ranked by fit with the reason, to SSE and e-mail', async () => {
    const stream = await openNotificationStream(second);
    expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    setClock('2026-12-07T06:59:00Z');
    expect([...(await first.jobpilot.alertScheduler.sweep()), ...(await second.jobpilot.alertScheduler.sweep())]).toEqual([]);
    setClock('2026-12-07T07:00:20Z');
    // Both processes sweep at once (as their minute's cron job may too): one run is queued.
    const queued = await Promise.all([first.jobpilot.alertScheduler.sweep(), second.jobpilot.alertScheduler.sweep()]);
    expect(queued.flat().length).toBeLessThanOrEqual(1);
    const runs = await settledRuns(second, alertId, 1);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ trigger: 'schedule', due_at: '2026-12-07T07:00:00.000Z', status: 'partial', new_matches: 2 });
    // The board that failed is named, and asked again next time.
    expect(runs[0]?.failed_boards.map((board) => board.source)).toEqual(['arbeitnow']);
    await waitFor(async () => stream.events.length, (count) => count >= 1, { timeoutMs: 30_000 });
    await stream.stop();
    expect(stream.events).toHaveLength(1);
    const notification = stream.events[0]?.notification;
    expect(notification?.title).toBe('2 new openings for remote TypeScript jobs');
    const jobs = notification?.data.jobs as Array<{ title: string; fit: number; reason: string }>;
    expect(jobs.map((job) => job.title)).toEqual(['Senior TypeScript Engineer', 'TypeScript Platform Engineer']);
    expect(jobs[0]?.fit).toBeGreaterThan(jobs[1]?.fit ?? 100);
    expect(jobs[0]?.reason).toMatch(/^matches (\d+) of the \1 skills it asks for$|^matches all \d+ skills it asks for$/);
    expect(jobs[1]?.reason).toMatch(/^matches 1 of the \d+ skills it asks for \(not on your resume: /);
    // One job, one fit: the match route gives each the score and the skill count the run gave.
    for (const job of notification?.data.jobs as Array<{ job_id: string; fit: number; reason: string }>) {
      const match = await call(first, 'POST', '/v1/match', { job_id: job.job_id });
      expect(match.status).toBe(200);
      expect(match.body.score).toBe(job.fit);
      expect(job.reason).toBe(fitReason(match.body));
    }
    expect(notification?.body).toMatch(/Not reached this time \(asked again next run\): Arbeitnow/);
    // One e-mail, from whichever process ran it.
    await waitFor(async () => sink.messages.length, (count) => count >= 1);
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0]?.to).toEqual(['ada@example.com']);
    expect(sink.messages[0]?.raw).toMatch(/Subject: jobpilot: 2 new openings for remote TypeScript jobs/);
    expect(sink.messages[0]?.raw).toMatch(/Senior TypeScript Engineer at Northwind/);
  });

  it('the next morning reports only what is new: the same opening from another listing is not told twice', async () => {
    // Northwind's job again under another id and link (reposted), plus one new opening; the failed board answers now.
    const reposted = { ...goodFit, id: 901, url: 'https://remotive.com/remote-jobs/software-dev/901' };
    remotive.reply({ json: remotiveAnswer([reposted, poorFit, later]) });
    arbeitnow.reply({ json: { data: [], links: {}, meta: {} } });
    setClock('2026-12-08T07:00:10Z');
    await Promise.all([first.jobpilot.alertScheduler.sweep(), second.jobpilot.alertScheduler.sweep()]);
    const runs = await settledRuns(first, alertId, 2);
    expect(runs).toHaveLength(2);
    expect(runs[0]).toMatchObject({ due_at: '2026-12-08T07:00:00.000Z', status: 'succeeded', new_matches: 1, failed_boards: [] });
    const { body } = await call(first, 'GET', '/v1/notifications');
    const inbox = notificationListSchema.parse(body);
    expect(inbox.notifications.map((item) => item.title)).toEqual(['1 new opening for remote TypeScript jobs', '2 new openings for remote TypeScript jobs']);
    expect((inbox.notifications[0]?.data.jobs as Array<{ title: string }>).map((job) => job.title)).toEqual(['Full Stack TypeScript Developer']);
  });

  it('a run missed while every process was stopped runs once at the next start', async () => {
    await first.close();
    await second.close();
    remotive.reply({ json: remotiveAnswer([goodFit, poorFit, later, missed]) });
    // Three mornings pass with nothing running.
    setClock('2026-12-11T12:00:00Z');
    first = await startServer(config, { logger: false, now });
    second = await startServer(config, { logger: false, now });
    const runs = await settledRuns(first, alertId, 3);
    expect(runs).toHaveLength(3);
    expect(runs[0]).toMatchObject({ trigger: 'catch-up', due_at: '2026-12-09T07:00:00.000Z', new_matches: 1 });
    const { body } = await call(second, 'GET', `/v1/alerts/${alertId}`);
    expect(body.next_run_at).toBe('2026-12-12T07:00:00.000Z');
    // Sweeping again finds nothing more to catch up.
    expect(await second.jobpilot.alertScheduler.sweep()).toEqual([]);
  });

  it('`jobpilot inbox --json` lists the notifications; "what\'s new since yesterday?" answers from them', async () => {
    const cli = await runCli(['inbox', '--json'], { env: { ...process.env, JOBPILOT_URL: first.url } });
    expect(cli.code).toBe(0);
    const listed = notificationListSchema.parse(JSON.parse(cli.stdout));
    expect(listed.notifications.map((item) => item.title)).toEqual([
      '1 new opening for remote TypeScript jobs',
      '1 new opening for remote TypeScript jobs',
      '2 new openings for remote TypeScript jobs',
    ]);
    expect(listed.unread).toBe(3);
    const { events } = await postRun(second.url, 'alerts-chat', { message: "what's new since yesterday?" });
    const answer = events.filter((event) => event.type === 'message-delta').map((event) => ('text' in event ? event.text : '')).join('');
    // Yesterday began at 2026-12-10 00:00 Berlin: only the catch-up run's notification is newer.
    expect(answer).toMatch(/1 notification since yesterday/);
    expect(answer).toMatch(/Staff TypeScript Engineer at Umbrella/);
  });

  it('"stop the TypeScript alert" pauses it; the CLI resumes and deletes it', async () => {
    await postRun(first.url, 'alerts-chat', { message: 'stop the TypeScript alert' });
    expect((await call(first, 'GET', `/v1/alerts/${alertId}`)).body).toMatchObject({ paused: true, next_run_at: null });
    const env = { ...process.env, JOBPILOT_URL: second.url };
    const resumed = await runCli(['alerts', 'resume', alertId, '--json'], { env });
    expect(JSON.parse(resumed.stdout)).toMatchObject({ paused: false, next_run_at: '2026-12-12T07:00:00.000Z' });
    const deleted = await runCli(['alerts', 'delete', alertId, '--json'], { env });
    expect(deleted.code).toBe(0);
    expect((await call(first, 'GET', `/v1/alerts/${alertId}`)).body.error.code).toBe('ALERT_NOT_FOUND');
  });

  it('"the second one" after a list, "pause it" after a change, and "kill all my alerts" in a thread of its own', async () => {
    const thread = 'alerts-chat-pointing';
    await postRun(first.url, thread, { message: 'alert: data engineer, Berlin, daily' });
    await postRun(first.url, thread, { message: 'set up an alert for kafka jobs, mornings pls' });
    const made = alertListSchema.parse((await call(first, 'GET', '/v1/alerts')).body).alerts;
    expect(made.map((alert) => [alert.query, alert.location])).toEqual(expect.arrayContaining([['data engineer', 'Berlin'], ['kafka', null]]));
    const { events } = await postRun(first.url, thread, { message: 'show my alerts' });
    const listing = events.filter((event) => event.type === 'message-delta').map((event) => ('text' in event ? event.text : '')).join('');
    // The second alert as the list told them.
    const [, second] = [...made].sort((left, right) => listing.indexOf(left.id) - listing.indexOf(right.id));
    expect(second && listing.includes(second.id)).toBe(true);
    await postRun(first.url, thread, { message: 'pause the second one' });
    const paused = alertListSchema.parse((await call(first, 'GET', '/v1/alerts')).body).alerts.filter((alert) => alert.paused);
    expect(paused.map((alert) => alert.id)).toEqual([second?.id]);
    await postRun(first.url, thread, { message: 'actually turn it back on' });
    expect(alertListSchema.parse((await call(first, 'GET', '/v1/alerts')).body).alerts.every((alert) => !alert.paused)).toBe(true);
    await postRun(first.url, thread, { message: 'I found a job, kill all my alerts' });
    expect(alertListSchema.parse((await call(first, 'GET', '/v1/alerts')).body).alerts).toEqual([]);
  });
});
