import type { RunEventsRepository, StoredRunEvent } from '../db/repositories/run-events.ts';
import type { RunEvent } from '../protocol/events.ts';

/**
 * How long an event waits for others to share its statement. 50 ms left a rules turn at 3–5
 * statements on a loaded machine (its events come 50–100 ms apart); 200 ms makes it 2–3, and
 * only joins on other processes wait for it (a run's own stream is written as events come).
 */
export const BATCH_MS = 200;
/** A batch this large is written at once. */
const BATCH_SIZE = 100;

export interface RunRecording {
  /** Resolves when every event handed to the store so far is written (or its write failed). */
  settled(): Promise<void>;
}

/**
 * Keeps a run's events in the store while passing them on unchanged and in order: event n is
 * stored with seq n (its SSE `id:`). Writes are batched (one statement per `BATCH_MS` or
 * `BATCH_SIZE` events), so a turn costs a few statements, not one per token; `run-start` is
 * written before it is passed on, so a join that knows the run id always finds the run. Past
 * `perRunLimit` events only `error` and `run-end` are kept. A failed write is logged: the run
 * goes on (a join then misses those events).
 *
 * @example
 * const recorded = recordRunEvents({ store, perRunLimit: 10_000, log }, { threadKey, runId }, executeRun(deps, run));
 * for await (const event of recorded) send(event);
 */
export function recordRunEvents(
  { store, perRunLimit, log }: { store: RunEventsRepository; perRunLimit: number; log: (message: string, details?: Record<string, unknown>) => void },
  run: { threadKey: string; runId: string },
  events: AsyncIterable<RunEvent>,
): AsyncGenerator<RunEvent> & RunRecording {
  let buffer: StoredRunEvent[] = [];
  let writing: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    if (buffer.length === 0) return writing;
    const batch = buffer;
    buffer = [];
    // One write at a time, in order: a join reads seqs without gaps.
    writing = writing.then(() =>
      store.append(run.threadKey, run.runId, batch).catch((error: unknown) => {
        log('keeping run events failed', { runId: run.runId, events: batch.length, error: String(error) });
      }),
    );
    return writing;
  };

  async function* recorded(): AsyncGenerator<RunEvent> {
    let seq = 0;
    try {
      for await (const event of events) {
        seq++;
        if (seq <= perRunLimit || event.type === 'error' || event.type === 'run-end') buffer.push({ seq, event });
        if (event.type === 'run-start') await flush();
        else if (event.type === 'run-end' || buffer.length >= BATCH_SIZE) void flush();
        else timer ??= setTimeout(() => void flush(), BATCH_MS);
        yield event;
      }
    } finally {
      void flush();
    }
  }

  return Object.assign(recorded(), { settled: () => flush() });
}
