import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** A program and the fixed arguments that open what a name means ("libreoffice --writer"). */
export interface Launch {
  command: string;
  /** Fixed by the table below, never taken from what was said. */
  args: readonly string[];
  /** What is opened, when the name asked for is not its own ("word" opens LibreOffice Writer). */
  opens?: string;
}

const plain = (...commands: string[]): Launch[] => commands.map((command) => ({ command, args: [] }));
const writer: Launch[] = [
  { command: 'libreoffice', args: ['--writer'], opens: 'LibreOffice Writer' },
  { command: 'lowriter', args: [], opens: 'LibreOffice Writer' },
  { command: 'soffice', args: ['--writer'], opens: 'LibreOffice Writer' },
];
const spreadsheet: Launch[] = [
  { command: 'libreoffice', args: ['--calc'], opens: 'LibreOffice Calc' },
  { command: 'localc', args: [], opens: 'LibreOffice Calc' },
  { command: 'soffice', args: ['--calc'], opens: 'LibreOffice Calc' },
];
const slides: Launch[] = [
  { command: 'libreoffice', args: ['--impress'], opens: 'LibreOffice Impress' },
  { command: 'loimpress', args: [], opens: 'LibreOffice Impress' },
  { command: 'soffice', args: ['--impress'], opens: 'LibreOffice Impress' },
];
const calculator = plain('gnome-calculator', 'kcalc', 'mate-calc', 'galculator', 'qalculate-gtk', 'xcalc');
const editor = plain('gnome-text-editor', 'gedit', 'kate', 'mousepad', 'xed', 'pluma', 'featherpad');
const fileManager = plain('nautilus', 'dolphin', 'thunar', 'nemo', 'caja', 'pcmanfm');
const code = plain('code', 'codium');

/**
 * Common names people use → the programs that answer to them on Linux desktops, the most common
 * first: distributions ship different ones (GNOME's calculator, KDE's kcalc), and a suite's module
 * is an option of one program ("libreoffice --writer"), not a program of its own.
 */
const aliases: Record<string, readonly Launch[]> = {
  calculator,
  calc: calculator,
  terminal: plain('x-terminal-emulator', 'gnome-terminal', 'konsole', 'xfce4-terminal', 'mate-terminal', 'xterm'),
  'text editor': editor,
  editor,
  files: fileManager,
  'file manager': fileManager,
  browser: plain('x-www-browser', 'firefox', 'chromium', 'google-chrome'),
  'vs code': code,
  vscode: code,
  'visual studio code': code,
  code,
  chrome: plain('google-chrome', 'google-chrome-stable'),
  'google chrome': plain('google-chrome', 'google-chrome-stable'),
  chromium: plain('chromium', 'chromium-browser'),
  libreoffice: plain('libreoffice', 'soffice'),
  'libre office': plain('libreoffice', 'soffice'),
  'libreoffice writer': writer,
  writer,
  word: writer,
  'microsoft word': writer,
  'libreoffice calc': spreadsheet,
  excel: spreadsheet,
  'microsoft excel': spreadsheet,
  'libreoffice impress': slides,
  powerpoint: slides,
  'microsoft powerpoint': slides,
  teams: plain('teams-for-linux', 'teams'),
  'microsoft teams': plain('teams-for-linux', 'teams'),
};

/** Program names only: letters, digits and a few separators; no paths, no arguments. */
const programName = /^[A-Za-z0-9][A-Za-z0-9 ._+-]{0,63}$/;
/** A word starting with "-" is an option ("firefox --new-window"), not part of a name. */
const optionWord = /\s-/;

/**
 * The programs that may open an app name, the most common first, or null when the name is unsafe
 * (a path, an option, a command). A name no table knows is its own program, spaces as dashes.
 *
 * @example
 * launchesFor('word'); // [{ command: 'libreoffice', args: ['--writer'], opens: 'LibreOffice Writer' }, …]
 */
export function launchesFor(appName: string): readonly Launch[] | null {
  const name = appName.trim().toLowerCase();
  if (!programName.test(name) || optionWord.test(name)) return null;
  return aliases[name] ?? plain(name.replace(/ /g, '-'));
}

/**
 * The program to launch for an app name (the first that may open it), or null when the name is unsafe.
 *
 * @example
 * resolveProgram('Calculator'); // 'gnome-calculator'
 */
export function resolveProgram(appName: string): string | null {
  return launchesFor(appName)?.[0]?.command ?? null;
}

/**
 * The first of `launches` whose program is on `path` (a PATH value); the first when none is, so
 * its launch says what is missing.
 */
export function firstInstalled(launches: readonly Launch[], path: string | undefined): Launch | undefined {
  const dirs = (path ?? '').split(delimiter).filter(Boolean);
  const installed = (command: string) =>
    dirs.some((dir) => {
      try {
        accessSync(join(dir, command), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
  return launches.find((launch) => installed(launch.command)) ?? launches[0];
}

/** Whether an app is on the allow-list, by the name asked for or any program that may open it. */
export function isAllowedApp(appName: string, allowedApps: readonly string[]): boolean {
  const name = appName.trim().toLowerCase();
  const launches = launchesFor(name);
  return allowedApps.includes(name) || (launches !== null && launches.some((launch) => allowedApps.includes(launch.command)));
}
