import { JobpilotError } from '../../errors.ts';
import type { RunRequest } from '../../protocol/api.ts';
import type { RunEvent, RunStatus } from '../../protocol/events.ts';
import type { LgStreamMode } from '../../protocol/langgraph-api.ts';
import type { RunService, RunSummary } from '../../runs/run-service.ts';
import { lgAssistantId } from './lg-assistant.ts';
import type { LgMessage } from './lg-messages.ts';
import { isAfter, type LgStreamPart, lgPartMapper, messagesBefore, parsePartId, partId, type PartPlace, valuesParts } from './lg-stream-parts.ts';
import { type LgStateSources, readThreadView, threadInterrupt, threadValues } from './lg-thread-state.ts';

/** A run's status as LangGraph names it. */
export type LgRunStatus = 'pending' | 'running' | 'success' | 'error' | 'interrupted';

const statusOf: Record<RunStatus, LgRunStatus> = {
  completed: 'success',
  awaiting_approval: 'interrupted',
  failed: 'error',
  cancelled: 'interrupted',
};

/** A stream part with its place in the run, sent as its SSE id (`partId`). */
export interface NumberedPart extends LgStreamPart {
  id: string;
}

/** How many ended runs this process remembers, and for how long. */
const keptRuns = 1000;
const keptMs = 60 * 60 * 1000;

/** A run as this registry answers it: from this process's memory, or from the stored runs. */
export interface LgRunRecord {
  runId: string;
  threadId: string;
  createdAt: Date;
  updatedAt: Date;
  status: LgRunStatus;
  metadata: Record<string, unknown>;
  modes: readonly LgStreamMode[];
}

/** How a run ended: its status and, when it failed, the error part's data. */
export interface LgRunOutcome {
  status: LgRunStatus;
  error?: unknown;
}

/**
 * One run started through `/lg` on this process: its record, and its stream parts in order,
 * kept as they come (the fast path for its own stream and joins here; other processes derive
 * the same parts, with the same ids, from the stored events).
 */
export interface LgRun extends LgRunRecord {
  owner: string;
  /** Cancels the run (its stream ends with what it had; the run's status becomes interrupted). */
  cancel(): void;
  /** Resolves when the run has ended and its last part is kept. */
  done: Promise<void>;
  /** The parts after `after`, then the rest as they come, until the run ends or `signal` aborts. */
  partsAfter(after: PartPlace, signal?: AbortSignal): AsyncGenerator<NumberedPart>;
}

export interface LgRunsDependencies extends LgStateSources {
  runs: Pick<RunService, 'start' | 'join' | 'list' | 'cancel'>;
  log?: (message: string, details?: Record<string, unknown>) => void;
}

const storedStatusOf: Record<RunSummary['status'], LgRunStatus> = { ...statusOf, running: 'running', lost: 'error' };

/** Gives each part of event `seq` its id, from `k`. */
const numbered = (seq: number, parts: LgStreamPart[], k = 0): NumberedPart[] =>
  parts.map((part, index) => ({ id: partId({ seq, k: k + index }), ...part }));

const notFound = (threadId: string, runId: string, cause?: unknown) =>
  new JobpilotError('NOT_FOUND', `No run "${runId}" on thread "${threadId}" (runs are kept for a while after they end).`, cause ? { cause } : undefined);

/**
 * The runs of the LangGraph API. A run started here is driven to its end by this registry
 * whether or not a client reads it (a dropped stream does not stop a run unless it asked
 * `on_disconnect: cancel`), its protocol events mapped to LangGraph parts. Any run kept in the
 * run events store, started on any process, is found by owner, thread and id: its parts are
 * derived again from its stored events (`lgPartMapper` is pure; part ids are `${seq}.${k}`),
 * so a join on another process sends the same parts under the same ids.
 *
 * @example
 * const lgRuns = createLgRuns({ runs, threads, transcript });
 * const run = await lgRuns.start('default', 'chat-1', { message: 'hi' }, { modes: new Set(['values']), metadata: {} });
 * for await (const part of await lgRuns.partsAfter('default', 'chat-1', run.runId, '-1')) console.log(part.id, part.event);
 */
export function createLgRuns(deps: LgRunsDependencies) {
  const log = deps.log ?? (() => {});
  const byId = new Map<string, LgRun>();

  function forget() {
    const ended = [...byId.values()].filter((run) => run.status !== 'running' && run.status !== 'pending');
    const old = Date.now() - keptMs;
    for (const [index, run] of ended.entries()) {
      if (run.updatedAt.getTime() < old || ended.length - index > keptRuns) byId.delete(run.runId);
    }
  }

  /** The parts sent before the first event: `metadata`, and the thread's values with the new human message. */
  function preamble(runId: string, modes: ReadonlySet<LgStreamMode>, values: { messages: LgMessage[] } | null): NumberedPart[] {
    const parts: LgStreamPart[] = [{ event: 'metadata', data: { run_id: runId, attempt: 1 } }];
    if (modes.has('values') && values) parts.push({ event: 'values', data: values });
    return numbered(0, parts);
  }

  /** The parts after the run's end: the thread's values (and interrupt), unless it failed. */
  async function finalParts(owner: string, threadId: string, status: RunStatus, modes: ReadonlySet<LgStreamMode>): Promise<LgStreamPart[]> {
    if (status === 'failed' || !modes.has('values')) return [];
    const view = await readThreadView(deps, owner, threadId);
    return view ? valuesParts(threadValues(view), threadInterrupt(view)) : [];
  }

  async function start(
    owner: string,
    threadId: string,
    request: RunRequest,
    options: { modes: ReadonlySet<LgStreamMode>; metadata: Record<string, unknown> },
  ): Promise<LgRun> {
    const controller = new AbortController();
    let events: AsyncGenerator<RunEvent>;
    try {
      events = await deps.runs.start(threadId, request, controller.signal, owner);
    } catch (error) {
      // The official server's answer to a second run on a busy thread (multitask_strategy reject).
      if (error instanceof JobpilotError && error.code === 'THREAD_BUSY') {
        throw new JobpilotError('RUN_REJECTED', 'Thread is already running a task. Wait for it to finish or choose a different multitask strategy.', { cause: error });
      }
      throw error;
    }
    const first = await events.next();
    if (first.done || first.value.type !== 'run-start') throw new JobpilotError('INTERNAL', 'The run did not start with run-start.');
    const runId = first.value.run_id;
    // The generator waits at run-start: nothing of this turn is recorded yet.
    const before = await readThreadView(deps, owner, threadId).catch(() => null);
    const parts: NumberedPart[] = [];
    let wake = () => {};
    let changed = new Promise<void>((resolve) => {
      wake = resolve;
    });
    let ended = false;
    const push = (added: NumberedPart[]) => {
      if (added.length === 0) return;
      parts.push(...added);
      run.updatedAt = new Date();
      const woken = wake;
      changed = new Promise<void>((resolve) => {
        wake = resolve;
      });
      woken();
    };
    let finished = () => {};
    const run: LgRun = {
      runId,
      threadId,
      owner,
      createdAt: new Date(),
      updatedAt: new Date(),
      status: 'running',
      metadata: options.metadata,
      modes: [...options.modes],
      cancel: () => controller.abort(new DOMException('The run was cancelled.', 'AbortError')),
      done: new Promise<void>((resolve) => {
        finished = resolve;
      }),
      async *partsAfter(after: PartPlace, signal?: AbortSignal) {
        let next = 0;
        const aborted = new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
        while (!signal?.aborted) {
          while (next < parts.length) {
            const part = parts[next++] as NumberedPart;
            if (isAfter(parsePartId(part.id), after)) yield part;
          }
          if (ended) return;
          await Promise.race([changed, aborted]);
        }
      },
    };
    byId.set(runId, run);
    forget();

    let values: { messages: LgMessage[] } | null = null;
    if (before) {
      values = threadValues({ ...before, approval: null });
      if ('message' in request) {
        values.messages.push({ type: 'human', id: `human-${runId}`, content: request.message, additional_kwargs: {}, response_metadata: {} });
      }
    }
    push(preamble(runId, options.modes, values));

    const toParts = lgPartMapper({ runId, threadId, modes: options.modes });
    void (async () => {
      let status: RunStatus = 'failed';
      // Event n of the run is stored with seq n (run-start is 1): the parts take their ids from it.
      let seq = 1;
      let k = 0;
      try {
        for await (const event of events) {
          seq += 1;
          const mapped = toParts(event);
          k = mapped.length;
          push(numbered(seq, mapped));
          if (event.type === 'run-end') status = event.status;
        }
        push(numbered(seq, await finalParts(owner, threadId, status, options.modes), k));
      } catch (error) {
        log('lg run stream failed', { runId, error: String(error) });
        status = 'failed';
        push(numbered(seq, [{ event: 'error', data: { error: 'INTERNAL', message: 'The run stream failed; the server log has the details.' } }], k));
      } finally {
        run.status = statusOf[status];
        ended = true;
        run.updatedAt = new Date();
        wake();
        finished();
      }
    })();
    return run;
  }

  /** `owner`'s run `runId` on thread `threadId` if this process started it. */
  function here(owner: string, threadId: string, runId: string): LgRun | undefined {
    const run = byId.get(runId);
    return run && run.owner === owner && run.threadId === threadId ? run : undefined;
  }

  const fromSummary = (summary: RunSummary): LgRunRecord => ({
    runId: summary.run_id,
    threadId: summary.thread_id,
    createdAt: summary.started_at,
    updatedAt: summary.updated_at,
    status: storedStatusOf[summary.status],
    metadata: {},
    modes: [],
  });

  /** `owner`'s run `runId` on thread `threadId`, from this process or the stored runs, or a `NOT_FOUND` refusal. */
  async function get(owner: string, threadId: string, runId: string): Promise<LgRunRecord> {
    const run = here(owner, threadId, runId);
    if (run) return run;
    const [stored] = await deps.runs.list(threadId, { owner, runId, limit: 1 });
    if (!stored) throw notFound(threadId, runId);
    return fromSummary(stored);
  }

  /** `owner`'s runs on a thread, newest first: the stored ones (started on any process, through /lg or /v1) and this process's. */
  async function list(owner: string, threadId: string): Promise<LgRunRecord[]> {
    const records = new Map<string, LgRunRecord>();
    for (const stored of await deps.runs.list(threadId, { owner })) records.set(stored.run_id, fromSummary(stored));
    for (const run of byId.values()) if (run.owner === owner && run.threadId === threadId) records.set(run.runId, run);
    return [...records.values()].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }

  /** The stored events of a run after seq `after`, or a `NOT_FOUND` refusal. */
  async function joinStored(owner: string, threadId: string, runId: string, after: number, signal: AbortSignal) {
    try {
      return await deps.runs.join(threadId, runId, { after, signal, owner });
    } catch (error) {
      if (error instanceof JobpilotError && error.code === 'RUN_NOT_FOUND') throw notFound(threadId, runId, error);
      throw error;
    }
  }

  /**
   * The parts of `owner`'s run after the part `lastEventId` (`-1` or none: all), then the rest
   * as they come, until the run ends or `signal` aborts; from any process. A run this process
   * started sends its own parts in its own modes; another is derived from its stored events in
   * `modes` (the join's `stream_mode`). Throws `NOT_FOUND` before any part.
   */
  async function partsAfter(
    owner: string,
    threadId: string,
    runId: string,
    lastEventId: string | undefined,
    options: { modes: ReadonlySet<LgStreamMode>; signal: AbortSignal },
  ): Promise<AsyncGenerator<NumberedPart>> {
    const after = parsePartId(lastEventId);
    const run = here(owner, threadId, runId);
    if (run) return run.partsAfter(after, options.signal);
    const { modes, signal } = options;
    const events = await joinStored(owner, threadId, runId, Math.max(0, after.seq - 1), signal);
    return (async function* () {
      if (after.seq < 1) {
        let values: { messages: LgMessage[] } | null = null;
        if (modes.has('values')) {
          const view = await readThreadView(deps, owner, threadId);
          if (view) values = { messages: messagesBefore(threadValues({ ...view, approval: null }).messages, runId) };
        }
        for (const part of preamble(runId, modes, values)) if (isAfter(parsePartId(part.id), after)) yield part;
      }
      const toParts = lgPartMapper({ runId, threadId, modes });
      let seq = 0;
      let k = 0;
      for await (const joined of events) {
        // The end a join says itself (a lost run) has no seq: its parts follow the last event's.
        if (joined.seq !== undefined) {
          seq = joined.seq;
          k = 0;
        }
        const mapped = numbered(seq, toParts(joined.event), k);
        k += mapped.length;
        if (joined.event.type === 'run-end') mapped.push(...numbered(seq, await finalParts(owner, threadId, joined.event.status, modes), k));
        for (const part of mapped) if (isAfter(parsePartId(part.id), after)) yield part;
      }
    })();
  }

  /** Waits for `owner`'s run to end (from any process) and says how it ended. Throws `NOT_FOUND`. */
  async function outcome(owner: string, threadId: string, runId: string, signal: AbortSignal): Promise<LgRunOutcome> {
    const run = here(owner, threadId, runId);
    if (run) {
      await run.done;
      let error: unknown;
      if (run.status === 'error') for await (const part of run.partsAfter({ seq: -1, k: 0 })) if (part.event === 'error') error = part.data;
      return { status: run.status, ...(run.status === 'error' ? { error: error ?? { error: 'INTERNAL', message: 'The run failed.' } } : {}) };
    }
    let status: LgRunStatus = 'error';
    let error: unknown = { error: 'INTERNAL', message: 'The run failed.' };
    for await (const { event } of await joinStored(owner, threadId, runId, 0, signal)) {
      if (event.type === 'error') error = { error: event.code, message: event.message };
      if (event.type === 'run-end') status = statusOf[event.status];
    }
    return { status, ...(status === 'error' ? { error } : {}) };
  }

  /** Cancels `owner`'s run, in whichever process runs it; with `wait`, resolves once it has ended. Throws `NOT_FOUND`. */
  async function cancel(owner: string, threadId: string, runId: string, wait: boolean, signal: AbortSignal): Promise<void> {
    const run = here(owner, threadId, runId);
    if (run) {
      run.cancel();
    } else {
      try {
        await deps.runs.cancel(threadId, runId, owner);
      } catch (error) {
        if (error instanceof JobpilotError && error.code === 'RUN_NOT_FOUND') throw notFound(threadId, runId, error);
        throw error;
      }
    }
    if (wait) await outcome(owner, threadId, runId, signal);
  }

  return { start, get, list, partsAfter, outcome, cancel };
}

export type LgRuns = ReturnType<typeof createLgRuns>;

/** A run as the LangGraph API answers it. */
export const lgRunRecord = (run: LgRunRecord) => ({
  run_id: run.runId,
  thread_id: run.threadId,
  assistant_id: lgAssistantId,
  created_at: run.createdAt.toISOString(),
  updated_at: run.updatedAt.toISOString(),
  status: run.status,
  metadata: run.metadata,
  multitask_strategy: 'reject',
  kwargs: { stream_mode: [...run.modes] },
});
