import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { chmod, lstat, mkdir, open, unlink } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Thrown when a directory we keep the person's files in is not ours to use. */
export class UnsafeDirectoryError extends Error {
  override readonly name = 'UnsafeDirectoryError';
}

/**
 * Makes `path` (and missing parents) a directory only its owner can enter: created `mode`
 * (0700), and tightened to at most `mode` when it exists looser (a data dir made 0755 by an older version,
 * or by a umask). A symlink or a non-directory in its place is refused, never followed.
 * Returns the path.
 *
 * @example
 * await ensurePrivateDirectory(join(dataDir, 'artifacts'));
 */
export async function ensurePrivateDirectory(path: string, mode = 0o700): Promise<string> {
  await mkdir(path, { recursive: true, mode });
  const info = await lstat(path);
  if (info.isSymbolicLink() || !info.isDirectory()) {
    throw new UnsafeDirectoryError(`${path} is not a directory (a symlink or a file is in its place); refusing to use it.`);
  }
  const uid = process.getuid?.();
  if (uid !== undefined && info.uid !== uid) {
    throw new UnsafeDirectoryError(`${path} belongs to another user (uid ${info.uid}); refusing to use it.`);
  }
  const current = info.mode & 0o777;
  if (current & ~mode) await chmod(path, current & mode);
  return path;
}

// O_EXCL: fail when anything, a symlink included (dangling or not), is at the path;
// O_NOFOLLOW says the same of the last component for systems that would otherwise follow.
const exclusive = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/**
 * Writes `bytes` to a new file `fileName` in `directory`, mode 0600, created exclusively:
 * if anything is already there (an earlier export, or a symlink someone planted at the
 * predictable name) it is left alone and a fresh name (`name-k3x9q2.pdf`) is chosen.
 * Nothing existing is followed or overwritten. Returns the path written.
 *
 * @example
 * const path = await writeNewPrivateFile(dir, 'cover-letter-acme.pdf', bytes);
 */
export async function writeNewPrivateFile(directory: string, fileName: string, bytes: Uint8Array): Promise<string> {
  const extension = extname(fileName);
  const stem = fileName.slice(0, fileName.length - extension.length);
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const name = attempt === 0 ? fileName : `${stem}-${randomBytes(3).toString('hex')}${extension}`;
    const path = join(directory, name);
    let handle;
    try {
      handle = await open(path, exclusive, 0o600);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' || code === 'ELOOP') continue;
      throw error;
    }
    try {
      await handle.writeFile(bytes);
    } finally {
      await handle.close();
    }
    return path;
  }
  throw new Error(`Could not find a free file name for ${fileName} in ${directory}.`);
}

/** Thrown when a secret file is not a private regular file of ours. */
export class UnsafeSecretFileError extends Error {
  override readonly name = 'UnsafeSecretFileError';
}

/**
 * Reads a secret kept in a private file: the file must be a regular file (a symlink is
 * not followed), belong to this user and be readable by nobody else. Null when it does
 * not exist.
 *
 * @example
 * const key = await readSecretFile(join(dataDir, 'admin.secret'));
 */
export async function readSecretFile(path: string): Promise<string | null> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ELOOP') throw new UnsafeSecretFileError(`${path} is a symlink; refusing to read a secret through it.`);
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UnsafeSecretFileError(`${path} is not a regular file; refusing to use it.`);
    const uid = process.getuid?.();
    if (uid !== undefined && info.uid !== uid) {
      throw new UnsafeSecretFileError(`${path} belongs to another user (uid ${info.uid}); refusing to use it.`);
    }
    if (info.mode & 0o077) {
      throw new UnsafeSecretFileError(`${path} can be read by others (mode ${(info.mode & 0o777).toString(8)}); refusing to use it.`);
    }
    return (await handle.readFile('utf8')).trim();
  } finally {
    await handle.close();
  }
}

/**
 * The secret in `path`, made (32 random bytes, base64url) when there is none: created
 * exclusively, mode 0600, never through a symlink. A file that others could read is no
 * secret any more: it is replaced by a new one. Two processes starting at once share one.
 *
 * @example
 * const adminKey = await readOrCreateSecretFile(join(dataDir, 'admin.secret'));
 */
export async function readOrCreateSecretFile(path: string): Promise<string> {
  try {
    const existing = await readSecretFile(path);
    if (existing) return existing;
  } catch (error) {
    if (!(error instanceof UnsafeSecretFileError) || !/can be read by others/.test(error.message)) throw error;
    await unlink(path);
  }
  const secret = randomBytes(32).toString('base64url');
  try {
    const handle = await open(path, exclusive, 0o600);
    try {
      await handle.writeFile(`${secret}\n`);
    } finally {
      await handle.close();
    }
    return secret;
  } catch (error) {
    // Another process made it first: use theirs (checked as any other).
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const theirs = await readSecretFile(path);
    if (!theirs) throw new UnsafeSecretFileError(`${path} appeared empty; remove it and start again.`);
    return theirs;
  }
}
