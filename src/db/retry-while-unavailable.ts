import { isDatabaseUnavailable } from './database-errors.ts';

export interface RetryOptions {
  /** Gives up after this long (e.g. when a lease would have expired anyway). */
  forMs: number;
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Told when the task finally succeeds, or is given up. */
  log?: (message: string, details?: Record<string, unknown>) => void;
  /** What the task does, for the log ("releasing thread x"). */
  what: string;
}

/**
 * Tries `task` again in the background, with backoff, for as long as it fails because the
 * database is away, so that something that must happen (freeing a thread) happens as soon as
 * Postgres is back instead of never. Any other failure, or `forMs` passing, ends the tries;
 * the timers never keep the process alive.
 *
 * @example
 * retryWhileDatabaseUnavailable(() => threads.release(id, runId, null), { forMs: 120_000, what: `releasing thread ${id}` });
 */
export function retryWhileDatabaseUnavailable(
  task: () => Promise<unknown>,
  { forMs, initialDelayMs = 250, maxDelayMs = 5_000, log = () => {}, what }: RetryOptions,
): void {
  const deadline = Date.now() + forMs;
  let delay = initialDelayMs;
  const attempt = () => {
    task().then(
      () => log(`${what}: done once the database was back`),
      (error: unknown) => {
        if (!isDatabaseUnavailable(error)) return log(`${what}: gave up`, { error: String(error) });
        if (Date.now() + delay > deadline) return log(`${what}: gave up, the database stayed away`, { error: String(error) });
        schedule();
      },
    );
  };
  const schedule = () => {
    setTimeout(attempt, delay).unref();
    delay = Math.min(delay * 2, maxDelayMs);
  };
  schedule();
}
