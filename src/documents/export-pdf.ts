import PDFDocument from 'pdfkit';
import { type ContactHeader, contactLines, type DocumentExportOptions } from './contact-header.ts';
import { documentParts } from './document-parts.ts';
import type { InlineRun, MarkdownBlock } from './markdown-blocks.ts';
import { plainText } from './markdown-inline.ts';
import { registerPdfFonts, type PdfFonts } from './pdf-fonts.ts';
import { fontFor, pdfTheme } from './pdf-theme.ts';

type Pdf = PDFKit.PDFDocument;

const { body, colors, margins } = pdfTheme;

// The fonts each document registered (standard or embedded), for the text it draws.
const documentFonts = new WeakMap<Pdf, PdfFonts>();
const drawable = (pdf: Pdf, text: string) => (documentFonts.get(pdf) as PdfFonts).drawable(text);

const contentWidth = (pdf: Pdf) => pdf.page.width - margins.left - margins.right;
const bottomOf = (pdf: Pdf) => pdf.page.height - margins.bottom;
const lineHeight = (pdf: Pdf, size: number) =>
  pdf.font('regular').fontSize(size).currentLineHeight(true) + body.lineGap;

/** Starts a new page unless `height` more points fit on this one. */
function keepTogether(pdf: Pdf, height: number): void {
  if (pdf.y + height > bottomOf(pdf) && pdf.y > margins.top + 1) pdf.addPage();
}

/** Splits runs at hard line breaks, as pdfkit's continued text cannot carry one. */
function lines(pdf: Pdf, runs: readonly InlineRun[]): InlineRun[][] {
  const result: InlineRun[][] = [[]];
  for (const run of runs) {
    if (run.text === '\n') result.push([]);
    else if (run.text) result.at(-1)!.push({ ...run, text: drawable(pdf, run.text) });
  }
  return result;
}

interface RunPlacement {
  x: number;
  y?: number;
  width: number;
  size: number;
  color?: string;
}

/** Writes styled runs as one flowing paragraph starting at (x, y), `width` wide. */
function writeRuns(pdf: Pdf, runs: readonly InlineRun[], at: RunPlacement) {
  lines(pdf, runs).forEach((line, lineIndex) => {
    const y = lineIndex === 0 ? (at.y ?? pdf.y) : pdf.y;
    if (line.length === 0) {
      pdf.font('regular').fontSize(at.size).text(' ', at.x, y, { width: at.width, lineGap: body.lineGap });
      return;
    }
    line.forEach((run, index) => {
      pdf
        .font(fontFor(run))
        .fontSize(at.size)
        .fillColor(run.link ? colors.link : (at.color ?? colors.text));
      const options = {
        width: at.width,
        lineGap: body.lineGap,
        continued: index < line.length - 1,
        link: run.link ?? null,
        underline: Boolean(run.link),
      };
      if (index === 0) pdf.text(run.text, at.x, y, options);
      else pdf.text(run.text, options);
    });
  });
}

function heightOfRuns(pdf: Pdf, runs: readonly InlineRun[], width: number, size: number): number {
  pdf.font('regular').fontSize(size);
  return pdf.heightOfString(drawable(pdf, plainText(runs)), { width, lineGap: body.lineGap });
}

function writeTitle(pdf: Pdf, title: string): void {
  pdf.font('bold').fontSize(pdfTheme.title.size).fillColor(colors.heading);
  pdf.text(drawable(pdf, title), margins.left, pdf.y, { width: contentWidth(pdf) });
  pdf.moveDown(pdfTheme.title.after / pdfTheme.title.size);
}

function writeContact(pdf: Pdf, contact: ContactHeader): void {
  const x = margins.left;
  if (contact.name) {
    pdf.font('bold').fontSize(pdfTheme.contact.nameSize).fillColor(colors.text);
    pdf.text(drawable(pdf, contact.name), x, pdf.y, { width: contentWidth(pdf) });
  }
  for (const runs of contactLines(contact)) {
    writeRuns(pdf, runs, { x, width: contentWidth(pdf), size: pdfTheme.contact.detailSize, color: colors.muted });
  }
}

function writeRule(pdf: Pdf, after: number): void {
  const y = pdf.y + 4;
  pdf.moveTo(margins.left, y).lineTo(pdf.page.width - margins.right, y).lineWidth(0.75).strokeColor(colors.rule).stroke();
  pdf.x = margins.left;
  pdf.y = y + after;
}

/**
 * How much of what follows a heading must fit on its page: a few lines of text, or the next
 * heading and a few lines under it, so no heading is left alone at the foot of a page.
 */
function heightToKeepWith(pdf: Pdf, next: MarkdownBlock | undefined): number {
  const fewLines = 3 * lineHeight(pdf, body.size);
  if (next?.type === 'paragraph' || next?.type === 'list') return fewLines;
  if (next?.type !== 'heading') return 0;
  const style = pdfTheme.headings[next.level];
  return style.before + lineHeight(pdf, style.size) + style.after + fewLines;
}

function writeHeading(pdf: Pdf, block: Extract<MarkdownBlock, { type: 'heading' }>, next: MarkdownBlock | undefined): void {
  const style = pdfTheme.headings[block.level];
  const width = contentWidth(pdf);
  pdf.font('bold').fontSize(style.size);
  const height = pdf.heightOfString(drawable(pdf, plainText(block.runs)), { width });
  if (pdf.y > margins.top + 1) pdf.y += style.before;
  keepTogether(pdf, height + style.after + heightToKeepWith(pdf, next));
  const runs = block.runs.map((run) => ({ ...run, bold: true }));
  writeRuns(pdf, runs, { x: margins.left, width, size: style.size, color: colors.heading });
  pdf.y += style.after;
}

function writeParagraph(pdf: Pdf, runs: readonly InlineRun[]): void {
  const width = contentWidth(pdf);
  const height = heightOfRuns(pdf, runs, width, body.size);
  // A paragraph that starts on a page's last line would leave one line behind: move it whole.
  keepTogether(pdf, Math.min(height, 2 * lineHeight(pdf, body.size)));
  writeRuns(pdf, runs, { x: margins.left, width, size: body.size });
  pdf.y += body.paragraphGap;
}

function writeList(pdf: Pdf, block: Extract<MarkdownBlock, { type: 'list' }>): void {
  const { indent, markerGap, itemGap } = pdfTheme.list;
  pdf.font('regular').fontSize(body.size);
  const lastMarker = block.ordered ? `${block.start + block.items.length - 1}.` : '•';
  const markerWidth = pdf.widthOfString(lastMarker) + markerGap;
  const markerX = margins.left + indent;
  const textX = markerX + markerWidth;
  const width = contentWidth(pdf) - (textX - margins.left);
  block.items.forEach((item, index) => {
    keepTogether(pdf, Math.min(heightOfRuns(pdf, item, width, body.size), 2 * lineHeight(pdf, body.size)));
    const y = pdf.y;
    const marker = block.ordered ? `${block.start + index}.` : '•';
    pdf.font('regular').fontSize(body.size).fillColor(block.ordered ? colors.text : colors.heading);
    pdf.text(marker, markerX, y, { width: markerWidth - markerGap, align: block.ordered ? 'right' : 'left', lineBreak: false });
    writeRuns(pdf, item, { x: textX, y, width, size: body.size });
    pdf.y += itemGap;
  });
  pdf.x = margins.left;
  pdf.y += body.paragraphGap - itemGap;
}

function writeFooters(pdf: Pdf, author: string | undefined): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    pdf.switchToPage(index);
    const y = pdf.page.height - margins.bottom + 24;
    // Writing into the bottom margin must not trigger pdfkit's automatic page break.
    const bottomMargin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font('regular').fontSize(pdfTheme.footer.size).fillColor(colors.muted);
    const label = count > 1 ? `${index - start + 1} / ${count}` : '';
    const text = [author ? drawable(pdf, author) : '', label].filter(Boolean).join('   ·   ');
    if (text) pdf.text(text, margins.left, y, { width: contentWidth(pdf), align: 'right', lineBreak: false });
    pdf.page.margins.bottom = bottomMargin;
  }
}

/**
 * Renders a Markdown document as a PDF: the title (the option, or the leading `#` heading),
 * the contact header, then headings, paragraphs, bulleted and numbered lists with hanging
 * indents, bold and italic runs, and `---` page breaks. Pages break automatically, never
 * right after a heading; a document outside Windows-1252 embeds a Unicode font (see
 * `registerPdfFonts`).
 * Title and Author are set in the file's metadata.
 *
 * @example
 * const pdf = await exportPdf(markdown, { contact: contactHeaderFromResume(resume) });
 * await writeFile('letter.pdf', pdf);
 */
export async function exportPdf(markdown: string, options: DocumentExportOptions = {}): Promise<Buffer> {
  const { title, author, body: bodyBlocks } = documentParts(markdown, options);

  const pdf = new PDFDocument({
    size: pdfTheme.pageSize,
    margins,
    bufferPages: true,
    displayTitle: true,
    lang: 'en',
    info: { Title: title ?? 'Document', ...(author ? { Author: author } : {}), Creator: 'jobpilot' },
  });
  const contact = options.contact;
  const contactText = contact ? [contact.name ?? '', ...contactLines(contact).flat().map((run) => run.text)] : [];
  documentFonts.set(pdf, registerPdfFonts(pdf, [markdown, title ?? '', author ?? '', ...contactText]));
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const printedTitle = options.titleOnPage === false ? undefined : title;
  if (printedTitle) writeTitle(pdf, printedTitle);
  if (options.contact) writeContact(pdf, options.contact);
  if (printedTitle || options.contact) writeRule(pdf, pdfTheme.contact.after);
  bodyBlocks.forEach((block, index) => {
    if (block.type === 'heading') writeHeading(pdf, block, bodyBlocks[index + 1]);
    else if (block.type === 'paragraph') writeParagraph(pdf, block.runs);
    else if (block.type === 'list') writeList(pdf, block);
    else if (index < bodyBlocks.length - 1) pdf.addPage();
  });
  writeFooters(pdf, author);
  pdf.end();
  return finished;
}
