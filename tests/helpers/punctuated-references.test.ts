import { describe, expect, it } from 'vitest';
import { punctuatedReferences } from './punctuated-references.ts';

describe('punctuatedReferences (the oracle for summaries)', () => {
  it('finds paths, URLs and ids followed by punctuation', () => {
    expect(punctuatedReferences('Exported "Letter" as PDF: /home/ana/letter.pdf.')).toEqual(['/home/ana/letter.pdf.']);
    expect(punctuatedReferences('Could not open https://github.com/: no browser')).toEqual(['https://github.com/:']);
    expect(punctuatedReferences('Saved ~/shots/a.png, then res_3f9a1c0b7d; and 3e460672eb90.')).toEqual([
      '~/shots/a.png,',
      'res_3f9a1c0b7d;',
      '3e460672eb90.',
    ]);
    expect(punctuatedReferences('Read C:\\Users\\ana\\cv.docx.')).toEqual(['C:\\Users\\ana\\cv.docx.']);
  });

  it('accepts references closed by a bracket or quote, and ordinary sentences', () => {
    expect(punctuatedReferences('Saved "Engineer" at Acme [3e460672eb90]. Now using "cv" (res_3f9a1c0b7d), fine.')).toEqual([]);
    expect(punctuatedReferences('Opened https://github.com/ in the browser.\n/tmp/cv.pdf\nDone: 3 jobs.')).toEqual([]);
    expect(punctuatedReferences('Node.js, C++ and 2019-03.')).toEqual([]);
  });
});
