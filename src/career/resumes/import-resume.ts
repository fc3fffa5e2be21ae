import { basename } from 'node:path';
import type { ResumeRecord, ResumesRepository } from '../../db/repositories/resumes.ts';
import type { JobpilotError } from '../../errors.ts';
import {
  stripControlCharacters,
  stripControlCharactersDeep,
  stripControlCharactersInLine,
} from '../../protocol/control-characters.ts';
import { type ParsedResume, parseResumeBytes } from '../../resume/parse-resume-bytes.ts';
import { readResumeFile } from '../../resume/read-resume-file.ts';
import { resumeTooLarge } from '../../resume/resume-too-large.ts';
import type { KeptCorrection } from '../../protocol/api.ts';
import type { JsonResume } from '../../protocol/json-resume.ts';
import { keepCorrections } from './keep-corrections.ts';

/** What an import stores from the repository's side. */
type ImportStore = Pick<ResumesRepository, 'add' | 'labels' | 'correctedVersions'>;

/** A stored import and the corrections of an earlier version of the same resume it kept. */
export interface ImportedResume extends ResumeRecord {
  kept: KeptCorrection[];
}

/** A resume file to store: its name, and the label the person gave it, if any. */
export interface ResumeFile {
  filename: string;
  label?: string | undefined;
}

/**
 * The label a resume gets when none is given: its file name without the extension, numbered
 * when that label is already taken, so versions of the same file can be told apart.
 *
 * @example
 * labelFromFileName('jane-backend.pdf'); // 'jane-backend'
 * labelFromFileName('cv.pdf', ['cv', 'cv (2)']); // 'cv (3)'
 */
export const labelFromFileName = (filename: string, taken: readonly string[] = []): string => {
  const base = filename.replace(/\.[a-z0-9]+$/i, '') || 'resume';
  const used = new Set(taken.map((label) => label.trim().toLowerCase()));
  let label = base;
  for (let number = 2; used.has(label.toLowerCase()); number++) label = `${base} (${number})`;
  return label;
};

/**
 * Parses an uploaded resume without AI and stores it as a new version, which becomes the
 * active one. A file that cannot be read is refused before anything is stored. When the
 * person corrected an earlier version of the same resume, each correction whose field is
 * read with the same wrong value again is kept, and recorded on the new version.
 *
 * @throws JobpilotError every error of `parseResumeBytes` (`RESUME_TOO_LARGE`, `RESUME_UNREADABLE`…).
 * @example
 * const stored = await importResume(resumes, { bytes, filename: 'cv.pdf', label: 'backend' });
 */
export async function importResume(
  resumes: ImportStore,
  file: ResumeFile & { bytes: Uint8Array },
  signal?: AbortSignal,
): Promise<ImportedResume> {
  return storeResume(resumes, await parseResumeBytes(file.bytes, file.filename, { signal }), file);
}

/**
 * Like `importResume`, for a file on this machine.
 *
 * @throws JobpilotError every error of `readResumeFile` (`RESUME_FILE_NOT_FOUND`, `RESUME_TOO_LARGE`…).
 * @example
 * const stored = await importResumeFile(resumes, '/home/jane/cv.pdf');
 */
export async function importResumeFile(
  resumes: ImportStore,
  path: string,
  label?: string | undefined,
  signal?: AbortSignal,
): Promise<ImportedResume> {
  return storeResume(resumes, await readResumeFile(path, { signal }), { filename: basename(path), label });
}

// A resume file is written by whoever sent it: its text, name and label are stored without
// terminal control characters, as every text from outside is.
const storeResume = async (resumes: ImportStore, parsed: ParsedResume, file: ResumeFile): Promise<ImportedResume> => {
  const filename = stripControlCharactersInLine(file.filename);
  const label = stripControlCharactersInLine(file.label ?? '').trim();
  const { resume, kept } = keepCorrections(stripControlCharactersDeep(parsed.resume) as JsonResume, await resumes.correctedVersions());
  const stored = await resumes.add({
    label: label || labelFromFileName(filename, await resumes.labels()),
    format: parsed.format,
    filename,
    rawText: stripControlCharacters(parsed.rawText),
    resume,
    corrections: kept.map(({ field, from, to, corrected_on }) => ({ field, from, to, kept_from: corrected_on })),
  });
  return { ...stored, kept };
};

/**
 * The error for an upload refused before its bytes were read (past the body limit), with
 * the size the client stated when it stated one.
 *
 * @example
 * throw uploadTooLarge(request.headers['content-length']);
 */
export const uploadTooLarge = (contentLength: string | undefined): JobpilotError =>
  resumeTooLarge('The upload', contentLength === undefined ? undefined : Number(contentLength));
