import PDFDocument from 'pdfkit';

/** A line of text placed on the page, as a layout would print it. */
export interface PdfRun {
  text: string;
  x: number;
  /** Top of the text, from the top of the page (pdfkit's convention). */
  y: number;
  size?: number;
  bold?: boolean;
}

/**
 * A one-page A4 PDF with each run drawn at its place, in the order given (Helvetica,
 * `defaultSize` points unless the run says), for tests of how a page's layout is read.
 *
 * @example
 * const pdf = await drawPdf([{ text: 'Ines Marlow', x: 58, y: 50, size: 30 }]);
 */
export function drawPdf(runs: readonly PdfRun[], { defaultSize = 10 }: { defaultSize?: number } = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({ margin: 0, size: 'A4' });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    document.on('error', reject);
    for (const run of runs) {
      document.font(run.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(run.size ?? defaultSize);
      document.text(run.text, run.x, run.y, { lineBreak: false });
    }
    document.end();
  });
}
