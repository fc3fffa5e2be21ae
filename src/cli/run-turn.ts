import type { PendingApproval, RunRequest } from '../protocol/api.ts';
import type { RunEvent, RunStatus } from '../protocol/events.ts';
import { type ApiClient, isAbort } from './api-client.ts';
import { ApiError } from './api-error.ts';

/** How a turn ended, as the last `run-end` said; `cancelled` also when we aborted it. */
export type TurnOutcome = RunStatus;

export interface RunTurnOptions {
  api: Pick<ApiClient, 'streamRun' | 'getThread'>;
  threadId: string;
  request: RunRequest;
  /** Every event of every run the turn takes (the first run and its resumptions). */
  onEvent: (event: RunEvent) => void;
  /** Answers an approval: true/false, or undefined to leave it pending. */
  decide: (approval: PendingApproval) => Promise<boolean | undefined>;
  signal?: AbortSignal;
  /** Told when a dropped stream was joined again (after event `afterId`). */
  onReconnect?: (afterId: number) => void;
}


/**
 * The one line said when a dropped run stream was joined again.
 *
 * @example
 * reconnectedLine(7); // 'jobpilot: the connection dropped; reconnected, the run goes on after event 7'
 */
export const reconnectedLine = (afterId: number): string =>
  `jobpilot: the connection dropped; reconnected, the run goes on after event ${afterId}`;

/**
 * Runs one turn to its end, answering approvals as they come: a run that stops at
 * `awaiting_approval` is resumed with `decide`'s answer. A message sent while the thread
 * still waits for an approval (APPROVAL_PENDING) first gets that approval answered.
 *
 * @example
 * const outcome = await runTurn({ api, threadId, request: { message: 'hi' }, onEvent, decide });
 */
export async function runTurn(options: RunTurnOptions): Promise<TurnOutcome> {
  const { api, threadId, onEvent, decide, signal } = options;

  async function stream(request: RunRequest): Promise<TurnOutcome> {
    let approval: PendingApproval | undefined;
    for (;;) {
      let status: RunStatus = 'failed';
      for await (const event of api.streamRun(threadId, request, signal, { onReconnect: options.onReconnect ?? (() => {}) })) {
        onEvent(event);
        if (event.type === 'approval-request')
          approval = { action: event.action, args: event.args, reason: event.reason };
        if (event.type === 'run-end') status = event.status;
      }
      if (status !== 'awaiting_approval') return status;
      approval ??= (await api.getThread(threadId, { limit: 1 })).pending_approval ?? undefined;
      if (!approval) return status;
      const approved = await decide(approval);
      if (approved === undefined) return status;
      request = { resume: { approved } };
      approval = undefined;
    }
  }

  try {
    try {
      return await stream(options.request);
    } catch (error) {
      if (
        !(
          error instanceof ApiError &&
          error.code === 'APPROVAL_PENDING' &&
          'message' in options.request
        )
      )
        throw error;
      const pending = (await api.getThread(threadId, { limit: 1 })).pending_approval;
      if (!pending) throw error;
      const approved = await decide(pending);
      if (approved === undefined) return 'awaiting_approval';
      const outcome = await stream({ resume: { approved } });
      if (outcome === 'awaiting_approval' || outcome === 'cancelled') return outcome;
      return await stream(options.request);
    }
  } catch (error) {
    if (signal?.aborted && isAbort(error)) return 'cancelled';
    throw error;
  }
}
