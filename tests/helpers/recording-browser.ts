import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeRecordingScript } from './recording-script.ts';
import { readText, waitFor } from './wait-for.ts';

/** Variables that steer the bundled xdg-open away from `$BROWSER` (desktop detection, flatpak). */
const desktopVariables = [
  'DISPLAY',
  'WAYLAND_DISPLAY',
  'DESKTOP_SESSION',
  'KDE_FULL_SESSION',
  'GNOME_DESKTOP_SESSION_ID',
];

/**
 * The environment under which the real `open_website` handler (the `open` package's bundled
 * xdg-open) hands URLs to a recording script instead of a browser. For child processes,
 * merge `env` into theirs; in-process, `install()` applies it to `process.env`.
 *
 * @example
 * const browser = await recordingBrowser();
 * browser.install();
 * expect(await browser.opened(1)).toEqual(['https://github.com/']);
 */
export async function recordingBrowser() {
  const directory = await mkdtemp(join(tmpdir(), 'jobpilot-browser-'));
  const log = join(directory, 'opened.txt');
  const script = await writeRecordingScript(directory, 'record-browser', log);
  // X-Generic sends xdg-open straight to $BROWSER; an empty runtime dir rules out flatpak mode.
  const env: Record<string, string | undefined> = {
    BROWSER: script,
    XDG_CURRENT_DESKTOP: 'X-Generic',
    XDG_RUNTIME_DIR: directory,
    ...Object.fromEntries(desktopVariables.map((name) => [name, undefined])),
  };
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  const urls = (text: string) =>
    text.split('\n').filter((line) => line && !line.startsWith('launched with '));
  return {
    env,
    install: () => apply(env),
    restore: () => apply(saved),
    /** The URLs opened so far, waiting (bounded: a hang guard) until at least `count` arrived. */
    async opened(count = 1, timeoutMs = 30_000): Promise<string[]> {
      return urls(
        await waitFor(
          () => readText(log),
          (text) => urls(text).length >= count,
          { timeoutMs },
        ),
      );
    },
  };
}
