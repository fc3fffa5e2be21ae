import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { childEnvironment } from '../../config.ts';

/**
 * Starts a desktop program on its own (detached, no stdio), with only the desktop
 * environment (`childEnvironment('desktop')`): the server's keys and token stay behind.
 * Arguments are an array; no shell is involved. Resolves once the program started, rejects
 * with the spawn error (ENOENT: not installed).
 *
 * @example
 * const child = await launchDetached('gnome-calculator', []);
 */
export function launchDetached(command: string, args: readonly string[]): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: childEnvironment('desktop'),
      detached: true,
      stdio: 'ignore',
    });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve(child);
    });
  });
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
