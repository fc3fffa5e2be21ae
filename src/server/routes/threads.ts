import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ThreadRow, ThreadsRepository } from '../../db/repositories/threads.ts';
import { publicThreadId, threadKey, threadStatus } from '../../db/repositories/threads.ts';
import type { TranscriptRepository } from '../../db/repositories/transcript.ts';
import type { UsageRepository } from '../../db/repositories/usage.ts';
import { JobpilotError } from '../../errors.ts';
import { type ThreadSummary, threadDetailSchema, threadIdSchema, threadListSchema, threadSummarySchema, threadUpdateSchema } from '../../protocol/api.ts';

const paramsSchema = z.object({ thread_id: threadIdSchema });
const listQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100).describe('How many threads, newest first (1–500).') });
const detailQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z
    .string()
    .regex(/^\d{1,18}$/, 'before is a message cursor from next_before')
    .optional(),
});

const summaryOf = (row: ThreadRow): ThreadSummary => ({
  thread_id: publicThreadId(row),
  created_at: row.created_at.toISOString(),
  updated_at: row.updated_at.toISOString(),
  status: threadStatus(row),
  title: row.title,
});

const notFound = (threadId: string) =>
  new JobpilotError(
    'THREAD_NOT_FOUND',
    `No thread "${threadId}". Start one with POST /v1/threads/${threadId}/runs.`,
  );

export interface ThreadRouteDependencies {
  threads: ThreadsRepository;
  transcript: TranscriptRepository;
  usage: UsageRepository;
  /** Deletes the thread stored under this key (`threadKey`). */
  deleteThread: (threadKey: string) => Promise<'deleted' | 'busy' | 'missing'>;
  /** `JOBPILOT_TIME_ZONE`: named in the list so clients show its times in it. */
  timeZone?: string | undefined;
}

/**
 * Listing, reading (with a paginated transcript), renaming and deleting threads: each request sees
 * only its owner's threads (another owner's id is looked up under this owner's key, so it
 * is "no thread", the same answer as an id never used).
 */
export async function threadRoutes(app: FastifyInstance, deps: ThreadRouteDependencies): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/threads', { schema: { querystring: listQuerySchema, response: { 200: threadListSchema } } }, async (request) => {
    const { limit } = request.query;
    const threads = (await deps.threads.list(limit, request.owner)).map(summaryOf);
    return deps.timeZone ? { threads, time_zone: deps.timeZone } : { threads };
  });

  const detailSchema = { params: paramsSchema, querystring: detailQuerySchema, response: { 200: threadDetailSchema } };
  api.get('/threads/:thread_id', { schema: detailSchema }, async (request) => {
    const { thread_id: threadId } = request.params;
    const { limit, before } = request.query;
    const key = threadKey(request.owner, threadId);
    const row = await deps.threads.get(key);
    if (!row) throw notFound(threadId);
    const [page, usage] = await Promise.all([
      deps.transcript.page(key, { limit, before }),
      deps.usage.forThread(key),
    ]);
    return {
      ...summaryOf(row),
      messages: page.messages.map((message) => ({
        role: message.role,
        content: message.content,
        created_at: message.created_at.toISOString(),
      })),
      next_before: page.nextBefore,
      pending_approval: row.pending_approval,
      usage,
    };
  });

  const renameSchema = { params: paramsSchema, body: threadUpdateSchema, response: { 200: threadSummarySchema } };
  api.patch('/threads/:thread_id', { schema: renameSchema }, async (request) => {
    const { thread_id: threadId } = request.params;
    const row = await deps.threads.rename(threadKey(request.owner, threadId), request.body.title);
    if (!row) throw notFound(threadId);
    return summaryOf(row);
  });

  const deleteSchema = { params: paramsSchema, response: { 204: z.undefined().describe('Deleted.') } };
  api.delete('/threads/:thread_id', { schema: deleteSchema }, async (request, reply) => {
    const { thread_id: threadId } = request.params;
    const outcome = await deps.deleteThread(threadKey(request.owner, threadId));
    if (outcome === 'missing') throw notFound(threadId);
    if (outcome === 'busy') {
      throw new JobpilotError(
        'THREAD_BUSY',
        `Thread "${threadId}" has a run in progress; cancel it or wait, then delete.`,
      );
    }
    return reply.status(204).send();
  });
}
