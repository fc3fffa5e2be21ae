import { Command } from '@langchain/langgraph';
import type { ChatMessage } from '../protocol/chat-message.ts';
import { turnInput } from '../graph/state.ts';
import type { PendingApproval, RunRequest } from '../protocol/api.ts';
import type { RunEvent, RunStatus } from '../protocol/events.ts';
import { isDatabaseUnavailable } from '../db/database-errors.ts';
import { retryWhileDatabaseUnavailable } from '../db/retry-while-unavailable.ts';
import { classifyRunError } from './classify-run-error.ts';
import { closeUnfinishedTurn } from './close-unfinished-turn.ts';
import type { ThreadLock } from '../db/thread-locks.ts';
import { holdThread } from './hold-thread.ts';
import { interruptedStepsNotice } from './interrupted-steps-notice.ts';
import { noteInterruptedTurn } from './note-interrupted-turn.ts';
import { readPendingApproval } from './read-pending-approval.ts';
import type { RunDependencies } from './run-dependencies.ts';
import { streamTurn } from './stream-turn.ts';
import { titleFrom } from './title-from.ts';
import { unfinishedTurnNote } from './unfinished-turn-note.ts';

/** How long a turn cut off by a database outage waits for Postgres to come back to be closed. */
const SETTLE_RETRY_MS = 120_000;

/** One admitted run: its thread, what was asked, and the approval a resume answers. */
export interface AdmittedRun {
  /** Where the thread is stored (`threadKey`): its transcript, lock and checkpoints. */
  threadId: string;
  /** The id its owner knows it by, as `run-start` reports it. */
  publicThreadId: string;
  runId: string;
  request: RunRequest;
  answered: PendingApproval | null;
  /** False when the thread had a title at admission: a message turn then does not try to title it. */
  untitled?: boolean;
  /** True when the run before ended and freed the thread: no turn of it can be left open. */
  afterCleanRun?: boolean;
  /** False when admission saw no step attempts of other runs: the turn does not read them. */
  attemptsLeft?: boolean;
  /** The thread, held for this run from admission to the end of its stream. */
  lock: ThreadLock;
  controller: AbortController;
  /** Called once the thread is released. */
  onFinished: () => void;
}

/**
 * Runs one admitted turn as protocol events, from `run-start` to `run-end`: records the
 * message, streams the graph, records the answer, closes a turn that did not finish, and
 * always releases the thread. The only writer of the transcript; every write it makes
 * (transcript and checkpoints) is refused once the run no longer holds the thread.
 *
 * @example
 * for await (const event of executeRun(deps, run)) console.log(event.type);
 */
export async function* executeRun(deps: RunDependencies, run: AdmittedRun): AsyncGenerator<RunEvent> {
  const { graph, threads, transcript, usage, log } = deps;
  const { threadId, runId, request, answered, lock, controller } = run;
  const signal = controller.signal;
  // The transcript is append-only: a run that knows it lost its thread stops writing it
  // (the checkpoint writes, which the next owner builds on, are fenced by asking the session).
  const record = async (message: ChatMessage) => {
    if (lock.lost.aborted) throw lock.lost.reason;
    await transcript.append(threadId, message, runId);
  };
  const stopHolding = holdThread(lock, controller);
  let status: RunStatus = 'completed';
  let approval: PendingApproval | null = null;
  let failure: Extract<RunEvent, { type: 'error' }> | null = null;
  /** The turn's answer, stored with the thread's release (one statement) unless stored already. */
  let answer: string | null = null;
  const stopped = (error: unknown) => stoppedBy(error, signal, (details) => log('run failed', { threadId, runId, ...details }));
  try {
    yield { type: 'run-start', run_id: runId, thread_id: run.publicThreadId };
    let input: Parameters<typeof graph.stream>[0];
    let othersLeft = false;
    if ('message' in request) {
      const interrupted = run.attemptsLeft === false ? { notice: null, othersLeft: false } : await interruptedStepsNotice(deps, threadId, runId);
      othersLeft = interrupted.othersLeft;
      // Only a run that died holding the thread can have left its turn open.
      if (run.afterCleanRun !== true) await noteInterruptedTurn(deps, threadId, lock);
      await record({ role: 'user', content: request.message });
      if (run.untitled !== false) await threads.setTitleIfEmpty(threadId, titleFrom(request.message));
      input = turnInput(request.message, interrupted.notice);
    } else {
      input = new Command({ resume: request.resume });
    }
    const end = yield* streamTurn(graph, input, { threadId, runId, signal });
    // The answer is stored with the thread's release (below), one statement for both; when the
    // dead runs' steps are to be forgotten after it (the answer reports them), it is stored now.
    if (end.answer !== null && othersLeft) await record({ role: 'assistant', content: end.answer });
    else answer = end.answer;
    approval = end.approval;
    if (approval) status = 'awaiting_approval';
    // Said (the answer opens with it) or kept in the checkpoint's state until the answer after
    // the approval: only now are the dead runs' steps forgotten. A turn that failed or was
    // cancelled before this leaves them, and the next turn reports them.
    if ('message' in request && othersLeft) {
      await deps.attempts
        ?.forgetOthers(threadId, runId)
        .catch((error) => log('forgetting reported steps failed', { threadId, error: String(error) }));
    }
  } catch (error) {
    ({ status, failure } = stopped(error));
  } finally {
    stopHolding();
    // The answer and the release in one statement. Refused (the thread lost meanwhile, Postgres
    // gone), the turn failed as it did when the answer was written on its own, and is closed so below.
    let released = false;
    if (answer !== null && (status === 'completed' || status === 'awaiting_approval')) {
      if (lock.lost.aborted) ({ status, failure } = stopped(lock.lost.reason));
      else {
        try {
          await threads.releaseWithAnswer(threadId, runId, approval, answer);
          released = true;
        } catch (error) {
          ({ status, failure } = stopped(error));
        }
      }
    }
    // LangGraph may still be writing this run's checkpoints (a cancelled stream ends before its
    // background writes): what follows reads the checkpoint and writes the closing one after them.
    if (status !== 'completed') await deps.checkpointWrites?.settled(threadId);
    // A cancelled message run may have stopped inside the executor's interrupt: ask the
    // checkpoint. A cancelled resume has had its answer: the step may already have run, so
    // asking again would lie about it; the turn is closed with a note instead.
    const waiting =
      status === 'cancelled' && 'message' in request
        ? await readPendingApproval(graph, threadId, deps.attempts).catch(() => null)
        : status === 'cancelled'
          ? null
          : approval;
    let closeTurn = async () => {};
    if ((status === 'failed' || status === 'cancelled') && !waiting) {
      const why = failure
        ? failure.message
        : answered && 'resume' in request
          ? `it was cancelled after you ${request.resume.approved ? 'approved' : 'declined'} ${answered.action}; ${request.resume.approved ? 'that step may or may not have run' : 'that step did not run'}.`
          : undefined;
      // A turn that failed or was cancelled still happened: the transcript and the window say so.
      let noted = false;
      let closed = false;
      closeTurn = async () => {
        if (closed) return;
        const note = await unfinishedTurnNote(graph, threadId, why);
        if (!noted) await transcript.append(threadId, { role: 'assistant', content: note }, runId);
        noted = true;
        await closeUnfinishedTurn(graph, { threadId, runId }, note);
        closed = true;
      };
    }
    const settle = async () => {
      await closeTurn().catch((error) => {
        if (isDatabaseUnavailable(error)) throw error;
        log('recording the unfinished turn failed', { threadId, error: String(error) });
      });
      if (!released) await threads.release(threadId, runId, waiting);
    };
    // Postgres went away: close the turn as soon as it is back, under the thread's lock taken
    // again (the old one died with its session); if another run has the thread by then, it is theirs.
    const settleLater = () =>
      retryWhileDatabaseUnavailable(
        async () => {
          const again = await deps.threadLocks.take(threadId, runId);
          if (!again) return;
          try {
            await settle();
          } finally {
            await again.release();
          }
        },
        { forMs: SETTLE_RETRY_MS, log, what: `closing the turn and releasing thread ${threadId}` },
      );
    if (!lock.lost.aborted) {
      await settle().catch((error) => {
        log('releasing the thread failed', { threadId, error: String(error) });
        if (isDatabaseUnavailable(error)) settleLater();
      });
    } else if (failure?.code === 'DATABASE_UNAVAILABLE') {
      // A run that lost its thread writes nothing more now: the thread may be someone else's.
      settleLater();
    }
    // Last: until here the thread is this run's (a request waiting for it waits for this).
    await lock.release();
    run.onFinished();
  }
  if (failure) yield failure;
  const cost = usage ? await usage.forRun(runId).catch(() => null) : null;
  yield { type: 'run-end', run_id: runId, status, ...(cost ? { usage: cost } : {}) };
}

/** How an error ended a run: its status and, when it failed, the `error` event to send (an unexpected one is logged). */
function stoppedBy(
  error: unknown,
  signal: AbortSignal,
  logFailure: (details: { error: string }) => void,
): { status: RunStatus; failure: Extract<RunEvent, { type: 'error' }> | null } {
  const outcome = classifyRunError(error, signal);
  if (outcome.status !== 'failed') return { status: outcome.status, failure: null };
  const known = outcome.error;
  if (known.code === 'INTERNAL') logFailure({ error: String((error as Error)?.stack ?? error) });
  return { status: 'failed', failure: { type: 'error', code: known.code, message: known.message, retryable: known.retryable } };
}
