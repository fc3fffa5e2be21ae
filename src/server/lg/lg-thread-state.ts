import { EXECUTOR } from '../../graph/node-names.ts';
import type { ThreadRow, ThreadsRepository } from '../../db/repositories/threads.ts';
import { publicThreadId, threadKey, threadStatus } from '../../db/repositories/threads.ts';
import type { TranscriptRepository } from '../../db/repositories/transcript.ts';
import type { PendingApproval } from '../../protocol/api.ts';
import { lgGraphId } from '../../protocol/langgraph-api.ts';
import { type LgInterrupt, type LgMessage, approvalAsLg, stableUuid, toLgMessages, type TranscriptEntry } from './lg-messages.ts';
import { lgAssistantId } from './lg-assistant.ts';

/** The newest transcript messages a thread's `values.messages` holds (the stream's and history's alike). */
export const lgMessageLimit = 500;

export interface LgStateSources {
  threads: Pick<ThreadsRepository, 'get'>;
  transcript: Pick<TranscriptRepository, 'recentWithRuns'>;
}

/** What a thread is, read once: its row, its newest messages and the approval it waits for. */
export interface ThreadView {
  row: ThreadRow;
  /** The id its owner knows it by. */
  threadId: string;
  entries: (TranscriptEntry & { createdAt: Date })[];
  approval: PendingApproval | null;
}

/**
 * Reads `owner`'s thread `threadId` for the LangGraph routes; null when there is none.
 *
 * @example
 * const view = await readThreadView(deps, 'default', 'chat-1');
 */
export async function readThreadView(deps: LgStateSources, owner: string, threadId: string): Promise<ThreadView | null> {
  const key = threadKey(owner, threadId);
  const row = await deps.threads.get(key);
  if (!row) return null;
  const rows = await deps.transcript.recentWithRuns(key, lgMessageLimit);
  const entries = rows.map((message) => ({
    id: message.id,
    role: message.role,
    content: message.content,
    runId: message.run_id,
    createdAt: message.created_at,
  }));
  return { row, threadId: publicThreadId(row), entries, approval: row.pending_approval };
}

/** `values`: the messages (and the approval's question while one waits). */
export function threadValues(view: ThreadView): { messages: LgMessage[] } {
  const messages = toLgMessages(view.entries);
  if (view.approval) messages.push(approvalAsLg(view.threadId, view.approval).message);
  return { messages };
}

/** The interrupt a thread waits on, if any. */
export const threadInterrupt = (view: ThreadView): LgInterrupt | null =>
  view.approval ? approvalAsLg(view.threadId, view.approval).interrupt : null;

const taskIdFor = (view: ThreadView, interrupt: LgInterrupt) => stableUuid(view.row.thread_id, 'task', interrupt.id);

/** A thread's metadata as LangGraph clients filter on it: the graph, the assistant, its title. */
export const lgThreadMetadata = (title: string): Record<string, unknown> => ({
  graph_id: lgGraphId,
  assistant_id: lgAssistantId,
  ...(title ? { title } : {}),
});
const threadMetadata = (view: ThreadView) => lgThreadMetadata(view.row.title);

/** A thread as `GET /lg/threads/{id}` answers. */
export function lgThread(view: ThreadView) {
  const interrupt = threadInterrupt(view);
  const status = threadStatus(view.row);
  return {
    thread_id: view.threadId,
    created_at: view.row.created_at.toISOString(),
    updated_at: view.row.updated_at.toISOString(),
    metadata: threadMetadata(view),
    status: status === 'awaiting_approval' ? 'interrupted' : status,
    values: threadValues(view),
    interrupts: interrupt ? { [taskIdFor(view, interrupt)]: [interrupt] } : {},
  };
}

const checkpointOf = (view: ThreadView, checkpointId: string) => ({
  thread_id: view.threadId,
  checkpoint_ns: '',
  checkpoint_id: checkpointId,
  checkpoint_map: null,
});

/**
 * The thread's states, newest first: the state after each run's messages, the newest with
 * the approval it waits for. The newest is what `GET …/state` answers; each `values` is what
 * the stream of that run ended with.
 *
 * @example
 * const [current] = threadHistory(view);
 */
export function threadHistory(view: ThreadView) {
  const interrupt = threadInterrupt(view);
  const messages = toLgMessages(view.entries);
  // The ends of runs: a state after each run's last message.
  const ends: number[] = [];
  view.entries.forEach((entry, index) => {
    const next = view.entries[index + 1];
    if (!next || next.runId === null || next.runId !== entry.runId) ends.push(index + 1);
  });
  if (ends.length === 0) ends.push(0);
  const idFor = (end: number, withInterrupt: boolean) =>
    stableUuid(view.row.thread_id, String(view.entries[end - 1]?.id ?? 'empty'), withInterrupt && interrupt ? interrupt.id : '');
  const states = ends.map((end, index) => {
    const current = index === ends.length - 1;
    const waiting = current && interrupt !== null;
    const values = { messages: messages.slice(0, end).concat(waiting ? [approvalAsLg(view.threadId, view.approval as PendingApproval).message] : []) };
    const previous = index > 0 ? (ends[index - 1] as number) : null;
    const task = waiting
      ? [{ id: taskIdFor(view, interrupt), name: EXECUTOR, path: ['__pregel_pull', EXECUTOR], error: null, interrupts: [interrupt], checkpoint: null, state: null, result: null }]
      : [];
    return {
      values,
      next: waiting ? [EXECUTOR] : [],
      tasks: task,
      checkpoint: checkpointOf(view, idFor(end, waiting)),
      metadata: { source: 'loop', step: index, parents: {}, ...threadMetadata(view) },
      created_at: (view.entries[end - 1]?.createdAt ?? view.row.created_at).toISOString(),
      parent_checkpoint: previous === null ? null : checkpointOf(view, idFor(previous, false)),
      interrupts: waiting ? [interrupt] : [],
    };
  });
  return states.reverse();
}

/** `GET …/state`: the newest state. */
export const threadState = (view: ThreadView) => threadHistory(view)[0];
