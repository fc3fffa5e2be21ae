import type { Runner } from 'graphile-worker';
import type pg from 'pg';
import { alertRunsRepository, type AlertRunRecord } from '../db/repositories/alerts.ts';
import { nextRunAfter } from './next-run.ts';
import { type RunAlertDependencies, runAlert } from './run-alert.ts';

/** graphile-worker task names. */
const ALERT_RUN_TASK = 'alert_run';
const SWEEP_TASK = 'alerts_sweep';
/**
 * graphile-worker's cron (exactly one job per minute across every process sharing the
 * database, its `known_crontabs`) starts the sweep; no backfill: the sweep itself finds
 * what was missed, from the alerts' own due times.
 */
const crontab = `* * * * * ${SWEEP_TASK} ?max=1&id=alerts_sweep`;
/** A due time more than this late when swept was missed (the machine was off): its run is a catch-up. */
const lateMs = 5 * 60_000;

/**
 * Other work the hunt does on a schedule through the same worker: due reminders told, saved
 * postings re-checked. Its cron fires once across every process sharing the database.
 */
export interface Chore {
  /** graphile-worker's task name (and the crontab entry's id). */
  name: string;
  /** Five-field cron, in UTC. */
  cron: string;
  /** Run once at every start too: what came due while the machine was off is caught up once. */
  atStart?: boolean;
  run(): Promise<void>;
}

export interface AlertSchedulerDependencies extends Omit<RunAlertDependencies, 'runs'> {
  pool: pg.Pool;
  /** Scheduled work besides alerts. */
  chores?: readonly Chore[];
  log?: (message: string, details?: Record<string, unknown>) => void;
  /** How many alert runs this process runs at once. */
  concurrency?: number;
  /** How often the worker looks for jobs when no notification woke it (ms). */
  pollIntervalMs?: number;
}

/**
 * Runs alerts on their schedules with graphile-worker (Postgres-backed: every process that
 * shares the database shares the queue). Each minute, and once at start-up, a sweep queues
 * one run for each alert whose due time has come (`claimDue`: a compare-and-set, so one
 * process queues each run) and moves the alert's due time to its next one after now, so
 * runs missed while the machine was off are caught up once. Each run is a graphile-worker
 * job, taken by one worker; a run already done is not done again.
 *
 * @example
 * const scheduler = createAlertScheduler({ pool, careerFor, notify, now: () => new Date() });
 * await scheduler.start();
 * await scheduler.sweep(); // what the minute's cron job does
 * await scheduler.stop();
 */
export function createAlertScheduler(dependencies: AlertSchedulerDependencies) {
  const { pool, now, log = () => {}, chores = [] } = dependencies;
  const runChore = async (chore: Chore) => {
    try {
      await chore.run();
    } catch (error) {
      // Logged, never thrown: graphile-worker would retry a minute's chore the next minute anyway.
      log(`scheduler: ${chore.name} failed`, { error: String(error) });
    }
  };
  const runs = alertRunsRepository(pool);
  const runDependencies: RunAlertDependencies = { ...dependencies, runs };
  let runner: Runner | null = null;
  /** The start under way: a stop waits for it, so a worker started meanwhile is stopped too. */
  let starting: Promise<void> | undefined;
  const finished = new Set<(run: { runId: string; outcome: Awaited<ReturnType<typeof runAlert>> }) => void>();

  const enqueue = async (client: pg.PoolClient, runId: string) => {
    await client.query(
      `SELECT graphile_worker.add_job($1, json_build_object('run_id', $2::text), job_key := $3, max_attempts := 3)`,
      [ALERT_RUN_TASK, runId, `${ALERT_RUN_TASK}:${runId}`],
    );
  };

  const sweep = (): Promise<AlertRunRecord[]> =>
    runs.claimDue(now(), (alert, after) => nextRunAfter(alert.schedule, alert.time_zone, after), enqueue, lateMs);

  return {
    /** Queues the due runs now (what each minute's cron job does); the runs it queued. */
    sweep,
    /** Adds a run's queue entry in the caller's transaction (the service's "run now" does not use the queue). */
    enqueue,
    /** Runs a chore here and now, by name (what its cron does); false when there is none of that name. */
    async runChore(name: string): Promise<boolean> {
      const chore = chores.find((candidate) => candidate.name === name);
      if (chore) await runChore(chore);
      return chore !== undefined;
    },
    /** Runs one queued run here and now (the worker's task; `jobpilot alerts run` too). */
    runNow: (runId: string, signal?: AbortSignal) => runAlert(runDependencies, runId, signal),
    /** Called after each run this process's worker finished (tests wait on it). */
    onRunFinished(listener: (run: { runId: string; outcome: Awaited<ReturnType<typeof runAlert>> }) => void): () => void {
      finished.add(listener);
      return () => finished.delete(listener);
    },
    /** Starts the worker (installing graphile-worker's schema if needed), then sweeps once: runs missed while stopped. */
    start(): Promise<void> {
      starting = startWorker();
      return starting;
    },
    async stop(): Promise<void> {
      await starting?.catch(() => {});
      const stopping = runner;
      runner = null;
      // A runner whose worker pool or cron ended by itself (its connection cut) has stopped already: nothing left to stop.
      await stopping?.stop().catch((error: unknown) => {
        if ((error as Error).message !== 'Runner is already stopped') throw error;
      });
    },
  };

  /** The worker (graphile-worker loaded only now), then the sweep and the chores that run at start. */
  async function startWorker(): Promise<void> {
    // Loaded here, not with the server's modules (~150 of them with its configuration loader): start-up does not wait for it.
    const { Logger, run } = await import('graphile-worker');
    const graphileLogger = new Logger(() => (level, message) => {
      if (level === 'error' || level === 'warning') log(`scheduler: ${message}`);
    });
    runner = await run({
      pgPool: pool,
      concurrency: dependencies.concurrency ?? 2,
      pollInterval: dependencies.pollIntervalMs ?? 2_000,
      noHandleSignals: true,
      logger: graphileLogger,
      crontab: [crontab, ...chores.map((chore) => `${chore.cron} ${chore.name} ?max=1&id=${chore.name}`)].join('\n'),
      taskList: {
        ...Object.fromEntries(chores.map((chore) => [chore.name, () => runChore(chore)])),
        [ALERT_RUN_TASK]: async (payload, helpers) => {
          const runId = String((payload as { run_id?: unknown }).run_id ?? '');
          const outcome = await runAlert(runDependencies, runId, helpers.abortSignal);
          for (const listener of finished) listener({ runId, outcome });
        },
        [SWEEP_TASK]: async () => {
          await sweep();
        },
      },
    });
    const missed = await sweep();
    if (missed.length > 0) log(`alerts: ${missed.length} run${missed.length === 1 ? '' : 's'} due since the last start queued`);
    for (const chore of chores) if (chore.atStart) await runChore(chore);
  }
}

export type AlertScheduler = ReturnType<typeof createAlertScheduler>;
