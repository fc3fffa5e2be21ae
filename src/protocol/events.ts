import { z } from 'zod';

/**
 * The run stream's events: one discriminated union shared by the server and the CLI.
 * On the wire each is `id: <n>` + `event: <type>` + `data: <JSON of the rest>`.
 */
export const runStatusSchema = z.enum(['completed', 'awaiting_approval', 'failed', 'cancelled']);
export type RunStatus = z.infer<typeof runStatusSchema>;

const args = z.record(z.string(), z.unknown());

/** Model calls and their tokens, summed over a run or a thread. */
export const usageTotalsSchema = z.object({
  model_calls: z.number().int(),
  input_tokens: z.number().int(),
  output_tokens: z.number().int(),
});
export type UsageTotals = z.infer<typeof usageTotalsSchema>;

export const runEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('run-start'),
    run_id: z.string(),
    thread_id: z.string(),
    /** How long the turn waited for one of the server's turn slots before it started (ms; 0: none was busy). */
    queued_ms: z.number().nonnegative().optional(),
  }),
  z.object({
    type: z.literal('plan'),
    index: z.number().int(),
    action: z.string(),
    args,
    reason: z.string().optional(),
  }),
  z.object({
    type: z.literal('tool-call-start'),
    index: z.number().int(),
    action: z.string(),
    args,
  }),
  z.object({
    type: z.literal('tool-progress'),
    index: z.number().int(),
    action: z.string(),
    /** What the step is producing, in pieces (e.g. a cover letter's text as the model writes it). */
    text: z.string(),
  }),
  z.object({
    type: z.literal('tool-call-end'),
    index: z.number().int(),
    action: z.string(),
    ok: z.boolean(),
    /** Set when the person declined the step: it did not run (not a failure). */
    declined: z.literal(true).optional(),
    summary: z.string(),
    data: z.record(z.string(), z.unknown()).optional(),
  }),
  z.object({
    type: z.literal('approval-request'),
    action: z.string(),
    args,
    reason: z.string(),
    /** `outside_text`: a desktop step asks because the thread has read text from outside. */
    cause: z.literal('outside_text').optional(),
    /** What the step will do, in words, its job or file resolved ("open https://… (Data Analyst at Acme) in your browser"). */
    what: z.string().optional(),
  }),
  z.object({ type: z.literal('message-delta'), text: z.string() }),
  z.object({ type: z.literal('message-end'), text: z.string() }),
  z.object({
    type: z.literal('error'),
    code: z.string(),
    message: z.string(),
    retryable: z.boolean(),
  }),
  z.object({
    type: z.literal('run-end'),
    run_id: z.string(),
    status: runStatusSchema,
    /** The run's model calls and tokens; absent when the server keeps no usage. */
    usage: usageTotalsSchema.optional(),
    /** How long the run waited for a turn slot in all (ms): before it started and after each model call. */
    queued_ms: z.number().nonnegative().optional(),
  }),
]);

export type RunEvent = z.infer<typeof runEventSchema>;
export type RunEventType = RunEvent['type'];

/** Parses one SSE message (its `event:` name and `data:` JSON) into a typed event. */
export function parseRunEvent(eventName: string, data: string): RunEvent {
  return runEventSchema.parse({ ...JSON.parse(data), type: eventName });
}
