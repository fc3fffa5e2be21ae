/**
 * A name set large and wrapped onto two lines ("Ines Marlow" / "Quennell"), with a title in smaller
 * display type under it, on a page whose section names stand in a left margin (issue 13, round
 * eight). The page is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { drawPdf, type PdfRun as Run } from '../helpers/draw-pdf.ts';
import { extractPdfText } from '../../src/resume/extract/extract-pdf-text.ts';

const page: Run[] = [
  { text: 'Ines Marlow', x: 196, y: 40, size: 32 },
  { text: 'Quennell', x: 196, y: 78, size: 32 },
  { text: 'Platform Engineer', x: 196, y: 112, size: 26 },
  { text: 'Keeps builds fast and the people on call rested.', x: 196, y: 150 },
  { text: 'Work', x: 100, y: 200, size: 21 },
  { text: 'Quillfern Labs', x: 196, y: 206 },
  { text: 'Platform Engineer, 2021 - Present', x: 196, y: 222 },
  { text: 'Ran the build farm for forty teams', x: 196, y: 238 },
  { text: 'Wrote the on-call guide', x: 196, y: 254 },
  { text: 'Morrow Freight', x: 196, y: 280 },
  { text: 'Backend Developer, 2017 - 2021', x: 196, y: 296 },
  { text: 'Built the tracking service', x: 196, y: 312 },
  { text: 'Education', x: 73, y: 350, size: 21 },
  { text: 'Harbour College', x: 196, y: 356 },
  { text: 'BSc Computer Science, 2013 - 2016', x: 196, y: 372 },
];

describe('a large name wrapped onto two lines beside a margin of section names', () => {
  it('is one line, and the smaller title under it stays a line of its own', async () => {
    const lines = (await extractPdfText(await drawPdf(page), 'page.pdf')).text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Ines Marlow Quennell', 'Platform Engineer']);
  });
});
