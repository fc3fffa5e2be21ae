import { randomUUID } from 'node:crypto';
import { Command } from '@langchain/langgraph';
import type { ThreadsRepository } from '../db/repositories/threads.ts';
import type { TranscriptRepository } from '../db/repositories/transcript.ts';
import type { UsageRepository } from '../db/repositories/usage.ts';
import { JobpilotError, toJobpilotError } from '../errors.ts';
import type { JobpilotGraph } from '../graph/build-graph.ts';
import { RECEPTION } from '../graph/node-names.ts';
import type { NodeEvent } from '../graph/events.ts';
import type { ApprovalRequest } from '../graph/nodes/executor-node.ts';
import { turnInput } from '../graph/state.ts';
import type { PendingApproval, RunRequest } from '../protocol/api.ts';
import type { RunEvent, RunStatus } from '../protocol/events.ts';
import type { Observation } from '../planner/planner.ts';

export interface RunServiceDependencies {
  graph: JobpilotGraph;
  threads: ThreadsRepository;
  transcript: TranscriptRepository;
  /** When given, `run-end` reports the run's model usage. */
  usage?: UsageRepository;
  /** How long a run holds its thread without renewing (renewed every third of it). */
  leaseSeconds?: number;
  log?: (message: string, details?: Record<string, unknown>) => void;
}

/** Titles are the first words of the first message. */
const titleFrom = (message: string) => {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
};

/**
 * Runs turns: one run per thread at a time (a lease in the threads table, shared by all
 * processes), the transcript, and the mapping from graph streams to protocol events.
 *
 * @example
 * const events = await runs.start('my-thread', { message: 'open github' }, signal);
 * for await (const event of events) console.log(event.type);
 */
export function createRunService({
  graph,
  threads,
  transcript,
  usage,
  leaseSeconds = 120,
  log = () => {},
}: RunServiceDependencies) {

  /** The approval the thread's checkpoint is waiting for (the source of truth), if any. */
  async function pendingApproval(threadId: string): Promise<PendingApproval | null> {
    const snapshot = await graph.getState({ configurable: { thread_id: threadId } });
    for (const task of snapshot.tasks) {
      const waiting = task.interrupts[0];
      if (waiting) return waiting.value as ApprovalRequest;
    }
    return null;
  }

  /** Runs in flight in this process, so shutdown can cancel them and wait for their release. */
  const active = new Map<string, { controller: AbortController; done: Promise<void> }>();

  /**
   * Checks the request against the thread and takes the thread; throws a `JobpilotError`
   * (THREAD_NOT_FOUND, THREAD_BUSY, NO_PENDING_APPROVAL, APPROVAL_PENDING) before any event
   * is produced. The returned stream always ends with `run-end` and always frees the thread.
   */
  async function start(
    threadId: string,
    request: RunRequest,
    signal: AbortSignal,
  ): Promise<AsyncGenerator<RunEvent>> {
    const runId = randomUUID();
    if ('message' in request) {
      await threads.ensure(threadId);
    } else if (!(await threads.get(threadId))) {
      throw new JobpilotError('THREAD_NOT_FOUND', `No thread "${threadId}" to resume.`);
    }
    if (!(await threads.acquire(threadId, runId, leaseSeconds))) {
      throw new JobpilotError(
        'THREAD_BUSY',
        `Thread "${threadId}" already has a run in progress; wait for it to end, then try again.`,
      );
    }
    let pending: PendingApproval | null = null;
    try {
      pending = await pendingApproval(threadId);
      if ('resume' in request && !pending) {
        throw new JobpilotError(
          'NO_PENDING_APPROVAL',
          `Thread "${threadId}" is not waiting for an approval; send {"message": "…"} instead.`,
        );
      }
      if ('message' in request && pending) {
        throw new JobpilotError(
          'APPROVAL_PENDING',
          `Thread "${threadId}" is waiting for your approval to run ${pending.action}; answer it with {"resume": {"approved": true}} or false first.`,
        );
      }
    } catch (error) {
      // Refused: free the thread, keeping the approval it still waits for.
      await threads.release(threadId, runId, pending).catch(() => {});
      throw error;
    }
    // One controller per run: the caller's signal, a lost lease and shutdown all cancel it.
    const controller = new AbortController();
    const forward = () => controller.abort(signal.reason);
    if (signal.aborted) forward();
    else signal.addEventListener('abort', forward, { once: true });
    let finished = () => {};
    const done = new Promise<void>((resolve) => {
      finished = resolve;
    });
    active.set(runId, { controller, done });
    return execute(threadId, runId, request, pending, controller, () => {
      signal.removeEventListener('abort', forward);
      active.delete(runId);
      finished();
    });
  }

  async function* execute(
    threadId: string,
    runId: string,
    request: RunRequest,
    answered: PendingApproval | null,
    controller: AbortController,
    onFinished: () => void,
  ): AsyncGenerator<RunEvent> {
    const signal = controller.signal;
    const heartbeat = setInterval(
      () => {
        threads.renew(threadId, runId, leaseSeconds).then(
          (held) => {
            // Another process may take the thread now: stop rather than run twice.
            if (!held) controller.abort(new JobpilotError('THREAD_BUSY', 'The run lost its hold on the thread.'));
          },
          (error) => log('lease renewal failed', { threadId, error: String(error) }),
        );
      },
      (leaseSeconds * 1000) / 3,
    );
    heartbeat.unref();
    let status: RunStatus = 'completed';
    let approval: ApprovalRequest | null = null;
    let failure: RunEvent | null = null;
    try {
      yield { type: 'run-start', run_id: runId, thread_id: threadId };
      let input: Parameters<JobpilotGraph['stream']>[0];
      if ('message' in request) {
        await transcript.append(threadId, { role: 'user', content: request.message }, runId);
        await threads.setTitleIfEmpty(threadId, titleFrom(request.message));
        input = turnInput(request.message);
      } else {
        input = new Command({ resume: request.resume });
      }
      const stream = await graph.stream(input, {
        configurable: { thread_id: threadId, run_id: runId },
        streamMode: ['custom', 'updates'],
        signal,
      });
      for await (const [mode, chunk] of stream as AsyncIterable<[string, unknown]>) {
        if (mode === 'custom') {
          yield chunk as NodeEvent;
        } else if (mode === 'updates') {
          const interrupts = (chunk as { __interrupt__?: { value: ApprovalRequest }[] })
            .__interrupt__;
          const value = interrupts?.[0]?.value;
          if (value) {
            approval = value;
            yield {
              type: 'approval-request',
              action: value.action,
              args: value.args,
              reason: value.reason,
            };
          }
        }
      }
      if (approval) status = 'awaiting_approval';
    } catch (error) {
      const reason: unknown = signal.reason;
      if (signal.aborted && !(reason instanceof JobpilotError)) {
        status = 'cancelled';
      } else {
        const known = toJobpilotError(signal.aborted ? reason : error);
        if (known.code === 'INTERNAL')
          log('run failed', { threadId, runId, error: String((error as Error)?.stack ?? error) });
        status = 'failed';
        failure = {
          type: 'error',
          code: known.code,
          message: known.message,
          retryable: known.retryable,
        };
      }
    } finally {
      clearInterval(heartbeat);
      // A cancelled message run may have stopped inside the executor's interrupt: ask the
      // checkpoint. A cancelled resume has had its answer: the step may already have run, so
      // asking again would lie about it; the turn is closed with a note instead.
      const waiting =
        status === 'cancelled' && 'message' in request
          ? await pendingApproval(threadId).catch(() => null)
          : status === 'cancelled'
            ? null
            : approval;
      if ((status === 'failed' || status === 'cancelled') && !waiting) {
        const why =
          failure?.type === 'error'
            ? failure.message
            : answered && 'resume' in request
              ? `it was cancelled after you ${request.resume.approved ? 'approved' : 'declined'} ${answered.action}; ${request.resume.approved ? 'that step may or may not have run' : 'that step did not run'}.`
              : undefined;
        await recordUnfinishedTurn(threadId, runId, why).catch((error) =>
          log('recording the unfinished turn failed', { threadId, error: String(error) }),
        );
      }
      await threads
        .release(threadId, runId, waiting)
        .catch((error) => log('releasing the thread failed', { threadId, error: String(error) }));
      onFinished();
    }
    if (failure) yield failure;
    const cost = usage ? await usage.forRun(runId).catch(() => null) : null;
    yield { type: 'run-end', run_id: runId, status, ...(cost ? { usage: cost } : {}) };
  }

  /**
   * A turn that failed or was cancelled still happened: its note (what it ran, how it
   * ended) goes to the transcript and to the window, so the next prompt knows the site
   * was already opened and the next message is not glued onto this one.
   */
  async function recordUnfinishedTurn(threadId: string, runId: string, why: string | undefined) {
    const config = { configurable: { thread_id: threadId } };
    const snapshot = await graph.getState(config);
    const observations = (snapshot.values as { observations?: Observation[] }).observations ?? [];
    const steps = observations.map(
      (observation) =>
        `${observation.index + 1}. ${observation.action} ${JSON.stringify(observation.args)} → ${observation.declined ? 'declined' : observation.ok ? 'ok' : 'failed'}: ${observation.summary}`,
    );
    const note = [
      why ? `(This turn did not finish: ${why})` : '(This turn was cancelled before it finished.)',
      steps.length ? `Steps it ran:\n${steps.join('\n')}` : 'No step had run.',
    ].join('\n');
    await transcript.append(threadId, { role: 'assistant', content: note }, runId);
    await graph.updateState(
      config,
      { messages: [{ role: 'assistant', content: note }], pendingStep: null, draftAnswer: null },
      RECEPTION,
    );
  }

  /**
   * Cancels this process's runs and waits (bounded) until each has released its thread,
   * so the database can close after them and no thread stays locked after a restart.
   */
  async function close(timeoutMs = 5_000): Promise<void> {
    const runs = [...active.values()];
    for (const run of runs) run.controller.abort(new DOMException('The server is shutting down.', 'AbortError'));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(runs.map((run) => run.done)),
      new Promise((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
  }

  return { start, pendingApproval, close };
}

export type RunService = ReturnType<typeof createRunService>;
