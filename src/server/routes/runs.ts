import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type RunRequest, runAcceptedSchema, runCancelSchema, runIdSchema, runRequestSchema, threadIdSchema } from '../../protocol/api.ts';
import { runEventSchema } from '../../protocol/events.ts';
import type { RunService } from '../../runs/run-service.ts';
import { cancelOnDisconnect } from '../cancel-on-disconnect.ts';
import { type Metrics, observeEvents } from '../metrics.ts';
import { numbered, writeEventStream } from '../sse.ts';

const paramsSchema = z.object({ thread_id: threadIdSchema });
const runParamsSchema = z.object({ thread_id: threadIdSchema, run_id: runIdSchema });

/** The answer is a stream of events, described as the event union (docs/protocol.md "Runs"). */
const streamSchema = {
  description:
    'A Server-Sent Events stream: each event is `id: <n>` (its place in the run: 1, 2, …), `event: <type>` and `data: <the event as JSON without its type>`; `run-end` is always last. `content-location` names the run (GET it to join the run again).',
  content: { 'text/event-stream': { schema: runEventSchema } },
};

const joinHeadersSchema = z.object({
  'last-event-id': z
    .string()
    .regex(/^\d{1,9}$/, 'Last-Event-ID is the id of the last event you received (a whole number)')
    .optional()
    .describe('The id of the last event received: the stream starts after it. Left out: from the start.'),
});

/** Where a run is joined: its `content-location`. */
export const runPath = (threadId: string, runId: string) =>
  `/v1/threads/${encodeURIComponent(threadId)}/runs/${encodeURIComponent(runId)}`;

/** `Prefer: respond-async` (RFC 7240) asks for a detached run like `"stream": false`. */
const prefersAsync = (prefer: string | string[] | undefined) =>
  [prefer ?? []].flat().some((value) => value.split(',').some((part) => part.trim().toLowerCase() === 'respond-async'));

/**
 * The run routes: `POST /v1/threads/:thread_id/runs` starts a turn or answers an approval,
 * streaming the run as SSE (or, detached, answering 202 at once); `GET …/runs/:run_id` joins
 * a run from any process (what came after `Last-Event-ID`, then the rest); `POST
 * …/runs/:run_id/cancel` stops it. Refusals (busy thread, nothing to resume) are JSON errors
 * before the stream.
 */
export async function runRoutes(app: FastifyInstance, deps: { runs: RunService; keepAliveMs: number; metrics: Metrics }): Promise<void> {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const schema = { params: paramsSchema, body: runRequestSchema, response: { 200: streamSchema, 202: runAcceptedSchema } };
  typed.post('/threads/:thread_id/runs', { schema }, async (request, reply) => {
    const { thread_id: threadId } = request.params;
    const body = request.body;
    const turn: RunRequest = 'message' in body ? { message: body.message } : { resume: body.resume };
    const asked = prefersAsync(request.headers.prefer);
    if (body.stream === false || asked) {
      const { runId } = await deps.runs.startDetached(threadId, turn, request.owner, deps.metrics.runObserver());
      const path = runPath(threadId, runId);
      if (asked) void reply.header('preference-applied', 'respond-async');
      return reply.code(202).header('content-location', path).header('location', path).send({ run_id: runId, thread_id: threadId, stream_url: path });
    }
    // Taken before starting: a client that leaves while the run is being set up cancels it too
    // (unless it asked the run to continue without it).
    const disconnected = cancelOnDisconnect(request, reply);
    const response = reply.raw;
    const events = await deps.runs.start(threadId, turn, body.on_disconnect === 'continue' ? undefined : disconnected, request.owner);
    // From here the response is ours to write: Fastify must not touch it.
    reply.hijack();
    try {
      await writeEventStream(response, numbered(observeEvents(events, deps.metrics.runObserver())), {
        keepAliveMs: deps.keepAliveMs,
        signal: disconnected,
        headers: { 'content-location': runPath(threadId, events.runId) },
      });
    } catch (error) {
      request.log.error({ err: error, threadId }, 'run stream failed');
      if (!response.writableEnded) response.end();
    }
  });

  const joinSchema = { params: runParamsSchema, headers: joinHeadersSchema, response: { 200: streamSchema } };
  typed.get('/threads/:thread_id/runs/:run_id', { schema: joinSchema }, async (request, reply) => {
    const { thread_id: threadId, run_id: runId } = request.params;
    const after = Number(request.headers['last-event-id'] ?? 0);
    const disconnected = cancelOnDisconnect(request, reply);
    const events = await deps.runs.join(threadId, runId, { after, signal: disconnected, owner: request.owner });
    const response = reply.raw;
    reply.hijack();
    const identified = (async function* () {
      for await (const { seq, event } of events) yield { id: seq, event };
    })();
    try {
      await writeEventStream(response, identified, {
        keepAliveMs: deps.keepAliveMs,
        signal: disconnected,
        headers: { 'content-location': runPath(threadId, runId) },
        stopWhenGone: true,
      });
    } catch (error) {
      request.log.error({ err: error, threadId, runId }, 'run join failed');
      if (!response.writableEnded) response.end();
    }
  });

  const cancelSchema = { params: runParamsSchema, response: { 200: runCancelSchema } };
  typed.post('/threads/:thread_id/runs/:run_id/cancel', { schema: cancelSchema }, async (request) => {
    const { thread_id: threadId, run_id: runId } = request.params;
    return { run_id: runId, status: await deps.runs.cancel(threadId, runId, request.owner) };
  });
}
