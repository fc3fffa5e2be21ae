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
