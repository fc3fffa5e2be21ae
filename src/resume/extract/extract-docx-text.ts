/**
 * Text from a Word .docx file with mammoth. Read through mammoth's HTML so list items keep a
 * bullet (its raw-text reader drops them, and bullets are what separate a role's highlights
 * from the next role's header); tabs, used to push dates to the margin, are kept. The HTML
 * also keeps the hyperlinks' targets, which themes often show only as a username.
 */
import mammoth from 'mammoth';
import { JobpilotError } from '../../errors.ts';
import { isContactLink, type DocumentLink, type DocumentText } from './document-link.ts';

/**
 * Extracts the text of a DOCX document: one line per paragraph, "• " before list items, a
 * blank line for an empty paragraph, tabs between table cells; and its web and e-mail links.
 *
 * @throws JobpilotError `RESUME_UNREADABLE` when the file is damaged, truncated or not
 *   really a Word document.
 * @example
 * const { text, links } = await extractDocxText(bytes, 'cv.docx');
 */
export async function extractDocxText(bytes: Uint8Array, filename: string): Promise<DocumentText> {
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
  return { text: htmlToText(html), links: htmlLinks(html) };
}

function htmlLinks(html: string): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const match of html.matchAll(/<a\s[^>]*?href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi)) {
    const url = decodeEntities(match[1] ?? '').trim();
    if (isContactLink(url)) links.push({ url, text: htmlToText(match[2] ?? '').trim() });
  }
  return links;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function htmlToText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '• ')
    .replace(/<\/(?:p|li|h[1-6]|tr)>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return entities[name.toLowerCase()] ?? match;
    });
}
