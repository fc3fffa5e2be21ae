/**
 * Whether an upload is a resume at all: a program, a script or a file of another kind named
 * "cv.exe" or sent as text is refused before it is stored (and made the active resume).
 */
import { extname } from 'node:path';
import { JobpilotError } from '../errors.ts';
import type { JsonResume } from '../protocol/json-resume.ts';

/** Extensions of files that are never a resume, by what they are (the message names it). */
const notResumeExtensions: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['a program', ['exe', 'dll', 'so', 'dylib', 'msi', 'apk', 'app', 'dmg', 'iso', 'com', 'elf', 'class', 'jar', 'wasm', 'o', 'a']],
  ['a script or source code', ['js', 'mjs', 'cjs', 'ts', 'tsx', 'jsx', 'py', 'rb', 'php', 'pl', 'java', 'c', 'h', 'cc', 'cpp', 'hpp', 'cs', 'go', 'rs', 'swift', 'kt', 'scala', 'sh', 'bash', 'zsh', 'ps1', 'bat', 'cmd', 'vbs', 'sql', 'css', 'scss', 'lua', 'r']],
  ['a web page', ['html', 'htm', 'xhtml', 'php3', 'asp', 'aspx', 'jsp']],
  ['a data or settings file', ['csv', 'tsv', 'xml', 'yaml', 'yml', 'toml', 'ini', 'cfg', 'conf', 'env', 'lock', 'log', 'db', 'sqlite', 'pem', 'key', 'crt']],
  ['a spreadsheet or slide deck', ['xls', 'xlsx', 'ods', 'ppt', 'pptx', 'odp', 'numbers', 'key']],
  ['an archive', ['zip', 'gz', 'tgz', 'tar', 'bz2', 'xz', '7z', 'rar']],
  ['a picture, a sound or a video', ['png', 'jpg', 'jpeg', 'gif', 'bmp', 'svg', 'webp', 'heic', 'tif', 'tiff', 'ico', 'mp3', 'wav', 'm4a', 'mp4', 'mov', 'avi', 'mkv', 'webm']],
];
const readableAs = 'Save the resume as PDF, DOCX, Markdown (.md), plain text (.txt) or JSON Resume (.json) and upload that file.';

/**
 * Refuses a file whose name says it is not a resume ("cv.exe", "notes.js", "photo.png"),
 * whatever its bytes.
 *
 * @throws JobpilotError `RESUME_UNSUPPORTED_FORMAT`.
 * @example
 * refuseNonResumeName('cv.exe'); // throws: "cv.exe" is a program (.exe), not a resume. …
 */
export function refuseNonResumeName(filename: string): void {
  const extension = extname(filename).slice(1).toLowerCase();
  if (!extension) return;
  const kind = notResumeExtensions.find(([, extensions]) => extensions.includes(extension));
  if (kind) {
    throw new JobpilotError('RESUME_UNSUPPORTED_FORMAT', `"${filename}" is ${kind[0]} (.${extension}), not a resume. ${readableAs}`);
  }
}

/** Lines that only program code looks like: statements, braces, imports, declarations. */
const codeLine =
  /^\s*(?:[{}()[\];,]+\s*$|(?:import|export)\s+(?:\{|\*|default|type|const|function|class|[\w$]+\s+from)|(?:const|let|var)\s+[\w${[]+\s*=|function\s*[\w$]*\s*\(|(?:async\s+)?[\w$.]+\s*\([^)]*\)\s*(?:=>|\{)|return\b[^.]*;?\s*$|if\s*\(.*\)\s*\{?|for\s*\(.*\)\s*\{?|}\s*(?:else|catch|finally)\b|(?:def|class)\s+\w+.*:\s*$|#include\s*<|#!\/|<\?php|package\s+[\w.]+;|using\s+[\w.]+;|public\s+(?:static\s+)?(?:class|void|int)|\w+\s*:\s*['"`].*['"`],?\s*$|.*(?:=>|===|!==|&&|\|\|).*|.*;\s*$)/;
/** A line of prose ends in a word or a full stop; a resume line seldom ends in ";" or "{". */

/**
 * Whether a text reads as program code rather than a document: most of its lines are
 * statements, braces and declarations.
 *
 * @example
 * looksLikeCode("import http from 'node:http';\nconst jobs = [];\n…"); // true
 */
export function looksLikeCode(text: string): boolean {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  if (lines.length < 4) return false;
  const code = lines.filter((line) => codeLine.test(line)).length;
  return code / lines.length >= 0.4;
}

/**
 * Refuses text that is code, and a parsed file with nothing a resume holds: no name, no way
 * to reach the person, no work, education or skills.
 *
 * @throws JobpilotError `RESUME_NOT_A_RESUME`.
 * @example
 * refuseNonResume(text, parsed, 'cv.txt');
 */
export function refuseNonResume(text: string, resume: JsonResume, filename: string): void {
  if (looksLikeCode(text)) {
    throw new JobpilotError('RESUME_NOT_A_RESUME', `"${filename}" reads as program code, not a resume: nothing was stored. ${readableAs}`);
  }
  const basics = resume.basics;
  const reachable = Boolean(basics?.name || basics?.email || basics?.phone);
  const sections = (resume.work?.length ?? 0) + (resume.education?.length ?? 0) + (resume.skills?.length ?? 0);
  if (!reachable && sections === 0) {
    throw new JobpilotError(
      'RESUME_NOT_A_RESUME',
      `"${filename}" does not read as a resume: no name or contact details, and no experience, education or skills sections were found, so nothing was stored. Check it is the right file; a resume needs your name and headings such as "Experience", "Education" and "Skills".`,
    );
  }
}
