import type { JobpilotGraph } from '../graph/build-graph.ts';
import type { NodeEvent } from '../graph/events.ts';
import { RECEPTION } from '../graph/node-names.ts';
import type { ApprovalRequest } from '../graph/nodes/executor-node.ts';
import type { ChatMessage } from '../protocol/chat-message.ts';
import type { RunEvent } from '../protocol/events.ts';

/** How the graph's part of a turn ended: waiting for an approval, answered, or neither. */
export interface TurnEnd {
  approval: ApprovalRequest | null;
  /** The answer reception closed the turn with. */
  answer: string | null;
}

/**
 * Runs the graph on `input` and maps its streams to protocol events: node events pass
 * through, an interrupt becomes `approval-request`. Returns what the turn ended with.
 *
 * @example
 * const end = yield* streamTurn(graph, turnInput('open github'), { threadId, runId, signal });
 */
export async function* streamTurn(
  graph: JobpilotGraph,
  input: Parameters<JobpilotGraph['stream']>[0],
  run: { threadId: string; runId: string; signal: AbortSignal },
): AsyncGenerator<RunEvent, TurnEnd> {
  const end: TurnEnd = { approval: null, answer: null };
  const stream = await graph.stream(input, {
    configurable: { thread_id: run.threadId, run_id: run.runId },
    // With LangSmith tracing on, the run's trace is found by its name and its id (`run-start`'s `run_id`).
    runName: 'jobpilot run',
    runId: run.runId,
    streamMode: ['custom', 'updates'],
    // One checkpoint per turn, written when the turn ends (finished, interrupted for an
    // approval, failed or cancelled), instead of one per node with its pending writes: what
    // resuming and approvals read is the turn's end. A process killed mid-turn leaves the
    // thread at its last finished turn; the steps it started are in step_attempts (at-most-once).
    durability: 'exit',
    signal: run.signal,
  });
  for await (const [mode, chunk] of stream as AsyncIterable<[string, unknown]>) {
    if (mode === 'custom') {
      yield chunk as NodeEvent;
      continue;
    }
    // Reception's update is the answer the turn closed with.
    const updates = chunk as {
      __interrupt__?: { value: ApprovalRequest }[];
      [RECEPTION]?: { messages?: ChatMessage[] };
    };
    const answer = updates[RECEPTION]?.messages?.[0]?.content;
    if (answer !== undefined) end.answer = answer;
    const value = updates.__interrupt__?.[0]?.value;
    if (value) {
      end.approval = value;
      yield {
        type: 'approval-request',
        action: value.action,
        args: value.args,
        reason: value.reason,
        ...(value.cause ? { cause: value.cause } : {}),
        ...(value.what ? { what: value.what } : {}),
      };
    }
  }
  return end;
}
