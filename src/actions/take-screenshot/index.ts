import { randomBytes } from 'node:crypto';
import screenshot from 'screenshot-desktop';
import { ensurePrivateDirectory, writeNewPrivateFile } from '../../db/private-files.ts';
import { defineAction } from '../action.ts';
import { takeScreenshotArgs } from './args.ts';
import { takeScreenshotPhrasing } from './phrasing.ts';

const noDisplayPatterns = [
  /can't open display/i,
  /cannot open display/i,
  /unable to open display/i,
];
// screenshot-desktop runs `xrandr` through a shell ("xrandr: not found") and `import` directly (ENOENT).
const missingToolPatterns = [/ENOENT/, /: not found/];

/** Never wait for a capture forever (an X server that accepts but never answers). */
const captureTimeoutMs = 20_000;

/** A name nobody chose but us: time-sortable and unguessable. */
const screenshotName = () =>
  `screenshot-${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}.png`;

async function captureOnce(): Promise<Buffer> {
  // With no screen in xrandr's list, screenshot-desktop throws inside a callback: its promise
  // never settles and the throw becomes an unhandled rejection. Ask for the list first.
  const displays = await screenshot.listDisplays();
  if (displays.length === 0) {
    throw new Error("Can't open display: xrandr lists no connected screen");
  }
  return screenshot({ format: 'png' });
}

/** Captures the screen as PNG, or rejects on failure, abort or time-out. */
function capture(signal: AbortSignal): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the capture timed out')), captureTimeoutMs);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    captureOnce()
      .then(resolve, reject)
      .finally(() => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
      });
  });
}

/** `take_screenshot`: captures the whole screen to a PNG in the artifacts folder; always asks first. */
export const takeScreenshot = defineAction({
  name: 'take_screenshot',
  description: 'Capture the whole screen as a PNG file saved in the jobpilot data folder.',
  args: takeScreenshotArgs,
  phrasing: takeScreenshotPhrasing,
  approval: () => 'ask',
  desktop: true,
  async run(_args, { signal, artifactsDir }) {
    signal.throwIfAborted();
    let image: Buffer;
    try {
      image = await capture(signal);
    } catch (error) {
      signal.throwIfAborted();
      const message = String((error as Error)?.message ?? error);
      if (noDisplayPatterns.some((pattern) => pattern.test(message))) {
        return { ok: false, summary: 'No display available: there is no screen to capture here.' };
      }
      if (missingToolPatterns.some((pattern) => pattern.test(message))) {
        return {
          ok: false,
          summary:
            'Screenshots need the xrandr and ImageMagick import programs, which are not installed (Debian: x11-xserver-utils and imagemagick).',
        };
      }
      return { ok: false, summary: `The screenshot failed: ${message.split('\n')[0]}` };
    }
    // A new file only (0600, never through a symlink), in a folder only we can enter.
    const path = await writeNewPrivateFile(await ensurePrivateDirectory(artifactsDir), screenshotName(), image);
    return {
      ok: true,
      summary: `Saved a screenshot to ${path}`,
      data: { path, bytes: image.length },
      references: { last_screenshot: path },
    };
  },
});
