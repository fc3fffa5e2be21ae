import type { FastifyError, FastifyInstance } from 'fastify';
import { type ErrorCode, httpStatusFor, JobpilotError, toJobpilotError } from '../../errors.ts';

/** The JSON error body every route returns. */
export const errorBody = (code: ErrorCode, message: string) => ({ error: { code, message } });

/**
 * Maps every error to `{"error": {"code", "message"}}` with the status from `errors.ts`.
 * Fastify's own 4xx errors (malformed JSON, wrong content type, body too large) become
 * BAD_REQUEST with their message; anything unexpected is logged and becomes INTERNAL.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | JobpilotError, request, reply) => {
    let known: JobpilotError;
    if (error instanceof JobpilotError) {
      known = error;
    } else if (
      typeof error.statusCode === 'number' &&
      error.statusCode >= 400 &&
      error.statusCode < 500
    ) {
      known = new JobpilotError('BAD_REQUEST', error.message, { cause: error });
    } else {
      request.log.error({ err: error }, 'unexpected error');
      known = toJobpilotError(error);
    }
    return reply.status(httpStatusFor(known.code)).send(errorBody(known.code, known.message));
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send(errorBody('NOT_FOUND', `No route for ${request.method} ${request.url}.`)),
  );
}
