import { randomBytes } from 'node:crypto';
import { ensurePrivateDirectory, writeNewPrivateFile } from '../../db/private-files.ts';
import { defineAction } from '../action.ts';
import { takeScreenshotArgs } from './args.ts';
import { blankColour } from './blank-colour.ts';
import { captureScreen } from './capture-screen.ts';
import { takeScreenshotPhrasing } from './phrasing.ts';

const noDisplayPatterns = [
  /can't open display/i,
  /cannot open display/i,
  /unable to open display/i,
];
// The programs are run directly: one that is not installed fails to spawn (ENOENT).
const missingToolPatterns = [/ENOENT/];

/** Never wait for a capture forever (an X server that accepts but never answers). */
const captureTimeoutMs = 20_000;

/** A name nobody chose but us: time-sortable and unguessable. */
const screenshotName = () =>
  `screenshot-${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}.png`;

/** Captures the screen as PNG, or rejects on failure, abort or time-out (the program is killed). */
async function capture(signal: AbortSignal): Promise<Buffer> {
  const deadline = AbortSignal.timeout(captureTimeoutMs);
  try {
    return await captureScreen(AbortSignal.any([signal, deadline]));
  } catch (error) {
    if (deadline.aborted && !signal.aborted) throw new Error('the capture timed out', { cause: error });
    throw error;
  }
}

/** `take_screenshot`: captures the whole screen to a PNG in the artifacts folder; always asks first. */
export const takeScreenshot = defineAction({
  name: 'take_screenshot',
  description: 'Capture the whole screen as a PNG file saved in the jobpilot data folder.',
  args: takeScreenshotArgs,
  phrasing: takeScreenshotPhrasing,
  approval: () => 'ask',
  preview: async () => ({ ok: true, text: 'capture your whole screen and save it as a PNG in the jobpilot data folder' }),
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
    // A screen in one colour shows nothing: said, so nobody takes it for what was on screen.
    const blank = blankColour(image);
    return {
      ok: true,
      summary: blank
        ? `Saved a screenshot to ${path} — it is blank (the whole screen is ${blank}): nothing was showing, or the screen is off or locked`
        : `Saved a screenshot to ${path}`,
      data: { path, bytes: image.length, ...(blank ? { blank: true } : {}) },
      references: { last_screenshot: path },
    };
  },
});
