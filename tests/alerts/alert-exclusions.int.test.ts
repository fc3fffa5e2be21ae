import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../src/main.ts';
import { alertSchema } from '../../src/protocol/alerts.ts';
import { stepsRun } from '../helpers/sse-client.ts';
import { remotiveJob } from '../jobs/constraint-boards.ts';
import { type StubBoard } from '../jobs/stub-board.ts';
import { remotiveOnly, startAlertServer, startRemotive } from './alert-server.ts';

// What an alert is told to keep out (session 41): "no agencies", "not contract", "nothing senior" are
// kept with the alert and left out by every run, as a search leaves them out. A Remotive stub in the
// board's real shape holds an employer's TypeScript job, an agency's (Hays, "on behalf of our client"),
// a contract, an internship and a senior one; the clock moves on a minute before each run asked for.
let alertServer: Awaited<ReturnType<typeof startAlertServer>>;
let remotive: StubBoard;
let server: RunningServer;

const call = (method: string, path: string, json?: unknown) => alertServer.call(method, path, json);
const alerts = () => alertServer.alerts();
const companiesFound = (id: string) => alertServer.companiesFound(id);

beforeAll(async () => {
  remotive = await startRemotive([
    remotiveJob(4001, 'TypeScript Engineer', 'Acme', 'Europe', '', '<p>TypeScript and Node.js services.</p>'),
    remotiveJob(4002, 'TypeScript Engineer', 'Hays', 'Europe', '', '<p>On behalf of our client, a fintech in Lisbon: TypeScript.</p>'),
    remotiveJob(4003, 'TypeScript Contractor', 'Gigwise', 'Europe', '', '<p>A six-month TypeScript contract.</p>', [], 'contract'),
    remotiveJob(4004, 'TypeScript Intern', 'Tinyco', 'Europe', '', '<p>Learn TypeScript with mentors.</p>', [], 'internship'),
    remotiveJob(4005, 'Senior TypeScript Engineer', 'Orbit', 'Worldwide', '', '<p>Lead TypeScript work.</p>'),
  ]);
  alertServer = await startAlertServer(remotiveOnly(remotive), '2026-12-06T22:00:00Z');
  server = alertServer.server;
}, 120_000);

afterAll(async () => {
  await server?.close();
  await remotive?.close();
});

describe('an alert that keeps kinds of job out', () => {
  it('"…, no agencies, not contract" said in chat is kept with the alert, shown, and left out by its run', async () => {
    const [made] = await stepsRun(server.url, 'keep-out', 'tell me every morning about new remote typescript jobs, no agencies, not contract');
    expect(made).toMatchObject({ action: 'create_alert', ok: true });
    const [alert] = await alerts();
    expect(alert).toMatchObject({ query: 'typescript', remote: true, exclude_agencies: true, exclude_employment_type: ['contract'], exclude_seniority: [] });
    expect(alert?.name).toBe('remote typescript jobs, no contract roles, no agencies');
    // The employer's own, the internship and the senior one; never the agency's nor the contract.
    expect(await companiesFound(alert?.id ?? '')).toEqual(['Acme', 'Orbit', 'Tinyco']);
  });

  it('over HTTP: levels kept out at creation, and a change keeps out more or nothing', async () => {
    const { status, body } = await call('POST', '/v1/alerts', {
      query: 'typescript',
      exclude_seniority: ['senior', 'lead', 'principal'],
      exclude_employment_type: ['internship'],
      schedule: 'every evening',
    });
    expect(status).toBe(201);
    const made = alertSchema.parse(body);
    expect(made).toMatchObject({ exclude_seniority: ['senior', 'lead', 'principal'], exclude_employment_type: ['internship'], exclude_agencies: false });
    const found = await companiesFound(made.id);
    expect(found).not.toContain('Orbit');
    expect(found).not.toContain('Tinyco');
    expect(found).toEqual(expect.arrayContaining(['Acme', 'Gigwise', 'Hays']));
    // Keeping nothing out from now on: the openings left out before are new to this alert.
    const widened = await call('PATCH', `/v1/alerts/${made.id}`, { exclude_seniority: [], exclude_employment_type: [] });
    expect(widened.body).toMatchObject({ exclude_seniority: [], exclude_employment_type: [] });
    expect(await companiesFound(made.id)).toEqual(['Orbit', 'Tinyco']);
  });

  it('refuses a kind no search knows, with the field named', async () => {
    const { status, body } = await call('POST', '/v1/alerts', { query: 'typescript', exclude_employment_type: ['commission'], schedule: 'daily' });
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('exclude_employment_type');
  });
});
