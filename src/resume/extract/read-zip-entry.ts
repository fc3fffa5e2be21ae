/**
 * One file out of a ZIP archive (a .docx is one), read through its central directory with
 * node:zlib: enough for the few parts of a Word document mammoth's HTML leaves out.
 */
import { inflateRawSync } from 'node:zlib';

const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;
const localHeader = 0x04034b50;

/**
 * The bytes of the entry at `path`, or undefined when the archive has no such entry, is not
 * one this reader understands (ZIP64, encryption, a compression other than deflate) or the
 * entry inflates to more than `maxBytes` (a zip bomb stops there, not in memory).
 *
 * @example
 * const xml = readZipEntry(docxBytes, 'word/document.xml', 32 * 1024 * 1024);
 */
export function readZipEntry(bytes: Uint8Array, path: string, maxBytes: number): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end === undefined) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let index = 0; index < count && at + 46 <= view.byteLength; index++) {
    if (view.getUint32(at, true) !== directoryEntry) return undefined;
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (name === path) return entryData(bytes, view, view.getUint32(at + 42, true), method, compressedSize, maxBytes);
    at = next;
  }
  return undefined;
}

function findEndOfDirectory(view: DataView): number | undefined {
  // The record is 22 bytes and may be followed by a comment of up to 65,535 bytes.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === endOfDirectory) return at;
  }
  return undefined;
}

function entryData(bytes: Uint8Array, view: DataView, offset: number, method: number, size: number, maxBytes: number): Uint8Array | undefined {
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== localHeader) return undefined;
  const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  const data = bytes.subarray(start, start + size);
  if (method === 0) return data.byteLength <= maxBytes ? data : undefined;
  if (method !== 8) return undefined;
  try {
    return new Uint8Array(inflateRawSync(data, { maxOutputLength: maxBytes }));
  } catch {
    return undefined;
  }
}
