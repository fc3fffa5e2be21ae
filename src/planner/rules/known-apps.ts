/**
 * Lower-cased names people give desktop applications. The rules planner passes the name on
 * as said; `open_app` maps it to a program, so this list only decides "app or website".
 */
const appNames: ReadonlySet<string> = new Set([
  'calculator',
  'calc',
  'gnome-calculator',
  'terminal',
  'console',
  'konsole',
  'text editor',
  'editor',
  'gedit',
  'kate',
  'files',
  'file manager',
  'file explorer',
  'nautilus',
  'dolphin',
  'browser',
  'web browser',
  'vs code',
  'vscode',
  'visual studio code',
  'code',
  'chrome',
  'google chrome',
  'chromium',
  'firefox',
  'mozilla firefox',
  'brave',
  'slack',
  'discord',
  'zoom',
  'teams',
  'microsoft teams',
  'spotify',
  'thunderbird',
  'libreoffice',
  'libreoffice writer',
  'libreoffice calc',
  'writer',
  'gimp',
  'inkscape',
  'vlc',
  'obsidian',
  'notion',
  'postman',
  'settings',
  'system settings',
  'signal',
  'telegram',
  'steam',
  'intellij',
  'pycharm',
  'sublime text',
  'vim',
  'emacs',
]);

/**
 * Whether a name is a desktop application people commonly launch.
 *
 * @example
 * isKnownApp('VS Code'); // true
 */
export function isKnownApp(name: string): boolean {
  return appNames.has(name.trim().toLowerCase());
}
