/**
 * A page with a narrow left sidebar of skill groups whose tags sit two a row ("Java ⇥ Python"),
 * beside a wide main column of jobs (issue 13, round eight). The sidebar's rows fall on the main
 * column's baselines by chance; they are a column of their own, not labels of the jobs beside them.
 * The page is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { drawPdf, type PdfRun as Run } from '../helpers/draw-pdf.ts';
import { extractPdfText } from '../../src/resume/extract/extract-pdf-text.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';

const page: Run[] = [
  { text: 'Ines Marlow', x: 58, y: 50, size: 30 },
  { text: 'ines@marlow.example', x: 400, y: 60 },
  { text: 'Platform engineer who keeps builds fast and the people on call rested.', x: 58, y: 150 },
  { text: 'Skills', x: 58, y: 200, size: 18 },
  { text: 'Work', x: 184, y: 200, size: 18 },
  { text: 'Languages', x: 58, y: 232 },
  { text: 'Quillfern Labs', x: 184, y: 232, size: 12 },
  { text: 'Jun 2021 - Present', x: 430, y: 232 },
  { text: 'Kotlin', x: 61, y: 250 },
  { text: 'Rust', x: 100, y: 250 },
  { text: 'Platform Engineer', x: 184, y: 250 },
  { text: 'Ran the build farm for forty teams across two sites', x: 198, y: 276 },
  { text: 'Go', x: 61, y: 276 },
  { text: 'C', x: 89, y: 276 },
  { text: 'Tools', x: 58, y: 296 },
  { text: 'Wrote the on-call guide the whole department now uses', x: 198, y: 296 },
  { text: 'Helm', x: 61, y: 342 },
  { text: 'Bazel', x: 95, y: 342 },
  { text: 'Morrow Freight', x: 184, y: 325, size: 12 },
  { text: 'Jan 2017 - May 2021', x: 430, y: 325 },
  { text: 'Backend Developer', x: 184, y: 342 },
  { text: 'Built the tracking service that every depot reads', x: 198, y: 366 },
  { text: 'Moved the depots from nightly files to events', x: 198, y: 384 },
  { text: 'Cut the cloud bill by a third in one year', x: 198, y: 402 },
  { text: 'Education', x: 184, y: 430, size: 18 },
  { text: 'Harbour College', x: 184, y: 460, size: 12 },
  { text: 'Sep 2013 - Jun 2016', x: 430, y: 460 },
  { text: 'Bachelor of Science in Computer Science', x: 184, y: 478 },
];

describe('a narrow left sidebar of tags two a row beside the jobs', () => {
  it('is read as a block of its own, and every tag and job is read whole', async () => {
    const { text } = await extractPdfText(await drawPdf(page), 'page.pdf');
    const lines = text.split('\n');
    expect(lines).toContain('Kotlin\tRust');
    expect(lines.indexOf('Quillfern Labs\tJun 2021 - Present') + 1).toBe(lines.indexOf('Platform Engineer'));
    const resume = parseSections(text);
    expect(resume.work?.map((job) => [job.name, job.position])).toEqual([
      ['Quillfern Labs', 'Platform Engineer'],
      ['Morrow Freight', 'Backend Developer'],
    ]);
    expect(resume.skills?.flatMap((skill) => skill.keywords ?? [])).toEqual(expect.arrayContaining(['Kotlin', 'Rust', 'Go', 'C', 'Helm', 'Bazel']));
  });
});
