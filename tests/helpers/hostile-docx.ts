import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { buildResumeDocx, sampleResumeLines } from '../resume/build-resume-documents.ts';
import { buildZip, type ZipEntry } from './zip-writer.ts';

/**
 * A real resume DOCX whose `word/document.xml` is replaced by `size` bytes of "A" deflated
 * (issue 15: a 2 MB DOCX inflating to 2 GB held 2.5 GB for 11 s). 160 MB makes a 168 KB file.
 *
 * @example
 * const docx = await docxInflatingTo(160 * 1024 * 1024);
 */
export async function docxInflatingTo(size: number): Promise<Buffer> {
  const xml = Buffer.alloc(size, 'A');
  const zip = await JSZip.loadAsync(await buildResumeDocx(sampleResumeLines));
  const entries: ZipEntry[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    entries.push(
      name === 'word/document.xml'
        ? { name, data: new Uint8Array(), deflated: { bytes: deflateRawSync(xml, { level: 9 }), size, crc: crc32(xml) } }
        : { name, data: await file.async('uint8array') },
    );
  }
  return buildZip(entries);
}
