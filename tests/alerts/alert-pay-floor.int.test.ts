import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../src/main.ts';
import { alertSchema } from '../../src/protocol/alerts.ts';
import { runCli } from '../helpers/run-cli.ts';
import { stepsRun } from '../helpers/sse-client.ts';
import { remotiveJob } from '../jobs/constraint-boards.ts';
import { type StubBoard } from '../jobs/stub-board.ts';
import { remotiveOnly, startAlertServer, startRemotive } from './alert-server.ts';

// A pay floor kept with an alert (session 42): "… paying at least 60k" said in chat, over HTTP or on the
// command line is stored with the alert and applied by every run, as a search applies it: a posting stating
// less is left out; one stating no pay is kept, and its reason says so. A Remotive stub in the board's real
// shape holds a well-paid posting, a poorly paid one and one that states no pay; the clock moves on a minute
// before each run asked for.
let alertServer: Awaited<ReturnType<typeof startAlertServer>>;
let remotive: StubBoard;
let server: RunningServer;
let env: NodeJS.ProcessEnv;

const call = (method: string, path: string, json?: unknown) => alertServer.call(method, path, json);
const alerts = () => alertServer.alerts();
const runNow = (id: string) => alertServer.runNow(id);

beforeAll(async () => {
  remotive = await startRemotive([
    remotiveJob(5001, 'Kotlin Developer', 'Wellpaid', 'Europe', '$70,000 - $90,000', '<p>Kotlin services for payments.</p>'),
    remotiveJob(5002, 'Kotlin Developer', 'Lowpay', 'Europe', '$30,000 - $40,000', '<p>Kotlin apps for a small agency.</p>'),
    remotiveJob(5003, 'Kotlin Developer', 'Quietco', 'Europe', '', '<p>Kotlin backend work; pay on request.</p>'),
  ]);
  alertServer = await startAlertServer(remotiveOnly(remotive), '2026-12-07T02:00:00Z');
  server = alertServer.server;
  env = { ...process.env, JOBPILOT_URL: server.url };
}, 120_000);

afterAll(async () => {
  await server?.close();
  await remotive?.close();
});

describe('an alert with a pay floor', () => {
  it('said in chat, it is kept, named, and applied by the run: less pay left out, no stated pay kept and said so', async () => {
    const [made] = await stepsRun(server.url, 'pay-floor', 'let me know each evening about new remote kotlin jobs that pay no less than $60k');
    expect(made).toMatchObject({ action: 'create_alert', ok: true });
    expect(made?.summary).toContain('paying 60,000+');
    const [alert] = await alerts();
    expect(alert).toMatchObject({ query: 'kotlin', remote: true, min_salary: 60_000 });
    const matches = await runNow(alert?.id ?? '');
    expect(matches.map((match) => match.company).sort()).toEqual(['Quietco', 'Wellpaid']);
    expect(matches.find((match) => match.company === 'Quietco')?.reason).toContain('states no pay, so it may be under 60,000');
    expect(matches.find((match) => match.company === 'Wellpaid')?.reason ?? '').not.toContain('states no pay');
  });

  it('"lower the pay floor on the kotlin alert to 25k" lets the poorly paid one in; "no pay floor any more" clears it', async () => {
    const [lowered] = await stepsRun(server.url, 'pay-floor', 'lower the pay floor on the kotlin alert to 25k');
    expect(lowered).toMatchObject({ action: 'change_alert', ok: true });
    const [alert] = await alerts();
    expect(alert?.min_salary).toBe(25_000);
    expect((await runNow(alert?.id ?? '')).map((match) => match.company)).toEqual(['Lowpay']);
    const [cleared] = await stepsRun(server.url, 'pay-floor', 'the kotlin alert: no pay floor anymore');
    expect(cleared).toMatchObject({ action: 'change_alert', ok: true });
    expect((await alerts())[0]?.min_salary).toBeNull();
  });

  it('over HTTP and from the CLI: set, shown in the list, changed and cleared; a floor of 0 is refused with the field named', async () => {
    const { status, body } = await call('POST', '/v1/alerts', { query: 'rust', min_salary: 90_000, schedule: 'every Monday' });
    expect(status).toBe(201);
    const made = alertSchema.parse(body);
    expect(made).toMatchObject({ min_salary: 90_000, name: 'rust jobs paying 90,000+' });
    const listed = await runCli(['alerts', 'list'], { env });
    expect(listed.stdout).toContain('rust jobs paying 90,000+');
    const raised = await runCli(['alerts', 'edit', made.id, '--min-salary', '120k', '--json'], { env });
    expect(raised.code).toBe(0);
    expect(JSON.parse(raised.stdout)).toMatchObject({ min_salary: 120_000 });
    const cleared = await call('PATCH', `/v1/alerts/${made.id}`, { min_salary: null });
    expect(cleared.body).toMatchObject({ min_salary: null, name: 'rust jobs' });
    const refused = await call('POST', '/v1/alerts', { query: 'go', min_salary: 0, schedule: 'daily' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('min_salary');
  });
});
