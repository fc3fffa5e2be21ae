import { JobpilotError } from '../errors.ts';
import { maxResumeFileBytes } from '../protocol/api.ts';

/**
 * The error for a resume over the 10 MB limit: `subject` is what was too large (`"cv.pdf"`,
 * `The upload`), `size` its size in bytes when known. Light enough for the CLI to check a
 * file before uploading it.
 *
 * @example
 * resumeTooLarge('"cv.pdf"', 12 * 1024 * 1024).message; // '"cv.pdf" is 12.0 MB; resumes must be at most 10 MB. …'
 */
export function resumeTooLarge(subject: string, size: number | undefined): JobpilotError {
  const known = size !== undefined && Number.isFinite(size) && size > 0;
  return new JobpilotError(
    'RESUME_TOO_LARGE',
    `${subject} is ${known ? `${(size / 1024 / 1024).toFixed(1)} MB` : 'over 10 MB'}; resumes must be at most 10 MB. Export it without embedded images or fonts.`,
    { details: { ...(known ? { size } : {}), limit: maxResumeFileBytes } },
  );
}
