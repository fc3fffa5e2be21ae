import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ThreadRow, ThreadsRepository } from '../../db/repositories/threads.ts';
import { publicThreadId, threadKey, threadStatus } from '../../db/repositories/threads.ts';
import type { TranscriptRepository } from '../../db/repositories/transcript.ts';
import type { UsageRepository } from '../../db/repositories/usage.ts';
import { JobpilotError } from '../../errors.ts';
import { type ThreadDetail, type ThreadSummary, threadIdSchema } from '../../protocol/api.ts';
import { validate } from '../validate.ts';

const paramsSchema = z.object({ thread_id: threadIdSchema });
const listQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });
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
}

/**
 * Listing, reading (with a paginated transcript) and deleting threads: each request sees
 * only its owner's threads (another owner's id is looked up under this owner's key, so it
 * is "no thread", the same answer as an id never used).
 */
export async function threadRoutes(app: FastifyInstance, deps: ThreadRouteDependencies): Promise<void> {
  app.get('/threads', async (request) => {
    const { limit } = validate(listQuerySchema, request.query, 'query');
    return { threads: (await deps.threads.list(limit, request.owner)).map(summaryOf) };
  });

  app.get('/threads/:thread_id', async (request): Promise<ThreadDetail> => {
    const { thread_id: threadId } = validate(paramsSchema, request.params, 'thread id');
    const { limit, before } = validate(detailQuerySchema, request.query, 'query');
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

  app.delete('/threads/:thread_id', async (request, reply) => {
    const { thread_id: threadId } = validate(paramsSchema, request.params, 'thread id');
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
