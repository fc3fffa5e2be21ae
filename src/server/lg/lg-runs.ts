import { JobpilotError } from '../../errors.ts';
import type { RunRequest } from '../../protocol/api.ts';
import type { RunEvent, RunStatus } from '../../protocol/events.ts';
import type { LgStreamMode } from '../../protocol/langgraph-api.ts';
import type { RunService } from '../../runs/run-service.ts';
import { lgAssistantId } from './lg-assistant.ts';
import { type LgStreamPart, lgPartMapper, valuesParts } from './lg-stream-parts.ts';
import { type LgStateSources, readThreadView, threadInterrupt, threadValues } from './lg-thread-state.ts';

/** A run's status as LangGraph names it. */
export type LgRunStatus = 'pending' | 'running' | 'success' | 'error' | 'interrupted';

const statusOf: Record<RunStatus, LgRunStatus> = {
  completed: 'success',
  awaiting_approval: 'interrupted',
  failed: 'error',
  cancelled: 'interrupted',
};

/** A stream part with the id it is sent under (`id:`), counted from 1 within its run. */
export interface NumberedPart extends LgStreamPart {
  id: number;
}

/** How many ended runs this process remembers, and for how long. */
const keptRuns = 1000;
const keptMs = 60 * 60 * 1000;

/**
 * One run started through `/lg`: its record, and its stream parts in order, kept as they come
 * so that its own stream, a join or a later reader reads the same numbered parts. Today the
 * parts live in this process; they are read only through `partsAfter`, so a store shared by
 * processes (resumable streams) can stand in without changing the routes.
 */
export interface LgRun {
  runId: string;
  threadId: string;
  owner: string;
  createdAt: Date;
  updatedAt: Date;
  status: LgRunStatus;
  metadata: Record<string, unknown>;
  modes: ReadonlySet<LgStreamMode>;
  /** Cancels the run (its stream ends with what it had; the run's status becomes interrupted). */
  cancel(): void;
  /** Resolves when the run has ended and its last part is kept. */
  done: Promise<void>;
  /** The parts after `lastId` (0: all), then the rest as they come, until the run ends or `signal` aborts. */
  partsAfter(lastId: number, signal?: AbortSignal): AsyncGenerator<NumberedPart>;
}

export interface LgRunsDependencies extends LgStateSources {
  runs: Pick<RunService, 'start'>;
  log?: (message: string, details?: Record<string, unknown>) => void;
}

/**
 * The runs started through the LangGraph API: each is started with the run service and
 * driven to its end by this registry whether or not a client reads it (a dropped stream
 * does not stop a run unless it asked `on_disconnect: cancel`), its protocol events mapped
 * to LangGraph parts. Runs are found by owner, thread and id.
 *
 * @example
 * const lgRuns = createLgRuns({ runs, threads, transcript });
 * const run = await lgRuns.start('default', 'chat-1', { message: 'hi' }, { modes: new Set(['values']), metadata: {} });
 * for await (const part of run.partsAfter(0)) console.log(part.event);
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
    const push = (part: LgStreamPart) => {
      parts.push({ id: parts.length + 1, ...part });
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
      modes: options.modes,
      cancel: () => controller.abort(new DOMException('The run was cancelled.', 'AbortError')),
      done: new Promise<void>((resolve) => {
        finished = resolve;
      }),
      async *partsAfter(lastId: number, signal?: AbortSignal) {
        let next = lastId;
        const aborted = new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
        while (!signal?.aborted) {
          while (next < parts.length) yield parts[next++] as NumberedPart;
          if (ended) return;
          await Promise.race([changed, aborted]);
        }
      },
    };
    byId.set(runId, run);
    forget();

    push({ event: 'metadata', data: { run_id: runId, attempt: 1 } });
    if (options.modes.has('values') && before) {
      const values = threadValues({ ...before, approval: null });
      if ('message' in request) {
        values.messages.push({ type: 'human', id: `human-${runId}`, content: request.message, additional_kwargs: {}, response_metadata: {} });
      }
      push({ event: 'values', data: values });
    }

    const toParts = lgPartMapper({ runId, threadId, modes: options.modes });
    void (async () => {
      let status: RunStatus = 'failed';
      try {
        for await (const event of events) {
          for (const part of toParts(event)) push(part);
          if (event.type === 'run-end') status = event.status;
        }
        if (status !== 'failed' && options.modes.has('values')) {
          const after = await readThreadView(deps, owner, threadId);
          if (after) for (const part of valuesParts(threadValues(after), threadInterrupt(after))) push(part);
        }
      } catch (error) {
        log('lg run stream failed', { runId, error: String(error) });
        status = 'failed';
        push({ event: 'error', data: { error: 'INTERNAL', message: 'The run stream failed; the server log has the details.' } });
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

  /** `owner`'s run `runId` on thread `threadId`, or a `NOT_FOUND` refusal. */
  function get(owner: string, threadId: string, runId: string): LgRun {
    const run = byId.get(runId);
    if (!run || run.owner !== owner || run.threadId !== threadId) {
      throw new JobpilotError('NOT_FOUND', `No run "${runId}" on thread "${threadId}" (this server remembers runs started through /lg since it started, for an hour after they end).`);
    }
    return run;
  }

  /** `owner`'s runs on a thread, newest first. */
  const list = (owner: string, threadId: string): LgRun[] =>
    [...byId.values()].filter((run) => run.owner === owner && run.threadId === threadId).reverse();

  return { start, get, list };
}

export type LgRuns = ReturnType<typeof createLgRuns>;

/** A run as the LangGraph API answers it. */
export const lgRunRecord = (run: LgRun) => ({
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
