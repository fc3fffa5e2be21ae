import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openApp } from '../../src/actions/open-app/index.ts';
import { openWebsite } from '../../src/actions/open-website/index.ts';
import { childEnvironment } from '../../src/config.ts';
import { readText, waitFor } from '../helpers/wait-for.ts';

// Issue 15: apps opened by open_app (and the browser opener) got the server's whole
// environment, model keys and API token included. Here real children print theirs.

const secrets = {
  OPENAI_API_KEY: 'sk-test-openai-secret',
  GOOGLE_API_KEY: 'google-test-secret',
  GEMINI_API_KEY: 'gemini-test-secret',
  JOBPILOT_TOKEN: 'token-test-secret',
  SERPAPI_API_KEY: 'serp-test-secret',
  DATABASE_URL: 'postgres://user:pw-test-secret@db/x',
  AWS_SECRET_ACCESS_KEY: 'aws-test-secret',
};

let dir: string;

/** An executable that writes its whole environment, one variable a line, to `file`. */
async function environmentPrinter(name: string, file: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, `#!/bin/sh\nenv > '${file}.tmp' && mv '${file}.tmp' '${file}'\n`);
  await chmod(path, 0o755);
  return path;
}

function parse(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

const context = () => ({ signal: new AbortController().signal, artifactsDir: join(dir, 'artifacts') });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jobpilot-child-env-'));
  for (const [name, value] of Object.entries(secrets)) vi.stubEnv(name, value);
  vi.stubEnv('PATH', `${dir}${delimiter}${process.env.PATH ?? ''}`);
  vi.stubEnv('LANG', 'en_GB.UTF-8');
  vi.stubEnv('LC_TIME', 'de_DE.UTF-8');
  vi.stubEnv('DISPLAY', ':42');
  vi.stubEnv('DBUS_SESSION_BUS_ADDRESS', 'unix:path=/run/user/1000/bus');
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

describe('the environment of launched programs (issue 15)', () => {
  it('open_app starts a real program that sees no key, no token, nothing of the server', async () => {
    const file = join(dir, 'app-env.txt');
    await environmentPrinter('envprinter', file);

    const result = await openApp.run({ app_name: 'envprinter' }, context());

    expect(result.ok).toBe(true);
    const env = parse(await waitFor(() => readText(file), (text) => text.length > 0));
    for (const [name, value] of Object.entries(secrets)) {
      expect(env[name], name).toBeUndefined();
      expect(Object.values(env).join('\n')).not.toContain(value);
    }
    expect(env.PATH).toContain(dir);
    expect(env).toMatchObject({
      LANG: 'en_GB.UTF-8',
      LC_TIME: 'de_DE.UTF-8',
      DISPLAY: ':42',
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus',
    });
    expect(Object.keys(env).filter((name) => name.startsWith('JOBPILOT_'))).toEqual([]);
  });

  it('open_website hands the URL to a browser that sees no key either', async () => {
    const file = join(dir, 'browser-env.txt');
    const browser = await environmentPrinter('envbrowser', file);
    // xdg-open in a generic desktop with no display sends the URL to $BROWSER.
    vi.stubEnv('BROWSER', browser);
    vi.stubEnv('XDG_CURRENT_DESKTOP', 'X-Generic');
    vi.stubEnv('XDG_RUNTIME_DIR', dir);
    vi.stubEnv('DISPLAY', undefined);
    try {
      const result = await openWebsite.run({ url: 'example.com' }, context());
      expect(result.ok).toBe(true);
      const env = parse(await waitFor(() => readText(file), (text) => text.length > 0));
      for (const [name, value] of Object.entries(secrets)) {
        expect(env[name], name).toBeUndefined();
        expect(Object.values(env).join('\n')).not.toContain(value);
      }
      expect(env.LANG).toBe('en_GB.UTF-8');
    } finally {
      vi.stubEnv('DISPLAY', ':42');
    }
  });
});

describe('childEnvironment', () => {
  const server = {
    ...secrets,
    PATH: '/usr/bin',
    HOME: '/home/ana',
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    DISPLAY: ':0',
    WAYLAND_DISPLAY: 'wayland-0',
    XDG_RUNTIME_DIR: '/run/user/1000',
    PGPASSWORD: 'pg-secret',
    NODE_OPTIONS: '--require /tmp/evil.js',
  };

  it('gives desktop programs the path, home, locale, display and session bus only', () => {
    expect(childEnvironment('desktop', server)).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/ana',
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      DISPLAY: ':0',
      WAYLAND_DISPLAY: 'wayland-0',
      XDG_RUNTIME_DIR: '/run/user/1000',
    });
  });

  it('gives Postgres the path, home and locale, and no display', () => {
    expect(childEnvironment('postgres', server)).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/ana',
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
    });
  });
});
