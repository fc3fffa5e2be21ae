import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { threadKey } from '../../../db/repositories/threads.ts';
import type { ThreadsRepository } from '../../../db/repositories/threads.ts';
import type { TranscriptRepository } from '../../../db/repositories/transcript.ts';
import { JobpilotError } from '../../../errors.ts';
import {
  lgCancelQuerySchema,
  lgGraphId,
  lgListAnswerSchema,
  lgObjectAnswerSchema,
  lgJoinStreamQuerySchema,
  lgRunCreateSchema,
  type LgRunCreate,
  lgRunListQuerySchema,
  lgRunParamsSchema,
  lgThreadParamsSchema,
  type LgStreamMode,
  lgStreamModes,
} from '../../../protocol/langgraph-api.ts';
import { cancelOnDisconnect } from '../../cancel-on-disconnect.ts';
import { isLgAssistant } from '../../lg/lg-assistant.ts';
import { checkMultitaskStrategy, streamModesOf, toRunRequest } from '../../lg/lg-run-request.ts';
import { type LgRun, type LgRuns, lgRunRecord } from '../../lg/lg-runs.ts';
import { writeLgStream } from '../../lg/lg-sse.ts';
import { readThreadView, threadInterrupt, threadState, threadValues } from '../../lg/lg-thread-state.ts';

export interface LgRunRouteDependencies {
  lgRuns: LgRuns;
  threads: ThreadsRepository;
  transcript: TranscriptRepository;
  keepAliveMs: number;
}

const streamAnswer = {
  description: 'Server-Sent Events as the LangGraph API streams them: `metadata` first, then `values`, `messages` ([chunk, metadata]), `updates`, `custom` and `error` events, each with an `id:` (docs/langgraph-api.md).',
  content: { 'text/event-stream': { schema: z.string() } },
};

/** The run's address, as `Content-Location` gives it (the SDK reads the run id from it). */
const runLocation = (threadId: string, runId: string) => `/lg/threads/${threadId}/runs/${runId}`;

/**
 * Where a dropped run stream is joined again, as the Agent Server's `Location` says it: relative
 * to the API's root (the SDK prefixes its `apiUrl`, which ends in /lg), with the run's stream
 * modes, so a join on any server process sends the parts the run was started with.
 */
const runStreamLocation = (threadId: string, runId: string, modes: ReadonlySet<string>) =>
  `/threads/${threadId}/runs/${runId}/stream?${[...modes].map((mode) => `stream_mode=${encodeURIComponent(mode)}`).join('&')}`;

/**
 * Runs on a thread through the LangGraph API: stream, wait, list, read, join, cancel. Every
 * run goes through the run service (one run per thread; a busy thread is 422 RUN_REJECTED,
 * as the official server answers with multitask_strategy reject).
 */
export async function lgRunRoutes(app: FastifyInstance, deps: LgRunRouteDependencies): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  /** Checks the request, then starts the run (refusals are JSON answers before any event). */
  async function startRun(request: FastifyRequest, threadId: string, body: LgRunCreate, modes: ReadonlySet<LgStreamMode>): Promise<LgRun> {
    if (!isLgAssistant(body.assistant_id)) {
      throw new JobpilotError('NOT_FOUND', `No assistant "${body.assistant_id}": this server has one, "${lgGraphId}".`);
    }
    checkMultitaskStrategy(body);
    const runRequest = toRunRequest(body);
    const view = await readThreadView(deps, request.owner, threadId);
    if (body.if_not_exists !== 'create' && !view) {
      throw new JobpilotError('THREAD_NOT_FOUND', `No thread "${threadId}". Create it with POST /lg/threads, or send "if_not_exists": "create".`);
    }
    const from = body.checkpoint?.checkpoint_id ?? body.checkpoint_id;
    if (from != null && (!view || threadState(view)?.checkpoint.checkpoint_id !== from)) {
      throw new JobpilotError('BAD_REQUEST', `Checkpoint "${from}" is not the thread's newest: jobpilot keeps one line of history, so a run continues from the newest state (editing or regenerating an earlier message is not supported).`);
    }
    return deps.lgRuns.start(request.owner, threadId, runRequest, { modes, metadata: body.metadata ?? {} });
  }

  /** Cancels `run` when the client goes away, if it asked for that. */
  function cancelWhenGone(request: FastifyRequest, reply: FastifyReply, run: LgRun, onDisconnect: LgRunCreate['on_disconnect']): AbortSignal {
    const signal = cancelOnDisconnect(request, reply);
    if (onDisconnect === 'cancel') signal.addEventListener('abort', () => run.cancel(), { once: true });
    return signal;
  }

  /** What `wait` and `join` answer: the thread's values when the run ended, its interrupt or its error. */
  async function finalValues(owner: string, threadId: string, runId: string, signal: AbortSignal) {
    const ended = await deps.lgRuns.outcome(owner, threadId, runId, signal);
    if (ended.status === 'error') return { __error__: ended.error };
    const view = await readThreadView(deps, owner, threadId);
    if (!view) return {};
    const interrupt = threadInterrupt(view);
    return { ...threadValues(view), ...(interrupt ? { __interrupt__: [interrupt] } : {}) };
  }

  const create = { params: lgThreadParamsSchema, body: lgRunCreateSchema };
  api.post('/threads/:thread_id/runs/stream', { schema: { ...create, response: { 200: streamAnswer } } }, async (request, reply) => {
    const { thread_id: threadId } = request.params;
    const modes = streamModesOf(request.body);
    const run = await startRun(request, threadId, request.body, modes);
    const signal = cancelWhenGone(request, reply, run, request.body.on_disconnect);
    reply.hijack();
    try {
      await writeLgStream(reply.raw, run.partsAfter({ seq: -1, k: 0 }, signal), {
        keepAliveMs: deps.keepAliveMs,
        signal,
        headers: { 'content-location': runLocation(threadId, run.runId), location: runStreamLocation(threadId, run.runId, modes) },
      });
    } catch (error) {
      request.log.error({ err: error, threadId }, 'lg run stream failed');
      if (!reply.raw.writableEnded) reply.raw.end();
    }
  });

  api.post('/threads/:thread_id/runs/wait', { schema: { ...create, response: { 200: lgObjectAnswerSchema } } }, async (request, reply) => {
    const { thread_id: threadId } = request.params;
    const run = await startRun(request, threadId, request.body, new Set(['values']));
    const signal = cancelWhenGone(request, reply, run, request.body.on_disconnect);
    void reply.header('content-location', runLocation(threadId, run.runId));
    return finalValues(request.owner, threadId, run.runId, signal);
  });

  api.get(
    '/threads/:thread_id/runs',
    { schema: { params: lgThreadParamsSchema, querystring: lgRunListQuerySchema, response: { 200: lgListAnswerSchema } } },
    async (request) => {
      const { thread_id: threadId } = request.params;
      const { limit, offset, status } = request.query;
      if (!(await deps.threads.get(threadKey(request.owner, threadId)))) throw new JobpilotError('THREAD_NOT_FOUND', `No thread "${threadId}".`);
      return (await deps.lgRuns.list(request.owner, threadId))
        .filter((run) => status === undefined || run.status === status)
        .slice(offset, offset + limit)
        .map(lgRunRecord);
    },
  );

  const byRun = { params: lgRunParamsSchema };
  api.get('/threads/:thread_id/runs/:run_id', { schema: { ...byRun, response: { 200: lgObjectAnswerSchema } } }, async (request) => {
    const { thread_id: threadId, run_id: runId } = request.params;
    return lgRunRecord(await deps.lgRuns.get(request.owner, threadId, runId));
  });

  api.get('/threads/:thread_id/runs/:run_id/join', { schema: { ...byRun, response: { 200: lgObjectAnswerSchema } } }, async (request, reply) => {
    const { thread_id: threadId, run_id: runId } = request.params;
    return finalValues(request.owner, threadId, runId, cancelOnDisconnect(request, reply));
  });

  const lastEventIdSchema = z.object({
    'last-event-id': z
      .string()
      .regex(/^(-1|\d{1,9}(\.\d{1,6})?)$/, 'Last-Event-ID is the id of the last part received ("<seq>.<k>", or -1 for all).')
      .optional(),
  });
  api.get(
    '/threads/:thread_id/runs/:run_id/stream',
    { schema: { ...byRun, headers: lastEventIdSchema, querystring: lgJoinStreamQuerySchema, response: { 200: streamAnswer } } },
    async (request, reply) => {
      const { thread_id: threadId, run_id: runId } = request.params;
      // A run this process did not start is sent in the modes asked, by default all of them (its own are not stored).
      const modes = request.query.stream_mode === undefined ? new Set(lgStreamModes) : streamModesOf(request.query);
      const signal = cancelOnDisconnect(request, reply);
      const parts = await deps.lgRuns.partsAfter(request.owner, threadId, runId, request.headers['last-event-id'], { modes, signal });
      reply.hijack();
      await writeLgStream(reply.raw, parts, {
        keepAliveMs: deps.keepAliveMs,
        signal,
        headers: { 'content-location': runLocation(threadId, runId) },
      }).catch((error: unknown) => {
        request.log.error({ err: error, threadId }, 'lg join stream failed');
        if (!reply.raw.writableEnded) reply.raw.end();
      });
    },
  );

  api.post(
    '/threads/:thread_id/runs/:run_id/cancel',
    { schema: { ...byRun, querystring: lgCancelQuerySchema, response: { 202: z.undefined().describe('Cancelling.'), 204: z.undefined().describe('Cancelled and ended.') } } },
    async (request, reply) => {
      const { thread_id: threadId, run_id: runId } = request.params;
      const { wait, action } = request.query;
      if (action === 'rollback') throw new JobpilotError('BAD_REQUEST', 'action "rollback" is not supported: a cancelled turn is kept in the thread, closed with a note. Use "interrupt".');
      await deps.lgRuns.cancel(request.owner, threadId, runId, wait === true, cancelOnDisconnect(request, reply));
      return reply.status(wait ? 204 : 202).send();
    },
  );
}
