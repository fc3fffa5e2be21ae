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

/** The exit code of a command whose run's stream was cut before `run-end` (see docs/cli.md). */
export const connectionLostExitCode = 3;

/**
 * The connection to the server broke while a run streamed (the server was killed or
 * restarted, the network dropped): where to look once the server is back.
 *
 * @example
 * throw new ConnectionLostError('http://127.0.0.1:8000', 'my-thread', { cause });
 */
export class ConnectionLostError extends ApiError {
  constructor(
    readonly url: string,
    readonly threadId: string,
    options?: { cause?: unknown },
  ) {
    super(
      'STREAM_ENDED',
      `lost the connection to the server at ${url} before the run ended (the server stopped, or the network dropped); ` +
        `the run may have finished or stopped with it: \`jobpilot threads show ${threadId}\` shows what it did once the server is back`,
      undefined,
      options,
    );
  }
}
