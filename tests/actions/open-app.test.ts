import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ApprovalSettings, requiresApproval } from '../../src/actions/action.ts';
import { isAllowedApp, openApp, resolveProgram } from '../../src/actions/open-app/index.ts';
import { writeRecordingScript } from '../helpers/recording-script.ts';
import { readText, waitFor } from '../helpers/wait-for.ts';

describe('resolveProgram', () => {
  it('maps common names to Linux programs and spaces to dashes', () => {
    expect(resolveProgram('Calculator')).toBe('gnome-calculator');
    expect(resolveProgram('  VS Code ')).toBe('code');
    expect(resolveProgram('firefox')).toBe('firefox');
    expect(resolveProgram('libre office')).toBe('libreoffice');
    expect(resolveProgram('Jobpilot Fake App')).toBe('jobpilot-fake-app');
  });

  it.each([
    '/usr/bin/firefox',
    '../bin/sh',
    './run',
    'firefox --new-window',
    'calc; touch /tmp/x',
    '$(touch /tmp/x)',
    '`touch /tmp/x`',
    'calc && rm -rf ~',
    'calc | sh',
    '-n',
    '',
  ])('refuses %j (paths, options and commands are not app names)', (name) => {
    expect(resolveProgram(name)).toBeNull();
  });
});

describe('open_app approval policy', () => {
  const settings = (allowedApps: string[]): ApprovalSettings => ({ mode: 'auto', allowedApps });

  it('is auto only for allow-listed apps, by the name asked for or the program it resolves to', () => {
    expect(isAllowedApp('Calculator', ['calculator'])).toBe(true);
    expect(isAllowedApp('calc', ['gnome-calculator'])).toBe(true);
    expect(isAllowedApp('firefox', ['calculator'])).toBe(false);
    expect(openApp.approval({ app_name: 'Calculator' }, settings(['calculator']))).toBe('auto');
    expect(openApp.approval({ app_name: 'calc' }, settings(['gnome-calculator']))).toBe('auto');
  });

  it('asks for anything else, including hostile names that contain an allowed one', () => {
    expect(openApp.approval({ app_name: 'firefox' }, settings(['calculator']))).toBe('ask');
    expect(openApp.approval({ app_name: 'calculator' }, settings([]))).toBe('ask');
    expect(openApp.approval({ app_name: 'calc; touch /tmp/x' }, settings(['calc']))).toBe('ask');
  });

  it('always asks when the turn has read text from outside, even for an allowed app', () => {
    expect(requiresApproval(openApp, { app_name: 'calculator' }, settings(['calculator']), { readOutsideText: true })).toBe(true);
  });
});

describe('open_app through the real open package', () => {
  const fakeApp = 'jobpilot-fake-app';
  let dir: string;
  let record: string;
  const context = () => ({
    signal: new AbortController().signal,
    artifactsDir: join(dir, 'artifacts'),
  });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jobpilot-open-app-'));
    record = join(dir, 'launched.txt');
    await writeRecordingScript(dir, fakeApp, record);
    vi.stubEnv('PATH', `${dir}${delimiter}${process.env.PATH ?? ''}`);
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  });

  afterEach(async () => {
    await rm(record, { force: true });
  });

  it('launches a program found on PATH, with no arguments', async () => {
    const result = await openApp.run({ app_name: 'Jobpilot Fake App' }, context());
    expect(result).toEqual({
      ok: true,
      summary: 'Launched Jobpilot Fake App.',
      data: { app: 'Jobpilot Fake App', program: fakeApp },
      references: { last_app: 'Jobpilot Fake App' },
    });
    const launched = await waitFor(
      () => readText(record),
      (text) => text.length > 0,
    );
    expect(launched).toBe('launched with 0 argument(s)\n');
  });

  it('says an unknown app is not installed', async () => {
    const result = await openApp.run({ app_name: 'jobpilot-no-such-app' }, context());
    expect(result).toEqual({
      ok: false,
      summary: 'Could not launch jobpilot-no-such-app: it is not installed (looked for jobpilot-no-such-app).',
    });
  });

  it("opens a suite's module with its fixed option, and the next program that may open it when the first is missing", async () => {
    // Only the temp dir on PATH: a fake LibreOffice stands in for the real one.
    await writeRecordingScript(dir, 'libreoffice', record);
    const path = process.env.PATH;
    vi.stubEnv('PATH', dir);
    try {
      const word = await openApp.run({ app_name: 'word' }, context());
      expect(word).toMatchObject({ ok: true, summary: 'Launched word (LibreOffice Writer).', data: { program: 'libreoffice' } });
      expect(await waitFor(() => readText(record), (text) => text.length > 0)).toBe('launched with 1 argument(s)\n--writer\n');
      await rm(record, { force: true });
      await rm(join(dir, 'libreoffice'));
      await writeRecordingScript(dir, 'lowriter', record);
      const writer = await openApp.run({ app_name: 'LibreOffice Writer' }, context());
      expect(writer).toMatchObject({ ok: true, data: { program: 'lowriter' } });
      expect(await waitFor(() => readText(record), (text) => text.length > 0)).toBe('launched with 0 argument(s)\n');
      await rm(join(dir, 'lowriter'));
      const none = await openApp.run({ app_name: 'excel' }, context());
      expect(none).toEqual({
        ok: false,
        summary: 'Could not launch excel: it is not installed (looked for libreoffice --calc, localc and soffice --calc).',
      });
    } finally {
      vi.stubEnv('PATH', path);
    }
  });

  it('runs nothing for hostile names', async () => {
    const marker = join(dir, 'marker');
    const hostile = [
      `${fakeApp}; touch ${marker}`,
      `$(touch ${marker})`,
      `\`touch ${marker}\``,
      `${fakeApp} && touch ${marker}`,
      `${fakeApp} | touch ${marker}`,
    ];
    for (const app_name of hostile) {
      const result = await openApp.run({ app_name }, context());
      expect(result).toEqual({
        ok: false,
        summary: `Refused to launch "${app_name}": give an application name, not a path or command.`,
      });
    }
    // Words after a name are part of the name, never arguments or commands.
    const wordy = await openApp.run({ app_name: `${fakeApp} touch marker` }, context());
    expect(wordy).toMatchObject({
      ok: false,
      summary: expect.stringContaining('it is not installed'),
    });
    // A real launch afterwards is the barrier: had anything above run the fake app, it would be recorded too.
    await openApp.run({ app_name: fakeApp }, context());
    const launched = await waitFor(
      () => readText(record),
      (text) => text.length > 0,
    );
    expect(launched).toBe('launched with 0 argument(s)\n');
    await expect(access(marker), 'the marker file must not exist').rejects.toThrow(/ENOENT/);
  });
});
