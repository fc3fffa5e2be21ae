/**
 * Ligatures are runs of their own in a PDF's text ("…@kartta." · "fi", "Sta" · "ff" · "Nurse II"),
 * glued to the letters before them (issue 13, session 52). One that overflows a sidebar's edge into
 * the gap is still the end of its word, never a line of its own nor the edge of a column; a line of
 * the main column cut by one is still one line. The page is written for the test; none is taken from
 * the scored corpus.
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { drawPdf, type PdfRun as Run } from '../helpers/draw-pdf.ts';
import { extractPdfText } from '../../src/resume/extract/extract-pdf-text.ts';

const measure = new PDFDocument({ margin: 0, size: 'A4' });
/**
 * Runs that go on from each other with no space between them, as a ligature leaves a word: every
 * other part (the ligature) in another face, as a printer's ligature glyph comes from another font
 * subset, so that it stays a run of its own in the PDF's text.
 */
function glued(parts: readonly string[], x: number, y: number, size = 10): Run[] {
  const runs: Run[] = [];
  let left = x;
  parts.forEach((text, index) => {
    const bold = index % 2 === 1;
    runs.push({ text, x: left, y, size, bold });
    left += measure.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).widthOfString(text);
  });
  return runs;
}

const sidebar: Run[] = [
  { text: 'CONTACT', x: 40, y: 62, size: 11 },
  // The ligature ends in the gap before the main column, its word's other letters before the gap.
  ...glued(['tuuli.rantanen-aho@karttatoimisto-oy.', 'fi'], 40, 84),
  { text: '+358 40 555 0142', x: 40, y: 96 },
  { text: 'Oulu, FI', x: 40, y: 108 },
  { text: 'SKILLS', x: 40, y: 140, size: 11 },
  { text: 'QGIS', x: 40, y: 160 },
  { text: 'ArcGIS Pro', x: 40, y: 172 },
  { text: 'PostGIS', x: 40, y: 184 },
  { text: 'Field surveys', x: 40, y: 196 },
];

const main: Run[] = [
  { text: 'Tuuli Rantanen', x: 218, y: 58, size: 20 },
  { text: 'GIS Analyst', x: 218, y: 84 },
  { text: 'EXPERIENCE', x: 218, y: 124, size: 11 },
  { text: 'GIS Analyst', x: 218, y: 146 },
  { text: 'Karttatoimisto Oy', x: 218, y: 160 },
  ...glued(['Drew the ', 'fl', 'ood maps for twelve municipalities'], 230, 174),
  ...glued(['Sta', 'ff', ' Cartographer'], 218, 198),
  { text: 'Pohjois Kartta Oy', x: 218, y: 212 },
  ...glued(['Kept the o', 'ffi', "ce's base maps up to date"], 230, 226),
];

describe('ligatures at the edge of a column', () => {
  it('end their word: the sidebar reads as a block, the main column keeps its lines', async () => {
    const lines = (await extractPdfText(await drawPdf([...sidebar, ...main]), 'page.pdf')).text.split('\n');
    expect(lines).toEqual([
      'Tuuli Rantanen',
      'GIS Analyst',
      'EXPERIENCE',
      'GIS Analyst',
      'Karttatoimisto Oy',
      'Drew the flood maps for twelve municipalities',
      'Staff Cartographer',
      'Pohjois Kartta Oy',
      "Kept the office's base maps up to date",
      'CONTACT',
      'tuuli.rantanen-aho@karttatoimisto-oy.fi',
      '+358 40 555 0142',
      'Oulu, FI',
      'SKILLS',
      'QGIS',
      'ArcGIS Pro',
      'PostGIS',
      'Field surveys',
    ]);
  });
});
