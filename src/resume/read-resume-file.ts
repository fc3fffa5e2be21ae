/**
 * A resume from a local path: checks the path (exists, is a file, is within the size limit)
 * with `stat` before reading a byte, then parses it like an upload.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { JobpilotError } from '../errors.ts';
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
  const info = await stat(path).catch((error: unknown) => {
    throw pathError(error, path);
  });
  if (info.isDirectory()) {
    throw new JobpilotError('RESUME_NOT_A_FILE', `"${path}" is a directory; name the resume file inside it.`);
  }
  if (!info.isFile()) throw new JobpilotError('RESUME_NOT_A_FILE', `"${path}" is not a regular file.`);
  if (info.size > maxResumeBytes) throw resumeTooLarge(`"${name}"`, info.size);
  const bytes = await readFile(path).catch((error: unknown) => {
    throw pathError(error, path);
  });
  return parseResumeBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), name, options);
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
