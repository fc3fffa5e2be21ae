import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchDetached, launchWaitMs } from '../../src/actions/desktop/launch-detached.ts';
import { launchFailure } from '../../src/actions/desktop/launch-failure.ts';
import { openApp } from '../../src/actions/open-app/index.ts';
import { openWebsite } from '../../src/actions/open-website/index.ts';
import { readText, waitFor } from '../helpers/wait-for.ts';

// Trial 46 #41: with a display but a browser that refuses to start as root, xdg-open exited 4
// after a while, and jobpilot said "Opened … in the browser." Every case here runs real
// processes: small scripts stand in for the browser, the app or xdg-open itself (on PATH, or as
// $BROWSER for the bundled xdg-open), and what they do decides what jobpilot says.

let dir: string;
/** Processes the stand-ins left running (each writes its pid): stopped after each test. */
let pidFile: string;

/** Writes an executable /bin/sh script named `name` in the temp folder; `body` is its text. */
async function standIn(name: string, body: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, `#!/bin/sh\necho $$ >> '${pidFile}'\n${body}\n`);
  await chmod(path, 0o755);
  return path;
}

/** Variables that would steer the bundled xdg-open away from the generic path and $BROWSER. */
const desktopVariables = ['WAYLAND_DISPLAY', 'DESKTOP_SESSION', 'KDE_FULL_SESSION', 'GNOME_DESKTOP_SESSION_ID', 'MATE_DESKTOP_SESSION_ID', 'LXQT_SESSION_CONFIG', 'DESKTOP'];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jobpilot-desktop-launch-'));
  pidFile = join(dir, 'pids');
  // X-Generic with no display sends the bundled xdg-open straight to $BROWSER; an empty runtime
  // dir keeps it out of flatpak mode.
  vi.stubEnv('XDG_CURRENT_DESKTOP', 'X-Generic');
  vi.stubEnv('XDG_RUNTIME_DIR', dir);
  vi.stubEnv('DISPLAY', undefined);
  for (const name of desktopVariables) vi.stubEnv(name, undefined);
  vi.stubEnv('PATH', `${dir}${delimiter}${process.env.PATH ?? ''}`);
});

afterEach(async () => {
  for (const pid of (await readText(pidFile)).split('\n').filter(Boolean)) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // already ended
    }
  }
  await rm(pidFile, { force: true });
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

const context = () => ({ signal: new AbortController().signal, artifactsDir: join(dir, 'artifacts') });

describe('open_website reports what the browser really did', () => {
  it('a browser that refuses to start as root: the failure, its reason and what to do, never "Opened"', async () => {
    vi.stubEnv(
      'BROWSER',
      await standIn('root-browser', `sleep 0.5\necho '[4242:4242:1207/091500.123456:ERROR:zygote_host_impl_linux.cc(100)] Running as root without --no-sandbox is not supported. See https://crbug.com/638180.' >&2\nexit 1`),
    );
    const result = await openWebsite.run({ url: 'jobs.smartrecruiters.com/VoltaraMobility/744000031337001' }, context());
    expect(result).toEqual({
      ok: false,
      summary:
        "I couldn't open a browser: xdg-open exited with code 3 (\"Running as root without --no-sandbox is not supported. See https://crbug.com/638180.\"): it refuses to run as root; start jobpilot as your own user, not as root. Meanwhile, open the link yourself: https://jobs.smartrecruiters.com/VoltaraMobility/744000031337001",
      data: { url: 'https://jobs.smartrecruiters.com/VoltaraMobility/744000031337001' },
    });
  });

  it('a browser that fails after a while (a loaded machine) is still a failure, with its own words', async () => {
    // The bundled xdg-open tries $BROWSER twice before it gives up: 2 × 1.2 s here.
    vi.stubEnv('BROWSER', await standIn('slow-failing-browser', `sleep 1.2\necho 'slow-failing-browser: cannot create profile directory' >&2\nexit 1`));
    const result = await openWebsite.run({ url: 'example.org/careers' }, context());
    expect(result.ok).toBe(false);
    expect(result.summary).toBe(
      `I couldn't open a browser: xdg-open exited with code 3 ("slow-failing-browser: cannot create profile directory"): the browser it ran did not start. Meanwhile, open the link yourself: https://example.org/careers`,
    );
  });

  it('a browser still running after the wait has opened the page', async () => {
    const opened = join(dir, 'opened-url');
    vi.stubEnv('BROWSER', await standIn('lasting-browser', `printf '%s' "$1" > '${opened}'\nexec sleep 60`));
    const started = Date.now();
    const result = await openWebsite.run({ url: 'github.com' }, context());
    expect(result).toEqual({
      ok: true,
      summary: 'Opened https://github.com/ in the browser.',
      data: { url: 'https://github.com/' },
      references: { last_url: 'https://github.com/' },
    });
    // Answered once the wait was over, not when the browser ends.
    expect(Date.now() - started).toBeGreaterThanOrEqual(launchWaitMs - 100);
    expect(Date.now() - started).toBeLessThan(launchWaitMs + 20_000);
    expect(await readText(opened)).toBe('https://github.com/');
  }, 40_000);
});

describe('open_app reports what the program really did', () => {
  it('an app that exits at once for want of a display: why, and what to do', async () => {
    await standIn('jobpilot-displayless-app', `echo 'jobpilot-displayless-app: cannot open display: :0' >&2\nexit 1`);
    expect(await openApp.run({ app_name: 'jobpilot displayless app' }, context())).toEqual({
      ok: false,
      summary:
        'Could not launch jobpilot displayless app (jobpilot-displayless-app): jobpilot-displayless-app exited with code 1 ("jobpilot-displayless-app: cannot open display: :0"): there is no display for the programs the server starts (DISPLAY or WAYLAND_DISPLAY was not set where `jobpilot serve` started: over SSH, in a container or as a service); start the server from your desktop session.',
    });
  });

  it('an app killed by a signal within the wait is a failure; one still running is launched', async () => {
    await standIn('jobpilot-crashing-app', 'kill -SEGV $$');
    expect(await openApp.run({ app_name: 'jobpilot-crashing-app' }, context())).toEqual({
      ok: false,
      summary: 'Could not launch jobpilot-crashing-app (jobpilot-crashing-app): jobpilot-crashing-app was stopped by SIGSEGV.',
    });
    await standIn('jobpilot-lasting-app', 'exec sleep 60');
    expect(await openApp.run({ app_name: 'jobpilot-lasting-app' }, context())).toMatchObject({ ok: true, summary: 'Launched jobpilot-lasting-app.' });
  }, 40_000);
});

describe('launchDetached', () => {
  it('a system xdg-open on PATH that exits 4: the code and what it means', async () => {
    await standIn('xdg-open', `sleep 0.3\nexit 4`);
    const outcome = await launchDetached('xdg-open', ['https://example.org/'], { waitMs: 10_000 });
    expect(outcome).toEqual({ ok: false, reason: 'failed', code: 4, signal: null, said: [] });
    if (!outcome.ok && outcome.reason === 'failed') {
      expect(launchFailure(outcome, 'xdg-open')).toBe('xdg-open exited with code 4: the browser it picked did not start');
    }
  });

  it('ends its wait early when the program hands over and exits 0, and tells a missing program apart', async () => {
    await standIn('jobpilot-handing-over', 'exit 0');
    const started = Date.now();
    expect(await launchDetached('jobpilot-handing-over', [], { waitMs: 20_000 })).toEqual({ ok: true, running: false });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await launchDetached('jobpilot-not-installed-anywhere', [])).toEqual({ ok: false, reason: 'not-installed' });
  });

  it('a file that cannot be run is a failure with the system’s reason', async () => {
    const notExecutable = join(dir, 'not-executable');
    await writeFile(notExecutable, 'plain text\n');
    const outcome = await launchDetached(notExecutable, []);
    expect(outcome).toMatchObject({ ok: false, reason: 'failed', error: expect.stringContaining('EACCES') });
    if (!outcome.ok && outcome.reason === 'failed') expect(launchFailure(outcome, notExecutable)).toMatch(/^not-executable could not be started \(spawn .*EACCES\)$/);
  });

  it('passes only clean lines of what the program said (no terminal escapes or control characters)', async () => {
    await standIn('jobpilot-noisy-app', `printf '\\033[31mError:\\033[0m bad\\tthing\\a\\n\\n' >&2\nexit 2`);
    expect(await launchDetached('jobpilot-noisy-app', [])).toEqual({ ok: false, reason: 'failed', code: 2, signal: null, said: ['Error: bad thing'] });
  });

  it('stops waiting when the run is cancelled (the program runs on)', async () => {
    await standIn('jobpilot-patient-app', 'exec sleep 60');
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('cancelled')), 300);
    const started = Date.now();
    await expect(launchDetached('jobpilot-patient-app', [], { signal: controller.signal, waitMs: 30_000 })).rejects.toThrow('cancelled');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('passes hostile text as one argument and runs nothing', async () => {
    const record = join(dir, 'arguments');
    const marker = join(dir, 'marker');
    await standIn('jobpilot-recording-app', `for argument in "$@"; do printf '%s\\n' "$argument" >> '${record}'; done`);
    const hostile = `$(touch ${marker}); touch ${marker} \`touch ${marker}\``;
    expect(await launchDetached('jobpilot-recording-app', [hostile])).toEqual({ ok: true, running: false });
    expect(await waitFor(() => readText(record), (text) => text.length > 0)).toBe(`${hostile}\n`);
    expect(await readText(marker)).toBe('');
  });
});
