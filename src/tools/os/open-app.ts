import { openApp as launchApp } from 'open';
import { z } from 'zod';
import { defineAction } from '../action.ts';

/** Common names people use → the program that answers to them on Linux desktops. */
const aliases: Record<string, string> = {
  calculator: 'gnome-calculator',
  calc: 'gnome-calculator',
  terminal: 'x-terminal-emulator',
  'text editor': 'gedit',
  editor: 'gedit',
  files: 'nautilus',
  'file manager': 'nautilus',
  browser: 'x-www-browser',
  'vs code': 'code',
  vscode: 'code',
  'visual studio code': 'code',
  chrome: 'google-chrome',
  'google chrome': 'google-chrome',
};

/** Program names only: letters, digits and a few separators; no paths, no arguments. */
const programName = /^[A-Za-z0-9][A-Za-z0-9 ._+-]{0,63}$/;
/** A word starting with "-" is an option ("firefox --new-window"), not part of a name. */
const optionWord = /\s-/;

/**
 * Resolves the program to launch for an app name, or null when the name is unsafe.
 *
 * @example
 * resolveProgram('Calculator'); // 'gnome-calculator'
 */
export function resolveProgram(appName: string): string | null {
  const name = appName.trim().toLowerCase();
  if (!programName.test(name) || optionWord.test(name)) return null;
  return aliases[name] ?? name.replace(/ /g, '-');
}

/** Whether an app is on the allow-list, by the name asked for or the program it resolves to. */
export function isAllowedApp(appName: string, allowedApps: readonly string[]): boolean {
  const name = appName.trim().toLowerCase();
  const program = resolveProgram(name);
  return allowedApps.includes(name) || (program !== null && allowedApps.includes(program));
}

export const openApp = defineAction({
  name: 'open_app',
  description: 'Launch a desktop application by name, e.g. "calculator", "firefox", "code".',
  args: z.object({
    app_name: z
      .string()
      .min(1)
      .max(64)
      .describe(
        'The application to launch, as a person would name it, e.g. "calculator" or "firefox".',
      ),
  }),
  approval: ({ app_name }, { allowedApps }) =>
    isAllowedApp(app_name, allowedApps) ? 'auto' : 'ask',
  async run({ app_name }, { signal }) {
    const program = resolveProgram(app_name);
    if (program === null) {
      return {
        ok: false,
        summary: `Refused to launch "${app_name}": give an application name, not a path or command.`,
      };
    }
    signal.throwIfAborted();
    try {
      // `open` spawns the program directly with an argument array: no shell is involved.
      await launchApp(program);
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'it is not installed'
          : (error as Error).message;
      return { ok: false, summary: `Could not launch ${app_name} (${program}): ${reason}.` };
    }
    return {
      ok: true,
      summary: `Launched ${app_name}.`,
      data: { app: app_name, program },
      references: { last_app: app_name },
    };
  },
});
