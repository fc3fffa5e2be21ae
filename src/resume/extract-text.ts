/**
 * Text out of any resume file jobpilot accepts: PDF, DOCX, Markdown, plain text and JSON
 * Resume. The format comes from the bytes first and the file name second.
 */
import { JobpilotError } from '../errors.ts';
import { decodeText } from './extract/decode-text.ts';
import type { DocumentLink } from './extract/document-link.ts';
import { detectResumeFormat, type ResumeFormat } from './extract/detect-resume-format.ts';
import { extractPdfText } from './extract/extract-pdf-text.ts';
import { readDocxInWorker } from './extract/read-docx-in-worker.ts';
import { jsonResumeSchema, type JsonResume } from '../protocol/json-resume.ts';
import { renderResumeText } from './render-resume-text.ts';

export { resumeFormats, type ResumeFormat } from './extract/detect-resume-format.ts';
export type { DocumentLink } from './extract/document-link.ts';

export interface ExtractedText {
  format: ResumeFormat;
  /** The document's text; for a JSON Resume, the resume rendered as text. */
  text: string;
  /** The hyperlinks of a PDF or DOCX (web and e-mail addresses), in reading order; none for text files. */
  links: DocumentLink[];
  /** DOCX only: headings styled as groups inside the Skills section. */
  skillGroups?: string[];
  /** Set only for JSON Resume files: the validated document. */
  jsonResume?: JsonResume;
}

/**
 * Extracts the text of a resume file. PDF and DOCX are read in worker threads with bounds of
 * time and memory (`readPdfInWorker`, `readDocxInWorker`), off the event loop.
 *
 * @throws JobpilotError `RESUME_UNSUPPORTED_FORMAT`, `RESUME_UNREADABLE`,
 *   `RESUME_ENCRYPTED`, `RESUME_NO_TEXT_LAYER`, `RESUME_TOO_COMPLEX` or `CANCELLED`.
 * @example
 * const { format, text, links } = await extractResumeText(bytes, 'cv.docx');
 */
export async function extractResumeText(bytes: Uint8Array, filename: string, options: { signal?: AbortSignal } = {}): Promise<ExtractedText> {
  const format = detectResumeFormat(bytes, filename);
  if (format === 'pdf') return { format, ...(await extractPdfText(bytes, filename, options)) };
  if (format === 'docx') {
    const { text, links, skillGroups } = await readDocxInWorker(bytes, filename, options);
    return { format, text: nonEmpty(text, filename), links, skillGroups };
  }
  const text = decodeText(bytes);
  if (text === undefined) {
    throw new JobpilotError('RESUME_UNSUPPORTED_FORMAT', `"${filename}" is not a text file.`);
  }
  if (format === 'json') {
    const jsonResume = parseJsonResume(text, filename);
    return { format, text: renderResumeText(jsonResume), links: [], jsonResume };
  }
  return { format, text: nonEmpty(text, filename), links: [] };
}

function parseJsonResume(text: string, filename: string): JsonResume {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new JobpilotError('RESUME_UNREADABLE', `"${filename}" is not valid JSON (${reason}).`, { cause: error });
  }
  const result = jsonResumeSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the document';
    throw new JobpilotError(
      'RESUME_UNREADABLE',
      `"${filename}" is not a JSON Resume (jsonresume.org): ${where}: ${issue?.message ?? 'invalid'}.`,
      { details: result.error.issues },
    );
  }
  const known = ['basics', 'work', 'education', 'skills', 'projects'] as const;
  if (!known.some((key) => result.data[key] !== undefined)) {
    throw new JobpilotError(
      'RESUME_UNREADABLE',
      `"${filename}" is JSON but not a JSON Resume (jsonresume.org): it has none of ${known.join(', ')}.`,
    );
  }
  return result.data;
}

function nonEmpty(text: string, filename: string): string {
  if (text.trim() === '') {
    throw new JobpilotError('RESUME_UNREADABLE', `"${filename}" contains no text.`);
  }
  return text;
}
