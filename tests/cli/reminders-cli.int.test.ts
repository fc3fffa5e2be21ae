import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { calendarFeedSchema, reminderListSchema } from '../../src/protocol/api.ts';
import { type CliResult, runCli as runRealCli } from '../helpers/run-cli.ts';
import { testConfig } from '../helpers/test-database.ts';

const token = 'reminders-test-token-0123456789';
let server: RunningServer;
let env: NodeJS.ProcessEnv;
let configDir: string;

const runCli = (args: string[], extra: NodeJS.ProcessEnv = {}): Promise<CliResult> => runRealCli(args, { env: { ...env, ...extra } });
const as = (bearer: string) => ({ authorization: `Bearer ${bearer}`, 'content-type': 'application/json' });
const summaries = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event).summary);

beforeAll(async () => {
  const clock = new Date('2026-12-05T10:00:00Z');
  server = await startServer(await testConfig({ PORT: '0', JOBPILOT_TOKEN: token, JOBPILOT_TIME_ZONE: 'America/New_York' }), { logger: false, now: () => clock });
  configDir = await mkdtemp(join(tmpdir(), 'jobpilot-reminders-cli-'));
  const { JOBPILOT_TOKEN: _inherited, ...inherited } = process.env;
  env = { ...inherited, NO_COLOR: '1', JOBPILOT_URL: server.url, JOBPILOT_TOKEN: token, JOBPILOT_CONFIG_DIR: configDir };
  for (const body of [
    { when: 'on the 9th at 2pm', kind: 'interview', title: 'Panel interview at Halden' },
    { when: 'friday', title: 'follow up with Northgate' },
  ]) {
    const response = await fetch(`${server.url}/v1/reminders`, { method: 'POST', headers: as(token), body: JSON.stringify(body) });
    expect(response.status).toBe(201);
  }
});
afterAll(async () => {
  await server?.close();
  await rm(configDir, { recursive: true, force: true });
});

describe('jobpilot reminders', () => {
  it('--json lists the reminders to come, soonest first, read in the server\'s zone', async () => {
    const { code, stdout, stderr } = await runCli(['reminders', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { reminders } = reminderListSchema.parse(JSON.parse(stdout));
    expect(reminders.map((reminder) => [reminder.title, reminder.due_at])).toEqual([
      // 14:00 in New York in December (UTC-5) is 19:00 UTC; Friday 11 Dec, 09:00 there, is 14:00 UTC.
      ['Panel interview at Halden', '2026-12-09T19:00:00.000Z'],
      ['Follow up with Northgate', '2026-12-11T14:00:00.000Z'],
    ]);
  });

  it('prints a table with when in the zone each was set in', async () => {
    const { code, stdout } = await runCli(['reminders']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Wed 9 Dec 2026 14:00 +interview +Panel interview at Halden/);
    expect(stdout).toMatch(/Fri 11 Dec 2026 all day +follow-up/);
    expect(stdout).toMatch(/Times in America\/New_York\.\n$/);
    expect(stdout).toContain('Follow up with Northgate');
  });

  it('without the token the server refuses and the CLI says so', async () => {
    const { code, stderr } = await runCli(['reminders'], { JOBPILOT_TOKEN: '' });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/token/i);
  });
});

describe('the calendar feed under a token', () => {
  it('--feed gives an address a calendar app can read with no header; a wrong key, no key or the key elsewhere is 401', async () => {
    const { code, stdout } = await runCli(['reminders', '--feed', '--json']);
    expect(code).toBe(0);
    const feed = calendarFeedSchema.extend({ url: calendarFeedSchema.shape.url }).parse(JSON.parse(stdout));
    expect(feed.key_required).toBe(true);
    expect(feed.url.startsWith(`${server.url}/v1/calendar.ics?key=default.`)).toBe(true);
    const response = await fetch(feed.url);
    expect(response.status).toBe(200);
    expect(summaries(await response.text()).sort()).toEqual(['Follow up with Northgate', 'Panel interview at Halden']);

    const key = new URL(feed.url).searchParams.get('key') ?? '';
    const tampered = `${key.slice(0, -2)}${key.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await fetch(`${server.url}/v1/calendar.ics?key=${encodeURIComponent(tampered)}`)).status).toBe(401);
    expect((await fetch(`${server.url}/v1/calendar.ics`)).status).toBe(401);
    // The key opens the feed only: not the reminders' API, nor the feed's address.
    expect((await fetch(`${server.url}/v1/calendar?key=${encodeURIComponent(key)}`)).status).toBe(401);
    expect((await fetch(`${server.url}/v1/reminders?key=${encodeURIComponent(key)}`)).status).toBe(401);
  });

  it('a named owner\'s feed shows only theirs, and stops when their token is revoked', async () => {
    const { token: alice } = await server.jobpilot.tokens.create('alice');
    const made = await fetch(`${server.url}/v1/reminders`, { method: 'POST', headers: as(alice), body: JSON.stringify({ when: 'monday at 10am', title: 'call Brightwater' }) });
    expect(made.status).toBe(201);
    const feed = calendarFeedSchema.parse(await (await fetch(`${server.url}/v1/calendar`, { headers: { authorization: `Bearer ${alice}` } })).json());
    expect(feed.path).toMatch(/^\/v1\/calendar\.ics\?key=alice\./);
    expect(summaries(await (await fetch(`${server.url}${feed.path}`)).text())).toEqual(['Call Brightwater']);
    await server.jobpilot.tokens.revoke('alice');
    const refused = await fetch(`${server.url}${feed.path}`);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');
  });
});
