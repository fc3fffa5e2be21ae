import type { FastifyError, FastifyInstance } from 'fastify';
import { databaseRetryAfterSeconds, databaseUnavailable, isDatabaseUnavailable } from '../../db/database-errors.ts';
import { type ErrorCode, httpStatusFor, JobpilotError, toJobpilotError } from '../../errors.ts';

/** Fastify's client errors that keep a status of their own; the rest are BAD_REQUEST. */
const clientErrorCodes: Record<number, ErrorCode> = {
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** The JSON error body every route returns. */
export const errorBody = (code: ErrorCode, message: string) => ({ error: { code, message } });

/**
 * Maps every error to `{"error": {"code", "message"}}` with the status from `errors.ts`.
 * Fastify's own 4xx errors become BAD_REQUEST (malformed JSON…), PAYLOAD_TOO_LARGE or
 * UNSUPPORTED_MEDIA_TYPE, with their message; a database that cannot be reached is a retryable
 * DATABASE_UNAVAILABLE with `retry-after`; anything unexpected is logged and becomes INTERNAL.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | JobpilotError, request, reply) => {
    let known: JobpilotError;
    if ((!(error instanceof JobpilotError) || error.code === 'INTERNAL') && isDatabaseUnavailable(error)) {
      // Postgres is away (down, restarting, a dropped connection): retryable, and said so.
      known = databaseUnavailable(error);
      request.log.warn({ err: error }, 'database unavailable');
    } else if (error instanceof JobpilotError) {
      known = error;
    } else if (
      typeof error.statusCode === 'number' &&
      error.statusCode >= 400 &&
      error.statusCode < 500
    ) {
      known = new JobpilotError(clientErrorCodes[error.statusCode] ?? 'BAD_REQUEST', error.message, {
        cause: error,
      });
    } else {
      request.log.error({ err: error }, 'unexpected error');
      known = toJobpilotError(error);
    }
    if (known.code === 'DATABASE_UNAVAILABLE') reply.header('retry-after', String(databaseRetryAfterSeconds));
    return reply.status(httpStatusFor(known.code)).send(errorBody(known.code, known.message));
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send(errorBody('NOT_FOUND', `No route for ${request.method} ${request.url}.`)),
  );
}
