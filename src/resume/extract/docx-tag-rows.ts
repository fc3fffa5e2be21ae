/**
 * Rows of tags in a Word document: a skills list styled as chips (a theme's `<span>` tags with
 * a background, converted to Word by LibreOffice; or skills a writer shaded or highlighted by
 * hand). Each tag is a run with a shading or highlight of its own and the tags are set apart by
 * plain spaces, so the text alone reads "Financial modelling IFRS Ind AS" with no way to tell
 * where a tag ends. mammoth drops shading, so the runs are read from the document's XML.
 */
import { readZipEntry } from './read-zip-entry.ts';

/**
 * The paragraphs of a .docx that are rows of two or more shaded tags with only spaces between
 * them, keyed by their text with the tags joined by single spaces; the value joins them with a
 * tab, as a PDF's text sets tags apart. None when document.xml inflates past `maxBytes`.
 *
 * @example
 * docxTagRows(bytes, 32 * 1024 * 1024).get('Financial modelling IFRS Ind AS'); // 'Financial modelling\tIFRS\tInd AS'
 */
export function docxTagRows(bytes: Uint8Array, maxBytes: number): Map<string, string> {
  const rows = new Map<string, string>();
  const document = readZipEntry(bytes, 'word/document.xml', maxBytes);
  if (!document) return rows;
  const xml = new TextDecoder().decode(document);
  for (const paragraph of xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const tags = paragraphTags(paragraph[1] ?? '');
    if (tags) rows.set(tags.join(' '), tags.join('\t'));
  }
  return rows;
}

// A shading with a fill of its own, or a highlight: what makes a run a tag.
const shaded = /<w:shd\b[^>]*w:fill="(?!auto"|FFFFFF")[0-9A-Fa-f]{6}"|<w:highlight\b[^>]*w:val="(?!none")/;

function paragraphTags(paragraph: string): string[] | undefined {
  const tags: string[] = [];
  let open = false;
  for (const run of paragraph.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)) {
    const body = run[1] ?? '';
    const text = [...body.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((part) => decodeXml(part[1] ?? '')).join('');
    const properties = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
    if (shaded.test(properties)) {
      // One tag may be split into several runs; they are one tag until a plain space ends it.
      if (open) tags[tags.length - 1] += text;
      else tags.push(text);
      open = true;
    } else if (text.trim() === '') {
      open = false;
    } else {
      return undefined;
    }
  }
  const named = tags.map((tag) => tag.trim()).filter(Boolean);
  return named.length >= 2 ? named : undefined;
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name] ?? '');
}
