import { JobpilotError } from '../../errors.ts';
import { type RunRequest, runRequestSchema } from '../../protocol/api.ts';
import { type LgRunCreate, type LgStreamMode, lgStreamModes } from '../../protocol/langgraph-api.ts';

const badRequest = (message: string) => new JobpilotError('BAD_REQUEST', message);

/** The text of a message's content: a string, or its text blocks joined; other blocks are refused. */
function textOf(content: string | { type: string; text?: string | undefined }[]): string {
  if (typeof content === 'string') return content;
  const other = content.find((block) => block.type !== 'text');
  if (other) throw badRequest(`Only text messages are understood: a "${other.type}" content block cannot be read.`);
  return content.map((block) => block.text ?? '').join('\n');
}

const humanTypes: ReadonlySet<string> = new Set(['human', 'user']);

/**
 * A human-in-the-loop answer as approved or not: `{"decisions": [{"type": "approve"}]}` (what
 * agent-chat-ui and LangChain's HITL middleware send), the older agent-inbox list
 * `[{"type": "accept"}]` / `[{"type": "ignore"}]`, or a plain boolean / `{"approved": …}`.
 */
function approvedFrom(resume: unknown): boolean {
  if (typeof resume === 'boolean') return resume;
  const decisions = Array.isArray(resume)
    ? resume
    : typeof resume === 'object' && resume !== null && Array.isArray((resume as { decisions?: unknown }).decisions)
      ? (resume as { decisions: unknown[] }).decisions
      : null;
  if (decisions === null) {
    const approved = (resume as { approved?: unknown } | null)?.approved;
    if (typeof approved === 'boolean') return approved;
    throw badRequest('command.resume must be {"decisions": [{"type": "approve"}]} or [{"type": "reject"}]: the answer to the step waiting for approval.');
  }
  if (decisions.length !== 1) throw badRequest(`command.resume.decisions must hold exactly one decision (one step waits for approval); it has ${decisions.length}.`);
  const type = (decisions[0] as { type?: unknown } | null)?.type;
  if (type === 'approve' || type === 'accept') return true;
  if (type === 'reject' || type === 'ignore') return false;
  throw badRequest(`The decision ${JSON.stringify(type)} is not supported: answer "approve" or "reject" (jobpilot runs a step as planned or not at all; it does not edit a step's arguments).`);
}

/**
 * A LangGraph run request as jobpilot's own: the last human message starts a turn, a
 * `command.resume` answers the approval. Throws `BAD_REQUEST` naming what is wrong.
 *
 * @example
 * toRunRequest({ assistant_id: 'jobpilot', input: { messages: [{ type: 'human', content: 'hi' }] } }); // { message: 'hi' }
 */
export function toRunRequest(body: LgRunCreate): RunRequest {
  const resume = body.command?.resume;
  if (body.command && resume === undefined) throw badRequest('command must have "resume" (the answer to the approval); goto and update are not supported.');
  if (resume !== undefined && body.input) throw badRequest('Send either input (a new message) or command.resume (an approval answer), not both.');
  if (resume !== undefined) return { resume: { approved: approvedFrom(resume) } };
  const messages = body.input?.messages ?? [];
  const human = messages.findLast((message) => humanTypes.has(message.type ?? message.role ?? ''));
  if (!human) throw badRequest('input.messages must end with a human message ({"type": "human", "content": "…"}), or send command.resume to answer an approval.');
  const parsed = runRequestSchema.safeParse({ message: textOf(human.content) });
  if (!parsed.success) throw badRequest(`The human message: ${parsed.error.issues[0]?.message ?? 'not a message'} (1–20 000 characters).`);
  return parsed.data;
}

/** The stream modes asked for (values by default); modes jobpilot does not serve are refused. */
export function streamModesOf(body: Pick<LgRunCreate, 'stream_mode'>): Set<LgStreamMode> {
  const asked = body.stream_mode == null ? ['values'] : [body.stream_mode].flat();
  const modes = new Set<LgStreamMode>();
  for (const mode of asked.length === 0 ? ['values'] : asked) {
    if (!(lgStreamModes as readonly string[]).includes(mode)) {
      throw badRequest(`The stream mode "${mode}" is not supported; use ${lgStreamModes.join(', ')}.`);
    }
    modes.add(mode as LgStreamMode);
  }
  return modes;
}

/** Refuses the multitask strategies jobpilot does not offer: a busy thread is always refused. */
export function checkMultitaskStrategy(body: Pick<LgRunCreate, 'multitask_strategy'>): void {
  const strategy = body.multitask_strategy;
  if (strategy != null && strategy !== 'reject') {
    throw badRequest(`multitask_strategy "${strategy}" is not supported: only "reject" (one run per thread; a busy thread answers 422 RUN_REJECTED).`);
  }
}
