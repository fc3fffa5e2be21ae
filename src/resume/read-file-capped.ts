/**
 * Reads a file through a stream and stops at a byte cap, whatever `stat` says: a `/proc` or
 * `/sys` file reports size 0 and can hold anything, and a file can grow between the check and
 * the read. Nothing past the cap is read or kept.
 */
import type { FileHandle } from 'node:fs/promises';

/** What `readFileCapped` found: the bytes, or that the file holds more than the cap. */
export type CappedRead = { bytes: Uint8Array; tooLarge: false } | { tooLarge: true; readBytes: number };

const chunkBytes = 64 * 1024;

/**
 * Reads at most `maxBytes` from an open file. Reads up to one chunk (64 KiB) past the cap to
 * know whether there is more, then stops.
 *
 * @example
 * const read = await readFileCapped(handle, 10 * 1024 * 1024);
 * if (read.tooLarge) throw resumeTooLarge('"cv.pdf"', undefined);
 */
export async function readFileCapped(handle: FileHandle, maxBytes: number): Promise<CappedRead> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    // Whole chunks, not "what is left to the cap": some kernel files (pagemap) refuse reads of odd sizes.
    const buffer = Buffer.allocUnsafe(chunkBytes);
    const { bytesRead } = await handle.read(buffer, 0, chunkBytes, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) return { tooLarge: true, readBytes: total };
  }
  return { bytes: Buffer.concat(chunks, total), tooLarge: false };
}
