import { access, constants, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { approvalCause } from '../../src/actions/action.ts';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openWebsiteArgs } from '../../src/actions/open-website/args.ts';
import {
  makeOpenWebsiteAction,
  normalizeWebUrl,
  openWebsite,
} from '../../src/actions/open-website/index.ts';
import { writeRecordingScript } from '../helpers/recording-script.ts';
import { readText, waitFor } from '../helpers/wait-for.ts';
import { punctuatedReferences } from '../helpers/punctuated-references.ts';

describe('normalizeWebUrl', () => {
  it('turns a bare domain into an https URL', () => {
    expect(normalizeWebUrl('github.com')).toEqual({ ok: true, url: 'https://github.com/' });
    expect(normalizeWebUrl('  jobs.example.org/careers?team=ts  ')).toEqual({
      ok: true,
      url: 'https://jobs.example.org/careers?team=ts',
    });
  });

  it('keeps http and https as given', () => {
    expect(normalizeWebUrl('http://example.com/a')).toEqual({
      ok: true,
      url: 'http://example.com/a',
    });
    expect(normalizeWebUrl('HTTPS://Example.com')).toEqual({
      ok: true,
      url: 'https://example.com/',
    });
  });

  it('reads host:port as a host, not as a scheme', () => {
    expect(normalizeWebUrl('localhost:3000')).toEqual({ ok: true, url: 'https://localhost:3000/' });
    expect(normalizeWebUrl('example.com:8080/jobs')).toEqual({
      ok: true,
      url: 'https://example.com:8080/jobs',
    });
  });

  it.each([
    ['file:///etc/passwd', 'file'],
    ['javascript:alert(1)', 'javascript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['ftp://example.com/file', 'ftp'],
    ['vbscript:msgbox', 'vbscript'],
  ])('refuses %s with a readable reason', (input, scheme) => {
    const result = normalizeWebUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.reason).toBe(
        `Refused to open "${input}": only http and https links can be opened (got ${scheme}).`,
      );
  });

  it('refuses text with spaces, empty input, no domain and embedded credentials', () => {
    expect(normalizeWebUrl('open github please')).toEqual({
      ok: false,
      reason: '"open github please" is not a URL (it contains spaces).',
    });
    expect(normalizeWebUrl('   ')).toEqual({ ok: false, reason: 'No URL was given.' });
    expect(normalizeWebUrl('github')).toEqual({
      ok: false,
      reason: '"github" has no domain to open.',
    });
    expect(normalizeWebUrl('https://user:secret@example.com')).toEqual({
      ok: false,
      reason: 'Refused to open a link with embedded credentials.',
    });
  });
});

describe('open_website arguments', () => {
  it('takes exactly one of an address or a job', () => {
    expect(openWebsiteArgs.safeParse({ url: 'github.com' }).success).toBe(true);
    expect(openWebsiteArgs.safeParse({ job: 'the second one' }).success).toBe(true);
    expect(openWebsiteArgs.safeParse({}).success).toBe(false);
    expect(openWebsiteArgs.safeParse({ url: 'github.com', job: 'it' }).success).toBe(false);
  });
});

describe('open_website approval after reading a posting', () => {
  const settings = { mode: 'auto' as const, allowedApps: [] };

  it('asks for every site once the thread has read outside text, the posting and job boards included', () => {
    const thread = { readOutsideText: true };
    for (const args of [{ job: 'the second one' }, { url: 'https://boards.greenhouse.io/stripe/jobs/1' }, { url: 'https://evil.example/collect' }]) {
      expect(approvalCause(openWebsite, args, settings, thread)).toBe('outside_text');
    }
    expect(approvalCause(openWebsite, { url: 'github.com' }, settings)).toBeNull();
  });
});

/** Every variable the bundled xdg-open reads to pick a desktop or a display. */
const desktopVariables = [
  'DISPLAY',
  'WAYLAND_DISPLAY',
  'DESKTOP_SESSION',
  'KDE_FULL_SESSION',
  'GNOME_DESKTOP_SESSION_ID',
  'MATE_DESKTOP_SESSION_ID',
  'LXQT_SESSION_CONFIG',
  'DESKTOP',
] as const;

describe('open_website through the real open package and its bundled xdg-open', () => {
  let dir: string;
  let record: string;
  let browser: string;
  const context = () => ({
    signal: new AbortController().signal,
    artifactsDir: join(dir, 'artifacts'),
  });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jobpilot-open-website-'));
    record = join(dir, 'opened.txt');
    browser = await writeRecordingScript(dir, 'recording-browser', record);
    // X-Generic sends xdg-open straight to its generic path; with no display it skips
    // xdg-mime and hands the URL to $BROWSER. A flatpak-info file under XDG_RUNTIME_DIR
    // would switch it to flatpak, so point that at our empty temp dir.
    vi.stubEnv('XDG_CURRENT_DESKTOP', 'X-Generic');
    vi.stubEnv('XDG_RUNTIME_DIR', dir);
    for (const name of desktopVariables) vi.stubEnv(name, undefined);
    vi.stubEnv('BROWSER', browser);
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  });

  afterEach(async () => {
    await rm(record, { force: true });
  });

  it('ships an executable xdg-open (open falls back to a system xdg-open without it)', async () => {
    const require = createRequire(import.meta.url);
    const xdgOpen = join(dirname(require.resolve('open')), 'xdg-open');
    await expect(access(xdgOpen, constants.X_OK)).resolves.toBeUndefined();
  });

  it('says so honestly when no browser can be started (no display, no $BROWSER)', async () => {
    // No display and no $BROWSER: xdg-open looks for a text browser on PATH and, on a
    // machine without one (this one, CI), exits 3 at once.
    vi.stubEnv('BROWSER', undefined);
    try {
      const result = await openWebsite.run({ url: 'github.com' }, context());
      expect(result).toEqual({
        ok: false,
        summary:
          "I couldn't open a browser: xdg-open exited with code 3 (\"xdg-open: no method available for opening 'https://github.com/'\"): no program to open links with was found; install a browser, or set BROWSER to one before starting the server. Meanwhile, open the link yourself: https://github.com/",
        data: { url: 'https://github.com/' },
      });
      expect(punctuatedReferences(result.summary)).toEqual([]);
    } finally {
      vi.stubEnv('BROWSER', browser);
    }
  });

  it('hands https://github.com/ to the browser for a bare "github.com"', async () => {
    const result = await openWebsite.run({ url: 'github.com' }, context());
    expect(result).toEqual({
      ok: true,
      summary: 'Opened https://github.com/ in the browser.',
      data: { url: 'https://github.com/' },
      references: { last_url: 'https://github.com/' },
    });
    const opened = await waitFor(
      () => readText(record),
      (text) => text.includes('https://github.com/'),
    );
    expect(opened).toBe('launched with 1 argument(s)\nhttps://github.com/\n');
  });

  it('opens a job’s posting through the resolver it was given, with the thread’s references', async () => {
    const asked: Array<[string, Record<string, string>]> = [];
    const action = makeOpenWebsiteAction({
      findJobUrl: async (job, references) => {
        asked.push([job, { ...references }]);
        return { ok: true, id: 'b2b2b2b2b2b2', url: 'https://jobs.example.org/42', title: 'Backend Engineer at Acme' };
      },
    });
    const references = { last_job_ids: 'a1a1a1a1a1a1,b2b2b2b2b2b2' };
    const result = await action.run({ job: 'the second one' }, { ...context(), references });
    expect(asked).toEqual([['the second one', references]]);
    expect(result).toMatchObject({
      ok: true,
      summary: 'Opened https://jobs.example.org/42 (Backend Engineer at Acme) in the browser.',
      references: { last_url: 'https://jobs.example.org/42' },
    });
    const opened = await waitFor(
      () => readText(record),
      (text) => text.includes('https://jobs.example.org/42'),
    );
    expect(opened).toBe('launched with 1 argument(s)\nhttps://jobs.example.org/42\n');
  });

  it('says before asking which posting it will open, the job resolved against the list seen and pinned by id', async () => {
    const action = makeOpenWebsiteAction({
      findJobUrl: async (job, references) =>
        job === 'the first one' && references.last_job_ids === 'd4d4d4d4d4d4,e5e5e5e5e5e5'
          ? { ok: true, id: 'd4d4d4d4d4d4', url: 'https://jobs.example.org/7', title: 'Glassblower at Furnace Row' }
          : { ok: false, error: 'no such job' },
    });
    const references = { last_job_ids: 'd4d4d4d4d4d4,e5e5e5e5e5e5' };
    const signal = new AbortController().signal;
    expect(await action.preview?.({ job: 'the first one' }, { references, signal })).toEqual({
      ok: true,
      text: 'open https://jobs.example.org/7 (Glassblower at Furnace Row) in your browser',
      args: { job: 'd4d4d4d4d4d4' },
    });
    expect(await action.preview?.({ job: 'the ninth one' }, { references, signal })).toEqual({ ok: false, error: 'no such job' });
    expect(await action.preview?.({ url: 'example.org/careers' }, { references, signal })).toEqual({
      ok: true,
      text: 'open https://example.org/careers in your browser',
    });
  });

  it('reports a job it cannot resolve, or cannot look up at all, as a failed step', async () => {
    const action = makeOpenWebsiteAction({
      findJobUrl: async () => ({ ok: false, error: 'The last search showed 2 jobs; there is no number 3.' }),
    });
    expect(await action.run({ job: '#3' }, context())).toEqual({
      ok: false,
      summary: 'The last search showed 2 jobs; there is no number 3.',
    });
    expect(await openWebsite.run({ job: 'it' }, context())).toMatchObject({ ok: false, summary: expect.stringContaining('job index') });
  });

  it('refuses file: and javascript: links without launching anything', async () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi']) {
      const result = await openWebsite.run({ url }, context());
      expect(result.ok).toBe(false);
      expect(result.summary).toMatch(/only http and https links can be opened/);
    }
    // A later real open is the barrier: had a refused link reached the launcher, the browser
    // would have recorded it too.
    await openWebsite.run({ url: 'example.com' }, context());
    const opened = await waitFor(
      () => readText(record),
      (text) => text.includes('https://example.com/'),
    );
    expect(opened).toBe('launched with 1 argument(s)\nhttps://example.com/\n');
  });

  it('passes shell metacharacters in a URL as plain text and runs nothing', async () => {
    const markers = [
      join(dir, 'marker-substitution'),
      join(dir, 'marker-backticks'),
      join(dir, 'marker-semicolon'),
    ];
    // No spaces are allowed in a URL, so $IFS stands in for them: a shell would run `touch <marker>`.
    const hostile = [
      `https://example.com/?q=$(touch$IFS${markers[0]})`,
      `https://example.com/?q=\`touch$IFS${markers[1]}\``,
      `https://example.com/x;touch$IFS${markers[2]}`,
    ];
    for (const url of hostile) {
      const expected = normalizeWebUrl(url);
      expect(expected.ok).toBe(true);
      if (!expected.ok) continue;
      await rm(record, { force: true });
      const result = await openWebsite.run({ url }, context());
      expect(result).toMatchObject({ ok: true, data: { url: expected.url } });
      const opened = await waitFor(
        () => readText(record),
        (text) => text.endsWith(`${expected.url}\n`),
      );
      // The browser got the URL as one argument, character for character.
      expect(opened).toBe(`launched with 1 argument(s)\n${expected.url}\n`);
    }
    for (const marker of markers) {
      await expect(access(marker), `${marker} must not exist`).rejects.toThrow(/ENOENT/);
    }
  });
});
