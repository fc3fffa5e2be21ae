/**
 * Text from a PDF with unpdf (PDF.js), rebuilt line by line so that right-aligned columns
 * (a date pushed to the margin with a tab stop) stay separated by a tab instead of being
 * glued to the employer's name.
 */
import { getDocumentProxy } from 'unpdf';
import { JobpilotError } from '../../errors.ts';

/** Fewer visible characters per page than this: the pages are pictures of text. */
const minimumCharactersPerPage = 20;

interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  endsLine: boolean;
}

/**
 * Extracts the text of a PDF.
 *
 * @throws JobpilotError `RESUME_ENCRYPTED`, `RESUME_UNREADABLE` (damaged or truncated),
 *   `RESUME_NO_TEXT_LAYER` (a scan).
 * @example
 * const text = await extractPdfText(bytes, 'cv.pdf');
 */
export async function extractPdfText(bytes: Uint8Array, filename: string): Promise<string> {
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js takes ownership of the buffer it is given: hand it a copy.
    document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    throw openError(error, filename);
  }
  try {
    const pages: string[] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [scaleX = 0, skewY = 0, , , x = 0, y = 0] = item.transform as number[];
        items.push({
          text: item.str,
          x,
          y,
          width: item.width,
          fontSize: Math.hypot(scaleX, skewY) || item.height || 10,
          endsLine: item.hasEOL,
        });
      }
      pages.push(joinLines(items));
    }
    const text = pages.join('\n\n');
    const visible = text.replace(/\s/g, '').length;
    if (visible < minimumCharactersPerPage * Math.max(1, document.numPages)) {
      throw new JobpilotError(
        'RESUME_NO_TEXT_LAYER',
        `"${filename}" has no text layer: this looks like a scanned image; export a text PDF or paste the text.`,
      );
    }
    return text;
  } catch (error) {
    if (error instanceof JobpilotError) throw error;
    throw damaged(filename, error);
  } finally {
    await document.destroy();
  }
}

function joinLines(items: readonly PositionedText[]): string {
  let output = '';
  let previous: PositionedText | undefined;
  let lineEnded = false;
  for (const item of items) {
    // PDF.js marks line ends with empty runs; they carry no text, only the break.
    if (item.text === '') {
      lineEnded ||= item.endsLine;
      continue;
    }
    if (previous) {
      const sameLine = !previous.endsLine && !lineEnded && Math.abs(item.y - previous.y) < previous.fontSize * 0.5;
      if (!sameLine) output += '\n';
      else {
        const gap = item.x - (previous.x + previous.width);
        // A wide gap between two runs on one line is a column (a tab stop), not a space.
        if (gap > previous.fontSize * 1.5) output += '\t';
        else if (gap > previous.fontSize * 0.15 && !/\s$/.test(previous.text) && !/^\s/.test(item.text)) output += ' ';
      }
    }
    // A run that is only blank space but spans a wide gap is a tab stop too.
    output += item.text.trim() === '' && item.width > item.fontSize * 1.5 ? '\t' : item.text;
    previous = item;
    lineEnded = false;
  }
  return output;
}

function openError(error: unknown, filename: string): JobpilotError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new JobpilotError(
      'RESUME_ENCRYPTED',
      `"${filename}" is a password-protected PDF. Remove the password (print or export it to a new PDF) and try again.`,
      { cause: error },
    );
  }
  return damaged(filename, error);
}

function damaged(filename: string, error: unknown): JobpilotError {
  const reason = error instanceof Error ? error.message : String(error);
  return new JobpilotError(
    'RESUME_UNREADABLE',
    `"${filename}" is not a readable PDF (${reason}); it may be damaged or truncated. Export it again from the original document.`,
    { cause: error },
  );
}
