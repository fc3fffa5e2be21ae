import { chmod, lstat, mkdir, mkdtemp, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensurePrivateDirectory, writeNewPrivateFile } from '../../src/db/private-files.ts';
import { saveRendered } from '../../src/documents/export-document-file.ts';

// Issue 15: exports followed a symlink planted at their predictable path (and overwrote
// another file); artifacts/ was 0755 and exports 0644, readable by any local user.

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jobpilot-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;
const rendered = { bytes: Buffer.from('# Cover letter\n'), fileName: 'cover-letter-acme-engineer-2026-11-22-k3x9q2.md' };

describe('exports and artifacts', () => {
  it('never follows a symlink planted at the predictable export path: the victim stays, a fresh name is used', async () => {
    const artifacts = join(dir, 'artifacts');
    await mkdir(join(artifacts, 'documents'), { recursive: true });
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'precious\n');
    const planted = join(artifacts, 'documents', rendered.fileName);
    await symlink(victim, planted);

    const path = await saveRendered(artifacts, rendered);

    expect(await readFile(victim, 'utf8')).toBe('precious\n');
    expect(await readlink(planted)).toBe(victim);
    expect(path).not.toBe(planted);
    expect(path).toMatch(/cover-letter-acme-engineer-2026-11-22-k3x9q2-[0-9a-f]{6}\.md$/);
    expect((await lstat(path)).isFile()).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('# Cover letter\n');
  });

  it('does not create a file through a dangling symlink either', async () => {
    const artifacts = join(dir, 'artifacts');
    await mkdir(join(artifacts, 'documents'), { recursive: true });
    const target = join(dir, 'created-through-link');
    await symlink(target, join(artifacts, 'documents', rendered.fileName));

    await saveRendered(artifacts, rendered);

    await expect(stat(target)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('writes exports 0600 in folders only the owner can enter, tightening looser ones', async () => {
    const artifacts = join(dir, 'artifacts');
    await mkdir(join(artifacts, 'documents'), { recursive: true });
    await chmod(artifacts, 0o755);
    await chmod(join(artifacts, 'documents'), 0o777);

    const path = await saveRendered(artifacts, rendered);
    const again = await saveRendered(artifacts, rendered);

    expect(await modeOf(path)).toBe(0o600);
    expect(await modeOf(artifacts)).toBe(0o700);
    expect(await modeOf(join(artifacts, 'documents'))).toBe(0o700);
    // A second export of the same document is a second file, not an overwrite.
    expect(again).not.toBe(path);
    expect(await modeOf(again)).toBe(0o600);
  });

  it('refuses a symlink planted in place of the documents folder', async () => {
    const artifacts = join(dir, 'artifacts');
    await mkdir(artifacts, { recursive: true });
    const elsewhere = join(dir, 'elsewhere');
    await mkdir(elsewhere);
    await symlink(elsewhere, join(artifacts, 'documents'));

    await expect(saveRendered(artifacts, rendered)).rejects.toThrow(/not a directory/);
    await expect(stat(join(elsewhere, rendered.fileName))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('creates a missing data dir 0700 and keeps files 0600 whatever the umask', async () => {
    const previous = process.umask(0o022);
    try {
      const created = await ensurePrivateDirectory(join(dir, 'data', 'artifacts'));
      const path = await writeNewPrivateFile(created, 'screenshot.png', Buffer.from('png'));
      expect(await modeOf(created)).toBe(0o700);
      expect(await modeOf(path)).toBe(0o600);
    } finally {
      process.umask(previous);
    }
  });
});
