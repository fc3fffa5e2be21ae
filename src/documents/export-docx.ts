import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import { type ContactHeader, contactLines, type DocumentExportOptions } from './contact-header.ts';
import { documentParts } from './document-parts.ts';
import type { InlineRun, MarkdownBlock } from './markdown-blocks.ts';

const font = 'Calibri';
const headingColor = '17324D';
const mutedColor = '5F6368';
const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const bulletReference = 'bulleted-list';

function textRuns(runs: readonly InlineRun[], extra: { size?: number; color?: string } = {}): ParagraphChild[] {
  return runs.map((run) => {
    if (run.text === '\n') return new TextRun({ break: 1 });
    const text = new TextRun({
      text: run.text,
      bold: run.bold,
      italics: run.italic,
      size: extra.size,
      color: extra.color,
      ...(run.link ? { style: 'Hyperlink' } : {}),
    });
    return run.link ? new ExternalHyperlink({ link: run.link, children: [text] }) : text;
  });
}

function contactParagraphs(contact: ContactHeader): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (contact.name) {
    const name = new TextRun({ text: contact.name, bold: true, size: 23 });
    paragraphs.push(new Paragraph({ children: [name], spacing: { after: 0 } }));
  }
  for (const runs of contactLines(contact)) {
    paragraphs.push(new Paragraph({ children: textRuns(runs, { size: 18, color: mutedColor }), spacing: { after: 0 } }));
  }
  if (paragraphs.length > 0) {
    // The rule under the header: a bottom border on a closing empty paragraph.
    paragraphs.push(
      new Paragraph({
        children: [],
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'C9D1D9', space: 4 } },
        spacing: { after: 240 },
      }),
    );
  }
  return paragraphs;
}

function blockParagraphs(block: MarkdownBlock, listIndex: number): Paragraph[] {
  switch (block.type) {
    case 'heading':
      // Keep-with-next is Word's own guard against a heading alone at the foot of a page.
      return [
        new Paragraph({ heading: headingLevels[block.level], children: textRuns(block.runs), keepNext: true, keepLines: true }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: textRuns(block.runs), spacing: { after: 160 } })];
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'list':
      return block.items.map(
        (item, index) =>
          new Paragraph({
            children: textRuns(item),
            numbering: block.ordered
              ? { reference: `numbered-list-${listIndex}`, level: 0 }
              : { reference: bulletReference, level: 0 },
            spacing: { after: index === block.items.length - 1 ? 160 : 60 },
          }),
      );
  }
}

/**
 * Line spacing as a multiple of each line's own height (240 = single). Without the explicit
 * rule a reader may take `line` as an exact height, and the two lines of a wrapped 18 pt
 * title then overlap.
 */
const proportional = { line: 252, lineRule: LineRuleType.AUTO } as const;

/** A heading style: bold, in the heading colour, `size` in half-points, spacing in twentieths of a point. */
function headingStyle(size: number, before: number, after: number) {
  return { run: { font, size, bold: true, color: headingColor }, paragraph: { spacing: { before, after, ...proportional } } };
}

function listLevel(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string, start = 1) {
  return {
    level: 0,
    format,
    text,
    start,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 600, hanging: 300 } } },
  };
}

/**
 * Renders a Markdown document as a DOCX file with the same structure as the PDF: the title
 * (Word's Title style), the contact header, headings as Heading 1–3 (kept with the next
 * paragraph), paragraphs, real bulleted and numbered lists, bold and italic runs, links, and
 * `---` page breaks. Title and Author (creator) are set in the file's properties.
 *
 * @example
 * const docx = await exportDocx(markdown, { contact: contactHeaderFromResume(resume) });
 * await writeFile('letter.docx', docx);
 */
export async function exportDocx(markdown: string, options: DocumentExportOptions = {}): Promise<Buffer> {
  const { title, author, body: bodyBlocks } = documentParts(markdown, options);

  const children: Paragraph[] = [];
  if (title && options.titleOnPage !== false) {
    children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)], spacing: { after: 120, ...proportional } }));
  }
  if (options.contact) children.push(...contactParagraphs(options.contact));
  const numberedLists: { reference: string; start: number }[] = [];
  bodyBlocks.forEach((block, index) => {
    if (block.type === 'list' && block.ordered) numberedLists.push({ reference: `numbered-list-${index}`, start: block.start });
    children.push(...blockParagraphs(block, index));
  });

  const document = new Document({
    title: title ?? 'Document',
    creator: author ?? 'jobpilot',
    lastModifiedBy: 'jobpilot',
    styles: {
      default: {
        document: { run: { font, size: 21, color: '222222' }, paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO } } },
        title: { run: { font, size: 36, bold: true, color: headingColor }, paragraph: { spacing: proportional } },
        heading1: headingStyle(30, 280, 120),
        heading2: headingStyle(26, 280, 100),
        heading3: headingStyle(23, 200, 80),
      },
    },
    numbering: {
      config: [
        { reference: bulletReference, levels: [listLevel(LevelFormat.BULLET, '•')] },
        ...numberedLists.map(({ reference, start }) => ({ reference, levels: [listLevel(LevelFormat.DECIMAL, '%1.', start)] })),
      ],
    },
    sections: [{ properties: { page: { margin: { top: 1240, bottom: 1240, left: 1320, right: 1320 } } }, children }],
  });
  return Packer.toBuffer(document);
}
