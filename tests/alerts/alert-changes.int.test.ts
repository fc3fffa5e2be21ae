import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import { type RunningServer, startServer } from '../../src/main.ts';
import { alertDetailSchema, alertListSchema } from '../../src/protocol/alerts.ts';
import { runCli } from '../helpers/run-cli.ts';
import { callJson, stepsRun } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';
import { type StubBoard, startStubBoard } from '../jobs/stub-board.ts';
import { remotiveAnswer, remotivePosting } from './remotive-postings.ts';

// Changing what exists (issue 21, trial s33 C4/C5/D7/D8/E3/F2/F3/G9/J2/J3/K1): one server, a
// stub board, a clock fixed on Saturday 5 Dec 2026 22:00 UTC (23:00 in Amsterdam).
// (Moved on a minute before an alert is run a second time: two runs of one alert are two instants.)
let tick = 0;
const now = () => new Date(Date.parse('2026-12-05T22:00:00Z') + tick);
let config: Config;
let board: StubBoard;
let server: RunningServer;
let env: NodeJS.ProcessEnv;

const call = (method: string, path: string, json?: unknown) => callJson(server.url, method, path, json);

const say = (thread: string, message: string) => stepsRun(server.url, thread, message);

const alerts = async () => alertListSchema.parse((await call('GET', '/v1/alerts')).body).alerts;

beforeAll(async () => {
  board = await startStubBoard({ json: remotiveAnswer([remotivePosting(201, 'Customs Declarant', 'Eurogate Brokers', 'Customs declarations, Incoterms, Dutch.')]) });
  config = await testConfig({
    PORT: '0',
    JOBPILOT_JOB_SOURCES: 'remotive',
    JOBPILOT_REMOTIVE_URL: board.origin,
    JOBPILOT_JOB_TIMEOUT_MS: '3000',
    JOBPILOT_TIME_ZONE: 'Europe/Amsterdam',
  });
  server = await startServer(config, { logger: false, now });
  env = { ...process.env, JOBPILOT_URL: server.url };
}, 120_000);

afterAll(async () => {
  await server?.close();
  await board?.close();
});

describe('alerts changed in words, over HTTP and from the CLI', () => {
  it('a first run is told in the person\'s zone, and the same search said again makes no second alert', async () => {
    const [made] = await say('changes', 'tell me every weekday at 7 about new customs jobs in Rotterdam');
    expect(made).toMatchObject({ action: 'create_alert', ok: true });
    // Monday 07:00 in Amsterdam, said in words (not "2026-12-07T06:00:00.000Z").
    expect(made?.summary).toContain('first run Mon 7 Dec 07:00');
    expect(made?.summary).not.toMatch(/\d{4}-\d\d-\d\dT/);
    const [again] = await say('changes', 'let me know every evening about new customs jobs in Rotterdam');
    expect(again?.action).toBe('create_alert');
    expect(again?.summary).toMatch(/^No new alert made: You already have an alert for customs jobs in Rotterdam \[alert_[0-9a-f]{10}\], weekdays at 07:00/);
    expect(await alerts()).toHaveLength(1);
  });

  it('"change the Rotterdam alert to every morning at 9" changes the schedule and the next run; "make the customs alert remote only" the search', async () => {
    const [changed] = await say('changes', 'change the Rotterdam alert to every morning at 9');
    expect(changed).toMatchObject({ action: 'change_alert', ok: true });
    expect(changed?.summary).toContain('now customs jobs in Rotterdam, every day at 09:00 (Europe/Amsterdam); next run tomorrow (Sun 6 Dec) at 09:00');
    const [alert] = await alerts();
    expect(alert).toMatchObject({ schedule: '0 9 * * *', next_run_at: '2026-12-06T08:00:00.000Z' });
    // The scheduler's sweep goes by the new due time.
    expect(await server.jobpilot.alertScheduler.sweep()).toEqual([]);
    const [remote] = await say('changes', 'make the customs alert remote only');
    expect(remote).toMatchObject({ action: 'change_alert', ok: true });
    expect((await alerts())[0]).toMatchObject({ remote: true, name: 'remote customs jobs in Rotterdam', schedule: '0 9 * * *' });
  });

  it('"run the customs alert now" runs it from chat and says what it found', async () => {
    const [ran] = await say('changes', 'run the customs alert now');
    expect(ran).toMatchObject({ action: 'change_alert', ok: true });
    expect(ran?.summary).toMatch(/^Ran the alert for remote customs jobs in Rotterdam now: /);
    const [alert] = await alerts();
    const detail = alertDetailSchema.parse((await call('GET', `/v1/alerts/${alert?.id}`)).body);
    expect(detail.runs[0]).toMatchObject({ trigger: 'manual' });
    // Regression (session 40): "the first one from the alert" saved the first job of an older list: the openings a
    // run lists are the list a place counts in.
    expect(ran?.summary).toMatch(/\n1\. Customs Declarant at Eurogate Brokers/);
    const [saved] = await say('changes', 'save the first one from the alert');
    expect(saved).toMatchObject({ action: 'save_job', ok: true, summary: expect.stringContaining('Customs Declarant') });
    // Run again at once: Remotive's answer is kept 6 h by its terms, and the run says it used it (never a silent "nothing new").
    tick = 60_000;
    const [again] = await say('changes', 'run the customs alert now');
    expect(again?.summary).toContain('nothing new');
    expect(again?.summary).toMatch(/Remotive's answer from 23:00 reused: its terms allow a few calls a day; it is asked again after (?:tomorrow \(Sun 6 Dec\) at )?05:00\./);
    const runs = alertDetailSchema.parse((await call('GET', `/v1/alerts/${alert?.id}`)).body).runs;
    expect(runs[0]?.reused_answers).toEqual([
      { source: 'remotive', label: 'Remotive', fetched_at: '2026-12-05T22:00:00.000Z', kept_until: '2026-12-06T04:00:00.000Z', reason: 'its terms allow a few calls a day' },
    ]);
    const cli = await runCli(['alerts', 'list'], { env });
    expect(cli.stdout).toContain("Remotive's answer from Sat 5 Dec 23:00 reused: its terms allow a few calls a day");
  });

  it('"run all of them now" after the list runs each alert that is not paused, and says which were left (session 39)', async () => {
    // (A manual run is one per alert and instant: the clock moves on from the runs above.)
    tick = 120_000;
    const active = await call('POST', '/v1/alerts', { query: 'lighthouse keeper', schedule: 'every monday at 9' });
    const made = await call('POST', '/v1/alerts', { query: 'harbour pilot', schedule: 'every monday at 9' });
    expect([active.status, made.status]).toEqual([201, 201]);
    await call('POST', `/v1/alerts/${made.body.id}/pause`);
    const listed = await say('run-all', 'list my alerts');
    expect(listed[0]).toMatchObject({ action: 'list_alerts', ok: true });
    const [ran] = await say('run-all', 'run all of them now');
    expect(ran).toMatchObject({ action: 'change_alert', ok: true });
    const running = (await alerts()).filter((alert) => !alert.paused);
    expect(ran?.summary.match(/^Ran the alert for /gm)).toHaveLength(running.length);
    expect(ran?.summary).toContain('1 paused alert was not run.');
    await call('DELETE', `/v1/alerts/${made.body.id}`);
    await call('DELETE', `/v1/alerts/${active.body.id}`);
  });

  it('jobpilot alerts edit changes it and prints the next run in words; --json keeps the ISO instant', async () => {
    const [alert] = await alerts();
    const id = alert?.id ?? '';
    const text = await runCli(['alerts', 'edit', id, '--schedule', 'weekdays at 7:30', '--not-remote'], { env });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`Changed ${id}: customs jobs in Rotterdam, weekdays at 07:30 (Europe/Amsterdam); next run`);
    const json = await runCli(['alerts', 'edit', id, '--min-fit', '60', '--json'], { env });
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ id, min_fit: 60, schedule: '30 7 * * 1-5', next_run_at: '2026-12-07T06:30:00.000Z' });
    const nothing = await runCli(['alerts', 'edit', id], { env });
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('alerts edit needs something to change');
  });

  it('"every 2 weeks" is refused with why, and a bad cron without the parser\'s own words', async () => {
    const fortnightly = await call('POST', '/v1/alerts', { query: 'planner', schedule: 'every 2 weeks' });
    expect(fortnightly.status).toBe(400);
    expect(fortnightly.body.error.message).toMatch(/cannot be an alert's schedule: .*not every other week or month/);
    const cron = await call('POST', '/v1/alerts', { query: 'planner', schedule: '61 8 * * *' });
    expect(cron.body.error).toMatchObject({ code: 'ALERT_SCHEDULE_INVALID', message: '"61 8 * * *" is not a schedule: \'61\' is too large for the minute (0–59)' });
  });

  it('a schedule more often than hourly is refused with why, in words or as cron', async () => {
    for (const schedule of ['every 10 minutes', '*/15 * * * *']) {
      const often = await call('POST', '/v1/alerts', { query: 'lighthouse keeper', schedule });
      expect(often.status).toBe(400);
      expect(often.body.error).toMatchObject({ code: 'ALERT_SCHEDULE_INVALID', message: expect.stringMatching(/is too often for an alert: an alert runs at most once an hour.*"hourly"/) });
    }
    const hourly = await call('POST', '/v1/alerts', { query: 'lighthouse keeper', schedule: 'hourly' });
    expect(hourly.status).toBe(201);
    await call('DELETE', `/v1/alerts/${hourly.body.id}`);
  });

  it('a zone said in the schedule is kept from the CLI and HTTP, or refused when another is given (trial 46 #49); --location none clears the place (#29)', async () => {
    // The configured zone is Europe/Amsterdam; 9:30 IST is 05:00 there on Monday 7 Dec.
    const added = await runCli(['alerts', 'add', 'pack engineer', '--location', 'Pune', '--schedule', 'every day at 9:30 IST', '--json'], { env });
    expect(added.code, added.stderr).toBe(0);
    const pack = JSON.parse(added.stdout) as { id: string };
    expect(JSON.parse(added.stdout)).toMatchObject({ time_zone: 'Asia/Kolkata', schedule: '30 9 * * *', next_run_at: '2026-12-06T04:00:00.000Z', location: 'Pune' });
    const cleared = await runCli(['alerts', 'edit', pack.id, '--location', 'none', '--schedule', 'every day at 5:30 pm CET', '--json'], { env });
    expect(cleared.code, cleared.stderr).toBe(0);
    expect(JSON.parse(cleared.stdout)).toMatchObject({ location: null, time_zone: 'Europe/Berlin', schedule: '30 17 * * *' });
    const both = await call('POST', '/v1/alerts', { query: 'cell engineer', schedule: 'every day at 9:30 IST', time_zone: 'Europe/Berlin' });
    expect(both.status).toBe(400);
    expect(both.body.error).toMatchObject({
      code: 'ALERT_SCHEDULE_INVALID',
      message: 'The schedule "every day at 9:30 IST" names IST (Asia/Kolkata), but the time zone given is Europe/Berlin: give the time in one zone (leave out the zone\'s words, or the time zone).',
    });
    // The same zone under an older name is the same zone, not a conflict.
    const sameZone = await call('POST', '/v1/alerts', { query: 'cell engineer', schedule: 'every day at 9:30 IST', time_zone: 'Asia/Calcutta' });
    expect(sameZone.status, JSON.stringify(sameZone.body)).toBe(201);
    expect(sameZone.body).toMatchObject({ schedule: '30 9 * * *', time_zone: 'Asia/Kolkata' });
    await call('DELETE', `/v1/alerts/${sameZone.body.id}`);
    const refused = await runCli(['alerts', 'edit', pack.id, '--schedule', 'weekdays at 8 new york time', '--time-zone', 'Asia/Tokyo'], { env });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('names new york time (America/New_York), but the time zone given is Asia/Tokyo');
    await call('DELETE', `/v1/alerts/${pack.id}`);
  });

  it('an unknown time zone is the time_zone field\'s error, not the schedule\'s', async () => {
    const made = await call('POST', '/v1/alerts', { query: 'planner', schedule: 'every morning at 8', time_zone: 'Europe/Manc' });
    expect(made.status).toBe(400);
    expect(made.body.error.code).toBe('BAD_REQUEST');
    expect(made.body.error.message).toContain('time_zone');
    expect(made.body.error.message).toContain('"Europe/Manc" is not a time zone: use an IANA name');
    expect((await alerts()).some((alert) => alert.query === 'planner')).toBe(false);
  });
});

describe('a way of telling the server cannot use', () => {
  it('"email me weekly about …" with no SMTP configured makes the alert and says e-mail is not set up, and how to set it', async () => {
    const [made] = await say('delivery', 'email me weekly about new stevedore jobs in Vlissingen');
    expect(made).toMatchObject({ action: 'create_alert', ok: true });
    expect(made?.summary).toMatch(/^Alert set \[alert_[0-9a-f]{10}\]: stevedore jobs in Vlissingen/);
    expect(made?.summary).toContain('E-mail is not set up here');
    expect(made?.summary).toContain('JOBPILOT_SMTP_URL');
    expect((await alerts()).some((alert) => alert.query === 'stevedore' && alert.location === 'Vlissingen')).toBe(true);
    const [texted] = await say('delivery', 'text me when there are new crane operator jobs in Vlissingen');
    expect(texted).toMatchObject({ action: 'create_alert', ok: true });
    expect(texted?.summary).toContain('jobpilot cannot send text messages');
  });
});

describe('a zone said with the time, and a place said by its initials (session 38)', () => {
  it('"… at 9 new york time … in nyc" runs at 09:00 in New York, for New York; "change the nyc alert to 8am CET" moves its zone', async () => {
    const [made] = await say('zones', 'every weekday at 9 new york time tell me about new paralegal jobs in nyc');
    expect(made).toMatchObject({ action: 'create_alert', ok: true });
    expect(made?.summary).toContain('paralegal jobs in New York, weekdays at 09:00 (America/New_York)');
    const madeAlert = (await alerts()).find((alert) => alert.query === 'paralegal');
    // Monday 7 Dec 09:00 in New York is 14:00 UTC.
    expect(madeAlert).toMatchObject({ location: 'New York', schedule: '0 9 * * 1-5', time_zone: 'America/New_York', next_run_at: '2026-12-07T14:00:00.000Z' });
    const [changed] = await say('zones', 'change the nyc alert to 8am CET');
    expect(changed).toMatchObject({ action: 'change_alert', ok: true });
    expect((await alerts()).find((alert) => alert.id === madeAlert?.id)).toMatchObject({ time_zone: 'Europe/Berlin', next_run_at: '2026-12-07T07:00:00.000Z' });
  });

  it('an alert in another zone says its run in the person\'s zone too; "change it to every morning at 8 my time" moves it to theirs (trial s46 #30)', async () => {
    const [made] = await say('own-zone', 'set an alert for remote welder jobs in EU daily at 9 am IST');
    expect(made).toMatchObject({ action: 'create_alert', ok: true });
    // 09:00 in Kolkata on Sunday is 03:30 UTC, 04:30 in Amsterdam (the configured zone).
    expect(made?.summary).toContain('(Asia/Kolkata); first run today at 09:00 (tomorrow (Sun 6 Dec) at 04:30 in Europe/Amsterdam, your zone)');
    const welder = (await alerts()).find((alert) => alert.query === 'welder');
    expect(welder).toMatchObject({ time_zone: 'Asia/Kolkata', next_run_at: '2026-12-06T03:30:00.000Z' });
    const [changed] = await say('own-zone', 'change the welder alert to every morning at 8 my time');
    expect(changed).toMatchObject({ action: 'change_alert', ok: true });
    expect(changed?.summary).toContain('every day at 08:00 (Europe/Amsterdam); next run tomorrow (Sun 6 Dec) at 08:00.');
    expect(changed?.summary).not.toContain('your zone');
    expect((await alerts()).find((alert) => alert.id === welder?.id)).toMatchObject({ schedule: '0 8 * * *', time_zone: 'Europe/Amsterdam', next_run_at: '2026-12-06T07:00:00.000Z' });
  });

  it('"fortnightly email for …" is refused with why, not made daily', async () => {
    const before = (await alerts()).length;
    const [refused] = await say('zones', 'fortnightly email for new archivist jobs in Delft');
    expect(refused).toMatchObject({ action: 'create_alert', ok: false });
    expect(refused?.summary).toContain('cannot be an alert\'s schedule');
    expect(await alerts()).toHaveLength(before);
  });
});

describe('the inbox says what "nothing unread" leaves out', () => {
  it('jobpilot inbox --unread and "check my inbox" count the read ones', async () => {
    await server.jobpilot.notifications.createNotification({ owner: 'default', kind: 'reminder', title: 'Call Nordhaven back', body: 'Due today' });
    const [told] = await say('inbox', "what's new?");
    // The alert's run above made one too: both told, both marked read, and the answer says so.
    expect(told?.summary).toMatch(/^2 notifications unread:[\s\S]*\(Marked these read\.\)$/);
    const cli = await runCli(['inbox', '--unread'], { env });
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toMatch(/^No unread notifications \(2 read; `jobpilot inbox` shows them\)\./);
    const [nothing] = await say('inbox', 'anything new?');
    expect(nothing?.summary).toMatch(/^Nothing unread: no new notifications \(2 read ones; /);
  });

  it('"mark them all read" marks every unread one read and tells none (session 38)', async () => {
    for (const title of ['Chase Nordhaven', 'Chase Eurogate', 'Chase Vopak']) {
      await server.jobpilot.notifications.createNotification({ owner: 'default', kind: 'reminder', title, body: 'Due today' });
    }
    const [marked] = await say('inbox', 'mark them all as read');
    expect(marked).toMatchObject({ action: 'whats_new', ok: true, summary: 'Marked 3 notifications read; nothing is unread now.' });
    const listed = await call('GET', '/v1/notifications?unread=true');
    expect(listed.status).toBe(200);
    expect(listed.body.notifications).toEqual([]);
    const [again] = await say('inbox', 'mark my notifications as read');
    expect(again?.summary).toBe('Nothing to mark: every notification was already read.');
  });
});

describe('a moved interview', () => {
  it('PATCH /v1/reminders/{id} moves it in place: same id, an hour before the new time, SEQUENCE raised', async () => {
    const made = await call('POST', '/v1/reminders', { when: '14 December at 15:00', kind: 'interview', title: 'Interview at Nordhaven' });
    expect(made.status).toBe(201);
    const moved = await call('PATCH', `/v1/reminders/${made.body.id}`, { when: '16 December 11:00' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: made.body.id, due_at: '2026-12-16T10:00:00.000Z', remind_at: '2026-12-16T09:00:00.000Z', status: 'pending' });
    const event = await (await fetch(`${server.url}/v1/reminders/${made.body.id}/event.ics`)).text();
    expect(event).toContain('SEQUENCE:1');
    expect(event).toContain('DTSTART:20261216T100000Z');
    expect((await call('DELETE', `/v1/reminders/${made.body.id}`)).status).toBe(200);
    const cancelled = await call('PATCH', `/v1/reminders/${made.body.id}`, { title: 'too late' });
    expect(cancelled.status).toBe(409);
    expect(cancelled.body.error.code).toBe('REMINDER_CANCELLED');
  });
});

describe('a resume correction', () => {
  it('PATCH /v1/resumes/{id} refuses an e-mail address that is none, naming the field', async () => {
    const upload = await fetch(`${server.url}/v1/resumes?filename=sanne.md`, { method: 'POST', headers: { 'content-type': 'text/markdown' }, body: '# Sanne de Vries\nsanne@example.com\n\n## Skills\nIncoterms, customs documents\n' });
    expect(upload.status).toBe(201);
    const { id } = (await upload.json()) as { id: string };
    const wrong = await call('PATCH', `/v1/resumes/${id}`, { basics: { email: 'not-an-email' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('BAD_REQUEST');
    expect(wrong.body.error.message).toMatch(/^basics\.email "not-an-email" is not an e-mail address/);
    expect((await call('PATCH', `/v1/resumes/${id}`, { basics: { email: 'sanne.devries@example.nl' } })).status).toBe(200);
  });

  it('PATCH takes its JSON merge as application/merge-patch+json too (RFC 7396), and nothing else new', async () => {
    const upload = await fetch(`${server.url}/v1/resumes?filename=joris.md`, { method: 'POST', headers: { 'content-type': 'text/markdown' }, body: '# Joris Bakker\njoris@example.com\n\n## Skills\nForklift, stock control\n' });
    const { id } = (await upload.json()) as { id: string };
    const merged = await fetch(`${server.url}/v1/resumes/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/merge-patch+json' }, body: JSON.stringify({ basics: { label: 'Warehouse lead' } }) });
    expect(merged.status).toBe(200);
    expect(((await merged.json()) as { resume: { basics: { label: string } } }).resume.basics.label).toBe('Warehouse lead');
    const text = await fetch(`${server.url}/v1/resumes/${id}`, { method: 'PATCH', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ basics: { label: 'x' } }) });
    expect(text.status).toBe(415);
    const post = await fetch(`${server.url}/v1/alerts`, { method: 'POST', headers: { 'content-type': 'application/merge-patch+json' }, body: JSON.stringify({ query: 'forklift', schedule: 'hourly' }) });
    expect(post.status).toBe(415);
  });
});
