import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { takeScreenshot } from '../../src/actions/take-screenshot/index.ts';
import { encodePng } from '../helpers/encode-png.ts';
import { findOnPath } from '../helpers/find-on-path.ts';
import { waitFor } from '../helpers/wait-for.ts';
import { punctuatedReferences } from '../helpers/punctuated-references.ts';

/** ImageMagick's `import`, not some other program of that name. */
function isImageMagickImport(path: string | undefined): boolean {
  if (!path) return false;
  try {
    return execFileSync(path, ['-version'], { encoding: 'utf8', timeout: 5_000 }).includes(
      'ImageMagick',
    );
  } catch {
    return false;
  }
}

const xvfb = findOnPath('Xvfb');
const hasXrandr = findOnPath('xrandr') !== undefined;
// ImageMagick's display puts a picture on the Xvfb screen, and its convert reads a pixel back.
const display = findOnPath('display');
const convertPath = findOnPath('convert') as string;
const hasImportPath = findOnPath('import') as string;
const hasImport = isImageMagickImport(findOnPath('import'));
const setupHint = '(CI installs xvfb, x11-xserver-utils and imagemagick)';
const xvfbSkipReason = !xvfb
  ? `Xvfb not installed ${setupHint}`
  : !hasXrandr || !hasImport || !display || !convertPath
    ? `xrandr or ImageMagick (import, display, convert) not installed ${setupHint}`
    : undefined;
const noDisplaySkipReason = hasXrandr ? undefined : `xrandr not installed ${setupHint}`;
for (const reason of [xvfbSkipReason, noDisplaySkipReason]) {
  if (reason) console.warn(`take_screenshot tests skipped: ${reason}`);
}

// On CI a skip would hide a missing install step, so there the missing tool is a failure.
describe.runIf(process.env.CI === 'true')('on CI', () => {
  it('has every program the screenshot tests drive', () => {
    expect(xvfbSkipReason ?? noDisplaySkipReason).toBeUndefined();
  });
});

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let dir: string;
const context = (signal = new AbortController().signal) => ({
  signal,
  artifactsDir: join(dir, 'data', 'artifacts'),
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jobpilot-screenshot-'));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

describe('take_screenshot without a usable screen', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.skipIf(noDisplaySkipReason !== undefined)(
    `says "No display available" when DISPLAY is unset${noDisplaySkipReason ? ` (skipped: ${noDisplaySkipReason})` : ''}`,
    async () => {
      vi.stubEnv('DISPLAY', undefined);
      vi.stubEnv('WAYLAND_DISPLAY', undefined);
      const result = await takeScreenshot.run({}, context());
      expect(result).toEqual({
        ok: false,
        summary: 'No display available: there is no screen to capture here.',
      });
    },
  );

  it('says which programs are missing when xrandr and import are not on PATH', async () => {
    vi.stubEnv('DISPLAY', ':0');
    vi.stubEnv('PATH', join(dir, 'empty-bin'));
    const result = await takeScreenshot.run({}, context());
    expect(result).toEqual({
      ok: false,
      summary:
        'Screenshots need the xrandr and ImageMagick import programs, which are not installed (Debian: x11-xserver-utils and imagemagick).',
    });
  });

  it('stops at once when the run is already cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(takeScreenshot.run({}, context(controller.signal))).rejects.toThrow('cancelled');
  });
});

/** Starts Xvfb on a free display (it picks one and reports it through -displayfd once ready). */
async function startXvfb(program: string): Promise<{ server: ChildProcess; display: string }> {
  const server = spawn(
    program,
    ['-displayfd', '3', '-screen', '0', '1024x768x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  let errors = '';
  server.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const display = await new Promise<string>((resolve, reject) => {
    let written = '';
    const timer = setTimeout(
      () => reject(new Error(`Xvfb did not start in 10 s: ${errors}`)),
      10_000,
    );
    (server.stdio[3] as Readable).on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (written.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${written.trim()}`);
      }
    });
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${errors}`)));
  });
  return { server, display };
}

describe.skipIf(xvfbSkipReason !== undefined)(
  `take_screenshot under Xvfb${xvfbSkipReason ? ` (skipped: ${xvfbSkipReason})` : ''}`,
  () => {
    let server: ChildProcess | undefined;

    beforeAll(async () => {
      const started = await startXvfb(xvfb as string);
      server = started.server;
      vi.stubEnv('DISPLAY', started.display);
    }, 15_000);

    afterAll(async () => {
      vi.unstubAllEnvs();
      if (server && server.exitCode === null) {
        const exited = new Promise((resolve) => server?.once('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
    });

    /**
     * Shows a picture at the top left of the screen, in a window of ImageMagick's display with no
     * border, until `close()`: the whole 1024x768 screen in one colour (r, g, b), or a 64x64 grid
     * on Xvfb's black. (The root window's own background is no use: xrandr's query repaints it.)
     */
    const show = async (colour: number[] | 'grid') => {
      const [width, height] = colour === 'grid' ? [64, 64] : [1024, 768];
      const rows = Array.from({ length: height }, (_, y) =>
        Array.from({ length: width }, (_, x) => (colour === 'grid' ? (((x >> 4) + (y >> 4)) % 2 === 0 ? [255, 255, 255] : [40, 90, 200]) : colour)).flat(),
      );
      const picture = join(dir, 'shown.png');
      await writeFile(picture, encodePng({ width, bitDepth: 8, colourType: 2, filters: [1], rows }));
      const window = spawn(display as string, ['-borderwidth', '0', '-geometry', '+0+0', picture], { stdio: 'ignore' });
      // Shown once the screen's top-left pixel is the picture's (read by ImageMagick, not by the code under test).
      const expected = colour === 'grid' ? 'white' : `#${colour.map((value) => value.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
      await waitFor(
        async () => {
          const screen = execFileSync(hasImportPath, ['-silent', '-window', 'root', '-crop', '8x8+0+0', '-screen', 'png:-'], { timeout: 10_000 });
          return execFileSync(convertPath, ['png:-', '-format', '%[hex:p{1,1}]', 'info:'], { input: screen, timeout: 10_000 }).toString();
        },
        (pixel) => (expected === 'white' ? /^FFFFFF/ : new RegExp(`^${expected.slice(1)}`)).test(pixel),
        { timeoutMs: 20_000 },
      );
      return {
        close: async () => {
          const closed = new Promise((resolve) => window.once('exit', resolve));
          window.kill('SIGTERM');
          await closed;
        },
      };
    };

    it('writes a PNG of the whole screen under a generated name in the artifacts folder', async () => {
      const grid = await show('grid');
      const result = await takeScreenshot.run({}, context());
      await grid.close();
      expect(result.ok, result.summary).toBe(true);
      const path = result.data?.path as string;
      expect(dirname(path)).toBe(context().artifactsDir);
      expect(basename(path)).toMatch(
        /^screenshot-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[0-9a-f]{6}\.png$/,
      );
      expect(result).toEqual({
        ok: true,
        summary: `Saved a screenshot to ${path}`,
        data: { path, bytes: (await stat(path)).size },
        references: { last_screenshot: path },
      });
      expect(punctuatedReferences(result.summary)).toEqual([]);
      const image = await readFile(path);
      expect(image.subarray(0, 8)).toEqual(pngSignature);
      // The IHDR chunk holds width and height: the whole 1024x768 Xvfb screen was captured.
      expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([1024, 768]);
      expect((await stat(path)).mode & 0o777).toBe(0o600);
    });

    it('says a screen in one colour is blank (trial 46 #41: an empty display saved as if it showed something)', async () => {
      // Xvfb's own screen, nothing on it: black from edge to edge.
      const black = await takeScreenshot.run({}, context());
      const path = black.data?.path as string;
      expect(black).toEqual({
        ok: true,
        summary: `Saved a screenshot to ${path} — it is blank (the whole screen is black): nothing was showing, or the screen is off or locked`,
        data: { path, bytes: (await stat(path)).size, blank: true },
        references: { last_screenshot: path },
      });
      expect(punctuatedReferences(black.summary)).toEqual([]);
      const dark = await show([0x1e, 0x1e, 0x2e]);
      expect((await takeScreenshot.run({}, context())).summary).toMatch(/ — it is blank \(the whole screen is #1e1e2e\)/);
      await dark.close();
      // A small picture in a corner is something on the screen.
      const grid = await show('grid');
      const shown = await takeScreenshot.run({}, context());
      await grid.close();
      expect(shown.summary).toBe(`Saved a screenshot to ${shown.data?.path as string}`);
      expect(shown.data).not.toHaveProperty('blank');
    }, 60_000);

    it('never reuses a name', async () => {
      const [first, second] = await Promise.all([
        takeScreenshot.run({}, context()),
        takeScreenshot.run({}, context()),
      ]);
      expect(first?.data?.path).not.toBe(second?.data?.path);
      // Two real captures at once: generous on a busy two-core machine, a hang guard only.
    }, 30_000);
  },
);

// Issue 15: screenshot-desktop ran xrandr through a shell with the server's whole environment.
// Here stand-ins for xrandr and import, first on PATH, record their environment and arguments.
describe('the programs take_screenshot runs', () => {
  const secrets = {
    OPENAI_API_KEY: 'sk-test-openai-secret',
    GOOGLE_API_KEY: 'google-test-secret',
    JOBPILOT_TOKEN: 'token-test-secret',
    SERPAPI_API_KEY: 'serp-test-secret',
    DATABASE_URL: 'postgres://user:pw-test-secret@db/x',
    AWS_SECRET_ACCESS_KEY: 'aws-test-secret',
  };
  let bin: string;

  beforeAll(async () => {
    bin = join(dir, 'stand-ins');
    await mkdir(bin, { recursive: true });
    // Each writes its environment (env -0: one variable per NUL) and its arguments (one a line).
    const record = (name: string) => `env -0 > '${join(bin, `${name}.env`)}'\nfor argument in "$@"; do printf '%s\\n' "$argument"; done > '${join(bin, `${name}.args`)}'\n`;
    await writeFile(join(bin, 'xrandr'), `#!/bin/sh\n${record('xrandr')}echo 'Screen 0: minimum 1 x 1, current 64 x 48, maximum 64 x 48'\necho 'default connected primary 64x48+0+0 0mm x 0mm'\n`, { mode: 0o755 });
    await writeFile(join(bin, 'import'), `#!/bin/sh\n${record('import')}printf '\\211PNG\\r\\n\\032\\nstand-in'\n`, { mode: 0o755 });
    for (const [name, value] of Object.entries(secrets)) vi.stubEnv(name, value);
    vi.stubEnv('PATH', `${bin}${delimiter}${process.env.PATH ?? ''}`);
    vi.stubEnv('DISPLAY', ':77');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  const environmentOf = async (name: string) =>
    Object.fromEntries(
      (await readFile(join(bin, `${name}.env`), 'utf8'))
        .split('\0')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );

  it('get no key, no token, nothing of the server; arguments as an array, the picture through a new 0600 file', async () => {
    const result = await takeScreenshot.run({}, context());
    expect(result.ok, result.summary).toBe(true);
    for (const name of ['xrandr', 'import']) {
      const environment = await environmentOf(name);
      for (const [variable, value] of Object.entries(secrets)) {
        expect(environment, `${name} got ${variable}`).not.toHaveProperty(variable);
        expect(Object.values(environment).join('\n'), `${name} got the value of ${variable}`).not.toContain(value);
      }
      expect(environment.DISPLAY).toBe(':77');
      expect(environment.PATH?.split(delimiter)[0]).toBe(bin);
    }
    expect((await readFile(join(bin, 'xrandr.args'), 'utf8')).split('\n')).toEqual(['--current', '']);
    expect((await readFile(join(bin, 'import.args'), 'utf8')).split('\n')).toEqual(['-silent', '-window', 'root', '-crop', '64x48+0+0', '-screen', 'png:-', '']);
    const path = result.data?.path as string;
    expect((await readFile(path)).toString('latin1')).toBe('\x89PNG\r\n\x1a\nstand-in');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });
});
