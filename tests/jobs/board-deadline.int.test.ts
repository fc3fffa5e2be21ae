import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { testConfig } from '../helpers/test-database.ts';
import { boardFixture, type StubBoard, startStubBoard } from './stub-board.ts';

// A board slower than the HTTP client's own default (10 s) but inside the deadline the
// person configured: the search waits for it, as JOBPILOT_JOB_TIMEOUT_MS says.
let board: StubBoard;
let server: RunningServer;
beforeAll(async () => {
  board = await startStubBoard({ json: boardFixture('remotive'), delayMs: 10_500 });
  server = await startServer(
    await testConfig({
      PORT: '0',
      JOBPILOT_JOB_SOURCES: 'remotive',
      JOBPILOT_REMOTIVE_URL: board.origin,
      JOBPILOT_JOB_TIMEOUT_MS: '15000',
    }),
    { logger: false },
  );
});
afterAll(async () => {
  await server?.close();
  await board?.close();
});

describe('a board deadline longer than ten seconds', () => {
  it('is the deadline each board gets: a board answering after 10.5 s is heard', async () => {
    const response = await fetch(`${server.url}/v1/jobs/search?q=backend`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { jobs: { title: string }[]; errors: unknown[] };
    expect(body.errors).toEqual([]);
    expect(body.jobs.length).toBeGreaterThan(0);
    expect(board.requests).toHaveLength(1);
  }, 30_000);
});
