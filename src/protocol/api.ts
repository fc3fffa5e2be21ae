import { z } from 'zod';
import { usageTotalsSchema } from './events.ts';

/** Thread ids: 1–128 characters of `[A-Za-z0-9._:-]`. */
export const threadIdSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9._:-]{1,128}$/,
    'A thread id is 1–128 characters of letters, digits, ".", "_", ":" or "-".',
  );

export const runRequestSchema = z.union([
  z.object({ message: z.string().trim().min(1, 'The message is empty.').max(20_000) }).strict(),
  z.object({ resume: z.object({ approved: z.boolean() }).strict() }).strict(),
]);
export type RunRequest = z.infer<typeof runRequestSchema>;

export const threadStatusSchema = z.enum(['idle', 'busy', 'awaiting_approval']);
export type ThreadStatus = z.infer<typeof threadStatusSchema>;

export const threadSummarySchema = z.object({
  thread_id: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  status: threadStatusSchema,
  title: z.string(),
});
export type ThreadSummary = z.infer<typeof threadSummarySchema>;

export const transcriptMessageSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string(),
  created_at: z.string(),
});

export const pendingApprovalSchema = z.object({
  action: z.string(),
  args: z.record(z.string(), z.unknown()),
  reason: z.string(),
});
export type PendingApproval = z.infer<typeof pendingApprovalSchema>;

export const threadDetailSchema = threadSummarySchema.extend({
  messages: z.array(transcriptMessageSchema),
  /** Pass as `before` to get the page of older messages; null when there are none. */
  next_before: z.string().nullable(),
  pending_approval: pendingApprovalSchema.nullable(),
  /** The thread's model calls and tokens, all runs together (zeros for the rules planner). */
  usage: usageTotalsSchema,
});
export type ThreadDetail = z.infer<typeof threadDetailSchema>;

export const threadListSchema = z.object({ threads: z.array(threadSummarySchema) });

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
