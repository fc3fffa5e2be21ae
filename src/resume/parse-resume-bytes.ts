/**
 * One resume file's bytes → its format, raw text and JSON Resume. The entry point for
 * uploads (the HTTP route receives raw bytes); `readResumeFile` uses it for local paths.
 */
import { JobpilotError } from '../errors.ts';
import { maxResumeFileBytes } from '../protocol/api.ts';
import { resumeTooLarge } from './resume-too-large.ts';
import { extractResumeText, type ResumeFormat } from './extract-text.ts';
import type { JsonResume } from '../protocol/json-resume.ts';
import { parseSections } from './parse-sections.ts';
import { refuseNonResume } from './resume-like.ts';
import type { SkillVocabulary } from './skill-vocabulary.ts';

/** Resume files above this size are refused before they are read (the API's documented limit). */
export const maxResumeBytes = maxResumeFileBytes;

/** About forty pages of text: more than any resume, small enough to parse at once. */
export const maxResumeCharacters = 100_000;

export interface ParsedResume {
  format: ResumeFormat;
  /** The text as extracted, kept for grounding and re-parsing. */
  rawText: string;
  resume: JsonResume;
}

export interface ParseResumeOptions {
  vocabulary?: SkillVocabulary;
  /** Stops the reading of a PDF (its worker is ended): `CANCELLED`. */
  signal?: AbortSignal;
}

/**
 * Parses an uploaded resume.
 *
 * @throws JobpilotError `RESUME_TOO_LARGE`, `RESUME_UNSUPPORTED_FORMAT`, `RESUME_UNREADABLE`,
 *   `RESUME_ENCRYPTED`, `RESUME_NO_TEXT_LAYER`, `RESUME_TOO_COMPLEX`, `RESUME_NOT_A_RESUME` or `CANCELLED`.
 * @example
 * const { format, resume } = await parseResumeBytes(new Uint8Array(body), 'cv.pdf');
 */
export async function parseResumeBytes(
  bytes: Uint8Array,
  filename: string,
  options: ParseResumeOptions = {},
): Promise<ParsedResume> {
  if (bytes.byteLength > maxResumeBytes) throw resumeTooLarge(`"${filename}"`, bytes.byteLength);
  if (bytes.byteLength === 0) throw new JobpilotError('RESUME_UNREADABLE', `"${filename}" is empty.`);
  const extracted = await extractResumeText(bytes, filename, { signal: options.signal });
  // A resume is a few pages; megabytes of text are a different file (and would keep the
  // section parser busy for seconds), so it is refused before parsing.
  if (extracted.text.length > maxResumeCharacters) {
    throw new JobpilotError(
      'RESUME_UNREADABLE',
      `"${filename}" holds ${extracted.text.length.toLocaleString('en-US')} characters of text; a resume is a few pages (at most ${maxResumeCharacters.toLocaleString('en-US')}). Is it the right file?`,
    );
  }
  const resume = extracted.jsonResume ?? parseSections(extracted.text, { vocabulary: options.vocabulary, links: extracted.links, skillGroups: extracted.skillGroups });
  // Not stored, and never made the active resume: a script sent as "cv.exe", a page of code, a file with nothing of a resume.
  if (!extracted.jsonResume) refuseNonResume(extracted.text, resume, filename);
  return { format: extracted.format, rawText: extracted.text, resume };
}

