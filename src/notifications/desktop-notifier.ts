import { execFile } from 'node:child_process';
import type { NotificationRecord } from '../db/repositories/notifications.ts';

/** Runs a program with arguments, never through a shell (Node's `execFile`). */
export type RunProgram = (file: string, args: readonly string[]) => Promise<void>;

/** `execFile` with the environment a desktop program gets (`childEnvironment('desktop')`: no keys, no tokens). */
const runWithExecFile =
  (env: Record<string, string>): RunProgram =>
  (file, args) =>
    new Promise((resolve, reject) => {
      execFile(file, [...args], { timeout: 10_000, shell: false, env }, (error) => (error ? reject(error) : resolve()));
    });

/** notify-send shows the body as markup-ish text: a very long one is cut, the inbox keeps the whole. */
const maxBody = 600;

/**
 * A desktop notification through `notify-send` (libnotify), its title and body passed as
 * separate arguments, so nothing in them is ever read by a shell.
 *
 * @example
 * const notify = desktopNotifier({ env: childEnvironment('desktop') });
 * await notify(record);
 */
export function desktopNotifier({ env, command = 'notify-send', run = runWithExecFile(env) }: { env: Record<string, string>; command?: string; run?: RunProgram }) {
  return async (notification: Pick<NotificationRecord, 'title' | 'body'>): Promise<void> => {
    const body = notification.body.length > maxBody ? `${notification.body.slice(0, maxBody - 1)}…` : notification.body;
    // `--` ends the options: a title that starts with "-" is a title.
    await run(command, ['--app-name=jobpilot', '--', notification.title, body]);
  };
}
