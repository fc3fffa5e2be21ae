import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { databaseRetryAfterSeconds, databaseUnavailable, isDatabaseUnavailable } from '../../db/database-errors.ts';
import { type ErrorCode, httpStatusFor, JobpilotError, toJobpilotError } from '../../errors.ts';
import type { ErrorBody } from '../../protocol/api.ts';
import { newRequestId } from '../request-id.ts';

/** Fastify's client errors that keep a status of their own; the rest are BAD_REQUEST. */
const clientErrorCodes: Record<number, ErrorCode> = {
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** The JSON error body every route returns: `request_id` is the request's id in the log lines and `x-request-id`. */
export const errorBody = (code: ErrorCode, message: string, requestId: string): ErrorBody => ({
  error: { code, message, request_id: requestId },
});

/** The longest path parameter the router reads (above the 128-character ids, so the validator explains a long one). */
export const maxParamLength = 512;

const kibibytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MiB` : `${Math.round(bytes / 1024)} KiB`;

/** The path of a URL, without its query, cut to a length a message can hold. */
const pathOf = (url: string) => {
  const path = url.split('?')[0] ?? url;
  return path.length > 80 ? `${path.slice(0, 80)}…` : path;
};

/**
 * Fastify's and its router's own errors, by code, as a documented code and a message a
 * person can act on (Fastify's messages name its internals, e.g. "FST_ERR_BAD_URL").
 */
function explainFrameworkError(error: FastifyError, request: FastifyRequest): JobpilotError | undefined {
  const say = (code: ErrorCode, message: string) => new JobpilotError(code, message, { cause: error });
  switch (error.code) {
    case 'FST_ERR_BAD_URL':
      return say('BAD_REQUEST', `The path ${JSON.stringify(pathOf(request.url))} is not valid percent-encoding (a "%" must start a %XX escape of UTF-8 bytes; send a literal "%" as %25).`);
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return say('BAD_REQUEST', `A part of the path is longer than ${maxParamLength} characters; ids are at most 128 characters (thread ids: letters, digits and . _ : -).`);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return say('BAD_REQUEST', 'The body is not valid JSON (or it holds a "__proto__" or "constructor.prototype" key, which is refused); send a JSON document as docs/protocol.md shows for this route.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return say('BAD_REQUEST', 'The body is empty but its content-type is application/json; send a JSON body, or no content-type when there is no body.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE': {
      const limit = request.routeOptions.bodyLimit;
      return say('PAYLOAD_TOO_LARGE', `The body is larger than ${limit ? kibibytes(limit) : 'this route takes'}, the most ${request.method} ${request.routeOptions.url ?? pathOf(request.url)} takes; send less.`);
    }
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return say('BAD_REQUEST', 'The body is not as long as its content-length header says; send the exact length in bytes.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      // Regression (session 41): an empty upload (curl's default form type, nothing after it) was told its type was
      // wrong; with no body at all, the body is what is missing, so that is said.
      if (Number(request.headers['content-length'] ?? 0) === 0 && request.headers['transfer-encoding'] === undefined) {
        return say(
          'BAD_REQUEST',
          `The body is empty: ${request.method} ${pathOf(request.url)} needs the file (or document) itself as the body, with its content-type (e.g. curl --data-binary @cv.pdf -H "content-type: application/pdf"); see docs/protocol.md.`,
        );
      }
      return say('UNSUPPORTED_MEDIA_TYPE', `${request.method} ${pathOf(request.url)} does not take a body of type ${JSON.stringify(request.headers['content-type'] ?? '')}; see docs/protocol.md for the types each route takes.`);
    default:
      return undefined;
  }
}

/** Any error a route, a hook, Fastify or its router raised, as a documented code and message. */
function toKnownError(error: FastifyError | JobpilotError, request: FastifyRequest): JobpilotError {
  if ((!(error instanceof JobpilotError) || error.code === 'INTERNAL') && isDatabaseUnavailable(error)) {
    // Postgres is away (down, restarting, a dropped connection): retryable, and said so.
    request.log.warn({ err: error }, 'database unavailable');
    return databaseUnavailable(error);
  }
  if (error instanceof JobpilotError) return error;
  const explained = explainFrameworkError(error, request);
  if (explained) return explained;
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return new JobpilotError(clientErrorCodes[error.statusCode] ?? 'BAD_REQUEST', error.message, { cause: error });
  }
  request.log.error({ err: error }, 'unexpected error');
  return toJobpilotError(error);
}

const sendError = (reply: FastifyReply, known: JobpilotError) => {
  if (known.code === 'DATABASE_UNAVAILABLE') reply.header('retry-after', String(databaseRetryAfterSeconds));
  return reply.status(httpStatusFor(known.code)).send(errorBody(known.code, known.message, reply.request.id));
};

/**
 * Fastify's `frameworkErrors`: the router's refusals (a `%zz` path, a path part too long)
 * happen before any route or hook, and would otherwise answer in Fastify's own shape.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  void sendError(reply, toKnownError(error, request));
}

/** Methods a path may be taken with, to name in a 405's `allow`. */
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * Maps every error to `{"error": {"code", "message"}}` with the status from `errors.ts`.
 * Fastify's own 4xx errors become BAD_REQUEST (malformed JSON…), PAYLOAD_TOO_LARGE or
 * UNSUPPORTED_MEDIA_TYPE, with a message saying what to send instead; a database that cannot
 * be reached is a retryable DATABASE_UNAVAILABLE with `retry-after`; anything unexpected
 * is logged and becomes INTERNAL. A path that exists with other methods is
 * `405 METHOD_NOT_ALLOWED` with `allow`; any other is `404 NOT_FOUND`.
 */
export function registerErrorHandler(app: FastifyInstance, options: { countError?: (code: ErrorCode) => void } = {}): void {
  const count = options.countError ?? (() => {});
  app.setErrorHandler((error: FastifyError | JobpilotError, request, reply) => {
    const known = toKnownError(error, request);
    count(known.code);
    return sendError(reply, known);
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    const allowed = methods.filter((method) => method !== request.method && app.findRoute({ method, url: path }) !== null);
    if (allowed.length > 0) {
      count('METHOD_NOT_ALLOWED');
      const allow = allowed.includes('GET') ? [...allowed, 'HEAD'] : allowed;
      return reply
        .status(httpStatusFor('METHOD_NOT_ALLOWED'))
        .header('allow', allow.join(', '))
        .send(errorBody('METHOD_NOT_ALLOWED', `${pathOf(path)} takes ${allow.join(', ')}, not ${request.method}.`, request.id));
    }
    count('NOT_FOUND');
    return reply.status(404).send(errorBody('NOT_FOUND', `No route for ${request.method} ${pathOf(path)}; the routes are listed in docs/protocol.md and /openapi.json.`, request.id));
  });
}

/** What a refusal from Node's HTTP parser is, by its error code. */
function explainClientError(error: NodeJS.ErrnoException & { reason?: string }, requestTimeoutMs: number): JobpilotError {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return new JobpilotError(
      'REQUEST_TIMEOUT',
      `The request did not arrive in full within ${requestTimeoutMs / 1000} s (JOBPILOT_REQUEST_TIMEOUT_MS): send the headers and the whole body at once, and try again.`,
    );
  }
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return new JobpilotError(
      'HEADERS_TOO_LARGE',
      `The request line and headers together are larger than ${kibibytes(maxHeaderSize)}, the most this server reads; send a shorter URL and fewer or shorter headers (a large cookie?).`,
    );
  }
  const reason = (error.reason ?? error.message).replace(/[^\x20-\x7e]/g, '?').slice(0, 120);
  return new JobpilotError(
    'BAD_REQUEST',
    `The request is not valid HTTP/1.1 (${reason}); check the request line and headers: no control characters in names or values, not both content-length and transfer-encoding.`,
  );
}

/**
 * Fastify's `clientErrorHandler`: Node's HTTP parser refuses some requests before Fastify
 * sees them (headers over 16 KiB, malformed HTTP, a body slower than the request timeout).
 * They are answered here in the documented shape, then the connection is closed, unless a
 * response on it has already begun (nothing can be added to it then).
 */
export function clientErrorHandler(options: { requestTimeoutMs: number }) {
  // Fastify calls it with the instance as `this`: its logger records the refusal under the id the answer gives.
  return function (this: FastifyInstance | undefined, error: NodeJS.ErrnoException, socket: Socket): void {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    // Node's own default does the same check (`_http_server.js`): a response already started owns the socket.
    const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (socket.writable && !inFlight?.headersSent) {
      const known = explainClientError(error, options.requestTimeoutMs);
      const status = httpStatusFor(known.code);
      // Node refused the request before Fastify saw it: it gets an id of its own, logged with the refusal.
      const requestId = newRequestId();
      this?.log?.info({ request_id: requestId, code: known.code, reason: error.code }, 'request refused by the HTTP parser');
      const body = JSON.stringify(errorBody(known.code, known.message, requestId));
      socket.write(
        `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\nconnection: close\r\ncontent-type: application/json; charset=utf-8\r\nx-request-id: ${requestId}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    }
    socket.destroy();
  };
}
