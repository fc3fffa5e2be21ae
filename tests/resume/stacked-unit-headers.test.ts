/**
 * Jobs written the way hospitals, yards and depots write them: the title, the ward, unit or yard, the
 * employer and the dates each on a line of their own; and a "Title — Employer, Place" heading that a
 * PDF wrapped inside the employer's long name. Every person, employer and line here is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../src/resume/extract/extract-pdf-text.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { loadReaderVocabulary } from '../../src/resume/skill-vocabulary.ts';
import { drawPdf, type PdfRun } from '../helpers/draw-pdf.ts';

// The reader's vocabulary loads once, outside the first test's time budget.
loadReaderVocabulary();

const jobs = (text: string) =>
  parseSections(text).work?.map(({ name, position, location, startDate, endDate, highlights }) => ({ name, position, location, startDate, endDate, highlights }));

describe('title / unit / employer / dates, each on its own line', () => {
  it('reads the title as the position and the ward or unit as where the job was, never a bullet of the job before', () => {
    const text = [
      'Tomasz Breddin',
      'tomasz.breddin@example.org | 0161 555 0192',
      '',
      'EXPERIENCE',
      'Lead Physiotherapist – Band 7',
      'Stroke Rehabilitation Unit, Ward B4',
      'Pennine Valley NHS Foundation Trust',
      'June 2020 – Present',
      '- Led a team of six physiotherapists on a 28-bed unit',
      '- Introduced an early mobilisation protocol',
      '',
      'Physiotherapist – Band 6',
      'Orthopaedic Outpatients',
      'Harrowgate District Hospital',
      'September 2016 – May 2020',
      '- Ran post-operative knee and hip clinics',
      '',
      'Physiotherapist',
      'Community Therapy Team',
      'Kestrel Health Partnership',
      'August 2013 – August 2016',
      '- Home visits for falls prevention',
    ].join('\n');
    expect(jobs(text)).toEqual([
      {
        name: 'Pennine Valley NHS Foundation Trust',
        position: 'Lead Physiotherapist – Band 7',
        location: 'Stroke Rehabilitation Unit, Ward B4',
        startDate: '2020-06',
        endDate: undefined,
        highlights: ['Led a team of six physiotherapists on a 28-bed unit', 'Introduced an early mobilisation protocol'],
      },
      {
        name: 'Harrowgate District Hospital',
        position: 'Physiotherapist – Band 6',
        location: 'Orthopaedic Outpatients',
        startDate: '2016-09',
        endDate: '2020-05',
        highlights: ['Ran post-operative knee and hip clinics'],
      },
      {
        name: 'Kestrel Health Partnership',
        position: 'Physiotherapist',
        location: 'Community Therapy Team',
        startDate: '2013-08',
        endDate: '2016-08',
        highlights: ['Home visits for falls prevention'],
      },
    ]);
  });

  it('reads a yard or depot the same way in other trades, and a town under the employer stays the place', () => {
    const text = [
      'Ifeoma Castellanos',
      'ifeoma.c@example.net',
      '',
      'WORK HISTORY',
      'Site Supervisor',
      'North Yard',
      'Harrow Civils Ltd',
      'April 2019 – Present',
      '• Ran daily toolbox talks for 30 operatives',
      '',
      'Plant Operator',
      'Quarry Road Depot',
      'Denholme Aggregates Ltd',
      'February 2014 – March 2019',
      '• 360 excavator and dumper on a quarry face',
      '',
      'Labourer',
      'Calder Groundworks Ltd',
      'Halifax, UK',
      '2011 – 2014',
      '• Drainage and kerbing',
    ].join('\n');
    expect(jobs(text)?.map(({ name, position, location }) => ({ name, position, location }))).toEqual([
      { name: 'Harrow Civils Ltd', position: 'Site Supervisor', location: 'North Yard' },
      { name: 'Denholme Aggregates Ltd', position: 'Plant Operator', location: 'Quarry Road Depot' },
      { name: 'Calder Groundworks Ltd', position: 'Labourer', location: 'Halifax, UK' },
    ]);
  });

  it('keeps a title-like last line of running text under the job before, where no bullet or blank line ends it', () => {
    const text = [
      'Ilse Varga',
      'ilse.varga@example.org',
      '',
      'EXPERIENCE',
      'Warehouse Manager',
      'Brightwater Foods Ltd',
      '2018 – Present',
      'Ran a chilled warehouse of 40 staff across three shifts, reporting to the',
      'Operations Director',
      'Goods In Team',
      'Kirkby Cold Store Ltd',
      '2014 – 2018',
    ].join('\n');
    const read = jobs(text) ?? [];
    expect(read[1]?.position).not.toBe('Operations Director');
    expect(read[0]?.name).toBe('Brightwater Foods Ltd');
  });
});

describe('a "Title — Employer, Place" heading wrapped inside the employer\'s name', () => {
  it('joins the heading before reading it, also when the joined line is long', () => {
    const text = [
      'Marguerite Osei-Lindqvist',
      'marguerite.ol@example.com',
      '',
      'EXPERIENCE',
      'Deputy Ward Manager (Band 6), Surgical Assessment Unit — Pendle University NHS',
      'Foundation Trust, Burnley, UK',
      'Feb 2020 – Present',
      '• Ran the unit on nights for a year',
      '',
      'Radiographer, Imaging — Holmfirth Community Hospital, Holmfirth, UK',
      'Sep 2013 – May 2016',
      '• Outpatient plain film',
    ].join('\n');
    expect(jobs(text)?.map(({ name, position, location, startDate }) => ({ name, position, location, startDate }))).toEqual([
      { name: 'Pendle University NHS Foundation Trust', position: 'Deputy Ward Manager (Band 6), Surgical Assessment Unit', location: 'Burnley, UK', startDate: '2020-02' },
      { name: 'Holmfirth Community Hospital', position: 'Radiographer, Imaging', location: 'Holmfirth, UK', startDate: '2013-09' },
    ]);
  });

  it('gets the rest of the name back when the dates stand beside the cut', () => {
    const text = [
      'Marguerite Osei-Lindqvist',
      'marguerite.ol@example.com',
      '',
      'EXPERIENCE',
      'Senior Radiographer (Band 7), CT Department — Aireborough Teaching NHS\tFeb 2020 – Present',
      'Foundation Trust, Leeds, UK',
      '• Led the CT cardiac service, 40 scans a week',
      '',
      'Radiographer, Imaging — Holmfirth Community Hospital, Holmfirth, UK\tSep 2013 – May 2016',
      '• Outpatient plain film',
    ].join('\n');
    const [first] = jobs(text) ?? [];
    expect(first).toMatchObject({ name: 'Aireborough Teaching NHS Foundation Trust', position: 'Senior Radiographer (Band 7), CT Department', location: 'Leeds, UK' });
    expect(first?.highlights).toEqual(['Led the CT cardiac service, 40 scans a week']);
  });

  it('reads the current job of a two-column PDF whose heading wrapped after "NHS"', async () => {
    const side = 30;
    const main = 200;
    const page: PdfRun[] = [
      { text: 'Kwabena Ashdown', x: side, y: 40, size: 20 },
      { text: 'kwabena.ashdown@example.com', x: side, y: 80, size: 8 },
      { text: 'Kendal, UK', x: side, y: 94, size: 8 },
      { text: 'SKILLS', x: side, y: 120, size: 11, bold: true },
      ...['Day surgery pathways', 'Pre-operative assessment', 'Recovery nursing'].map((text, index) => ({ text, x: side, y: 138 + 14 * index, size: 9 })),
      { text: 'PROFILE', x: main, y: 40, size: 13, bold: true },
      { text: 'Charge nurse with eight years in day surgery and recovery.', x: main, y: 58, size: 9 },
      { text: 'EXPERIENCE', x: main, y: 80, size: 13, bold: true },
      { text: 'Charge Nurse (Band 6), Day Surgery Unit — Riverside University Hospitals NHS', x: main, y: 100, size: 10, bold: true },
      { text: 'Foundation Trust, Kendal, UK', x: main, y: 113, size: 10, bold: true },
      { text: 'Jan 2021 – Present', x: main, y: 127, size: 9 },
      { text: '• Coordinated a 14-bay day surgery list', x: main, y: 142, size: 9 },
      { text: 'Staff Nurse — Lunesdale Community Hospital, Lancaster, UK', x: main, y: 165, size: 10, bold: true },
      { text: 'Jun 2016 – Dec 2020', x: main, y: 179, size: 9 },
      { text: '• Recovery and ward care', x: main, y: 194, size: 9 },
    ];
    const { text } = await extractPdfText(await drawPdf(page), 'wrapped-heading.pdf');
    expect(jobs(text)?.map(({ name, position, startDate }) => ({ name, position, startDate }))).toEqual([
      { name: 'Riverside University Hospitals NHS Foundation Trust', position: 'Charge Nurse (Band 6), Day Surgery Unit', startDate: '2021-01' },
      { name: 'Lunesdale Community Hospital', position: 'Staff Nurse', startDate: '2016-06' },
    ]);
  });
});

describe('a summary wrapped at a hyphen', () => {
  it('joins a word broken at its hyphen as written', () => {
    const text = [
      'Noor Halvorsen',
      'noor@example.org',
      '',
      'SUMMARY',
      'ICU nurse with nine years on mixed units, who passed the NCLEX-',
      'RN in 2026 and leads the manage-',
      'ment of the unit roster.',
      '',
      'EXPERIENCE',
      'Staff Nurse',
      'Bellcote Hospital',
      '2019 - Present',
    ].join('\n');
    expect(parseSections(text).basics?.summary).toBe('ICU nurse with nine years on mixed units, who passed the NCLEX-RN in 2026 and leads the management of the unit roster.');
  });
});

describe('a sidebar list of skills one a line', () => {
  it('never makes its first skill a group of the others when the next one joins two skills with "&"', () => {
    const text = [
      'Dana Whitlock',
      'dana@example.org',
      '',
      'SKILLS',
      'Respiratory nursing',
      'Catheterisation & venepuncture',
      'Early warning scores (NEWS2)',
      'Tracheostomy care',
      'Medicines management',
      '',
      'EXPERIENCE',
      'Staff Nurse',
      'Bellcote Hospital',
      '2019 - Present',
    ].join('\n');
    expect(parseSections(text).skills).toEqual([
      { name: 'Respiratory nursing' },
      { name: 'Catheterisation & venepuncture' },
      { name: 'Early warning scores (NEWS2)' },
      { name: 'Tracheostomy care' },
      { name: 'Medicines management' },
    ]);
  });

  it('still reads a label over a list of skills as a group', () => {
    const text = ['Dana Whitlock', 'dana@example.org', '', 'SKILLS', 'Clinical systems', 'Cerner, EMIS, SystmOne', '', 'EXPERIENCE', 'Staff Nurse', 'Bellcote Hospital', '2019 - Present'].join('\n');
    expect(parseSections(text).skills).toEqual([{ name: 'Clinical systems', keywords: ['Cerner', 'EMIS', 'SystmOne'] }]);
  });
});
