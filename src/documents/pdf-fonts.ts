/**
 * The PDF export's fonts. A document that Windows-1252 covers is set in the standard
 * Helvetica family: nothing embedded, small files. A document with other letters (Łukasiewicz,
 * Đặng, Дмитрий, Ελένη) embeds DejaVu Sans, subset to the glyphs it uses, so a name is printed
 * as it is written, not folded to the nearest Latin-1 letter. Either way no font is fetched.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';
import { isWinAnsi, toDrawable, toWinAnsi } from './win-ansi.ts';

type Pdf = PDFKit.PDFDocument;

export const fontStyles = ['regular', 'bold', 'italic', 'boldItalic'] as const;
export type FontStyle = (typeof fontStyles)[number];

const standardFonts: Record<FontStyle, string> = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
  boldItalic: 'Helvetica-BoldOblique',
};

const unicodeFontFiles: Record<FontStyle, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
};

const fontDirectory = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

// Each style's file, read once per process: an export registers the bytes, not the path.
const unicodeFontBytes = new Map<FontStyle, Buffer>();
function unicodeFontFile(style: FontStyle): Buffer {
  let bytes = unicodeFontBytes.get(style);
  if (!bytes) {
    bytes = readFileSync(join(fontDirectory, unicodeFontFiles[style]));
    unicodeFontBytes.set(style, bytes);
  }
  return bytes;
}

let unicodeCoverage: Font | undefined;
/** The embedded font's character map, parsed once (the styles cover the same letters). */
function unicodeFont(): Font {
  unicodeCoverage ??= create(unicodeFontFile('regular'));
  return unicodeCoverage;
}

const hasUnicodeGlyph = (character: string) => unicodeFont().hasGlyphForCodePoint(character.codePointAt(0) ?? 0);

export interface PdfFonts {
  /** `text` with what the fonts cannot draw replaced by a close equivalent or "?". */
  drawable(text: string): string;
}

/**
 * Registers the four styles (`regular`, `bold`, `italic`, `boldItalic`) on `pdf`, in the
 * standard fonts when they can draw every character of `texts`, otherwise in DejaVu Sans.
 *
 * @example
 * const fonts = registerPdfFonts(pdf, [markdown, contact.name]);
 * pdf.font('bold').text(fonts.drawable('Zoë Łukasiewicz'));
 */
export function registerPdfFonts(pdf: Pdf, texts: readonly string[]): PdfFonts {
  const characters = new Set(texts.join('\n').normalize('NFC'));
  const needsUnicode = [...characters].some((character) => !isWinAnsi(character) && !/\s/u.test(character) && hasUnicodeGlyph(character));
  for (const style of fontStyles) {
    pdf.registerFont(style, needsUnicode ? unicodeFontFile(style) : standardFonts[style]);
  }
  if (!needsUnicode) return { drawable: toWinAnsi };
  const drawableInUnicode = (character: string) => character === '\n' || character === '\t' || (!/\p{C}/u.test(character) && hasUnicodeGlyph(character));
  return { drawable: (text) => toDrawable(text, drawableInUnicode) };
}
