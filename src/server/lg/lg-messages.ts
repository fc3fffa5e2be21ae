import { createHash } from 'node:crypto';
import type { PendingApproval } from '../../protocol/api.ts';

/** A message as LangGraph's API serialises it (`type` human/ai, an id, the rest empty). */
export interface LgMessage {
  type: 'human' | 'ai';
  id: string;
  content: string;
  additional_kwargs: Record<string, unknown>;
  response_metadata: Record<string, unknown>;
  tool_calls?: { id: string; name: string; args: Record<string, unknown>; type: 'tool_call' }[];
  invalid_tool_calls?: unknown[];
}

/** An interrupt in the human-in-the-loop shape agent-chat-ui renders as approve/reject buttons. */
export interface LgInterrupt {
  id: string;
  value: {
    action_requests: { name: string; args: Record<string, unknown>; description: string }[];
    review_configs: { action_name: string; allowed_decisions: ('approve' | 'reject')[] }[];
  };
}

/** A transcript row as the mapping needs it. */
export interface TranscriptEntry {
  id: string;
  role: 'user' | 'assistant';
  content: string;
  runId: string | null;
}

/** The id a run's streamed answer has, the same one the transcript row it writes gets. */
export const answerMessageId = (runId: string): string => `ai-${runId}`;
/** The id of the message that started run `runId`. */
export const questionMessageId = (runId: string): string => `human-${runId}`;

const make = (type: LgMessage['type'], id: string, content: string): LgMessage => ({
  type,
  id,
  content,
  additional_kwargs: {},
  response_metadata: {},
  ...(type === 'ai' ? { tool_calls: [], invalid_tool_calls: [] } : {}),
});

/**
 * The transcript as LangGraph messages with stable ids: a run's question is `human-<run>`,
 * its answer (or the note of a turn that did not finish) `ai-<run>`, so what a stream showed
 * and what the thread's state shows later are the same messages. A run's second message of
 * one role (never written today) gets `-2`, and rows from before run ids `msg-<row>`.
 *
 * @example
 * toLgMessages([{ id: '1', role: 'user', content: 'hi', runId: 'r1' }]); // [{ type: 'human', id: 'human-r1', … }]
 */
export function toLgMessages(rows: readonly TranscriptEntry[]): LgMessage[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const type = row.role === 'user' ? 'human' : 'ai';
    if (row.runId === null) return make(type, `msg-${row.id}`, row.content);
    const base = type === 'human' ? questionMessageId(row.runId) : answerMessageId(row.runId);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return make(type, count === 1 ? base : `${base}-${count}`, row.content);
  });
}

/** A short stable digest: the same approval on the same thread always gets the same ids. */
const digest = (...parts: string[]): string => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 24);

/**
 * A pending approval as LangGraph clients expect it: an AI message asking (with the step as
 * a tool call) and an interrupt whose value is a human-in-the-loop request with one action,
 * answerable by approve or reject. Ids come from the thread and the approval, so the stream
 * and every later read of the state agree.
 *
 * @example
 * const { message, interrupt } = approvalAsLg('t1', { action: 'take_screenshot', args: {}, reason: 'desktop' });
 */
export function approvalAsLg(threadId: string, approval: PendingApproval): { message: LgMessage; interrupt: LgInterrupt } {
  const key = digest(threadId, approval.action, JSON.stringify(approval.args), approval.reason);
  const description = approval.what ? `${approval.what} (${approval.reason})` : approval.reason;
  const message: LgMessage = {
    ...make('ai', `approval-${key}`, `May I run ${approval.action}? ${description}`),
    tool_calls: [{ id: `call-${key}`, name: approval.action, args: approval.args, type: 'tool_call' }],
  };
  const interrupt: LgInterrupt = {
    id: key,
    value: {
      action_requests: [{ name: approval.action, args: approval.args, description }],
      review_configs: [{ action_name: approval.action, allowed_decisions: ['approve', 'reject'] }],
    },
  };
  return { message, interrupt };
}

/** Dict-shaped UUID (8-4-4-4-12 hex) from any text: checkpoint ids that clients treat as opaque. */
export function stableUuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** One streamed piece of the answer, as the `messages` stream mode carries it. */
export const answerChunk = (runId: string, text: string) => ({
  ...make('ai', answerMessageId(runId), text),
  type: 'AIMessageChunk' as const,
  tool_call_chunks: [],
});
