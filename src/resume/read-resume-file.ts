/**
 * A resume from a local path: opens it, checks the open file (a regular file, within the size
 * limit) before reading a byte, reads it with a byte cap whatever its size claimed, then parses
 * it like an upload.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { constants } from 'node:fs';
import { basename } from 'node:path';
import { JobpilotError } from '../errors.ts';
import { readFileCapped } from './read-file-capped.ts';
import { maxResumeBytes, parseResumeBytes, type ParseResumeOptions, type ParsedResume } from './parse-resume-bytes.ts';
import { resumeTooLarge } from './resume-too-large.ts';

/**
 * Reads and parses a resume file.
 *
 * @throws JobpilotError `RESUME_FILE_NOT_FOUND`, `RESUME_NOT_A_FILE`, `RESUME_FILE_NOT_READABLE`,
 *   `RESUME_TOO_LARGE`, and every error of `parseResumeBytes`.
 * @example
 * const { resume, rawText } = await readResumeFile('/home/jane/cv.pdf');
 */
export async function readResumeFile(path: string, options: ParseResumeOptions = {}): Promise<ParsedResume> {
  const name = basename(path);
  // Opened once and checked through the handle: what is read is what was checked. `O_NONBLOCK`
  // keeps a FIFO planted at the path from blocking the open; it is then refused as not a file.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: unknown) => {
    throw pathError(error, path);
  });
  let bytes: Uint8Array;
  try {
    bytes = await readChecked(handle, path, name);
  } finally {
    await handle.close();
  }
  return parseResumeBytes(bytes, name, options);
}

async function readChecked(handle: FileHandle, path: string, name: string): Promise<Uint8Array> {
  const info = await handle.stat();
  if (info.isDirectory()) {
    throw new JobpilotError('RESUME_NOT_A_FILE', `"${path}" is a directory; name the resume file inside it.`);
  }
  if (!info.isFile()) throw new JobpilotError('RESUME_NOT_A_FILE', `"${path}" is not a regular file.`);
  if (info.size > maxResumeBytes) throw resumeTooLarge(`"${name}"`, info.size);
  // `stat` can be wrong (a /proc file says 0 bytes) or stale (the file grows): the cap holds anyway.
  const read = await readFileCapped(handle, maxResumeBytes).catch((error: unknown) => {
    throw pathError(error, path);
  });
  if (read.tooLarge) throw resumeTooLarge(`"${name}"`, undefined);
  return read.bytes;
}

function pathError(error: unknown, path: string): JobpilotError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new JobpilotError('RESUME_FILE_NOT_FOUND', `No file at "${path}". Check the path and try again.`, { cause: error });
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new JobpilotError('RESUME_FILE_NOT_READABLE', `"${path}" cannot be read (permission denied).`, { cause: error });
  }
  if (code === 'EISDIR') {
    return new JobpilotError('RESUME_NOT_A_FILE', `"${path}" is a directory; name the resume file inside it.`, { cause: error });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new JobpilotError('RESUME_FILE_NOT_READABLE', `"${path}" cannot be read (${reason}).`, { cause: error });
}
