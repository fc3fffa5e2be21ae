import { randomUUID } from 'node:crypto';
import type { RunEventsRepository } from '../db/repositories/run-events.ts';
import type { RunNotices } from '../db/run-notices.ts';
import { JobpilotError } from '../errors.ts';
import type { RunRequest } from '../protocol/api.ts';
import type { RunEvent, RunStatus } from '../protocol/events.ts';
import { createActiveRuns } from './active-runs.ts';
import { admitRun } from './admit-run.ts';
import { executeRun } from './execute-run.ts';
import { type JoinedRunEvent, joinRun } from './join-run.ts';
import { readPendingApproval } from './read-pending-approval.ts';
import { recordRunEvents } from './record-run-events.ts';
import type { RunDependencies } from './run-dependencies.ts';
import { threadKey } from '../db/repositories/threads.ts';
import type { JobpilotGraph } from '../graph/build-graph.ts';
import { DEFAULT_OWNER } from '../protocol/owners.ts';
import { within } from './within.ts';
import { inTurnSlot } from './in-turn-slot.ts';
import type { TurnSlots } from './turn-slots.ts';

/** Where runs' events are kept for joins, and how much of them (the `JOBPILOT_RUN_EVENTS_*` settings). */
export interface RunEventsKeeping {
  store: RunEventsRepository;
  notices: RunNotices;
  /** Events kept per run; past it only `error` and `run-end`. */
  perRun: number;
  /** Events kept in all; the oldest go first. */
  maxRows: number;
  /** How long events are kept. */
  maxAgeMs: number;
  /** How often a join reads the store without a notice (default 2 s). */
  pollMs?: number;
  /** How often old events are deleted (default 10 min; 0: only when asked, `prune()`). */
  pruneEveryMs?: number;
}

export type RunServiceDependencies = Omit<RunDependencies, 'log' | 'graph'> &
  Partial<Pick<RunDependencies, 'log'>> & {
    /** The graph whose actions reach `owner`'s data (resumes, saved jobs, documents) and no one else's. */
    graphFor: (owner: string) => JobpilotGraph;
    /** Keeps every run's events so they can be joined (`join`); without it, `join` finds nothing. */
    events?: RunEventsKeeping | undefined;
    /** The bound on turns doing work at once (a FIFO queue beyond it); without it, no bound. */
    slots?: TurnSlots | undefined;
  };

/** A kept run in brief (`list`). */
export interface RunSummary {
  run_id: string;
  thread_id: string;
  started_at: Date;
  updated_at: Date;
  status: RunStatus | 'running' | 'lost';
}

/** A started run's events, with its id known before the first event is read. */
export type RunStream = AsyncGenerator<RunEvent> & { readonly runId: string };

/**
 * Runs turns: one run per thread at a time (the thread's lock, shared by all processes and
 * freed by Postgres when its holder dies), the transcript, the mapping from graph streams to
 * protocol events, and the kept events a client joins a run with (from any process).
 *
 * Event n of a run (1-based, in the order `start` yields them) is kept with id n: a client
 * that saw event n joins with `join(threadId, runId, { after: n })`.
 *
 * @example
 * const events = await runs.start('my-thread', { message: 'open github' }, signal, 'default');
 * for await (const event of events) console.log(event.type);
 * // elsewhere, even in another process: what came after event 3, then the rest live
 * for await (const { seq, event } of await runs.join('my-thread', events.runId, { after: 3, signal })) console.log(seq, event.type);
 */
export function createRunService({ log = () => {}, graphFor, events: keeping, slots, ...rest }: RunServiceDependencies) {
  const depsFor = (owner: string): RunDependencies => ({ ...rest, graph: graphFor(owner), log });
  const active = createActiveRuns();
  /** Runs whose events are still being written: shutdown waits for them before the pool closes. */
  const recordings = new Set<{ settled(): Promise<void> }>();
  /** Detached runs' drains. */
  const detached = new Set<Promise<void>>();

  const prune = async (): Promise<number> =>
    keeping ? keeping.store.prune({ maxAgeMs: keeping.maxAgeMs, maxRows: keeping.maxRows }) : 0;
  const pruneEveryMs = keeping?.pruneEveryMs ?? 600_000;
  const pruning = keeping && pruneEveryMs > 0
    ? setInterval(() => void prune().catch((error: unknown) => log('deleting old run events failed', { error: String(error) })), pruneEveryMs)
    : undefined;
  pruning?.unref();
  // Once soon after start too: a server restarted more often than every 10 minutes still prunes.
  const firstPrune = keeping && pruneEveryMs > 0
    ? setTimeout(() => void prune().catch((error: unknown) => log('deleting old run events failed', { error: String(error) })), Math.min(pruneEveryMs, 60_000))
    : undefined;
  firstPrune?.unref();
  /** Aborted at shutdown: joins end (without run-end), so their clients reconnect to a server that stays. */
  const closing = new AbortController();

  const isRunning = async (key: string, runId: string): Promise<boolean> => {
    const row = await rest.threads.get(key);
    return row !== null && row.active_run_id === runId && row.run_in_progress;
  };

  async function start(threadId: string, request: RunRequest, signal?: AbortSignal, owner: string = DEFAULT_OWNER): Promise<RunStream> {
    const runId = randomUUID();
    const deps = depsFor(owner);
    const key = threadKey(owner, threadId);
    const { lock, answered, untitled, afterCleanRun, attemptsLeft } = await admitRun(
      { ...deps, isCancelling: active.isCancelling },
      { key, id: threadId, owner },
      runId,
      request,
    );
    const { controller, finish } = active.begin(runId, signal ?? new AbortController().signal);
    const run = executeRun(deps, {
      threadId: key,
      publicThreadId: threadId,
      runId,
      request,
      answered,
      untitled,
      afterCleanRun,
      attemptsLeft,
      lock,
      controller,
      onFinished: finish,
    });
    const executed = slots ? inTurnSlot(slots, run) : run;
    if (!keeping) return Object.assign(executed, { runId });
    const recorded = recordRunEvents({ store: keeping.store, perRunLimit: keeping.perRun, log }, { threadKey: key, runId }, executed);
    recordings.add(recorded);
    // Forgotten once written: `settled` resolves when the last batch is.
    const forget = async function* (): AsyncGenerator<RunEvent> {
      try {
        yield* recorded;
      } finally {
        void recorded.settled().finally(() => recordings.delete(recorded));
      }
    };
    return Object.assign(forget(), { runId });
  }

  return {
    /**
     * Admits the request (or throws a `JobpilotError` before any event) and returns its
     * events; the stream always ends with `run-end` and always frees the thread. The thread
     * is `owner`'s own (`threadKey`), and the run's actions reach only `owner`'s data.
     * `signal` cancels the run; leave it out for a run only `cancel` (or shutdown) stops.
     * The caller must read the stream to its end: the run advances as it is read.
     */
    start,

    /**
     * Starts a run nobody reads: it runs to its end in the background (its events kept), and
     * only `cancel` or shutdown stops it. Resolves with its id once it is admitted and its
     * `run-start` is kept, so a join finds it at once.
     */
    async startDetached(
      threadId: string,
      request: RunRequest,
      owner: string = DEFAULT_OWNER,
      /** Told every event of the run as it happens (the metrics). */
      observe: (event: RunEvent) => void = () => {},
    ): Promise<{ runId: string }> {
      const stream = await start(threadId, request, undefined, owner);
      // The first event (run-start) is read here: kept before `next` returns it.
      const first = await stream.next();
      if (!first.done) {
        observe(first.value);
        const drain = (async () => {
          for await (const event of stream) observe(event);
        })()
          .catch((error: unknown) => log('detached run failed', { runId: stream.runId, error: String(error) }))
          .finally(() => detached.delete(drain));
        detached.add(drain);
      }
      return { runId: stream.runId };
    },

    /**
     * The events of `owner`'s run `runId` on thread `threadId` after id `after` (0 or left
     * out: from the start), then the rest as they come, from whichever process runs it, until
     * `run-end`. A finished run replays and ends. Throws RUN_NOT_FOUND (before any event) for
     * a run not kept on that thread for that owner (never started, expired, or another's).
     */
    async join(
      threadId: string,
      runId: string,
      { after = 0, signal, owner = DEFAULT_OWNER }: { after?: number; signal: AbortSignal; owner?: string },
    ): Promise<AsyncGenerator<JoinedRunEvent>> {
      const key = threadKey(owner, threadId);
      if (!keeping || !(await keeping.store.exists(key, runId))) {
        throw new JobpilotError('RUN_NOT_FOUND', `No run "${runId}" on thread "${threadId}" (runs are kept ${Math.round((keeping?.maxAgeMs ?? 0) / 3_600_000)} h).`);
      }
      // A finished run joined with its last id has nothing more to send (an empty stream, not a lost run); an id beyond
      // its last was never sent, so it is refused with the last one named. (A running run may be ahead of its kept
      // events by a batch, so an id beyond what is kept is only refused once the run has ended.)
      const end = after > 0 ? await keeping.store.endSeq(key, runId) : null;
      if (end !== null && after > end) {
        throw new JobpilotError('BAD_REQUEST', `Last-Event-ID ${after} is beyond the last event of run "${runId}", which ended with id ${end}: join with Last-Event-ID ${end} or lower, or without it to replay the run.`, {
          details: { last_event_id: end },
        });
      }
      if (end !== null && after === end) return (async function* (): AsyncGenerator<JoinedRunEvent> {})();
      return joinRun(
        { store: keeping.store, notices: keeping.notices, isRunning, pollMs: keeping.pollMs ?? 2_000 },
        { threadKey: key, runId },
        after,
        AbortSignal.any([signal, closing.signal]),
      );
    },

    /**
     * Cancels `owner`'s run `runId` on thread `threadId`, in whichever process runs it.
     * `cancelling`: it was running and is asked to stop (its stream ends with `run-end
     * {status: "cancelled"}`); `ended`: it had already ended. Throws RUN_NOT_FOUND.
     */
    async cancel(threadId: string, runId: string, owner: string = DEFAULT_OWNER): Promise<'cancelling' | 'ended'> {
      const key = threadKey(owner, threadId);
      const running = await isRunning(key, runId);
      if (!running) {
        if (keeping && (await keeping.store.exists(key, runId))) return 'ended';
        throw new JobpilotError('RUN_NOT_FOUND', `No run "${runId}" on thread "${threadId}".`);
      }
      if (!active.cancel(runId)) await keeping?.notices.askCancel(runId);
      return 'cancelling';
    },

    /**
     * `owner`'s kept runs on thread `threadId`, newest first (`runId`: that one only), each with
     * its status: how it ended, `running` while a process runs it, or `lost` when its process
     * died before its end. Runs expire with their events (`JOBPILOT_RUN_EVENTS_HOURS`).
     */
    async list(
      threadId: string,
      { owner = DEFAULT_OWNER, limit = 100, runId }: { owner?: string; limit?: number; runId?: string } = {},
    ): Promise<RunSummary[]> {
      if (!keeping) return [];
      const key = threadKey(owner, threadId);
      const [kept, thread] = await Promise.all([keeping.store.runs(key, { limit, ...(runId ? { runId } : {}) }), rest.threads.get(key)]);
      return kept.map((run) => ({
        run_id: run.run_id,
        thread_id: threadId,
        started_at: run.started_at,
        updated_at: run.updated_at,
        status: run.ended ?? (thread?.active_run_id === run.run_id && thread.run_in_progress ? 'running' : 'lost'),
      }));
    },

    /** Cancels the run if this process runs it (a cancel asked by another process). */
    cancelHere: (runId: string): boolean => active.cancel(runId),

    /** Deletes the kept events past their age and beyond the total bound now (also done on a timer). */
    prune,

    /** The approval `owner`'s thread's checkpoint is waiting for, if any. */
    pendingApproval: (threadId: string, owner: string = DEFAULT_OWNER) =>
      readPendingApproval(graphFor(owner), threadKey(owner, threadId), rest.attempts),
    /**
     * Cancels this process's runs and waits (bounded) until each has released its thread and
     * its events are kept, so the database can close after them and no thread stays locked
     * after a restart.
     */
    async close(timeoutMs = 5_000): Promise<void> {
      clearInterval(pruning);
      clearTimeout(firstPrune);
      closing.abort();
      await active.cancelAll(timeoutMs);
      // Cancelled runs still pass their run-end on: detached ones here, the others to their readers.
      await within(timeoutMs, [...detached]);
      await within(timeoutMs, [...recordings].map((recording) => recording.settled()));
    },
  };
}

export type RunService = ReturnType<typeof createRunService>;
