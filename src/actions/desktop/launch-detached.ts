import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, closeSync, constants, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { childEnvironment } from '../../config.ts';

/**
 * How long a launched program is watched before it counts as started. A launcher that cannot
 * start anything (no display, no browser, a browser that refuses to run as root) exits non-zero
 * within a second or two, later on a loaded machine: xdg-open first asks xdg-mime, then runs the
 * browser and waits for it, and tries a failing one again ($BROWSER is tried twice). One still running after this has started; one that ended with 0
 * handed the work on (a browser already open took the URL).
 */
export const launchWaitMs = 5_000;

/** What became of a launch once it was watched for a while. */
export type LaunchOutcome =
  /** Still running after the wait, or ended with 0 within it (it handed the work on). */
  | { ok: true; running: boolean }
  /** No such program (ENOENT). */
  | { ok: false; reason: 'not-installed' }
  /**
   * It ended within the wait with a non-zero code (or a signal), or could not be spawned at all
   * (`error`). `said` holds its error output's lines, cleaned (the first few kilobytes).
   */
  | { ok: false; reason: 'failed'; code: number | null; signal: string | null; said: readonly string[]; error?: string };

/** How much of a failed launcher's error output is read. */
const errorOutputBytes = 4096;

/**
 * Starts a desktop program on its own (detached, no shell: arguments are an array) with only the
 * desktop environment (`childEnvironment('desktop')`: the server's keys and token stay behind),
 * and watches it for `waitMs`: the real outcome, not merely "it was spawned". Its error output
 * goes to a private file that is unlinked at once (only the program and this call hold it), read
 * only when it fails: a program that runs on keeps writing there, never into a pipe that would
 * break when the server stops. An abort of `signal` during the wait rejects (the program runs on).
 *
 * @example
 * const outcome = await launchDetached('gnome-calculator', [], { signal });
 * if (!outcome.ok) console.log(outcome.reason);
 */
export async function launchDetached(
  command: string,
  args: readonly string[],
  { signal, waitMs = launchWaitMs }: { signal?: AbortSignal; waitMs?: number } = {},
): Promise<LaunchOutcome> {
  signal?.throwIfAborted();
  const errorFile = privateErrorFile();
  try {
    let child: ChildProcess;
    try {
      child = await spawned(command, args, errorFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, reason: 'not-installed' };
      return { ok: false, reason: 'failed', code: null, signal: null, said: [], error: (error as Error).message };
    }
    const ended = await endWithin(child, waitMs, signal);
    signal?.throwIfAborted();
    if (!ended) return { ok: true, running: true };
    if (ended.code === 0) return { ok: true, running: false };
    return { ok: false, reason: 'failed', code: ended.code, signal: ended.signal, said: errorLines(errorFile) };
  } finally {
    if (errorFile !== undefined) closeSync(errorFile);
  }
}

function spawned(command: string, args: readonly string[], errorFile: number | undefined): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: childEnvironment('desktop'),
      detached: true,
      stdio: ['ignore', 'ignore', errorFile ?? 'ignore'],
    });
    child.once('error', reject);
    child.once('spawn', () => {
      // The server never waits for it to end, nor does its stopping end it.
      child.unref();
      resolve(child);
    });
  });
}

/** How the child ended if it ends within `ms`; null while it runs on. Stops waiting when `signal` aborts. */
function endWithin(child: ChildProcess, ms: number, signal: AbortSignal | undefined): Promise<{ code: number | null; signal: string | null } | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => {
    const done = (outcome: { code: number | null; signal: string | null } | null) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', aborted);
      child.removeListener('exit', exited);
      resolve(outcome);
    };
    const exited = (code: number | null, killedBy: NodeJS.Signals | null) => done({ code, signal: killedBy });
    const aborted = () => done(null);
    const timer = setTimeout(() => done(null), ms);
    timer.unref();
    child.once('exit', exited);
    signal?.addEventListener('abort', aborted, { once: true });
  });
}

/**
 * A file only this process can reach, already unlinked, for a launched program's error output;
 * undefined when none can be made (the program's errors are then not read).
 */
function privateErrorFile(): number | undefined {
  let folder: string | undefined;
  try {
    folder = mkdtempSync(join(tmpdir(), 'jobpilot-launch-'));
    return openSync(join(folder, 'errors'), 'wx+', 0o600);
  } catch {
    return undefined;
  } finally {
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}

/** The first kilobytes of what the program wrote to its error output, as clean lines. */
function errorLines(errorFile: number | undefined): string[] {
  if (errorFile === undefined) return [];
  const buffer = Buffer.alloc(errorOutputBytes);
  let length = 0;
  try {
    length = readSync(errorFile, buffer, 0, errorOutputBytes, 0);
  } catch {
    return [];
  }
  const lines = buffer
    .subarray(0, length)
    .toString('utf8')
    .split(/\r?\n/)
    // Chromium's "[1234:1234:1207/091500.123:ERROR:zygote_host_impl_linux.cc(100)] " prefix says nothing to a person.
    .map((line) => line.replace(/^\[[\d:./]+:[A-Z]+:[^\]]*\]\s*/, ''))
    // Terminal escapes and control characters are not passed on.
    // eslint-disable-next-line no-control-regex -- removing terminal escapes is the point
    .map((line) => line.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').replace(/[\p{Cc}\p{Cf}]+/gu, ' ').replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .map((line) => (line.length > 200 ? `${line.slice(0, 199)}…` : line));
  return [...new Set(lines)];
}

let opener: string | undefined;

/**
 * The program that hands a URL to the person's browser: the `open` package's bundled
 * xdg-open when it is there and executable, else the system's (macOS: `open`).
 */
export function browserOpener(): string {
  if (opener) return opener;
  if (process.platform === 'darwin') return (opener = 'open');
  try {
    const bundled = join(dirname(createRequire(import.meta.url).resolve('open')), 'xdg-open');
    accessSync(bundled, constants.X_OK);
    opener = bundled;
  } catch {
    opener = 'xdg-open';
  }
  return opener;
}
