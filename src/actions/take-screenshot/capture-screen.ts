/**
 * Captures the screen as PNG bytes with the system's own programs, run directly (no shell)
 * with the desktop environment only (`childEnvironment('desktop')`), so the server's keys and
 * token never reach them: on X11, `xrandr --current` for the screens and ImageMagick's
 * `import -window root` for the picture, written to its standard output; on macOS,
 * `screencapture` into a private temporary folder.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnvironment } from '../../config.ts';

/** One connected screen as xrandr lists it: its name and its area of the desktop. */
export interface Screen {
  name: string;
  primary: boolean;
  /** `WIDTHxHEIGHT+X+Y`, as `import -crop` takes it. */
  geometry: string;
}

/** A PNG of a very large desktop (several 4K screens) still fits. */
const maxImageBytes = 256 * 1024 * 1024;

/** Runs `program` with `args` (no shell) and the desktop environment; resolves with its standard output. */
function run(program: string, args: readonly string[], signal: AbortSignal, maxBuffer = 1024 * 1024): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { env: childEnvironment('desktop'), encoding: 'buffer', maxBuffer, signal, windowsHide: true }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout);
    });
  });
}

/**
 * The connected screens in `xrandr --current` output ("HDMI-1 connected primary 1920x1080+0+0 …";
 * Xvfb's "default connected primary 1024x768+0+0 …").
 *
 * @example
 * parseScreens('DP-1 connected 1920x1080+0+0 (normal left …) 476mm x 268mm'); // [{name: 'DP-1', primary: false, geometry: '1920x1080+0+0'}]
 */
export function parseScreens(xrandrOutput: string): Screen[] {
  const screens: Screen[] = [];
  for (const line of xrandrOutput.split('\n')) {
    const match = /^(\S+) connected (primary )?(\d+x\d+\+\d+\+\d+)/.exec(line);
    if (match) screens.push({ name: match[1]!, primary: match[2] !== undefined, geometry: match[3]! });
  }
  return screens;
}

async function captureX11(signal: AbortSignal): Promise<Buffer> {
  const screens = parseScreens((await run('xrandr', ['--current'], signal)).toString('utf8'));
  const screen = screens.find((candidate) => candidate.primary || candidate.name === 'default') ?? screens[0];
  if (!screen) throw new Error("Can't open display: xrandr lists no connected screen");
  return run('import', ['-silent', '-window', 'root', '-crop', screen.geometry, '-screen', 'png:-'], signal, maxImageBytes);
}

// screencapture writes only to a path: one in a folder of our own (0700), removed after.
async function captureMac(signal: AbortSignal): Promise<Buffer> {
  const folder = await mkdtemp(join(tmpdir(), 'jobpilot-screenshot-'));
  try {
    const path = join(folder, 'screen.png');
    await run('screencapture', ['-x', '-t', 'png', path], signal);
    return await readFile(path);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * The whole screen (the primary one, on X11) as PNG bytes.
 *
 * @throws the program's error: `ENOENT` when it is not installed, "Can't open display" with no
 *   screen, an `AbortError` when `signal` aborts (the program is killed).
 * @example
 * const png = await captureScreen(AbortSignal.timeout(20_000));
 */
export function captureScreen(signal: AbortSignal): Promise<Buffer> {
  if (process.platform === 'darwin') return captureMac(signal);
  if (process.platform === 'win32') return Promise.reject(new Error('screenshots are not supported on Windows'));
  return captureX11(signal);
}
