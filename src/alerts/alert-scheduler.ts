import { EventEmitter } from 'node:events';
import type { Runner, WorkerEvents } from 'graphile-worker';
import type pg from 'pg';
import { alertRunsRepository, type AlertRunRecord } from '../db/repositories/alerts.ts';
import { nextRunAfter } from './next-run.ts';
import { patientCronPool, pause, type RetryDelays } from './patient-cron-pool.ts';
import { type RunAlertDependencies, runAlert } from './run-alert.ts';

/** graphile-worker task names. */
const ALERT_RUN_TASK = 'alert_run';
/** graphile-worker's words for an error of one of the pool's connections. */
const clientErrorMessage = /^PostgreSQL (?:active|idle) client generated error/;
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
  /** How long after a failure the cron asks again, and the worker is started again (ms; doubled each time up to `most`). */
  retryDelayMs?: RetryDelays;
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
  const { pool, now, log = () => {}, chores = [], retryDelayMs: delays = { first: 1_000, most: 30_000 } } = dependencies;
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
  /** Aborted by `stop()`: the cron's waiting statements end, no restart is planned. */
  let stopping = new AbortController();
  /** The restart planned or under way (one at a time). */
  let restarting: Promise<void> | undefined;
  /** A runner that failed while a restart was under way: that restart goes round once more. */
  let failedMeanwhile: { reason: string; workerIds: readonly string[] } | undefined;
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
    /**
     * Starts the worker (installing graphile-worker's schema if needed), then sweeps once: runs
     * missed while stopped. A start that fails rejects (the caller tries again); once started, a
     * worker that fails is logged and started again, with backoff, until `stop()`.
     */
    start(): Promise<void> {
      if (stopping.signal.aborted) stopping = new AbortController();
      starting = startWorker();
      return starting;
    },
    async stop(): Promise<void> {
      stopping.abort();
      await starting?.catch(() => {});
      await restarting;
      await stopRunner();
    },
  };

  /** The worker, then the sweep and the chores that run at start (their failures logged: the next minute's cron catches up). */
  async function startWorker(): Promise<void> {
    await startRunner();
    try {
      const missed = await sweep();
      if (missed.length > 0) log(`alerts: ${missed.length} run${missed.length === 1 ? '' : 's'} due since the last start queued`);
    } catch (error) {
      log('scheduler: the sweep at start failed; the next minute’s sweep catches up', { error: String(error) });
    }
    for (const chore of chores) if (chore.atStart) await runChore(chore);
  }

  /** graphile-worker's runner (loaded only now), watched: whatever ends or breaks it starts it again. */
  async function startRunner(): Promise<string[]> {
    // Loaded here, not with the server's modules (~150 of them with its configuration loader): start-up does not wait for it.
    const { Logger, run } = await import('graphile-worker');
    const graphileLogger = new Logger(() => (level, message) => {
      // Its listeners on the shared pool's clients repeat what the pool says itself, once
      // ("database connection lost…"), or say it of a connection the server's stop just closed.
      if (clientErrorMessage.test(message)) return;
      if (level === 'error' || level === 'warning') log(`scheduler: ${message}`);
    });
    const events: WorkerEvents = new EventEmitter();
    const workerIds: string[] = [];
    events.on('worker:create', ({ worker }) => workerIds.push(worker.workerId));
    // A worker that could not record a job's end (its connection lost) exits, and graphile-worker does not replace it.
    events.on('worker:fatalError', ({ error }) => restartLater(`a worker stopped after a database error (${String(error)})`, workerIds));
    const started = await run({
      pgPool: patientCronPool(pool, { stopping: stopping.signal, log, delays }),
      events,
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
    runner = started;
    // Ends only when stopped, or by an error: not asked for, it is started again.
    started.promise.then(
      () => {
        if (runner === started) restartLater('the worker stopped by itself', workerIds);
      },
      (error: unknown) => {
        if (runner === started) restartLater(`the worker stopped after an error (${String(error)})`, workerIds);
      },
    );
    return workerIds;
  }

  async function stopRunner(): Promise<void> {
    const stopped = runner;
    runner = null;
    // A runner whose worker pool or cron ended by itself (its connection cut) has stopped already: nothing left to stop.
    await stopped?.stop().catch((error: unknown) => {
      if ((error as Error).message !== 'Runner is already stopped') throw error;
    });
  }

  /**
   * Stops the runner and starts a new one after a pause, one restart at a time, until `stop()`; a
   * new one that cannot start (the database still away) is tried again after a longer pause. Jobs
   * the old runner's workers held are unlocked for the new one (graphile-worker's
   * `force_unlock_workers`: a worker that died holding one would keep it locked for four hours).
   */
  function restartLater(reason: string, workerIds: readonly string[]): void {
    if (stopping.signal.aborted) return;
    if (restarting) {
      failedMeanwhile = { reason, workerIds };
      return;
    }
    restarting = restartWorker(reason, workerIds).finally(() => (restarting = undefined));
  }

  async function restartWorker(reason: string, workerIds: readonly string[]): Promise<void> {
    let delay = delays.first;
    let deadWorkers = [...workerIds];
    for (;;) {
      log(`scheduler: ${reason}; starting it again in ${delay} ms`);
      if (!(await pause(delay, stopping.signal))) return;
      failedMeanwhile = undefined;
      await stopRunner().catch((error: unknown) => log('scheduler: stopping the failed worker failed', { error: String(error) }));
      if (stopping.signal.aborted) return;
      try {
        await startRunner();
        await pool.query('SELECT graphile_worker.force_unlock_workers($1::text[])', [deadWorkers]);
        log('scheduler: started again');
      } catch (error) {
        reason = `the worker could not start again (${String(error)})`;
        delay = Math.min(delay * 2, delays.most);
        continue;
      }
      // The new runner failed already, while this restart finished.
      const again = failedMeanwhile as { reason: string; workerIds: readonly string[] } | undefined;
      if (!again) return;
      ({ reason } = again);
      deadWorkers = [...deadWorkers, ...again.workerIds];
      delay = Math.min(delay * 2, delays.most);
    }
  }
}

export type AlertScheduler = ReturnType<typeof createAlertScheduler>;
