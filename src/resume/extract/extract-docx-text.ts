/**
 * Text from a Word .docx file with mammoth. Read through mammoth's HTML so list items keep a
 * bullet (its raw-text reader drops them, and bullets are what separate a role's highlights
 * from the next role's header); tabs, used to push dates to the margin, are kept. The HTML
 * also keeps the hyperlinks' targets, which themes often show only as a username.
 */
import mammoth from 'mammoth';
import { isTitleLike } from '../sections/classify-entry-part.ts';
import { headingKind } from '../sections/find-sections.ts';
import { loadSkillVocabulary, phraseKey } from '../skill-vocabulary.ts';
import { JobpilotError } from '../../errors.ts';
import { isContactLink, type DocumentLink, type DocumentText } from './document-link.ts';
import { docxRunSeams } from './docx-run-seams.ts';
import { docxTagRows } from './docx-tag-rows.ts';
import { InflationLimitError, openBoundedZip } from './bounded-zip.ts';

/**
 * Inflated bytes read from one DOCX at most. A resume's document.xml is well under a megabyte
 * (a long one with heavy formatting a few); images are never read.
 */
export const maxDocxInflatedBytes = 32 * 1024 * 1024;

// Pictures are not text: the image element gets no source, so mammoth never reads (or inflates) it.
const skipImages = mammoth.images.imgElement(async () => ({ src: '' }));

/**
 * Extracts the text of a DOCX document: one line per paragraph, "• " before list items, a
 * blank line for an empty paragraph, tabs between table cells and between shaded tags; and its
 * web and e-mail links.
 *
 * @throws JobpilotError `RESUME_UNREADABLE` when the file is damaged, truncated or not
 *   really a Word document.
 * @example
 * const { text, links } = await extractDocxText(bytes, 'cv.docx');
 */
export async function extractDocxText(bytes: Uint8Array, filename: string): Promise<DocumentText> {
  let html: string;
  try {
    const file = await openBoundedZip(bytes, maxDocxInflatedBytes);
    // mammoth takes an opened ZIP as `{file}` (lib/unzip.js); its types list only path and buffer.
    const result = await mammoth.convertToHtml({ file } as unknown as { buffer: Buffer }, { convertImage: skipImages });
    html = result.value;
  } catch (error) {
    if (error instanceof InflationLimitError) {
      throw new JobpilotError(
        'RESUME_UNREADABLE',
        `"${filename}" expands to more than ${Math.round(maxDocxInflatedBytes / 1024 / 1024)} MB of text when unzipped; a resume is a few pages. Is it the right file?`,
        { cause: error },
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new JobpilotError(
      'RESUME_UNREADABLE',
      `"${filename}" is not a readable Word document (${reason}); it may be damaged or truncated. Open it in Word and save it again as .docx.`,
      { cause: error },
    );
  }
  return {
    text: withTagsApart(withTagsApart(splitGluedBlocks(htmlToText(html)), docxTagRows(bytes, maxDocxInflatedBytes)), docxRunSeams(bytes, maxDocxInflatedBytes)),
    links: htmlLinks(html),
    skillGroups: skillGroupHeadings(html),
  };
}

/**
 * The headings a level below a Skills heading, up to the next heading of its level or above:
 * "Skills" (h3) / "Engineering" (h4) / "Languages" (h4). The text alone cannot tell a group
 * named "Languages" or "Certifications" from a section of that name; the styles can.
 */
function skillGroupHeadings(html: string): string[] {
  const groups: string[] = [];
  let skillsLevel: number | undefined;
  let groupsUnderSkills = 0;
  // "Skills" as a plain paragraph right over headings: a nested list that LibreOffice styled as
  // headings, the groups at one level ("Data" h4) and their items at another ("Python" h1).
  let plainSkills = false;
  let groupLevel: number | undefined;
  for (const match of html.matchAll(/<(h[1-6]|p)\b[^>]*>([\s\S]*?)<\/\1>/gi)) {
    const tag = match[1]!.toLowerCase();
    const text = htmlToText(match[2] ?? '').replace(/\s+/g, ' ').trim();
    if (tag === 'p') {
      if (text === '') continue;
      // A plain paragraph ends the nested list only when it is a heading or comes right after "Skills".
      const kind = headingKind(text);
      if (plainSkills && (groupLevel === undefined || kind !== undefined)) plainSkills = false;
      if (kind === 'skills' && skillsLevel === undefined) {
        plainSkills = true;
        groupLevel = undefined;
      }
      continue;
    }
    const level = Number(tag.slice(1));
    if (plainSkills && text !== '') {
      groupLevel ??= level;
      if (level === groupLevel) groups.push(text);
      continue;
    }
    if (skillsLevel !== undefined && level > skillsLevel) {
      if (text !== '') groups.push(text);
      if (text !== '') groupsUnderSkills++;
      continue;
    }
    // "Skills" (h2) / "Data" (h4) / "Python" (h1): items styled above the Skills heading's level
    // stay in it, up to a heading that names a section.
    if (skillsLevel !== undefined && groupsUnderSkills > 0 && text !== '' && headingKind(text) === undefined) continue;
    skillsLevel = headingKind(text) === 'skills' ? level : undefined;
    groupsUnderSkills = 0;
  }
  return groups;
}

// "SQL Python (pandas) Tableau": a row of shaded tags, which mammoth reads as one run of words,
// gets back the gaps between its tags.
function withTagsApart(text: string, rows: ReadonlyMap<string, string>): string {
  if (rows.size === 0) return text;
  return text
    .split('\n')
    .map((line) => rows.get(line.trim().replace(/\s+/g, ' ')) ?? line)
    .join('\n');
}

function htmlLinks(html: string): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const match of html.matchAll(/<a\s[^>]*?href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi)) {
    const url = decodeEntities(match[1] ?? '').trim();
    if (isContactLink(url)) links.push({ url, text: htmlToText(match[2] ?? '').trim() });
  }
  return links;
}

// "EngineerFablemill": a word's lower-case tail, or a closing bracket, runs straight into a
// capitalised word, an acronym or a name with digits ("TesterPT Sinar", "(contract)Q8 Labs").
const gluedWord = /(\p{L}*\p{Ll}{3}|\))(\p{Lu}[\p{Ll}\p{Lu}\d][\p{L}\d]*)/u;

/**
 * Undoes blocks glued into one run: HTML converted to Word (LibreOffice) can keep a title and
 * its employer, or a name and its headline, that sat in separate boxes as one run with no space
 * ("Software EngineerFablemill", "Ana RuizData Analyst"), and nothing in the document marks the
 * seam. A line is split there when the part before reads as a job title (title, then employer)
 * or, on the first line, the part after does (name, then headline); a word the skills vocabulary
 * knows ("JavaScript", "TensorFlow") is never split.
 */
function splitGluedBlocks(text: string): string {
  let first = true;
  return text
    .split('\n')
    .map((line) => {
      const isFirst = first && line.trim() !== '';
      if (line.trim() !== '') first = false;
      if (line.startsWith('• ')) return line;
      const glued = gluedWord.exec(line);
      if (!glued) return line;
      const word = glued[0];
      if (loadSkillVocabulary().lookup.has(phraseKey(word))) return line;
      const seam = glued.index + glued[1]!.length;
      const head = line.slice(0, seam);
      const tail = line.slice(seam);
      return isTitleLike(head) || (isFirst && isTitleLike(tail)) ? `${head}\n${tail}` : line;
    })
    .join('\n');
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * A paragraph that opens with a link and goes on in capitalised plain text: an employer or a
 * school linked to its website, then the title beside it ("<a>Acme GmbH</a>Line Cook"). The
 * link's end is a field boundary there, as the gap between the two was in the theme's layout.
 */
const linkThenField = /(<p\b[^>]*>(?:<(?!a\b)[^>]+>)*<a\s[^>]*href=[^>]*>)((?:(?!<\/a>)[\s\S])*?\S(?:(?!<\/a>)[\s\S])*?)<\/a>(?=(?:\s|<(?!\/p>)[^>]+>)*\p{Lu})/gu;

// "Bengaluru <a mailto>…</a> <a tel>…</a>": an e-mail or phone link beside other text in one
// paragraph is a field of its own, as the gaps around it were in the theme's layout.
const beforeContactLink = /([^\s>])[^\S\n]*(?=<a\s[^>]*href="(?:mailto|tel):)/gi;
const afterContactLink = /(<a\s[^>]*href="(?:mailto|tel):[^"]*"[^>]*>(?:(?!<\/a>)[\s\S])*<\/a>)[^\S\n]*(?=[^\s<]|<a\s)/gi;

// "<td><p>Area</p></td><td><p>Tools and methods</p></td>": a table cell that holds one paragraph is
// one field of its row, so the row reads as one line of tab-separated cells ("Area ⇥ Tools and
// methods", "Python ⇥ Advanced") as it does in the PDF; a cell of several paragraphs keeps its lines.
const tableCell = /(<t[dh]\b[^>]*>)((?:(?!<\/?t[dh]\b)[\s\S])*?)(<\/t[dh]>)/gi;

function oneLineCells(html: string): string {
  return html.replace(tableCell, (cell, open: string, inner: string, close: string) =>
    (inner.match(/<\/p>/gi) ?? []).length === 1 && !/<(?:table|li|br)\b/i.test(inner) ? `${open}${inner.replace(/<\/p>/gi, '')}${close}` : cell,
  );
}

function htmlToText(html: string): string {
  const text = oneLineCells(html)
    .replace(beforeContactLink, '$1\t')
    .replace(afterContactLink, '$1\t')
    .replace(linkThenField, '$1$2</a>\t')
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
