import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../src/main.ts';
import { alertSchema } from '../../src/protocol/alerts.ts';
import { stepsRun } from '../helpers/sse-client.ts';
import { startConstraintBoards } from '../jobs/constraint-boards.ts';
import type { StubBoard } from '../jobs/stub-board.ts';
import { startAlertServer } from './alert-server.ts';

// "Remote is fine too" said of an alert with a place (session 40): remote work allowed as well as
// the place, never remote only. Two stub boards in their real shapes: Arbeitnow's on-site TypeScript
// job in Munich, Remotive's remote ones; the clock on Saturday 5 Dec 2026 22:00 UTC, moved on a minute
// before each run asked for (two runs of one alert are two instants).
let alertServer: Awaited<ReturnType<typeof startAlertServer>>;
let boards: { remotive: StubBoard; arbeitnow: StubBoard };
let server: RunningServer;

const call = (method: string, path: string, json?: unknown) => alertServer.call(method, path, json);

const say = (thread: string, message: string) => stepsRun(server.url, thread, message);

const alerts = () => alertServer.alerts();
const companiesFound = (id: string) => alertServer.companiesFound(id);

beforeAll(async () => {
  const started = await startConstraintBoards();
  boards = started;
  alertServer = await startAlertServer(started.env, '2026-12-05T22:00:00Z');
  server = alertServer.server;
}, 120_000);

afterAll(async () => {
  await server?.close();
  await boards?.remotive.close();
  await boards?.arbeitnow.close();
});

describe('an alert that allows remote work as well as its place', () => {
  it('"…in Munich, remote is fine too" keeps the place and adds remote openings: its run reports both', async () => {
    const [made] = await say('remote-too', 'tell me every morning about new typescript jobs in Munich, remote is fine too');
    expect(made).toMatchObject({ action: 'create_alert', ok: true });
    const [alert] = await alerts();
    expect(alert).toMatchObject({ location: 'Munich', remote: null, remote_too: true, name: 'typescript jobs in Munich or remote' });
    const found = await companiesFound(alert?.id ?? '');
    // Munich's on-site opening, and remote ones from anywhere (not Hamburg's or Berlin's on-site ones).
    expect(found).toContain('Umbrella GmbH');
    expect(found).toEqual(expect.arrayContaining(['Acme', 'Orbit']));
    expect(found).not.toContain('Hanse Digital');
  });

  it('remote only is not the same search, and finds only the remote openings', async () => {
    const { status, body } = await call('POST', '/v1/alerts', { query: 'typescript', location: 'Munich', remote: true, schedule: 'every evening' });
    expect(status).toBe(201);
    const remoteOnly = alertSchema.parse(body);
    expect(remoteOnly).toMatchObject({ remote: true, remote_too: false, name: 'remote typescript jobs in Munich' });
    expect(await companiesFound(remoteOnly.id)).not.toContain('Umbrella GmbH');
    // Saying remote as well ends remote only; saying remote only again ends remote as well.
    const widened = await call('PATCH', `/v1/alerts/${remoteOnly.id}`, { remote_too: true, location: 'Hamburg' });
    expect(widened.body).toMatchObject({ remote: null, remote_too: true, name: 'typescript jobs in Hamburg or remote' });
    expect(await companiesFound(remoteOnly.id)).toContain('Hanse Digital');
    const narrowed = await call('PATCH', `/v1/alerts/${remoteOnly.id}`, { remote: true });
    expect(narrowed.body).toMatchObject({ remote: true, remote_too: false });
  });

  it('"make it remote too" in chat widens the alert in play, never to remote only', async () => {
    const [made] = await say('widen', 'alert me every morning about new typescript jobs in Berlin');
    expect(made).toMatchObject({ action: 'create_alert', ok: true });
    const [changed] = await say('widen', 'make it remote too');
    expect(changed).toMatchObject({ action: 'change_alert', ok: true });
    expect((await alerts()).find((alert) => alert.location === 'Berlin')).toMatchObject({ remote: null, remote_too: true, name: 'typescript jobs in Berlin or remote' });
  });
});
