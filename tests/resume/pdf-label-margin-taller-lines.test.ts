/**
 * A Europass-like page (issue 13, session 52): section labels in capitals in a narrow left margin,
 * set in taller lines than the body (so each sits a few points under the first line it faces, and a
 * long one wraps nearly two lines under its first half), under a header of contact lines whose bold
 * "Email address:" stands left of the gap while its address crosses it. The margin is read as the
 * sections' labels, each before the block it faces, never as a sidebar after the whole body. The
 * page is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { drawPdf, type PdfRun as Run } from '../helpers/draw-pdf.ts';
import { extractPdfText } from '../../src/resume/extract/extract-pdf-text.ts';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';

// Each contact line's value goes on a space after its bold label, wherever the label ends.
const header: Run[] = [
  { text: 'Nadia Ferreira Holm', x: 28, y: 36, size: 18 },
  { text: 'Email address:', x: 28, y: 62, size: 9.5, bold: true },
  { text: 'nadia.ferreira.holm@example.net', x: 98.5, y: 62, size: 9.5 },
  { text: 'Phone number:', x: 28, y: 74, size: 9.5, bold: true },
  { text: '+46 70 555 01 23', x: 100.6, y: 74, size: 9.5 },
  { text: 'Address:', x: 28, y: 86, size: 9.5, bold: true },
  { text: 'Malmö, Skåne, Sweden', x: 72, y: 86, size: 9.5 },
  { text: 'LinkedIn:', x: 28, y: 98, size: 9.5, bold: true },
  { text: 'linkedin.com/in/nadia-ferreira-holm', x: 73.2, y: 98, size: 9.5 },
];

// Each label's line is 1.9 times its size: its baseline sits about 3.5 points under the line it faces.
const label = (text: string, y: number): Run => ({ text, x: 28, y: y + 3.2, size: 9, bold: true });

const body: Run[] = [
  label('ABOUT ME', 126),
  { text: 'Logistics coordinator who keeps cross-dock schedules on time and carriers paid.', x: 141, y: 126, size: 9.5 },
  label('WORK', 160),
  label('EXPERIENCE', 177.2),
  { text: '04/2020 – CURRENT', x: 141, y: 160, size: 8 },
  { text: 'LOGISTICS COORDINATOR – NORDHAMN FREIGHT AB', x: 141, y: 171, size: 9.5, bold: true },
  { text: 'Planned the cross-dock schedule for forty carriers', x: 153, y: 184, size: 9.5 },
  { text: 'Cut late departures by a third in one year', x: 153, y: 196, size: 9.5 },
  { text: '09/2016 – 03/2020', x: 141, y: 216, size: 8 },
  { text: 'TRANSPORT PLANNER – ÖRESUND HAULAGE', x: 141, y: 227, size: 9.5, bold: true },
  { text: 'Booked loads for a fleet of sixty trucks', x: 153, y: 240, size: 9.5 },
  label('EDUCATION AND', 272),
  label('TRAINING', 289.2),
  { text: '09/2012 – 06/2015', x: 141, y: 272, size: 8 },
  { text: 'BSc, Supply Chain Management', x: 141, y: 283, size: 9.5, bold: true },
  { text: 'Lund University', x: 141, y: 296, size: 9.5 },
  label('JOB-RELATED', 328),
  label('SKILLS', 345.2),
  { text: 'Planning: SAP EWM, Route optimisation, Carrier management', x: 141, y: 328, size: 9.5 },
  { text: 'Tools: Excel, Power BI', x: 141, y: 340, size: 9.5 },
];

describe('a margin of section labels set in taller lines than the body, under contact lines that cross it', () => {
  it('reads each label, its wrapped halves joined, before the block it faces, and the contact lines whole', async () => {
    const lines = (await extractPdfText(await drawPdf([...body, ...header]), 'europass.pdf')).text.split('\n');
    expect(lines).toEqual([
      'Nadia Ferreira Holm',
      'Email address: nadia.ferreira.holm@example.net',
      'Phone number: +46 70 555 01 23',
      'Address: Malmö, Skåne, Sweden',
      'LinkedIn: linkedin.com/in/nadia-ferreira-holm',
      'ABOUT ME',
      'Logistics coordinator who keeps cross-dock schedules on time and carriers paid.',
      'WORK EXPERIENCE',
      '04/2020 – CURRENT',
      'LOGISTICS COORDINATOR – NORDHAMN FREIGHT AB',
      'Planned the cross-dock schedule for forty carriers',
      'Cut late departures by a third in one year',
      '09/2016 – 03/2020',
      'TRANSPORT PLANNER – ÖRESUND HAULAGE',
      'Booked loads for a fleet of sixty trucks',
      'EDUCATION AND TRAINING',
      '09/2012 – 06/2015',
      'BSc, Supply Chain Management',
      'Lund University',
      'JOB-RELATED SKILLS',
      'Planning: SAP EWM, Route optimisation, Carrier management',
      'Tools: Excel, Power BI',
    ]);
  });

  it('gives the sections their entries', async () => {
    const { resume } = await parseResumeBytes(await drawPdf([...body, ...header]), 'europass.pdf');
    expect(resume.work?.map((job) => [job.startDate, job.endDate ?? null])).toEqual([
      ['2020-04', null],
      ['2016-09', '2020-03'],
    ]);
    expect(resume.education?.map((school) => [school.institution, school.studyType, school.area])).toEqual([
      ['Lund University', 'BSc', 'Supply Chain Management'],
    ]);
    expect(resume.skills?.flatMap((skill) => skill.keywords ?? [])).toEqual(expect.arrayContaining(['SAP EWM', 'Power BI']));
  });

  it('still reads a sidebar of short lines that face the body only by chance as a column of its own', async () => {
    const sidebar: Run[] = [
      { text: 'Python', x: 28, y: 140, size: 9 },
      { text: 'Docker', x: 28, y: 152, size: 9 },
      { text: 'Kubernetes', x: 28, y: 164, size: 9 },
      { text: 'Terraform', x: 28, y: 176, size: 9 },
      { text: 'Grafana', x: 28, y: 188, size: 9 },
      { text: 'PostgreSQL', x: 28, y: 200, size: 9 },
    ];
    const main: Run[] = [
      { text: 'Platform engineer who keeps deploys boring and the pager quiet at night.', x: 141, y: 126, size: 9.5 },
      { text: 'Ran the deploy pipeline for thirty services across three regions', x: 141, y: 138, size: 9.5 },
      { text: 'Wrote the runbooks for every alert the team owns today', x: 141, y: 150, size: 9.5 },
      { text: 'Moved the fleet from hand-made servers to Terraform modules', x: 141, y: 162, size: 9.5 },
      { text: 'Cut the mean time to recover from an hour to ten minutes', x: 141, y: 174, size: 9.5 },
    ];
    const lines = (await extractPdfText(await drawPdf([...main, ...sidebar]), 'sidebar.pdf')).text.split('\n');
    expect(lines.slice(-6)).toEqual(['Python', 'Docker', 'Kubernetes', 'Terraform', 'Grafana', 'PostgreSQL']);
  });
});
