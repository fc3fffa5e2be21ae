import { readFile } from 'node:fs/promises';

/**
 * Polls `read` until `done` accepts its value or the deadline passes; returns the last value.
 * Launchers spawn detached and resolve on spawn, so what they start runs a little later.
 * The deadline is a hang guard, never a speed bound: it returns as soon as `done` holds, and a
 * CI machine two or three times slower than this one, with Postgres beside it, must not reach
 * it (30 s unless told). Polls every 100 ms unless told: a wait on the server's HTTP that
 * runs to its deadline then asks 300 times, half the server's rate limit (600 a minute), so a
 * wait that never ends fails on its own condition, not on a 429 it caused.
 *
 * @example
 * const text = await waitFor(() => readText(file), (text) => text.includes('launched'));
 */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 30_000, intervalMs = 100 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() >= deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** A file's text, or '' while it does not exist yet. */
export const readText = (path: string): Promise<string> => readFile(path, 'utf8').catch(() => '');
