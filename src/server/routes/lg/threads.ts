import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ThreadsRepository } from '../../../db/repositories/threads.ts';
import { publicThreadId, threadKey, threadStatus } from '../../../db/repositories/threads.ts';
import type { TranscriptRepository } from '../../../db/repositories/transcript.ts';
import { JobpilotError } from '../../../errors.ts';
import {
  lgHistoryRequestSchema,
  lgListAnswerSchema,
  lgObjectAnswerSchema,
  lgThreadCreateSchema,
  lgThreadParamsSchema,
  lgThreadPatchSchema,
  lgThreadSearchSchema,
} from '../../../protocol/langgraph-api.ts';
import { lgThread, lgThreadMetadata, readThreadView, threadHistory, threadState, type ThreadView } from '../../lg/lg-thread-state.ts';

export interface LgThreadRouteDependencies {
  threads: ThreadsRepository;
  transcript: TranscriptRepository;
  deleteThread: (threadKey: string) => Promise<'deleted' | 'busy' | 'missing'>;
}

const notFound = (threadId: string) => new JobpilotError('THREAD_NOT_FOUND', `No thread "${threadId}". Create it with POST /lg/threads.`);

/** Whether a thread's metadata has every value of `filter` (graph_id, assistant_id, title). */
const metadataMatches = (metadata: Record<string, unknown>, filter: Record<string, unknown> | null | undefined) =>
  Object.entries(filter ?? {}).every(([key, value]) => metadata[key] === value);

/**
 * Threads as the LangGraph API shows them: the owner's jobpilot threads, their values read
 * from the transcript, their state and history (docs/langgraph-api.md).
 */
export async function lgThreadRoutes(app: FastifyInstance, deps: LgThreadRouteDependencies): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const viewOf = async (owner: string, threadId: string): Promise<ThreadView> => {
    const view = await readThreadView(deps, owner, threadId);
    if (!view) throw notFound(threadId);
    return view;
  };

  api.post('/threads', { schema: { body: lgThreadCreateSchema, response: { 200: lgObjectAnswerSchema } } }, async (request) => {
    const { thread_id: given, metadata, if_exists: ifExists } = request.body;
    const threadId = given ?? randomUUID();
    const key = threadKey(request.owner, threadId);
    if (await deps.threads.get(key)) {
      if (ifExists !== 'do_nothing') throw new JobpilotError('THREAD_EXISTS', `Thread "${threadId}" already exists (send "if_exists": "do_nothing" to get it instead).`);
    } else {
      await deps.threads.ensure(key, request.owner);
      const title = metadata?.title;
      if (typeof title === 'string' && title.trim() !== '') await deps.threads.setTitleIfEmpty(key, title.trim().slice(0, 200));
    }
    return lgThread(await viewOf(request.owner, threadId));
  });

  api.post('/threads/search', { schema: { body: lgThreadSearchSchema, response: { 200: lgListAnswerSchema } } }, async (request) => {
    const { metadata, status, ids, limit, offset } = request.body;
    const rows = await deps.threads.list(500, request.owner);
    const wanted = ids ? new Set(ids) : null;
    // Filtered on the rows, so only the page's threads have their messages read.
    const page = rows
      .filter((row) => {
        const id = publicThreadId(row);
        const state = threadStatus(row);
        const lgStatus = state === 'awaiting_approval' ? 'interrupted' : state;
        return (!wanted || wanted.has(id)) && (status == null || lgStatus === status) && metadataMatches(lgThreadMetadata(row.title), metadata);
      })
      .slice(offset ?? 0, (offset ?? 0) + (limit ?? 10));
    const views = await Promise.all(page.map((row) => readThreadView(deps, request.owner, publicThreadId(row))));
    return views.filter((view): view is ThreadView => view !== null).map(lgThread);
  });

  const byId = { params: lgThreadParamsSchema, response: { 200: lgObjectAnswerSchema } };
  api.get('/threads/:thread_id', { schema: byId }, async (request) => lgThread(await viewOf(request.owner, request.params.thread_id)));

  api.patch('/threads/:thread_id', { schema: { ...byId, body: lgThreadPatchSchema } }, async (request) => {
    const { thread_id: threadId } = request.params;
    const title = request.body.metadata.title;
    if (title !== undefined && !(await deps.threads.setTitle(threadKey(request.owner, threadId), title))) throw notFound(threadId);
    return lgThread(await viewOf(request.owner, threadId));
  });

  api.delete('/threads/:thread_id', { schema: { params: lgThreadParamsSchema, response: { 204: z.undefined().describe('Deleted.') } } }, async (request, reply) => {
    const { thread_id: threadId } = request.params;
    const outcome = await deps.deleteThread(threadKey(request.owner, threadId));
    if (outcome === 'missing') throw notFound(threadId);
    if (outcome === 'busy') throw new JobpilotError('THREAD_BUSY', `Thread "${threadId}" has a run in progress; cancel it or wait, then delete.`);
    return reply.status(204).send();
  });

  api.get('/threads/:thread_id/state', { schema: byId }, async (request) => threadState(await viewOf(request.owner, request.params.thread_id)));

  api.post(
    '/threads/:thread_id/history',
    { schema: { params: lgThreadParamsSchema, body: lgHistoryRequestSchema, response: { 200: lgListAnswerSchema } } },
    async (request) => {
      const { limit, before } = request.body;
      let states = threadHistory(await viewOf(request.owner, request.params.thread_id));
      const beforeId = before?.configurable.checkpoint_id;
      if (beforeId !== undefined) {
        const at = states.findIndex((state) => state.checkpoint.checkpoint_id === beforeId);
        states = at === -1 ? [] : states.slice(at + 1);
      }
      return states.slice(0, limit ?? 10);
    },
  );
}
