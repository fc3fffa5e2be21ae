import type { RunEvent } from '../../protocol/events.ts';
import type { LgStreamMode } from '../../protocol/langgraph-api.ts';
import { EXECUTOR, PLANNER, RECEPTION } from '../../graph/node-names.ts';
import { answerChunk, answerMessageId, approvalAsLg, type LgInterrupt, type LgMessage } from './lg-messages.ts';

/** One event of a LangGraph run stream: its SSE `event:` name and its `data`. */
export interface LgStreamPart {
  event: string;
  data: unknown;
}

/**
 * Maps one run's protocol events to the LangGraph stream parts its client asked for
 * (`modes`): answer pieces to `messages` tuples, node events to `custom` (as they are) and
 * `updates` (keyed by node), an approval to an `updates` interrupt, an error to `error`.
 * `values` are not here: the stream writes them from the thread itself (`valuesParts`), so
 * they are what the thread's state says. Pure: the same events give the same parts.
 *
 * @example
 * const toParts = lgPartMapper({ runId, threadId, modes: new Set(['messages-tuple']) });
 * toParts({ type: 'message-delta', text: 'Hi' }); // [{ event: 'messages', data: [chunk, metadata] }]
 */
export function lgPartMapper(run: { runId: string; threadId: string; modes: ReadonlySet<LgStreamMode> }) {
  const { runId, threadId, modes } = run;
  const metadataOf = (node: string) => ({ run_id: runId, thread_id: threadId, langgraph_node: node, langgraph_checkpoint_ns: '' });
  return (event: RunEvent): LgStreamPart[] => {
    const parts: LgStreamPart[] = [];
    const update = (node: string, value: unknown) => {
      if (modes.has('updates')) parts.push({ event: 'updates', data: { [node]: value } });
    };
    const custom = () => {
      if (modes.has('custom')) parts.push({ event: 'custom', data: event });
    };
    switch (event.type) {
      case 'message-delta':
        if (modes.has('messages-tuple')) parts.push({ event: 'messages', data: [answerChunk(runId, event.text), metadataOf(RECEPTION)] });
        break;
      case 'message-end': {
        const message: LgMessage = {
          type: 'ai',
          id: answerMessageId(runId),
          content: event.text,
          additional_kwargs: {},
          response_metadata: {},
          tool_calls: [],
          invalid_tool_calls: [],
        };
        update(RECEPTION, { messages: [message] });
        break;
      }
      case 'plan':
        custom();
        update(PLANNER, { plan: { index: event.index, action: event.action, args: event.args, reason: event.reason ?? null } });
        break;
      case 'tool-call-start':
      case 'tool-progress':
        custom();
        break;
      case 'tool-call-end':
        custom();
        update(EXECUTOR, {
          observation: { index: event.index, action: event.action, ok: event.ok, summary: event.summary, declined: event.declined ?? false },
        });
        break;
      case 'approval-request': {
        const approval = { action: event.action, args: event.args, reason: event.reason, ...(event.what ? { what: event.what } : {}) };
        if (modes.has('updates')) parts.push({ event: 'updates', data: { __interrupt__: [approvalAsLg(threadId, approval).interrupt] } });
        break;
      }
      case 'error':
        parts.push({ event: 'error', data: { error: event.code, message: event.message } });
        break;
      case 'run-start':
      case 'run-end':
        break;
    }
    return parts;
  };
}

/**
 * The `values` parts for a thread state: its values, then (while it waits for an approval)
 * the interrupt as LangGraph streams it, `{"__interrupt__": [...]}`.
 *
 * @example
 * const parts = valuesParts({ messages }, interrupt);
 */
export function valuesParts(values: { messages: LgMessage[] }, interrupt: LgInterrupt | null): LgStreamPart[] {
  const parts: LgStreamPart[] = [{ event: 'values', data: values }];
  if (interrupt) parts.push({ event: 'values', data: { __interrupt__: [interrupt] } });
  return parts;
}

/**
 * Where a part stands in its run: `seq` the stored event it comes from (0 for the parts sent
 * before the first event: `metadata` and the first `values`), `k` its place among that event's
 * parts. Sent as the SSE id `${seq}.${k}`, so any process re-derives the same ids from the
 * stored events (`runs.join`) and a `Last-Event-ID` names a place in every process's stream.
 */
export interface PartPlace {
  seq: number;
  k: number;
}

/** The SSE id of a part. */
export const partId = ({ seq, k }: PartPlace): string => `${seq}.${k}`;

/**
 * A `Last-Event-ID` as a place: `-1` (or none) is before everything, `n.k` that part, a bare
 * `n` every part of event `n`.
 *
 * @example
 * parsePartId('4.1'); // { seq: 4, k: 1 }
 */
export function parsePartId(id: string | undefined): PartPlace {
  if (id === undefined || id === '-1') return { seq: -1, k: 0 };
  const [seq, k] = id.split('.');
  return { seq: Number(seq), k: k === undefined ? Number.POSITIVE_INFINITY : Number(k) };
}

/** Whether place `a` comes after place `b`. */
export const isAfter = (a: PartPlace, b: PartPlace): boolean => a.seq > b.seq || (a.seq === b.seq && a.k > b.k);

/**
 * The messages a run's first `values` part showed, re-derived from the thread's messages now:
 * up to and with the run's human message (`human-<runId>`), or, for a run that answered an
 * approval, those before its answer (`ai-<runId>`); all of them while neither is there yet.
 *
 * @example
 * messagesBefore(messages, runId);
 */
export function messagesBefore(messages: LgMessage[], runId: string): LgMessage[] {
  const human = messages.findIndex((message) => message.id === `human-${runId}`);
  if (human >= 0) return messages.slice(0, human + 1);
  const answer = messages.findIndex((message) => message.id === answerMessageId(runId));
  return answer >= 0 ? messages.slice(0, answer) : messages;
}
