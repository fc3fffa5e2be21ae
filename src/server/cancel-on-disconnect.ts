import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * An AbortSignal that aborts when the client goes away before its answer is sent,
 * including when it left before the handler started. Pass it to whatever the handler
 * waits on (a run, the job boards), so work nobody will read stops.
 *
 * @example
 * const answer = await deps.searchJobs(query, cancelOnDisconnect(request, reply));
 */
export function cancelOnDisconnect(request: FastifyRequest, reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  const response = reply.raw;
  const disconnected = () => controller.abort(new DOMException('The client disconnected.', 'AbortError'));
  response.on('close', () => {
    if (!response.writableFinished) disconnected();
  });
  // The socket, not the request stream: a request whose body was read whole is destroyed
  // (autoDestroy) one tick later, while its client is still there waiting for the answer.
  if (request.raw.socket.destroyed || response.destroyed) disconnected();
  return controller.signal;
}
