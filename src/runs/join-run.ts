import type { RunEventsRepository, StoredRunEvent } from '../db/repositories/run-events.ts';
import type { RunNotices } from '../db/run-notices.ts';
import type { RunEvent } from '../protocol/events.ts';

/** How many stored events one read takes. */
const PAGE = 500;

/** A joined run's event: `seq` is its id in the store, absent for the end a join says itself (a lost run). */
export interface JoinedRunEvent {
  seq: number | undefined;
  event: RunEvent;
}

export interface JoinRunDependencies {
  store: RunEventsRepository;
  notices: RunNotices;
  /** Whether the run still holds its thread somewhere (a process running it is alive). */
  isRunning: (threadKey: string, runId: string) => Promise<boolean>;
  /** How often a join reads the store without a notice, and asks whether the run still runs. */
  pollMs: number;
}

/**
 * A run's events after seq `afterSeq` (0: all of them): what is stored, then each batch as it
 * is announced, until `run-end`. Works from any process sharing the database (LISTEN/NOTIFY,
 * and a read every `pollMs` in case a notice was missed). A run whose process died before its
 * end (it no longer holds its thread, and nothing new came in two reads) ends with
 * `error {code: "RUN_LOST"}` and `run-end {status: "failed"}`, which are not stored. Joined
 * after the id of its `run-end` (a client that saw the end), a finished run sends nothing and
 * ends. Stops quietly when `signal` aborts.
 *
 * @example
 * for await (const { seq, event } of joinRun(deps, { threadKey, runId }, 3, signal)) send(seq, event);
 */
export async function* joinRun(
  deps: JoinRunDependencies,
  run: { threadKey: string; runId: string },
  afterSeq: number,
  signal: AbortSignal,
): AsyncGenerator<JoinedRunEvent> {
  // Watching before the first read: a batch stored in between is announced to us.
  const watch = deps.notices.watch(run.runId);
  let last = afterSeq;
  let quiet = 0;
  try {
    for (;;) {
      let page: StoredRunEvent[];
      do {
        page = await deps.store.after(run.threadKey, run.runId, last, PAGE);
        for (const stored of page) {
          last = stored.seq;
          quiet = 0;
          yield stored;
          if (stored.event.type === 'run-end') return;
        }
      } while (page.length === PAGE);
      // Joined with the id of the run's end (or the end stored since): nothing more will come, and the run is not lost.
      if (last === afterSeq && afterSeq > 0) {
        const end = await deps.store.endSeq(run.threadKey, run.runId);
        if (end !== null && end <= last) return;
      }
      if (signal.aborted) return;
      if (await watch.next(deps.pollMs, signal)) continue;
      if (signal.aborted) return;
      // Nothing announced for a while: is anyone still running it? Twice, so a run that has just
      // let go of its thread has the time to store its end.
      if (await deps.isRunning(run.threadKey, run.runId)) quiet = 0;
      else if (++quiet >= 2) break;
    }
  } finally {
    watch.close();
  }
  yield {
    seq: undefined,
    event: {
      type: 'error',
      code: 'RUN_LOST',
      message: 'The server running this run stopped before the run ended; the thread shows what it did.',
      retryable: false,
    },
  };
  yield { seq: undefined, event: { type: 'run-end', run_id: run.runId, status: 'failed' } };
}
