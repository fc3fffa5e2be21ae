import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { type OpenAIStub, startOpenAIStub } from '../fakes/openai-stub-server.ts';
import { postRun } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../jobs/stub-board.ts';

/**
 * `/metrics` read before and after real work: a real server (real port, Postgres) planning
 * with an OpenAI-compatible model (a local stub speaking the real wire protocol, reporting
 * usage) and searching a local stub board. The figures each piece of work should move, move.
 */

let server: RunningServer;
let model: OpenAIStub;
let board: StubBoard;

beforeAll(async () => {
  model = await startOpenAIStub();
  board = await startStubBoard({ json: boardFixture('remotive') });
  server = await startServer(
    await testConfig({
      PORT: '0',
      JOBPILOT_PLANNER: 'openai',
      OPENAI_BASE_URL: `${model.url}/v1`,
      OPENAI_MODEL: 'llama3.1',
      JOBPILOT_JOB_SOURCES: 'remotive',
      JOBPILOT_REMOTIVE_URL: board.origin,
      JOBPILOT_JOB_TIMEOUT_MS: '3000',
    }),
    { logger: false },
  );
});
afterAll(async () => {
  await server?.close();
  await model?.close();
  await board?.close();
});

/** Every sample of the Prometheus text, by `name{labels}` (labels as written). */
async function scrape(): Promise<Map<string, number>> {
  const response = await fetch(`${server.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const samples = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    samples.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return samples;
}

/** How much a sample grew between two scrapes (absent counts as 0). */
const grew = (before: Map<string, number>, after: Map<string, number>, sample: string) => (after.get(sample) ?? 0) - (before.get(sample) ?? 0);

const decision = (value: unknown, usage: { prompt_tokens: number; completion_tokens: number }) => ({ content: JSON.stringify({ decision: value }), usage });

describe('GET /metrics', () => {
  it('moves with a run: its status and duration, its step, its model calls and tokens, the board it asked', async () => {
    const before = await scrape();
    model.reply(
      decision({ action: 'search_jobs', reason: 'They asked for jobs.', args: { query: 'backend engineer' } }, { prompt_tokens: 900, completion_tokens: 30 }),
      decision({ action: 'respond', reason: 'Done.', answer: 'I found backend jobs for you.' }, { prompt_tokens: 1200, completion_tokens: 12 }),
    );
    const run = await postRun(server.url, 'metrics-run', { message: 'find backend engineer jobs' });
    expect(run.events.map((event) => event.type)).toContain('tool-call-end');
    expect(run.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed', usage: { model_calls: 2, input_tokens: 2100, output_tokens: 42 } });
    const after = await scrape();

    expect(grew(before, after, 'jobpilot_runs_total{status="completed"}')).toBe(1);
    expect(grew(before, after, 'jobpilot_run_duration_seconds_count{status="completed"}')).toBe(1);
    expect(grew(before, after, 'jobpilot_step_duration_seconds_count{action="search_jobs",outcome="ok"}')).toBe(1);
    expect(grew(before, after, 'jobpilot_model_calls_total')).toBe(2);
    expect(grew(before, after, 'jobpilot_model_tokens_total{direction="input"}')).toBe(2100);
    expect(grew(before, after, 'jobpilot_model_tokens_total{direction="output"}')).toBe(42);
    expect(grew(before, after, 'jobpilot_board_calls_total{board="remotive"}')).toBe(1);
    expect(grew(before, after, 'jobpilot_board_call_duration_seconds_count{board="remotive"}')).toBe(1);
    expect(grew(before, after, 'jobpilot_http_request_duration_seconds_count{method="POST",route="/v1/threads/:thread_id/runs",status="200"}')).toBe(1);
  });

  it('counts a failing board by its code, a failed run and errors by code', async () => {
    const before = await scrape();
    board.reply({ status: 503, body: 'down for maintenance' });
    const search = await fetch(`${server.url}/v1/jobs/search?q=engineer`);
    expect(search.status).toBe(200);
    const refused = await fetch(`${server.url}/v1/jobs/not-a-job-id`);
    expect(refused.status).toBe(400);
    model.reply({ status: 400, error: 'The model "llama3.1" does not exist.' });
    const run = await postRun(server.url, 'metrics-failed', { message: 'hello' });
    const failure = run.events.find((event) => event.type === 'error');
    expect(failure).toMatchObject({ type: 'error', code: expect.any(String) });
    const after = await scrape();

    expect(grew(before, after, 'jobpilot_board_calls_total{board="remotive"}')).toBe(1);
    expect(grew(before, after, 'jobpilot_board_failures_total{board="remotive",code="HTTP_STATUS"}')).toBe(1);
    expect(grew(before, after, 'jobpilot_errors_total{code="BAD_REQUEST",where="http"}')).toBe(1);
    expect(grew(before, after, `jobpilot_errors_total{code="${(failure as { code: string }).code}",where="stream"}`)).toBe(1);
    expect(grew(before, after, 'jobpilot_runs_total{status="failed"}')).toBe(1);
  });

  it("shows the database pool's use and the process figures", async () => {
    const samples = await scrape();
    expect(samples.get('jobpilot_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    expect(samples.get('jobpilot_db_pool_connections{state="max"}')).toBeGreaterThanOrEqual(1);
    expect(samples.has('jobpilot_db_pool_connections{state="waiting"}')).toBe(true);
    expect(samples.get('jobpilot_process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});
