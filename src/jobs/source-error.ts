/**
 * Why a job board could not be used for one search. These never reach HTTP as errors:
 * `searchSources` turns them into per-source entries of its answer, so their codes live
 * here rather than in `src/errors.ts`.
 */
export const sourceErrorCodes = [
  'TIMEOUT',
  'NETWORK',
  'HTTP_STATUS',
  'REDIRECT_REFUSED',
  'ADDRESS_NOT_PUBLIC',
  'RESPONSE_TOO_LARGE',
  'INVALID_JSON',
  'MALFORMED_RESPONSE',
  'BOARD_ERROR',
  'CANCELLED',
  'INTERNAL',
] as const;

export type SourceErrorCode = (typeof sourceErrorCodes)[number];

/**
 * A board that did not answer usefully; the message names the board and says why.
 *
 * @example
 * throw new SourceError('HTTP_STATUS', 'Himalayas answered HTTP 503.', { status: 503 });
 */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  readonly status: number | undefined;
  constructor(
    readonly code: SourceErrorCode,
    message: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.status = options?.status;
  }
}
