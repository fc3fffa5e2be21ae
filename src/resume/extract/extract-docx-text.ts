/**
 * Text from a Word .docx file with mammoth. Read through mammoth's HTML so list items keep a
 * bullet (its raw-text reader drops them, and bullets are what separate a role's highlights
 * from the next role's header); tabs, used to push dates to the margin, are kept.
 */
import mammoth from 'mammoth';
import { JobpilotError } from '../../errors.ts';

/**
 * Extracts the text of a DOCX document: one line per paragraph, "• " before list items, a
 * blank line for an empty paragraph, tabs between table cells.
 *
 * @throws JobpilotError `RESUME_UNREADABLE` when the file is damaged, truncated or not
 *   really a Word document.
 * @example
 * const text = await extractDocxText(bytes, 'cv.docx');
 */
export async function extractDocxText(bytes: Uint8Array, filename: string): Promise<string> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new JobpilotError(
      'RESUME_UNREADABLE',
      `"${filename}" is not a readable Word document (${reason}); it may be damaged or truncated. Open it in Word and save it again as .docx.`,
      { cause: error },
    );
  }
  return htmlToText(html);
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '• ')
    .replace(/<\/(?:p|li|h[1-6]|tr)>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return entities[name.toLowerCase()] ?? match;
    });
}
