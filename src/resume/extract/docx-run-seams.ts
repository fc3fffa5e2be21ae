/**
 * Seams between differently styled runs in a Word document. HTML converted to Word (LibreOffice)
 * keeps blocks that sat side by side in the page, a school in one `<strong>` and its degree in
 * another, or a field beside its dates, as runs of one paragraph with nothing between them:
 * mammoth reads "University of LagosBachelor of Science", "Computer ScienceJanuary 2019". The
 * runs' styles still tell where one block ends, so the paragraph is read from the document's XML.
 */
import { readZipEntry } from './read-zip-entry.ts';

/**
 * The paragraphs of a .docx in which a run ends in a word and the next run, styled otherwise
 * (bold, italic, a character style, size, colour, capitals), opens a capitalised word with no
 * space between them; keyed by their text as mammoth reads it (spaces collapsed), the value sets
 * a tab at each such seam, as a PDF's text sets apart what stood apart on the page. None when
 * document.xml inflates past `maxBytes`.
 *
 * @example
 * docxRunSeams(bytes, 32 * 1024 * 1024).get('University of LagosBachelor of Science'); // 'University of Lagos\tBachelor of Science'
 */
export function docxRunSeams(bytes: Uint8Array, maxBytes: number): Map<string, string> {
  const seams = new Map<string, string>();
  const document = readZipEntry(bytes, 'word/document.xml', maxBytes);
  if (!document) return seams;
  const xml = new TextDecoder().decode(document);
  for (const paragraph of xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const body = paragraph[1] ?? '';
    // A line break inside the paragraph makes two lines of mammoth's text; no key would match.
    if (/<w:(?:br|cr)\b/.test(body)) continue;
    const runs = [...body.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)].map((run) => readRun(run[1] ?? '')).filter((run) => run.text !== '');
    let glued = '';
    let apart = '';
    let found = false;
    for (const [index, run] of runs.entries()) {
      const before = runs[index - 1];
      const seam = before !== undefined && before.style !== run.style && wordEnd.test(before.text) && wordStart.test(run.text);
      glued += run.text;
      apart += seam ? `\t${run.text}` : run.text;
      found ||= seam;
    }
    if (found) seams.set(glued.replace(/\s+/g, ' ').trim(), apart.replace(/[^\S\t]+/g, ' ').trim());
  }
  return seams;
}

// A word of two letters or more (or a closing bracket, a full stop after one) ends the run before
// the seam; a capitalised word of two characters or more opens the run after it. A drop capital
// ("J" / "OHN") or a run split inside a word ("Java" / "script") is no seam.
const wordEnd = /(?:\p{L}{2}|\p{L}\.|\))$/u;
const wordStart = /^\p{Lu}[\p{L}\d.]/u;

// What a reader sees of a run's style; a spell-check language or a revision id is not it.
const visibleProperties = ['rStyle', 'b', 'i', 'u', 'caps', 'smallCaps', 'sz', 'color', 'shd', 'highlight', 'vertAlign', 'strike'];

function readRun(body: string): { text: string; style: string } {
  const text = [...body.matchAll(/<w:(t|tab)\b[^>]*?(?:\/>|>([^<]*)<\/w:t>)/g)].map((part) => (part[1] === 'tab' ? '\t' : decodeXml(part[2] ?? ''))).join('');
  const properties = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
  const style = visibleProperties
    .map((name) => {
      const element = new RegExp(`<w:${name}\\b([^>]*)/?>`).exec(properties);
      if (!element) return '';
      const attributes = element[1] ?? '';
      if (/w:val="(?:false|0|none)"/.test(attributes) && !['sz', 'color'].includes(name)) return '';
      return `${name}${attributes.replace(/\s+/g, ' ').replace(/\/$/, '').trim()}`;
    })
    .filter(Boolean)
    .join(';');
  return { text, style };
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name] ?? '');
}
