import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpStatusFor, JobpilotError, type ErrorCode } from '../../src/errors.ts';
import { maxResumeBytes, parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { readResumeFile } from '../../src/resume/read-resume-file.ts';
import { buildResumeDocx, buildResumePdf, buildScannedPdf, sampleResumeLines } from './build-resume-documents.ts';

async function failure(promise: Promise<unknown>): Promise<JobpilotError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(JobpilotError);
  return error as JobpilotError;
}

function expectCode(error: JobpilotError, code: ErrorCode, status: number, message: RegExp): void {
  expect(error.code).toBe(code);
  expect(httpStatusFor(error.code)).toBe(status);
  expect(error.message).toMatch(message);
}

describe('bad resume bytes', () => {
  it('a truncated PDF is unreadable', async () => {
    const pdf = await buildResumePdf(sampleResumeLines);
    const error = await failure(parseResumeBytes(pdf.subarray(0, Math.floor(pdf.length / 2)), 'cv.pdf'));
    expectCode(error, 'RESUME_UNREADABLE', 422, /not a readable PDF.*damaged or truncated.*Export it again/);
  });

  it('a corrupt PDF (garbage after the header) is unreadable', async () => {
    const error = await failure(parseResumeBytes(new TextEncoder().encode('%PDF-1.7\nthis is not a pdf body at all'), 'cv.pdf'));
    expectCode(error, 'RESUME_UNREADABLE', 422, /not a readable PDF/);
  });

  it('a .pdf name without a PDF inside is unreadable', async () => {
    const error = await failure(parseResumeBytes(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]), 'cv.pdf'));
    expectCode(error, 'RESUME_UNREADABLE', 422, /not a readable PDF/);
  });

  it('a password-protected PDF asks for the password to be removed', async () => {
    const error = await failure(parseResumeBytes(await buildResumePdf(sampleResumeLines, { userPassword: 'secret' }), 'locked.pdf'));
    expectCode(error, 'RESUME_ENCRYPTED', 422, /password-protected PDF.*Remove the password/);
  });

  it('a scanned PDF has no text layer', async () => {
    const error = await failure(parseResumeBytes(await buildScannedPdf(), 'scan.pdf'));
    expectCode(error, 'RESUME_NO_TEXT_LAYER', 422, /no text layer: this looks like a scanned image; export a text PDF or paste the text/);
  });

  it('a truncated DOCX is unreadable', async () => {
    const docx = await buildResumeDocx(sampleResumeLines);
    const error = await failure(parseResumeBytes(docx.subarray(0, docx.length - 200), 'cv.docx'));
    expectCode(error, 'RESUME_UNREADABLE', 422, /not a readable Word document.*save it again as \.docx/);
  });

  it('a ZIP named .docx that is not a Word document is unreadable', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('garbage')]);
    const error = await failure(parseResumeBytes(bytes, 'cv.docx'));
    expectCode(error, 'RESUME_UNREADABLE', 422, /not a readable Word document/);
  });

  it('a password-protected Word file is recognised', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(512)]);
    const error = await failure(parseResumeBytes(ole, 'cv.docx'));
    expectCode(error, 'RESUME_ENCRYPTED', 422, /password-protected Word document/);
  });

  it.each([
    ['legacy Word .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'cv.doc', /legacy Word 97-2003/],
    ['RTF', new TextEncoder().encode('{\\rtf1\\ansi Jane Doe}'), 'cv.rtf', /RTF document/],
    ['PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'cv.png', /an image.*paste the text/],
    ['unknown binary', new Uint8Array([0x00, 0x13, 0x37, 0x00, 0xff, 0x00]), 'cv.bin', /binary file of an unknown kind/],
    ['ZIP archive', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'cv.zip', /ZIP archive that is not a Word document/],
  ])('an unknown format (%s) is refused with 415', async (_name, bytes, filename, message) => {
    const error = await failure(parseResumeBytes(bytes, filename));
    expectCode(error, 'RESUME_UNSUPPORTED_FORMAT', 415, message);
    expect(error.message).toMatch(/cannot read/);
  });

  it('bytes over 10 MB are refused before any parsing', async () => {
    const error = await failure(parseResumeBytes(new Uint8Array(maxResumeBytes + 1), 'huge.pdf'));
    expectCode(error, 'RESUME_TOO_LARGE', 413, /at most 10 MB/);
  });

  it('an empty file, an empty DOCX text and whitespace are unreadable', async () => {
    expectCode(await failure(parseResumeBytes(new Uint8Array(0), 'empty.txt')), 'RESUME_UNREADABLE', 422, /is empty/);
    expectCode(await failure(parseResumeBytes(new TextEncoder().encode('  \n\n '), 'blank.txt')), 'RESUME_UNREADABLE', 422, /contains no text/);
    const emptyDocx = await buildResumeDocx([]);
    expectCode(await failure(parseResumeBytes(emptyDocx, 'blank.docx')), 'RESUME_UNREADABLE', 422, /contains no text/);
  });

  it('JSON that is invalid, or not a JSON Resume, is unreadable with the reason', async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expectCode(await failure(parseResumeBytes(encode('{"basics": '), 'cv.json')), 'RESUME_UNREADABLE', 422, /not valid JSON/);
    expectCode(await failure(parseResumeBytes(encode('{"name": "x", "version": "1.0.0"}'), 'package.json')), 'RESUME_UNREADABLE', 422, /not a JSON Resume.*none of basics/);
    const wrongType = await failure(parseResumeBytes(encode('{"work": [{"startDate": "last spring"}]}'), 'cv.json'));
    expectCode(wrongType, 'RESUME_UNREADABLE', 422, /work\.0\.startDate/);
  });
});

describe('bad resume paths', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'jobpilot-resume-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('a missing path says so', async () => {
    const error = await failure(readResumeFile(join(directory, 'nope.pdf')));
    expectCode(error, 'RESUME_FILE_NOT_FOUND', 400, /No file at .*nope\.pdf.*Check the path/);
  });

  it('a path through a file is not found', async () => {
    await writeFile(join(directory, 'plain.txt'), 'x');
    const error = await failure(readResumeFile(join(directory, 'plain.txt', 'cv.pdf')));
    expect(error.code).toBe('RESUME_FILE_NOT_FOUND');
  });

  it('a directory is not a file', async () => {
    await mkdir(join(directory, 'folder'));
    const error = await failure(readResumeFile(join(directory, 'folder')));
    expectCode(error, 'RESUME_NOT_A_FILE', 400, /is a directory/);
  });

  it('a file over 10 MB is refused from its size alone', async () => {
    // A sparse file: 11 MB on stat, nothing written, so this proves stat comes before reading.
    const path = join(directory, 'huge.pdf');
    await writeFile(path, '');
    await truncate(path, 11 * 1024 * 1024);
    const error = await failure(readResumeFile(path));
    expectCode(error, 'RESUME_TOO_LARGE', 413, /"huge\.pdf" is 11\.0 MB; resumes must be at most 10 MB/);
  });

  it('a /proc file that says 0 bytes and holds gigabytes is refused at the 10 MB cap (issue 15)', async () => {
    // /proc/self/pagemap is a regular file of size 0 that reads 8 bytes for every page of the
    // address space (hundreds of gigabytes): the old stat-then-readFile read it without bound.
    const started = performance.now();
    const error = await failure(readResumeFile('/proc/self/pagemap'));
    expectCode(error, 'RESUME_TOO_LARGE', 413, /"pagemap" is over 10 MB; resumes must be at most 10 MB/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('a /proc file under the cap is read to its end, not cut at its stated size of 0', async () => {
    const { rawText } = await readResumeFile('/proc/self/status');
    expect(rawText).toMatch(/^Name:/);
    expect(rawText).toMatch(/VmRSS:/);
  });

  it('a FIFO planted at the path is refused without waiting for a writer', async () => {
    const path = join(directory, 'cv-fifo.pdf');
    execFileSync('mkfifo', [path]);
    const error = await failure(readResumeFile(path));
    expectCode(error, 'RESUME_NOT_A_FILE', 400, /is not a regular file/);
  });

  it('a good file on disk parses', async () => {
    const path = join(directory, 'jane.pdf');
    await writeFile(path, await buildResumePdf(sampleResumeLines));
    const parsed = await readResumeFile(path);
    expect(parsed.resume.basics?.name).toBe('Jane Doe');
  });
});
