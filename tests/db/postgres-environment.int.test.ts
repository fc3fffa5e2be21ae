import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded-postgres.ts';

// Issue 15: the embedded Postgres (as root, a process of another OS user) was started with
// the server's whole environment: OPENAI_API_KEY, JOBPILOT_TOKEN, anything else.

const secrets = {
  OPENAI_API_KEY: 'sk-test-openai-secret',
  GOOGLE_API_KEY: 'google-test-secret',
  JOBPILOT_TOKEN: 'token-test-secret',
  ADZUNA_APP_KEY: 'adzuna-test-secret',
};

let dataDir: string | undefined;
let server: EmbeddedDatabase | undefined;

afterAll(async () => {
  vi.unstubAllEnvs();
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** A live process's environment, read from /proc as another local user with access would. */
async function environmentOf(pid: number): Promise<Record<string, string>> {
  const raw = await readFile(`/proc/${pid}/environ`, 'utf8');
  return Object.fromEntries(
    raw
      .split('\0')
      .filter(Boolean)
      .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
  );
}

describe('the embedded Postgres environment (issue 15)', () => {
  it('starts initdb and postgres with only what Postgres needs, and gives the server its environment back', async () => {
    for (const [name, value] of Object.entries(secrets)) vi.stubEnv(name, value);
    vi.stubEnv('LANG', 'C.UTF-8');
    dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-pg-env-'));
    // As an older version left it: readable and enterable by everyone.
    await chmod(dataDir, 0o755);

    server = await startEmbeddedPostgres({ dataDir });

    const pid = Number((await readFile(join(server.clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    const env = await environmentOf(pid);
    for (const [name, value] of Object.entries(secrets)) {
      expect(env[name], name).toBeUndefined();
      expect(Object.values(env).join('\n')).not.toContain(value);
    }
    expect(env.PATH).toBeTruthy();
    expect(env.LANG).toBe('C.UTF-8');
    // Postgres' own additions (LC_MESSAGES from embedded-postgres, PG_GRANDPARENT_PID…) aside,
    // nothing but the allowed names.
    const unexpected = Object.keys(env).filter(
      (name) => !/^(PATH|HOME|TZ|TMPDIR|LANG|LANGUAGE|LC_[A-Z_]+|PG[A-Z_]*)$/.test(name),
    );
    expect(unexpected).toEqual([]);
    // The server itself still has its configuration.
    expect(process.env.OPENAI_API_KEY).toBe(secrets.OPENAI_API_KEY);

    // Another local user can neither list nor enter the data dir; as root only the cluster's
    // own OS user (group postgres) may pass through it.
    const info = await stat(dataDir);
    if (process.getuid?.() === 0) {
      expect(info.mode & 0o777).toBe(0o710);
      expect(info.gid).toBe(Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()));
    } else {
      expect(info.mode & 0o777).toBe(0o700);
    }
    expect((await stat(join(dataDir, 'postgres.secret'))).mode & 0o777).toBe(0o600);
  }, 60_000);
});
