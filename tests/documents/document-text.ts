import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';

/** The text of each page of a PDF, and its Info dictionary, as a PDF reader sees them. */
export async function readPdf(buffer: Buffer): Promise<{ pages: string[]; text: string; info: Record<string, unknown> }> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: false });
  const { info } = await getMeta(pdf);
  return { pages: text, text: text.join('\n'), info: info as Record<string, unknown> };
}

/** The plain text of a DOCX, as mammoth reads it. */
export async function readDocxText(buffer: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer })).value;
}

/** The HTML mammoth makes of a DOCX: headings, lists and emphasis show which Word styles were used. */
export async function readDocxHtml(buffer: Buffer): Promise<string> {
  return (await mammoth.convertToHtml({ buffer })).value;
}

/** One file out of a ZIP (a DOCX is one), read from its local header. */
export function zipEntry(buffer: Buffer, name: string): string {
  for (let offset = 0; offset + 30 <= buffer.length; ) {
    if (buffer.readUInt32LE(offset) !== 0x04034b50) break;
    const method = buffer.readUInt16LE(offset + 8);
    const compressedSize = buffer.readUInt32LE(offset + 18);
    const nameLength = buffer.readUInt16LE(offset + 26);
    const extraLength = buffer.readUInt16LE(offset + 28);
    const entryName = buffer.toString('utf8', offset + 30, offset + 30 + nameLength);
    const start = offset + 30 + nameLength + extraLength;
    const data = buffer.subarray(start, start + compressedSize);
    if (entryName === name) return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    offset = start + compressedSize;
  }
  throw new Error(`No ${name} in the archive.`);
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Asserts each fragment occurs in `text` after the one before it (whitespace-insensitive,
 * so wrapped lines still match). Returns the positions, for tests that want them.
 */
export function expectInOrder(text: string, fragments: readonly string[]): number[] {
  const haystack = squash(text);
  let from = 0;
  return fragments.map((fragment) => {
    const at = haystack.indexOf(squash(fragment), from);
    if (at < 0) {
      throw new Error(`"${fragment}" is not in the text after position ${from}:\n${haystack.slice(from, from + 400)}`);
    }
    from = at + squash(fragment).length;
    return at;
  });
}
