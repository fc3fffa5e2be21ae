import { randomUUID } from 'node:crypto';
import type { RunRequest } from '../protocol/api.ts';
import type { RunEvent } from '../protocol/events.ts';
import { createActiveRuns } from './active-runs.ts';
import { admitRun } from './admit-run.ts';
import { executeRun } from './execute-run.ts';
import { readPendingApproval } from './read-pending-approval.ts';
import type { RunDependencies } from './run-dependencies.ts';
import { threadKey } from '../db/repositories/threads.ts';
import type { JobpilotGraph } from '../graph/build-graph.ts';
import { DEFAULT_OWNER } from '../protocol/owners.ts';

export type RunServiceDependencies = Omit<RunDependencies, 'log' | 'graph'> &
  Partial<Pick<RunDependencies, 'log'>> & {
    /** The graph whose actions reach `owner`'s data (resumes, saved jobs, documents) and no one else's. */
    graphFor: (owner: string) => JobpilotGraph;
  };

/**
 * Runs turns: one run per thread at a time (the thread's lock, shared by all processes and
 * freed by Postgres when its holder dies), the transcript, and the mapping from graph
 * streams to protocol events.
 *
 * @example
 * const events = await runs.start('my-thread', { message: 'open github' }, signal);
 * for await (const event of events) console.log(event.type);
 */
export function createRunService({ log = () => {}, graphFor, ...rest }: RunServiceDependencies) {
  const depsFor = (owner: string): RunDependencies => ({ ...rest, graph: graphFor(owner), log });
  const active = createActiveRuns();
  return {
    /**
     * Admits the request (or throws a `JobpilotError` before any event) and returns its
     * events; the stream always ends with `run-end` and always frees the thread. The thread
     * is `owner`'s own (`threadKey`), and the run's actions reach only `owner`'s data.
     */
    async start(threadId: string, request: RunRequest, signal: AbortSignal, owner: string = DEFAULT_OWNER): Promise<AsyncGenerator<RunEvent>> {
      const runId = randomUUID();
      const deps = depsFor(owner);
      const key = threadKey(owner, threadId);
      const { lock, answered, untitled, afterCleanRun } = await admitRun(
        { ...deps, isCancelling: active.isCancelling },
        { key, id: threadId, owner },
        runId,
        request,
      );
      const { controller, finish } = active.begin(runId, signal);
      return executeRun(deps, {
        threadId: key,
        publicThreadId: threadId,
        runId,
        request,
        answered,
        untitled,
        afterCleanRun,
        lock,
        controller,
        onFinished: finish,
      });
    },
    /** The approval `owner`'s thread's checkpoint is waiting for, if any. */
    pendingApproval: (threadId: string, owner: string = DEFAULT_OWNER) =>
      readPendingApproval(graphFor(owner), threadKey(owner, threadId), rest.attempts),
    /**
     * Cancels this process's runs and waits (bounded) until each has released its thread,
     * so the database can close after them and no thread stays locked after a restart.
     */
    close: (timeoutMs?: number) => active.cancelAll(timeoutMs),
  };
}

export type RunService = ReturnType<typeof createRunService>;
