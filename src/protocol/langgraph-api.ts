import { z } from 'zod';
import { threadIdSchema } from './api.ts';

/**
 * The request bodies of the LangGraph Agent Server API subset served under `/lg`
 * (docs/langgraph-api.md), as `@langchain/langgraph-sdk`'s `Client` sends them. Unknown
 * fields the SDK may send are accepted and ignored (it fills every optional field with
 * `undefined`, and newer SDKs add more); the fields jobpilot acts on are checked.
 */

/** The graph, assistant and only run target jobpilot offers. */
export const lgGraphId = 'jobpilot';

const metadataSchema = z.record(z.string(), z.unknown()).describe('Thread metadata: only "title" is kept (the thread\'s title).');

/** `POST /lg/threads`. */
export const lgThreadCreateSchema = z
  .object({
    thread_id: threadIdSchema.optional().describe('The id to use; a new UUID when absent.'),
    metadata: metadataSchema.nullish(),
    if_exists: z.enum(['raise', 'do_nothing']).nullish().describe('What to do when the thread exists: 409 (raise, the default) or return it.'),
  })
  .loose();

/** `PATCH /lg/threads/{thread_id}`. */
export const lgThreadPatchSchema = z
  .object({
    metadata: z
      .object({ title: z.string().trim().min(1).max(200).optional().describe('The thread\'s new title.') })
      .strict()
      .describe('Only "title" can be set: jobpilot keeps no other thread metadata.'),
  })
  .loose();

/** `POST /lg/threads/search`. */
export const lgThreadSearchSchema = z
  .object({
    metadata: z.record(z.string(), z.unknown()).nullish().describe('Threads whose metadata has these values (graph_id, assistant_id, title).'),
    status: z.enum(['idle', 'busy', 'interrupted', 'error']).nullish(),
    limit: z.number().int().min(1).max(500).nullish().describe('1–500, default 10.'),
    offset: z.number().int().min(0).nullish(),
    ids: z.array(threadIdSchema).max(500).nullish(),
  })
  .loose();

/** `POST /lg/assistants/search`. */
export const lgAssistantSearchSchema = z
  .object({
    graph_id: z.string().nullish(),
    name: z.string().nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
    limit: z.number().int().min(1).max(1000).nullish(),
    offset: z.number().int().min(0).nullish(),
  })
  .loose();

/** `POST /lg/threads/{thread_id}/history`. */
export const lgHistoryRequestSchema = z
  .object({
    limit: z.number().int().min(1).max(1000).nullish().describe('How many states, newest first (default 10).'),
    before: z
      .object({ configurable: z.object({ checkpoint_id: z.string().max(200) }).loose() })
      .loose()
      .nullish()
      .describe('Only states older than this checkpoint.'),
  })
  .loose();

/** A message as LangGraph clients send it: `{type|role, content}`, content text or text blocks. */
const inputMessageSchema = z
  .object({
    type: z.string().optional(),
    role: z.string().optional(),
    content: z.union([
      z.string(),
      z.array(z.object({ type: z.string(), text: z.string().optional() }).loose()),
    ]),
  })
  .loose();

/** The answer to a pending approval: the human-in-the-loop decisions agent-chat-ui sends. */
const decisionSchema = z.object({ type: z.string(), message: z.string().optional() }).loose();

/** `POST /lg/threads/{thread_id}/runs/stream` and `/runs/wait`. */
export const lgRunCreateSchema = z
  .object({
    assistant_id: z.string().min(1).max(200).describe('"jobpilot" or its assistant_id.'),
    input: z
      .object({ messages: z.array(inputMessageSchema).min(1).max(50) })
      .loose()
      .nullish()
      .describe('{"messages": [{"type": "human", "content": "…"}]}: the last human message starts a turn.'),
    command: z
      .object({
        resume: z.unknown().describe('{"decisions": [{"type": "approve"}]} or [{"type": "reject"}]: answers the pending approval.'),
      })
      .loose()
      .nullish(),
    stream_mode: z
      .union([z.string(), z.array(z.string()).max(10)])
      .nullish()
      .describe('values (default), messages-tuple, updates, custom; others are refused.'),
    multitask_strategy: z.string().nullish().describe('Only "reject" (the default): a busy thread answers 422 RUN_REJECTED.'),
    if_not_exists: z.enum(['create', 'reject']).nullish().describe('create: a missing thread is created; reject (default): 404.'),
    on_disconnect: z.enum(['cancel', 'continue']).nullish().describe('What a dropped stream does to the run: continue (default) or cancel.'),
    metadata: z.record(z.string(), z.unknown()).nullish(),
    checkpoint: z
      .object({ checkpoint_id: z.string().max(200).nullish() })
      .loose()
      .nullish()
      .describe('Only the thread\'s newest checkpoint: runs continue the one line of history (no branching from an older state).'),
    checkpoint_id: z.string().max(200).nullish(),
  })
  .loose();
export type LgRunCreate = z.infer<typeof lgRunCreateSchema>;

export const lgDecisionSchema = decisionSchema;

/** The stream modes jobpilot serves. */
export const lgStreamModes = ['values', 'messages-tuple', 'updates', 'custom'] as const;
export type LgStreamMode = (typeof lgStreamModes)[number];

/** `POST …/runs/{run_id}/cancel` query. */
/** The join stream's query: the modes to send a run in that another process started (the SDK's `joinStream` sends them). */
export const lgJoinStreamQuerySchema = z.object({
  stream_mode: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe('The stream modes of a run started on another server process (default: all supported); a run started on this process is sent in its own.'),
  cancel_on_disconnect: z.string().optional().describe('Accepted and ignored: leaving a join never cancels the run.'),
});

export const lgCancelQuerySchema = z.object({
  wait: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((value) => value === 'true' || value === '1')
    .describe('Answer 204 once the run has ended instead of 202 at once.'),
  action: z.enum(['interrupt', 'rollback']).optional().describe('Only "interrupt" (the default) is supported.'),
});

/** `GET /lg/threads/{thread_id}/runs` query. */
export const lgRunListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(10),
  offset: z.coerce.number().int().min(0).default(0),
  status: z.enum(['pending', 'running', 'success', 'error', 'timeout', 'interrupted']).optional(),
});

export const lgThreadParamsSchema = z.object({ thread_id: threadIdSchema });
export const lgRunParamsSchema = z.object({
  thread_id: threadIdSchema,
  run_id: z.string().regex(/^[0-9a-f-]{36}$/, 'A run id is a UUID.'),
});

// Answers: described loosely (the SDK's types are the contract; docs/langgraph-api.md lists the fields).
const anyObject = z.record(z.string(), z.unknown());
export const lgObjectAnswerSchema = anyObject;
export const lgListAnswerSchema = z.array(anyObject);
