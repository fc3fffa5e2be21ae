import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import screenshot from 'screenshot-desktop';
import { z } from 'zod';
import { defineAction } from '../action.ts';

const noDisplayPatterns = [/can't open display/i, /cannot open display/i, /unable to open display/i, /ENOENT/];

/** A name nobody chose but us: time-sortable and unguessable. */
const screenshotName = () =>
  `screenshot-${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}.png`;

export const takeScreenshot = defineAction({
  name: 'take_screenshot',
  description: 'Capture the whole screen as a PNG file saved in the jobpilot data folder.',
  args: z.object({}),
  approval: () => 'ask',
  async run(_args, { signal, artifactsDir }) {
    signal.throwIfAborted();
    let image: Buffer;
    try {
      image = await screenshot({ format: 'png' });
    } catch (error) {
      const message = String((error as Error)?.message ?? error);
      if (noDisplayPatterns.some((pattern) => pattern.test(message))) {
        return { ok: false, summary: 'No display available: there is no screen to capture here.' };
      }
      return { ok: false, summary: `The screenshot failed: ${message.split('\n')[0]}` };
    }
    await mkdir(artifactsDir, { recursive: true });
    const path = join(artifactsDir, screenshotName());
    await writeFile(path, image, { mode: 0o600 });
    return {
      ok: true,
      summary: `Saved a screenshot to ${path}.`,
      data: { path, bytes: image.length },
      references: { last_screenshot: path },
    };
  },
});
