import { describe, expect, it } from 'vitest';
import type { ThreadRow } from '../../src/db/repositories/threads.ts';
import { JobpilotError } from '../../src/errors.ts';
import { lgAssistantId } from '../../src/server/lg/lg-assistant.ts';
import { approvalAsLg, type LgMessage, toLgMessages } from '../../src/server/lg/lg-messages.ts';
import { checkMultitaskStrategy, streamModesOf, toRunRequest } from '../../src/server/lg/lg-run-request.ts';
import { isAfter, lgPartMapper, messagesBefore, parsePartId, partId, valuesParts } from '../../src/server/lg/lg-stream-parts.ts';
import { threadHistory, type ThreadView } from '../../src/server/lg/lg-thread-state.ts';

const human = (content: unknown) => ({ assistant_id: 'jobpilot', input: { messages: [{ type: 'human', content }] } }) as never;
const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(JobpilotError);
    expect((error as JobpilotError).code).toBe('BAD_REQUEST');
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('LangGraph run requests as jobpilot runs', () => {
  it('takes the last human message, as a string or text blocks', () => {
    expect(toRunRequest(human('find go jobs'))).toEqual({ message: 'find go jobs' });
    expect(toRunRequest(human([{ type: 'text', text: 'find' }, { type: 'text', text: 'go jobs' }]))).toEqual({ message: 'find\ngo jobs' });
    const conversation = { assistant_id: 'jobpilot', input: { messages: [{ role: 'user', content: 'first' }, { type: 'ai', content: 'x' }, { role: 'user', content: ' last ' }] } };
    expect(toRunRequest(conversation as never)).toEqual({ message: 'last' });
  });

  it('reads every human-in-the-loop answer shape as approved or not', () => {
    const resume = (value: unknown) => toRunRequest({ assistant_id: 'jobpilot', command: { resume: value } } as never);
    expect(resume({ decisions: [{ type: 'approve' }] })).toEqual({ resume: { approved: true } });
    expect(resume({ decisions: [{ type: 'reject', message: 'no' }] })).toEqual({ resume: { approved: false } });
    expect(resume([{ type: 'accept' }])).toEqual({ resume: { approved: true } });
    expect(resume([{ type: 'ignore' }])).toEqual({ resume: { approved: false } });
    expect(resume(true)).toEqual({ resume: { approved: true } });
    expect(resume({ approved: false })).toEqual({ resume: { approved: false } });
    expect(refusal(() => resume({ decisions: [{ type: 'edit' }] }))).toMatch(/"edit" is not supported/);
    expect(refusal(() => resume({ decisions: [] }))).toMatch(/exactly one decision/);
    expect(refusal(() => resume('yes'))).toMatch(/command.resume must be/);
  });

  it('refuses what it cannot run, saying why', () => {
    expect(refusal(() => toRunRequest(human('')))).toMatch(/empty/);
    expect(refusal(() => toRunRequest(human('x'.repeat(20_001))))).toMatch(/20 000/);
    expect(refusal(() => toRunRequest(human([{ type: 'image_url', image_url: 'x' }])))).toMatch(/"image_url"/);
    expect(refusal(() => toRunRequest({ assistant_id: 'jobpilot', input: { messages: [{ type: 'human', content: 'hi' }] }, command: { resume: true } } as never))).toMatch(/not both/);
    expect(refusal(() => toRunRequest({ assistant_id: 'jobpilot', command: { goto: 'x' } } as never))).toMatch(/goto/);
    expect(refusal(() => streamModesOf({ stream_mode: ['values', 'events'] }))).toMatch(/"events"/);
    expect(refusal(() => checkMultitaskStrategy({ multitask_strategy: 'rollback' }))).toMatch(/only "reject"/);
    expect([...streamModesOf({})]).toEqual(['values']);
    expect([...streamModesOf({ stream_mode: 'messages-tuple' })]).toEqual(['messages-tuple']);
  });
});

describe('transcript rows as LangGraph messages', () => {
  it('gives each run\'s question and answer stable ids, and older rows their row id', () => {
    const messages = toLgMessages([
      { id: '1', role: 'user', content: 'old', runId: null },
      { id: '2', role: 'user', content: 'hi', runId: 'r1' },
      { id: '3', role: 'assistant', content: 'hello', runId: 'r1' },
      { id: '4', role: 'assistant', content: 'a note', runId: 'r1' },
    ]);
    expect(messages.map((message) => [message.type, message.id])).toEqual([
      ['human', 'msg-1'],
      ['human', 'human-r1'],
      ['ai', 'ai-r1'],
      ['ai', 'ai-r1-2'],
    ]);
  });

  it('shows an approval as a question with the step and a HITL interrupt, the same ids every time', () => {
    const approval = { action: 'open_app', args: { name: 'slack' }, reason: 'opens an app', what: 'open Slack' };
    const first = approvalAsLg('t1', approval);
    expect(first.interrupt.value).toEqual({
      action_requests: [{ name: 'open_app', args: { name: 'slack' }, description: 'open Slack (opens an app)' }],
      review_configs: [{ action_name: 'open_app', allowed_decisions: ['approve', 'reject'] }],
    });
    expect(first.message.tool_calls).toEqual([{ id: expect.stringMatching(/^call-/), name: 'open_app', args: { name: 'slack' }, type: 'tool_call' }]);
    expect(approvalAsLg('t1', approval)).toEqual(first);
    expect(approvalAsLg('t2', approval).interrupt.id).not.toBe(first.interrupt.id);
  });

  it('is the UUIDv5 of the graph id, as the official server derives assistant ids', () => {
    expect(lgAssistantId).toBe('26a73f27-d9bb-5c01-9b74-bde87406588e');
  });
});

describe('run events as stream parts', () => {
  const toParts = (modes: string[]) => lgPartMapper({ runId: 'r1', threadId: 't1', modes: new Set(modes as never) });

  it('sends each event only in the modes asked for', () => {
    const delta = { type: 'message-delta', text: 'Hel' } as const;
    expect(toParts(['values'])(delta)).toEqual([]);
    expect(toParts(['messages-tuple'])(delta)).toEqual([
      { event: 'messages', data: [expect.objectContaining({ type: 'AIMessageChunk', id: 'ai-r1', content: 'Hel' }), expect.objectContaining({ langgraph_node: 'reception', run_id: 'r1' })] },
    ]);
    const end = { type: 'tool-call-end', index: 0, action: 'search_jobs', ok: true, summary: '3 jobs' } as const;
    expect(toParts(['custom', 'updates'])(end)).toEqual([
      { event: 'custom', data: end },
      { event: 'updates', data: { executor: { observation: { index: 0, action: 'search_jobs', ok: true, summary: '3 jobs', declined: false } } } },
    ]);
    expect(toParts(['updates'])({ type: 'message-end', text: 'Done.' })).toEqual([
      { event: 'updates', data: { reception: { messages: [expect.objectContaining({ type: 'ai', id: 'ai-r1', content: 'Done.' })] } } },
    ]);
  });

  it('always sends an error, in the official shape, and an approval as an updates interrupt', () => {
    expect(toParts([])({ type: 'error', code: 'MODEL_TIMEOUT', message: 'slow', retryable: true })).toEqual([{ event: 'error', data: { error: 'MODEL_TIMEOUT', message: 'slow' } }]);
    const [part] = toParts(['updates'])({ type: 'approval-request', action: 'take_screenshot', args: {}, reason: 'desktop' });
    expect(part).toEqual({ event: 'updates', data: { __interrupt__: [approvalAsLg('t1', { action: 'take_screenshot', args: {}, reason: 'desktop' }).interrupt] } });
    expect(valuesParts({ messages: [] }, null)).toEqual([{ event: 'values', data: { messages: [] } }]);
  });
});

describe('part ids', () => {
  it('reads a Last-Event-ID as a place: -1 or none before all, n.k one part, a bare n all of event n', () => {
    expect(parsePartId(undefined)).toEqual({ seq: -1, k: 0 });
    expect(parsePartId('-1')).toEqual({ seq: -1, k: 0 });
    expect(parsePartId('12.3')).toEqual({ seq: 12, k: 3 });
    expect(partId(parsePartId('12.3'))).toBe('12.3');
    expect(isAfter(parsePartId('0.0'), parsePartId('-1'))).toBe(true);
    expect(isAfter(parsePartId('4.0'), parsePartId('3.7'))).toBe(true);
    expect(isAfter(parsePartId('3.1'), parsePartId('3'))).toBe(false);
    expect(isAfter(parsePartId('3.1'), parsePartId('3.1'))).toBe(false);
  });

  it('re-derives the messages a run started with from the thread\'s messages now', () => {
    const message = (id: string, type: LgMessage['type'] = 'human'): LgMessage => ({ type, id, content: id, additional_kwargs: {}, response_metadata: {} });
    const messages = [message('human-r1'), message('ai-r1', 'ai'), message('human-r2'), message('ai-r2', 'ai'), message('ai-r3', 'ai')];
    // A turn: up to its human message.
    expect(messagesBefore(messages, 'r2').map((m) => m.id)).toEqual(['human-r1', 'ai-r1', 'human-r2']);
    // A resumed approval (no human message of its own): what came before its answer.
    expect(messagesBefore(messages, 'r3').map((m) => m.id)).toEqual(['human-r1', 'ai-r1', 'human-r2', 'ai-r2']);
    // Neither written yet: all of them.
    expect(messagesBefore(messages, 'r4')).toEqual(messages);
  });
});

describe('a thread\'s history', () => {
  const row = { thread_id: 't1', owner: 'default', title: 'hi', created_at: new Date(0), updated_at: new Date(0), active_run_id: null, pending_approval: null, run_in_progress: false } satisfies ThreadRow;
  const at = new Date(1000);
  const entries = [
    { id: '1', role: 'user' as const, content: 'hi', runId: 'r1', createdAt: at },
    { id: '2', role: 'assistant' as const, content: 'hello', runId: 'r1', createdAt: at },
    { id: '3', role: 'user' as const, content: 'open slack', runId: 'r2', createdAt: at },
  ];

  it('is a state after each run, newest first, linked by parent checkpoints, the newest with the approval', () => {
    const view: ThreadView = { row, threadId: 't1', entries, approval: { action: 'open_app', args: { name: 'slack' }, reason: 'opens an app' } };
    const history = threadHistory(view);
    expect(history.map((state) => state.values.messages.map((message) => message.id))).toEqual([
      ['human-r1', 'ai-r1', 'human-r2', expect.stringMatching(/^approval-/)],
      ['human-r1', 'ai-r1'],
    ]);
    expect(history[0]?.next).toEqual(['executor']);
    expect(history[0]?.tasks[0]?.interrupts).toHaveLength(1);
    expect(history[0]?.parent_checkpoint?.checkpoint_id).toBe(history[1]?.checkpoint.checkpoint_id);
    expect(history[1]?.parent_checkpoint).toBeNull();
    // The same thread read again: the same checkpoint ids.
    expect(threadHistory(view).map((state) => state.checkpoint.checkpoint_id)).toEqual(history.map((state) => state.checkpoint.checkpoint_id));
  });

  it('is one empty state for a new thread', () => {
    const history = threadHistory({ row, threadId: 't1', entries: [], approval: null });
    expect(history).toHaveLength(1);
    expect(history[0]?.values).toEqual({ messages: [] });
  });
});
