/**
 * Builds real resume files in memory for tests: a PDF with pdfkit and a DOCX with the docx
 * library, from the same few lines, so the extraction tests read what a user would upload.
 */
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import PDFDocument from 'pdfkit';

export interface ResumeDocumentLine {
  text: string;
  kind?: 'name' | 'heading' | 'bullet' | 'plain';
  /** Right-aligned text on the same line (a date column). */
  right?: string;
  /** The line's text is a hyperlink to this address. */
  link?: string;
}

/** A one-page PDF; `right` text is drawn at the right margin, as word processors do. */
export function buildResumePdf(lines: readonly ResumeDocumentLine[], options: { userPassword?: string } = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({ margin: 50, ...(options.userPassword ? { userPassword: options.userPassword, pdfVersion: '1.7' as const } : {}) });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    document.on('error', reject);
    for (const line of lines) {
      const size = line.kind === 'name' ? 18 : line.kind === 'heading' ? 13 : 10;
      document.font(line.kind === 'heading' || line.kind === 'name' ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
      const y = document.y;
      document.text(line.kind === 'bullet' ? `• ${line.text}` : line.text, 50, y, line.link ? { link: line.link } : {});
      if (line.right) document.text(line.right, 50, y, { align: 'right', width: 512 });
    }
    document.end();
  });
}

/** A PDF whose only page is a drawing: what a scanner produces, without a text layer. */
export function buildScannedPdf(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument();
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    document.on('error', reject);
    for (let row = 0; row < 30; row++) document.rect(60, 60 + row * 20, 300 + (row % 5) * 40, 8).fill('#333333');
    document.end();
  });
}

/** A DOCX with heading styles, bullets and a right tab stop for dates. */
export async function buildResumeDocx(lines: readonly ResumeDocumentLine[]): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: lines.map((line) => {
          if (line.kind === 'name') return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(line.text)] });
          if (line.kind === 'heading') return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(line.text)] });
          if (line.kind === 'bullet') return new Paragraph({ bullet: { level: 0 }, children: [new TextRun(line.text)] });
          if (line.link) return new Paragraph({ children: [new ExternalHyperlink({ link: line.link, children: [new TextRun(line.text)] })] });
          const runs = [new TextRun({ text: line.text, bold: Boolean(line.right) })];
          if (line.right) runs.push(new TextRun(`\t${line.right}`));
          return new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: 9000 }], children: runs });
        }),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The resume both builders draw in the extraction tests. */
export const sampleResumeLines: readonly ResumeDocumentLine[] = [
  { text: 'Jane Doe', kind: 'name' },
  { text: 'jane.doe@example.com | +1 (555) 123-4567 | Austin, TX' },
  { text: 'Experience', kind: 'heading' },
  { text: 'Senior Engineer — Acme Corp', right: 'Jan 2019 – Present' },
  { text: 'Built trading services in C++ and C# and the Node.js gateway', kind: 'bullet' },
  { text: 'Software Engineer — Initech', right: '03/2016 - 12/2018' },
  { text: 'Maintained the billing system in Java', kind: 'bullet' },
  { text: 'Education', kind: 'heading' },
  { text: 'B.S. Computer Science, University of Texas at Austin, 2012 – 2016' },
  { text: 'Skills', kind: 'heading' },
  { text: 'C++, C#, Node.js, Java, PostgreSQL, Kubernetes' },
];
