import { expect } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { alertListSchema, alertRunResultSchema } from '../../src/protocol/alerts.ts';
import { callJson } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';
import { remotiveJob } from '../jobs/constraint-boards.ts';
import { type StubBoard, startStubBoard } from '../jobs/stub-board.ts';

/**
 * The real server the alert tests run alerts on: boards given by `env`, the zone Europe/Berlin, and
 * a clock that starts at `startsAt` and moves on a minute before each run asked for (two runs of one
 * alert are two instants).
 */
export async function startAlertServer(env: Record<string, string>, startsAt: string) {
  let tick = 0;
  const now = () => new Date(Date.parse(startsAt) + tick);
  const server: RunningServer = await startServer(await testConfig({ PORT: '0', ...env, JOBPILOT_TIME_ZONE: 'Europe/Berlin' }), { logger: false, now });
  const call = (method: string, path: string, json?: unknown) => callJson(server.url, method, path, json);
  /** The run's new openings, ranked. */
  const runNow = async (id: string) => {
    tick += 60_000;
    const { status, body } = await call('POST', `/v1/alerts/${id}/run`);
    expect(status).toBe(200);
    return alertRunResultSchema.parse(body).matches;
  };
  return {
    server,
    call,
    alerts: async () => alertListSchema.parse((await call('GET', '/v1/alerts')).body).alerts,
    runNow,
    /** The companies of a run's new openings, sorted. */
    companiesFound: async (id: string) => (await runNow(id)).map((match) => match.company).sort(),
  };
}

/** A Remotive stub in the board's real shape serving `jobs` (made with `remotiveJob`). */
export const startRemotive = (jobs: ReturnType<typeof remotiveJob>[]): Promise<StubBoard> =>
  startStubBoard({
    json: { '0-legal-notice': 'Remotive API Legal Notice: https://remotive.com/api-documentation', 'job-count': jobs.length, jobs },
  });

/** The environment that points the server at one Remotive stub only. */
export const remotiveOnly = (remotive: StubBoard) => ({ JOBPILOT_JOB_SOURCES: 'remotive', JOBPILOT_REMOTIVE_URL: remotive.origin, JOBPILOT_JOB_TIMEOUT_MS: '3000' });
