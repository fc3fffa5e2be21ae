import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { JobpilotError } from '../../errors.ts';
import { runRequestSchema, threadIdSchema } from '../../protocol/api.ts';
import type { RunService } from '../../runs/run-service.ts';
import { cancelOnDisconnect } from '../cancel-on-disconnect.ts';
import { writeEventStream } from '../sse.ts';
import { validate } from '../validate.ts';

const paramsSchema = z.object({ thread_id: threadIdSchema });

/** A body must be exactly one of `{message}` or `{resume: {approved}}`; say which part is wrong. */
function parseRunBody(body: unknown) {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new JobpilotError(
      'BAD_REQUEST',
      'The body must be a JSON object: {"message": "…"} or {"resume": {"approved": true|false}}.',
    );
  }
  const keys = Object.keys(body);
  if (keys.length !== 1 || !(keys[0] === 'message' || keys[0] === 'resume')) {
    throw new JobpilotError(
      'BAD_REQUEST',
      `The body must have exactly one of "message" or "resume" (got: ${keys.join(', ') || 'nothing'}).`,
    );
  }
  return validate(runRequestSchema, body, 'run request');
}

/**
 * `POST /v1/threads/:thread_id/runs` — starts a turn or answers an approval, streaming
 * the run as SSE. Refusals (busy thread, nothing to resume) are JSON errors before the
 * stream; a client that disconnects cancels its run.
 */
export async function runRoutes(app: FastifyInstance, deps: { runs: RunService; keepAliveMs: number }): Promise<void> {
  app.post('/threads/:thread_id/runs', async (request, reply) => {
    const { thread_id: threadId } = validate(paramsSchema, request.params, 'thread id');
    const body = parseRunBody(request.body);
    // Taken before starting: a client that leaves while the run is being set up cancels it too.
    const signal = cancelOnDisconnect(request, reply);
    const response = reply.raw;
    const events = await deps.runs.start(threadId, body, signal, request.owner);
    // From here the response is ours to write: Fastify must not touch it.
    reply.hijack();
    try {
      await writeEventStream(response, events, {
        keepAliveMs: deps.keepAliveMs,
        signal,
      });
    } catch (error) {
      request.log.error({ err: error, threadId }, 'run stream failed');
      if (!response.writableEnded) response.end();
    }
  });
}
