/**
 * A Word file's ZIP opened for mammoth with a budget of inflated bytes. A DOCX is deflated
 * XML, and deflate shrinks repetitive text about a thousandfold: a 2 MB file can hold a
 * `document.xml` of 2 GB. Each part is inflated as a stream and counted as it comes; past the
 * budget the reading stops, so memory stays near the budget whatever the file claims.
 */
import JSZip from 'jszip';

/** Thrown when the parts read so far inflate past the budget. */
export class InflationLimitError extends Error {
  override readonly name = 'InflationLimitError';
  constructor(readonly limit: number) {
    super(`the document inflates to more than ${Math.round(limit / 1024 / 1024)} MB`);
  }
}

/** What mammoth asks of an opened DOCX (its `{file}` input). */
export interface ZipFile {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
}

/**
 * Opens a ZIP (reading only its directory) and returns the reader mammoth takes as `{file}`;
 * every part it reads counts against one budget of `maxInflatedBytes`.
 *
 * @throws whatever JSZip throws for a file that is not a ZIP.
 * @example
 * const file = await openBoundedZip(bytes, 32 * 1024 * 1024);
 * await mammoth.convertToHtml({ file } as never);
 */
export async function openBoundedZip(bytes: Uint8Array, maxInflatedBytes: number): Promise<ZipFile> {
  const zip = await JSZip.loadAsync(bytes);
  let inflated = 0;
  return {
    exists: (name) => zip.file(name) !== null,
    read: async (name, encoding) => {
      const entry = zip.file(name);
      if (!entry) throw new Error(`the document has no part "${name}"`);
      const chunks: Buffer[] = [];
      await new Promise<void>((resolve, reject) => {
        const stream = entry.nodeStream('nodebuffer');
        stream.on('data', (chunk: Buffer) => {
          inflated += chunk.length;
          if (inflated > maxInflatedBytes) {
            stream.pause();
            stream.removeAllListeners('data');
            reject(new InflationLimitError(maxInflatedBytes));
            return;
          }
          chunks.push(chunk);
        });
        stream.on('end', () => resolve());
        stream.on('error', reject);
      });
      const data = Buffer.concat(chunks);
      if (encoding === 'base64') return data.toString('base64');
      if (encoding) return new TextDecoder(encoding).decode(data);
      return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    },
  };
}
