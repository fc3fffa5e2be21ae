/**
 * Which reader a resume file needs: magic bytes first, the file name's extension second.
 */
import { extname } from 'node:path';
import { JobpilotError } from '../../errors.ts';
import { refuseNonResumeName } from '../resume-like.ts';
import { decodeText, startsWith } from './decode-text.ts';

export const resumeFormats = ['pdf', 'docx', 'markdown', 'text', 'json'] as const;
export type ResumeFormat = (typeof resumeFormats)[number];

const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const zipMagic = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Office 97-2003, or encrypted OOXML
const rtfMagic = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

const imageMagics: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x49, 0x49, 0x2a, 0x00], // TIFF little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF big-endian
];

const exportHint = 'Save it as PDF, DOCX, Markdown, plain text or JSON Resume and try again.';

/**
 * Detects the format of a resume file.
 *
 * @throws JobpilotError `RESUME_UNSUPPORTED_FORMAT` for anything jobpilot cannot read,
 *   `RESUME_ENCRYPTED` for a password-protected Word document.
 * @example
 * detectResumeFormat(bytes, 'cv.pdf'); // 'pdf'
 */
export function detectResumeFormat(bytes: Uint8Array, filename: string): ResumeFormat {
  const extension = extname(filename).toLowerCase();
  // PDF readers accept the header anywhere in the first kilobyte.
  if (indexOfAscii(bytes.subarray(0, 1024), '%PDF-') >= 0 || startsWith(bytes, pdfMagic)) return 'pdf';
  if (startsWith(bytes, zipMagic)) return zipFormat(bytes, filename, extension);
  if (startsWith(bytes, oleMagic)) {
    if (extension === '.docx' || indexOfUtf16(bytes, 'EncryptedPackage') >= 0) {
      throw new JobpilotError(
        'RESUME_ENCRYPTED',
        `"${filename}" is a password-protected Word document. Remove the password (File → Info → Protect Document) and export it again.`,
      );
    }
    throw unsupported(filename, 'a legacy Word 97-2003 (.doc) file');
  }
  if (startsWith(bytes, rtfMagic)) throw unsupported(filename, 'an RTF document');
  if (imageMagics.some((magic) => startsWith(bytes, magic))) {
    throw unsupported(filename, 'an image', 'Export a text PDF or paste the text instead.');
  }
  // Bytes of no known kind: a name that says another kind of file ("cv.exe", "notes.js") is not read as text.
  refuseNonResumeName(filename);
  if (extension === '.pdf') return 'pdf'; // no header: the PDF reader explains what is wrong
  if (extension === '.docx') return 'docx';
  const text = decodeText(bytes);
  if (text === undefined) throw unsupported(filename, 'a binary file of an unknown kind');
  return textFormat(text, extension);
}

function zipFormat(bytes: Uint8Array, filename: string, extension: string): ResumeFormat {
  if (indexOfAscii(bytes, 'word/') >= 0 || extension === '.docx') return 'docx';
  if (indexOfAscii(bytes, 'application/vnd.oasis.opendocument.text') >= 0) {
    throw unsupported(filename, 'an OpenDocument text (.odt) file');
  }
  throw unsupported(filename, 'a ZIP archive that is not a Word document');
}

function textFormat(text: string, extension: string): ResumeFormat {
  if (extension === '.json') return 'json';
  if (extension === '.md' || extension === '.markdown') return 'markdown';
  if (extension === '.txt' || extension === '.text') return 'text';
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') && looksLikeJson(trimmed)) return 'json';
  if (/^#{1,6}\s+\S/m.test(text) || /\*\*[^*\n]+\*\*/.test(text)) return 'markdown';
  return 'text';
}

function looksLikeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function unsupported(filename: string, what: string, hint = exportHint): JobpilotError {
  return new JobpilotError('RESUME_UNSUPPORTED_FORMAT', `"${filename}" is ${what}, which jobpilot cannot read. ${hint}`);
}

function indexOfAscii(bytes: Uint8Array, needle: string): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, 0, 'latin1');
}

function indexOfUtf16(bytes: Uint8Array, needle: string): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, 0, 'utf16le');
}
