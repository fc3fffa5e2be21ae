/**
 * Typed errors with stable codes. Clients branch on `code`; people read `message`.
 * One registry of codes, one map to HTTP status (see `httpStatusFor`).
 */
export const errorCodes = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  /** The request named a host this server does not answer to (DNS rebinding); `JOBPILOT_ALLOWED_HOSTS` adds names. */
  HOST_NOT_ALLOWED: 403,
  /** A state-changing request sent by a web page of another origin. */
  ORIGIN_NOT_ALLOWED: 403,
  THREAD_NOT_FOUND: 404,
  NOT_FOUND: 404,
  /** The path exists but not with this method; the `allow` header lists the methods it takes. */
  METHOD_NOT_ALLOWED: 405,
  /** The client took longer than `JOBPILOT_REQUEST_TIMEOUT_MS` to send its whole request (headers and body). */
  REQUEST_TIMEOUT: 408,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** The request's headers together are larger than the server reads (16 KiB). */
  HEADERS_TOO_LARGE: 431,
  THREAD_BUSY: 409,
  NO_PENDING_APPROVAL: 409,
  APPROVAL_PENDING: 409,
  /** `/lg`: the thread already has a run and `multitask_strategy` is `reject` (the official LangGraph server's 422). */
  RUN_REJECTED: 422,
  /** `/lg`: `POST /lg/threads` with the id of a thread that exists (unless `if_exists` is `do_nothing`). */
  THREAD_EXISTS: 409,
  PLANNER_INVALID_OUTPUT: 502,
  /** The model server could not be reached, or answered 5xx, or broke off its answer. */
  MODEL_UNAVAILABLE: 502,
  /** The model server refused the request (bad key, unknown model, bad request): retrying won't help. */
  MODEL_REQUEST_REJECTED: 502,
  /** 429 from the provider after the allowed retries, or a wait longer than the cap. */
  MODEL_RATE_LIMITED: 503,
  /** Nothing arrived within the idle timeout, or the whole call took too long. */
  MODEL_TIMEOUT: 504,
  /** Postgres cannot be reached (down, restarting, connection lost); `retry-after` says when to try again. */
  DATABASE_UNAVAILABLE: 503,
  CANCELLED: 499,
  INTERNAL: 500,
  /** A configuration variable failed validation; the message names it. */
  CONFIG_INVALID: 500,
  RESUME_FILE_NOT_FOUND: 400,
  RESUME_NOT_A_FILE: 400,
  RESUME_FILE_NOT_READABLE: 400,
  RESUME_UNSUPPORTED_FORMAT: 415,
  RESUME_TOO_LARGE: 413,
  RESUME_UNREADABLE: 422,
  RESUME_NO_TEXT_LAYER: 422,
  RESUME_ENCRYPTED: 422,
  /** A resume file past a reading bound (pages, pieces of text, time, memory): refused, not read in part. */
  RESUME_TOO_COMPLEX: 422,
  /** A file that reads as something other than a resume (program code, or no name, contact or sections): refused, nothing stored. */
  RESUME_NOT_A_RESUME: 422,
  /** No job with that id in the index. */
  JOB_NOT_FOUND: 404,
  /** The job is in the index but not on the saved list (removing it). */
  JOB_NOT_SAVED: 404,
  /** An import with invalid rows; the message names each row and field, and nothing was imported. */
  IMPORT_INVALID: 422,
  /** An import with more postings than one import takes (10,000); refused as soon as the first one too many is read. */
  IMPORT_TOO_LARGE: 413,
  /** No resume with that id. */
  RESUME_NOT_FOUND: 404,
  /** A match or a letter needs a resume and none has been imported yet. */
  NO_RESUME: 409,
  /** No document with that id. */
  DOCUMENT_NOT_FOUND: 404,
  /** Too many requests from one owner (token) in a minute (`JOBPILOT_RATE_LIMIT`); `retry-after` says when to try again. */
  RATE_LIMITED: 429,
  /** No reminder with that id (for this owner). */
  REMINDER_NOT_FOUND: 404,
  /** A cancelled reminder cannot be changed: set a new one. */
  REMINDER_CANCELLED: 409,
  /** A reminder's "when" holds no date that can be read ("banana"); the message says what works. */
  REMINDER_TIME_UNREADABLE: 422,
  /** A reminder's "when" reads as a moment that has passed ("yesterday"). */
  REMINDER_TIME_PAST: 422,
  /** A reminder's "when" names a weekday and a date that disagree ("thursday the 9th" when the 9th is a Wednesday); the message names both days to choose from. */
  REMINDER_DAY_MISMATCH: 422,
  /** A reminder's "when" names a clock no zone is known for ("9:00 Smalltown time"), one of several ("Canada time"), or restates the time on the person's own clock differently ("9:00 Calgary time, that is 16:00 here"); the message asks which. */
  REMINDER_ZONE_UNCLEAR: 422,
  /** No live named token with that name (revoking). */
  TOKEN_NOT_FOUND: 404,
  /** A live named token already has that name (creating). */
  TOKEN_EXISTS: 409,
  /** No run of that id is kept on that thread for this owner (never started, expired, or another's). */
  RUN_NOT_FOUND: 404,
  /** In a joined stream: the server running the run stopped before the run ended (not an HTTP answer). */
  RUN_LOST: 500,
  /** No alert with that id (for this owner). */
  ALERT_NOT_FOUND: 404,
  /** An alert's schedule or time zone that cannot be used: not a cron expression or a schedule in words, or never due. */
  ALERT_SCHEDULE_INVALID: 400,
  /** An alert with the same search (query, place, remote, company) exists already: change that one instead. */
  ALERT_EXISTS: 409,
  /** No notification with that id (for this owner). */
  NOTIFICATION_NOT_FOUND: 404,
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** Error codes a client may retry after a while without changing the request. */
const retryableCodes: ReadonlySet<ErrorCode> = new Set([
  'THREAD_BUSY',
  'MODEL_UNAVAILABLE',
  'MODEL_RATE_LIMITED',
  'MODEL_TIMEOUT',
  'DATABASE_UNAVAILABLE',
  'RATE_LIMITED',
]);

/**
 * An error the service expects and can explain.
 *
 * @example
 * throw new JobpilotError('THREAD_NOT_FOUND', `No thread "${id}".`);
 */
export class JobpilotError extends Error {
  override readonly name: string = 'JobpilotError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: unknown; retryable?: boolean },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.details = options?.details;
    this.#retryable = options?.retryable;
  }
  readonly details: unknown;
  readonly #retryable: boolean | undefined;
  /** Whether the same request may succeed later; the code's default unless the thrower knew better. */
  get retryable(): boolean {
    return this.#retryable ?? retryableCodes.has(this.code);
  }
}

/** The HTTP status for an error code: the one place the mapping lives. */
export const httpStatusFor = (code: ErrorCode): number => errorCodes[code];

/** Wraps anything thrown into a `JobpilotError`, keeping the original as `cause`. */
export function toJobpilotError(error: unknown): JobpilotError {
  if (error instanceof JobpilotError) return error;
  if (error instanceof Error && error.name === 'AbortError') {
    return new JobpilotError('CANCELLED', 'The run was cancelled.', { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new JobpilotError('INTERNAL', `Unexpected error: ${message}`, { cause: error });
}
