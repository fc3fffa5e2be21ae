import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { alertListSchema, alertSchema } from '../../src/protocol/alerts.ts';
import { callJson, stepsRun } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';

// Session 40 (issue 14/21, a new user's trial #48): an alert deleted in chat could not be undone, so a
// misread sentence lost it for good. Every change chat makes to an alert is in the undo history now.
// Real server on a real port, real Postgres, no job source needed (nothing is run).
const now = () => new Date('2026-12-06T09:00:00Z');
let server: RunningServer;

const call = (method: string, path: string, json?: unknown) => callJson(server.url, method, path, json);
const say = (thread: string, message: string) => stepsRun(server.url, thread, message);
const alerts = async () => alertListSchema.parse((await call('GET', '/v1/alerts')).body).alerts;
const make = async (query: string, location: string, schedule: string) => alertSchema.parse((await call('POST', '/v1/alerts', { query, location, schedule })).body);

beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0', JOBPILOT_JOB_SOURCES: 'remotive', JOBPILOT_REMOTIVE_URL: 'http://127.0.0.1:9', JOBPILOT_TIME_ZONE: 'Europe/Vienna' }), { logger: false, now });
}, 120_000);
afterAll(async () => {
  await server?.close();
});

describe('undo reaches alerts changed in chat', () => {
  it('a deleted alert comes back under its own id, with its search and schedule', async () => {
    const kept = await make('kotlin', 'Graz', 'every Tuesday at 6');
    const deleted = await say('undo-alert-1', 'delete the Graz alert');
    expect(deleted).toEqual([expect.objectContaining({ action: 'change_alert', ok: true })]);
    expect((await alerts()).map((alert) => alert.id)).not.toContain(kept.id);
    const undone = await say('undo-alert-1', 'undo that');
    expect(undone).toEqual([expect.objectContaining({ action: 'undo', ok: true, summary: expect.stringContaining(kept.id) })]);
    const back = (await alerts()).find((alert) => alert.id === kept.id);
    expect(back).toEqual(expect.objectContaining({ query: 'kotlin', location: 'Graz', schedule: kept.schedule, paused: false }));
    expect(back?.next_run_at).not.toBeNull();
  });

  it('a pause and an edit are undone one at a time, newest first', async () => {
    const alert = await make('rust', 'Linz', 'weekdays at 7');
    await say('undo-alert-2', 'pause the Linz alert');
    await say('undo-alert-2', 'change the Linz alert to every Friday at 9');
    expect(await say('undo-alert-2', 'undo')).toEqual([expect.objectContaining({ ok: true })]);
    const afterFirst = (await alerts()).find((one) => one.id === alert.id);
    expect(afterFirst).toEqual(expect.objectContaining({ schedule: alert.schedule, paused: true }));
    // A plain "undo" right after an undo asks first (docs/nlu.md, session 46); "undo again" goes one further back.
    expect(await say('undo-alert-2', 'undo again')).toEqual([expect.objectContaining({ ok: true })]);
    expect((await alerts()).find((one) => one.id === alert.id)).toEqual(expect.objectContaining({ paused: false }));
  });

  it('an alert changed since (over HTTP) is left as it is, and said so', async () => {
    const alert = await make('elixir', 'Salzburg', 'every Monday at 8');
    await say('undo-alert-3', 'pause the Salzburg alert');
    await call('PATCH', `/v1/alerts/${alert.id}`, { schedule: 'every Sunday at 10' });
    const undone = await say('undo-alert-3', 'undo');
    expect(undone).toEqual([expect.objectContaining({ ok: false, summary: expect.stringContaining('changed since') })]);
    expect((await alerts()).find((one) => one.id === alert.id)?.schedule).toBe('0 10 * * 0');
  });
});
