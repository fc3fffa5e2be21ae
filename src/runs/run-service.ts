import { randomUUID } from 'node:crypto';
import type { RunRequest } from '../protocol/api.ts';
import type { RunEvent } from '../protocol/events.ts';
import { createActiveRuns } from './active-runs.ts';
import { admitRun } from './admit-run.ts';
import { executeRun } from './execute-run.ts';
import { readPendingApproval } from './read-pending-approval.ts';
import type { RunDependencies } from './run-dependencies.ts';

export type RunServiceDependencies = Omit<RunDependencies, 'leaseSeconds' | 'log'> &
  Partial<Pick<RunDependencies, 'leaseSeconds' | 'log'>>;

/**
 * Runs turns: one run per thread at a time (a lease in the threads table, shared by all
 * processes), the transcript, and the mapping from graph streams to protocol events.
 *
 * @example
 * const events = await runs.start('my-thread', { message: 'open github' }, signal);
 * for await (const event of events) console.log(event.type);
 */
export function createRunService({ leaseSeconds = 120, log = () => {}, ...rest }: RunServiceDependencies) {
  const deps: RunDependencies = { ...rest, leaseSeconds, log };
  const active = createActiveRuns();
  return {
    /**
     * Admits the request (or throws a `JobpilotError` before any event) and returns its
     * events; the stream always ends with `run-end` and always frees the thread.
     */
    async start(threadId: string, request: RunRequest, signal: AbortSignal): Promise<AsyncGenerator<RunEvent>> {
      const runId = randomUUID();
      const answered = await admitRun(deps, threadId, runId, request);
      const { controller, finish } = active.begin(runId, signal);
      return executeRun(deps, { threadId, runId, request, answered, controller, onFinished: finish });
    },
    /** The approval the thread's checkpoint is waiting for, if any. */
    pendingApproval: (threadId: string) => readPendingApproval(deps.graph, threadId),
    /**
     * Cancels this process's runs and waits (bounded) until each has released its thread,
     * so the database can close after them and no thread stays locked after a restart.
     */
    close: (timeoutMs?: number) => active.cancelAll(timeoutMs),
  };
}

export type RunService = ReturnType<typeof createRunService>;
