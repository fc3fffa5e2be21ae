import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { JobpilotError } from '../../src/errors.ts';
import { maxDocxInflatedBytes } from '../../src/resume/extract/extract-docx-text.ts';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { buildZip, type ZipEntry } from '../helpers/zip-writer.ts';
import { buildResumeDocx, sampleResumeLines } from './build-resume-documents.ts';

/** The parts of a real DOCX, with `word/document.xml` swapped for `document`. */
async function docxWith(document: ZipEntry): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await buildResumeDocx(sampleResumeLines));
  const entries: ZipEntry[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    entries.push(name === 'word/document.xml' ? document : { name, data: await file.async('uint8array') });
  }
  return buildZip(entries);
}

describe('a DOCX that inflates far past its size (issue 15: a 2 MB DOCX held 2.5 GB)', () => {
  it('is refused once the inflated parts pass the budget, reading no further', async () => {
    // 160 MB of XML deflates to ~160 KB: five times the 32 MB budget in a file a thousandth of it.
    const size = 160 * 1024 * 1024;
    const head = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
    const xml = Buffer.alloc(size, 'A');
    xml.write(head);
    const bomb = await docxWith({ name: 'word/document.xml', data: new Uint8Array(), deflated: { bytes: deflateRawSync(xml, { level: 9 }), size, crc: crc32(xml) } });
    expect(bomb.length).toBeLessThan(400 * 1024);

    const before = process.memoryUsage().rss;
    const started = performance.now();
    const error = await parseResumeBytes(bomb, 'cv.docx').then(() => undefined, (caught: unknown) => caught);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(JobpilotError);
    expect((error as JobpilotError).code).toBe('RESUME_UNREADABLE');
    expect((error as JobpilotError).message).toMatch(/"cv\.docx" expands to more than 32 MB of text when unzipped/);
    // Stopped at the budget: far less than the 160 MB (and the strings mammoth would make of it) held.
    expect(process.memoryUsage().rss - before).toBeLessThan(4 * maxDocxInflatedBytes);
    expect(elapsed).toBeLessThan(10_000);
  });

  it('a DOCX within the budget still reads; a large part it never uses is never inflated', async () => {
    const picture = { name: 'word/media/image1.png', data: Buffer.alloc(maxDocxInflatedBytes + 1024) };
    const zip = await JSZip.loadAsync(await buildResumeDocx(sampleResumeLines));
    const entries: ZipEntry[] = [picture];
    for (const [name, file] of Object.entries(zip.files)) if (!file.dir) entries.push({ name, data: await file.async('uint8array') });
    const parsed = await parseResumeBytes(buildZip(entries), 'cv.docx');
    expect(parsed.resume.basics?.name).toBe('Jane Doe');
  });
});
