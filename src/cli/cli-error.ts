/**
 * A failure the CLI explains in one line and exits with `exitCode` for: 2 for usage
 * errors (`UsageError`), 1 otherwise.
 *
 * @example
 * throw new CliError(`can't read ${file}: no such file`);
 */
export class CliError extends Error {
  override readonly name: string = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 1,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The command line was wrong; main prints the usage and exits 2. */
export class UsageError extends CliError {
  override readonly name = 'UsageError';
  constructor(message: string) {
    super(message, 2);
  }
}
