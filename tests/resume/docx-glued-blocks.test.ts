/**
 * HTML résumés converted to Word can glue two boxes into one run with no space between them
 * ("Quality EngineerPinecrest Tools"): nothing in the document marks the seam, so the reader
 * splits where a job title meets the next capitalised word, and leaves product names alone.
 */
import { describe, expect, it } from 'vitest';
import { extractDocxText } from '../../src/resume/extract/extract-docx-text.ts';
import { buildResumeDocx } from './build-resume-documents.ts';

async function lines(texts: readonly string[]): Promise<string[]> {
  const bytes = await buildResumeDocx(texts.map((text) => ({ text })));
  const { text } = await extractDocxText(bytes, 'glued.docx');
  return text.split('\n').filter((line) => line.trim() !== '');
}

describe('DOCX blocks glued into one run', () => {
  it('splits a name from its headline and a job title from its employer', async () => {
    expect(await lines(['Mara LindqvistQuality Engineer', 'Summary', 'Quality EngineerPinecrest Tools', 'Mar 2021 - Present'])).toEqual([
      'Mara Lindqvist',
      'Quality Engineer',
      'Summary',
      'Quality Engineer',
      'Pinecrest Tools',
      'Mar 2021 - Present',
    ]);
  });

  it('keeps product names and words that are not a title before the seam', async () => {
    expect(await lines(['Mara Lindqvist', 'Frontend Engineer, JavaScript', 'Sold PowerPoint templates to BlackRock'])).toEqual([
      'Mara Lindqvist',
      'Frontend Engineer, JavaScript',
      'Sold PowerPoint templates to BlackRock',
    ]);
  });

  it('splits where a title, or the bracket after it, meets an acronym or a name with digits', async () => {
    expect(await lines(['Mara LindqvistQA Lead', 'Test AnalystCV Kreasi Mandiri', 'Welder (night shift)Q8 Fabrication AS', 'Worked on macOS and iOS apps'])).toEqual([
      'Mara Lindqvist',
      'QA Lead',
      'Test Analyst',
      'CV Kreasi Mandiri',
      'Welder (night shift)',
      'Q8 Fabrication AS',
      'Worked on macOS and iOS apps',
    ]);
  });
});
