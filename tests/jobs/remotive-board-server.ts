import { afterAll, beforeAll, expect } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import { postRun } from '../helpers/sse-client.ts';
import { createTestDatabase, testConfig } from '../helpers/test-database.ts';
import { type StubBoard, startStubBoard } from './stub-board.ts';

/** A posting in Remotive's real API shape; what a test leaves out is a plain full-time one. */
export const remotiveJob = (fields: {
  id: number;
  title: string;
  company: string;
  location: string;
  category: string;
  description: string;
}) => ({
  id: fields.id,
  url: `https://remotive.com/remote-jobs/${fields.category.toLowerCase()}/job-${fields.id}`,
  title: fields.title,
  company_name: fields.company,
  company_logo: null,
  category: fields.category,
  tags: [],
  job_type: 'full_time',
  publication_date: '2026-11-20T09:00:00',
  candidate_required_location: fields.location,
  salary: '',
  description: fields.description,
});

/** The server and what a test asks of it; `server` is set once the suite's `beforeAll` ran. */
export interface RemotiveBoardServer {
  readonly server: RunningServer;
  /** `GET /v1/jobs/search?<query>`, expected to answer 200. */
  search<Job = { company: string }>(query: string): Promise<{ jobs: Job[]; note: string }>;
  /** One chat turn; the first step the turn ran (its action and summary). */
  firstStep(threadId: string, message: string): Promise<{ action: string; summary: string }>;
}

/**
 * A real jobpilot server on a real port and Postgres, searching only a stub board in
 * Remotive's real shape that lists `jobs`: started before the suite's tests, closed after
 * them (call it at the top of a test file).
 *
 * @example
 * const board = remotiveBoardServer([remotiveJob({ id: 1, title: 'Welder', company: 'Acme', location: 'Norway', category: 'Manufacturing', description: '<p>…</p>' })]);
 */
export function remotiveBoardServer(jobs: ReturnType<typeof remotiveJob>[]): RemotiveBoardServer {
  let board: StubBoard | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    board = await startStubBoard({
      json: { '0-legal-notice': 'Remotive API Legal Notice: https://remotive.com/api-documentation', 'job-count': jobs.length, jobs },
    });
    const databaseUrl = await createTestDatabase();
    server = await startServer(
      await testConfig({ PORT: '0', DATABASE_URL: databaseUrl, JOBPILOT_JOB_SOURCES: 'remotive', JOBPILOT_REMOTIVE_URL: board.origin, JOBPILOT_JOB_TIMEOUT_MS: '3000' }),
      { logger: false },
    );
  });
  afterAll(async () => {
    await server?.close();
    await board?.close();
  });
  const running = (): RunningServer => {
    if (!server) throw new Error('The server starts in beforeAll: use it inside a test.');
    return server;
  };
  return {
    get server() {
      return running();
    },
    async search<Job>(query: string) {
      const response = await fetch(`${running().url}/v1/jobs/search?${query}`);
      expect(response.status).toBe(200);
      return (await response.json()) as { jobs: Job[]; note: string };
    },
    async firstStep(threadId: string, message: string) {
      const events: RunEvent[] = (await postRun(running().url, threadId, { message })).events;
      const step = events.find((event) => event.type === 'tool-call-end');
      return step?.type === 'tool-call-end' ? { action: step.action, summary: step.summary } : { action: '', summary: '' };
    },
  };
}
