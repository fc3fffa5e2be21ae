import { ConfigError } from '../config.ts';
import { ApiError, ServerUnreachableError } from './api-error.ts';
import { CliError } from './cli-error.ts';
import { cliHints } from './route-hints.ts';

/**
 * The one line the CLI prints for a failure: no stack traces for problems a person can fix,
 * and CLI commands where the server's message names an HTTP route.
 *
 * @example
 * stderr.write(`${describeError(error)}\n`); // jobpilot: No thread "x". (THREAD_NOT_FOUND)
 */
export function describeError(error: unknown): string {
  if (error instanceof ServerUnreachableError) return `jobpilot: ${error.message}`;
  // The server answers but its Postgres does not: say which of the two is down, and that it passes.
  if (error instanceof ApiError && error.code === 'DATABASE_UNAVAILABLE')
    return `jobpilot: the server is running, but its database is not answering. ${error.message} (${error.code})`;
  if (error instanceof ApiError) return `jobpilot: ${cliHints(error.message)} (${error.code})`;
  if (error instanceof CliError) return `jobpilot: ${error.message}`;
  if (error instanceof ConfigError) return `jobpilot: ${error.message}`;
  if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
    return `jobpilot: ${error.message}`;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `jobpilot: unexpected error: ${message}`;
}
