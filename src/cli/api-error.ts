/**
 * An error the server answered with (`{"error": {"code", "message"}}`) or a problem with
 * its answer. People read `message`; code branches on `code`.
 *
 * @example
 * if (error instanceof ApiError && error.code === 'THREAD_NOT_FOUND') startFresh();
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The server did not answer at all (connection refused, unknown host, reset…). */
export class ServerUnreachableError extends Error {
  override readonly name = 'ServerUnreachableError';
  constructor(
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(`can't reach the server at ${url} — start it with \`npm start\``, options);
  }
}
