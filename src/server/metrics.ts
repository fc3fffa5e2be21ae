import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { BoardCall } from '../jobs/observed-source.ts';
import type { RunEvent } from '../protocol/events.ts';

/** What `/metrics` reads the database pool's use from (a `pg.Pool`). */
export interface PoolUse {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
  readonly options?: { max?: number | undefined };
}

const secondsBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

/**
 * The service's Prometheus metrics, in a registry of their own (not prom-client's global
 * one): runs by status, run and step durations, model calls and tokens, errors by code,
 * job-board calls and failures by board, HTTP answers, the database pool, and Node's
 * process figures. Recording is a counter increment or a histogram bucket: cheap enough for
 * the turn path; the pool is read only when `/metrics` is scraped. See docs/observability.md.
 *
 * @example
 * const metrics = createMetrics();
 * metrics.watchPool(() => jobpilot.database.pool);
 * metrics.boardCall({ board: 'remotive', ok: true, seconds: 0.4 });
 * const text = await metrics.registry.metrics();
 */
export function createMetrics(options: { processMetrics?: boolean } = {}) {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'jobpilot_' });
  const registers = [registry];

  const runs = new Counter({ name: 'jobpilot_runs_total', help: 'Runs that ended, by status (completed, awaiting_approval, failed, cancelled).', labelNames: ['status'], registers });
  const runSeconds = new Histogram({ name: 'jobpilot_run_duration_seconds', help: 'How long a run took, from run-start to run-end, by status.', labelNames: ['status'], buckets: secondsBuckets, registers });
  const stepSeconds = new Histogram({ name: 'jobpilot_step_duration_seconds', help: 'How long a step (an action) took, by action and outcome (ok, failed, declined).', labelNames: ['action', 'outcome'], buckets: secondsBuckets, registers });
  const modelCalls = new Counter({ name: 'jobpilot_model_calls_total', help: 'Model calls made by runs (planner and writers).', registers });
  const tokens = new Counter({ name: 'jobpilot_model_tokens_total', help: 'Model tokens of runs, by direction (input, output).', labelNames: ['direction'], registers });
  const errors = new Counter({ name: 'jobpilot_errors_total', help: 'Errors by code: HTTP error answers (where="http") and run stream error events (where="stream").', labelNames: ['code', 'where'], registers });
  const boardCalls = new Counter({ name: 'jobpilot_board_calls_total', help: 'Job-board calls, by board.', labelNames: ['board'], registers });
  const boardFailures = new Counter({ name: 'jobpilot_board_failures_total', help: 'Job-board calls that failed, by board and code (TIMEOUT, NETWORK, HTTP_STATUS, …).', labelNames: ['board', 'code'], registers });
  const boardSeconds = new Histogram({ name: 'jobpilot_board_call_duration_seconds', help: 'How long a job board took to answer (or fail), by board.', labelNames: ['board'], buckets: secondsBuckets, registers });
  const requests = new Histogram({ name: 'jobpilot_http_request_duration_seconds', help: 'HTTP answers by method, route and status; a run stream counts until it ends.', labelNames: ['method', 'route', 'status'], buckets: secondsBuckets, registers });
  let readPool: (() => PoolUse) | undefined;
  new Gauge({
    name: 'jobpilot_db_pool_connections',
    help: 'Database pool connections by state: total (open), idle, waiting (requests queued for a connection), max.',
    labelNames: ['state'],
    registers,
    collect() {
      const pool = readPool?.();
      if (!pool) return;
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
      if (pool.options?.max !== undefined) this.set({ state: 'max' }, pool.options.max);
    },
  });

  return {
    registry,
    /** Where the pool's use is read from when `/metrics` is scraped (the database opens after the metrics exist). */
    watchPool(read: () => PoolUse): void {
      readPool = read;
    },
    /** An HTTP error answer with this code. */
    httpError(code: string): void {
      errors.inc({ code, where: 'http' });
    },
    /** One job-board call, as `observeSource` reports it. */
    boardCall(call: BoardCall): void {
      boardCalls.inc({ board: call.board });
      boardSeconds.observe({ board: call.board }, call.seconds);
      if (!call.ok) boardFailures.inc({ board: call.board, code: call.code ?? 'INTERNAL' });
    },
    /** An HTTP answer finished (`route` as the router names it, e.g. /v1/jobs/:id). */
    request(method: string, route: string, status: number, seconds: number): void {
      requests.observe({ method, route, status: String(status) }, seconds);
    },
    /**
     * Counts a run from its events as they pass to the client: its end and duration, its
     * steps, its model usage and its errors. One per run stream.
     */
    runObserver() {
      const started = performance.now();
      const steps = new Map<number, number>();
      return (event: RunEvent): void => {
        switch (event.type) {
          case 'tool-call-start':
            steps.set(event.index, performance.now());
            return;
          case 'tool-call-end': {
            const start = steps.get(event.index);
            const outcome = event.declined ? 'declined' : event.ok ? 'ok' : 'failed';
            // A declined step never started: it has no duration.
            if (start !== undefined) stepSeconds.observe({ action: event.action, outcome }, (performance.now() - start) / 1000);
            steps.delete(event.index);
            return;
          }
          case 'error':
            errors.inc({ code: event.code, where: 'stream' });
            return;
          case 'run-end':
            runs.inc({ status: event.status });
            runSeconds.observe({ status: event.status }, (performance.now() - started) / 1000);
            if (event.usage) {
              modelCalls.inc(event.usage.model_calls);
              tokens.inc({ direction: 'input' }, event.usage.input_tokens);
              tokens.inc({ direction: 'output' }, event.usage.output_tokens);
            }
            return;
          default:
            return;
        }
      };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/**
 * The run's events, each shown to `observe` as it passes (see `Metrics.runObserver`).
 *
 * @example
 * await writeEventStream(reply.raw, observeEvents(events, metrics.runObserver()), options);
 */
export async function* observeEvents(events: AsyncIterable<RunEvent>, observe: (event: RunEvent) => void): AsyncGenerator<RunEvent> {
  for await (const event of events) {
    observe(event);
    yield event;
  }
}
