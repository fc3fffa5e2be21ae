import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { runRequestSchema, threadIdSchema } from '../../protocol/api.ts';
import { runEventSchema } from '../../protocol/events.ts';
import type { RunService } from '../../runs/run-service.ts';
import { cancelOnDisconnect } from '../cancel-on-disconnect.ts';
import { type Metrics, observeEvents } from '../metrics.ts';
import { writeEventStream } from '../sse.ts';

const paramsSchema = z.object({ thread_id: threadIdSchema });

/** The answer is a stream of events, described as the event union (docs/protocol.md "Runs"). */
const streamSchema = {
  description:
    'A Server-Sent Events stream: each event is `id: <n>`, `event: <type>` and `data: <the event as JSON without its type>`; `run-end` is always last.',
  content: { 'text/event-stream': { schema: runEventSchema } },
};

/**
 * `POST /v1/threads/:thread_id/runs` — starts a turn or answers an approval, streaming
 * the run as SSE. Refusals (busy thread, nothing to resume) are JSON errors before the
 * stream; a client that disconnects cancels its run.
 */
export async function runRoutes(app: FastifyInstance, deps: { runs: RunService; keepAliveMs: number; metrics: Metrics }): Promise<void> {
  const schema = { params: paramsSchema, body: runRequestSchema, response: { 200: streamSchema } };
  app.withTypeProvider<ZodTypeProvider>().post('/threads/:thread_id/runs', { schema }, async (request, reply) => {
    const { thread_id: threadId } = request.params;
    const body = request.body;
    // Taken before starting: a client that leaves while the run is being set up cancels it too.
    const signal = cancelOnDisconnect(request, reply);
    const response = reply.raw;
    const events = await deps.runs.start(threadId, body, signal, request.owner);
    // From here the response is ours to write: Fastify must not touch it.
    reply.hijack();
    try {
      await writeEventStream(response, observeEvents(events, deps.metrics.runObserver()), {
        keepAliveMs: deps.keepAliveMs,
        signal,
      });
    } catch (error) {
      request.log.error({ err: error, threadId }, 'run stream failed');
      if (!response.writableEnded) response.end();
    }
  });
}
