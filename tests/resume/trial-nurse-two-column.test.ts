/**
 * Classes from a new user's trial (2026-12-06): a nurse's two-column PDF printed by Chromium and a
 * DOCX saved by LibreOffice. Her files are not here: every page and document below is written for
 * the test, in the same layouts (a name centred in a narrow sidebar and wrapped, a flex-wrapped
 * column of skill chips, a skills table under a header row of categories, a contact line whose
 * place carries a postal district or code).
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { extractDocxText } from '../../src/resume/extract/extract-docx-text.ts';
import { extractPdfText } from '../../src/resume/extract/extract-pdf-text.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { parseLocation } from '../../src/resume/sections/parse-location.ts';
import { drawPdf, type PdfRun } from '../helpers/draw-pdf.ts';

const measure = new PDFDocument({ size: 'A4' });
const width = (text: string, size: number) => measure.font('Helvetica').fontSize(size).widthOfString(text);

/** A run centred on `axis`, as a sidebar with `text-align: center` prints it. */
const centred = (text: string, axis: number, y: number, size = 10): PdfRun => ({ text, x: axis - width(text, size) / 2, y, size });

describe('a large name centred in a narrow sidebar and wrapped onto two lines', () => {
  const sidebarAxis = 95;
  const page: PdfRun[] = [
    centred('Saoirse Ní', sidebarAxis, 40, 24),
    centred('Dhomhnaill', sidebarAxis, 70, 24),
    centred('Ward Manager', sidebarAxis, 104, 11),
    centred('saoirse@example.ie', sidebarAxis, 130),
    centred('+353 86 555 0134', sidebarAxis, 146),
    centred('Cork, Ireland', sidebarAxis, 162),
    centred('SKILLS', sidebarAxis, 190, 12),
    ...['Sepsis recognition', 'Tissue viability', 'Epic EHR', 'Discharge planning', 'Rostering'].map((skill, index) => centred(skill, sidebarAxis, 210 + 16 * index)),
    { text: 'PROFILE', x: 215, y: 40, size: 14 },
    { text: 'Ward manager on surgical wards for ten years, who trains colleagues on new systems.', x: 215, y: 62 },
    { text: 'EXPERIENCE', x: 215, y: 96, size: 14 },
    { text: 'Ward Manager', x: 215, y: 118 },
    { text: 'Mar 2020 – Present', x: 480, y: 118 },
    { text: 'Beaumont Hospital', x: 215, y: 134 },
    { text: 'Ran a 30-bed surgical ward', x: 215, y: 150 },
    { text: 'Staff Nurse', x: 215, y: 176 },
    { text: 'Sep 2013 – Feb 2020', x: 480, y: 176 },
    { text: 'Cork University Hospital', x: 215, y: 192 },
    { text: 'Cared for patients after cardiac surgery', x: 215, y: 208 },
    { text: 'EDUCATION', x: 215, y: 240, size: 14 },
    { text: 'University College Cork', x: 215, y: 262 },
    { text: 'BSc Nursing, 2009 – 2013', x: 215, y: 278 },
  ];

  it('is one name: the second line shares the first line’s centre, not its left edge', async () => {
    const { text } = await extractPdfText(await drawPdf(page), 'centred.pdf');
    expect(text.split('\n')[0]).toBe('Saoirse Ní Dhomhnaill');
    expect(parseSections(text).basics?.name).toBe('Saoirse Ní Dhomhnaill');
  });

  it('keeps a smaller title under the centred name a line of its own', async () => {
    const { text } = await extractPdfText(await drawPdf(page), 'centred.pdf');
    expect(text.split('\n')[1]).toBe('Ward Manager');
  });

  it('joins a name wrapped flush right on its right edge', async () => {
    const right = 560;
    const flushRight = (text: string, y: number): PdfRun => ({ text, x: right - width(text, 24), y, size: 24 });
    const { text } = await extractPdfText(await drawPdf([
      flushRight('Saoirse Ní', 40),
      flushRight('Dhomhnaill', 70),
      ...['saoirse@example.ie', 'Experience', 'Ward Manager, Beaumont Hospital', 'Mar 2020 – Present', 'Ran a 30-bed surgical ward'].map((line, index) => ({ text: line, x: 60, y: 110 + 16 * index })),
    ]), 'right.pdf');
    expect(text.split('\n')[0]).toBe('Saoirse Ní Dhomhnaill');
  });
});

describe('skill chips a narrow column wraps, two a row where they fit', () => {
  const resume = (skillLines: string[]) =>
    parseSections(['Saoirse Ní Dhomhnaill', 'saoirse@example.ie', 'Skills', ...skillLines, 'Experience', 'Ward Manager\tMar 2020 – Present', 'Beaumont Hospital'].join('\n'));

  it('reads a lone chip over a row of chips as a chip, with "&" and small letters in it', () => {
    const skills = resume([
      'Sepsis recognition',
      'Medication safety\tEpic EHR',
      'Discharge planning',
      'Training & go-live support',
      'Tissue viability',
      'Infection control\tRostering',
      'Falls prevention',
    ]).skills;
    expect(skills?.map((skill) => skill.name)).toEqual([
      'Sepsis recognition',
      'Medication safety',
      'Epic EHR',
      'Discharge planning',
      'Training & go-live support',
      'Tissue viability',
      'Infection control',
      'Rostering',
      'Falls prevention',
    ]);
    expect(skills?.some((skill) => skill.keywords !== undefined)).toBe(false);
  });

  it('still reads a short label over its row of chips as their group', () => {
    const skills = resume(['Clinical', 'Triage\tIV therapy\tWound care', 'Systems', 'Epic EHR\tMedChart\tExcel']).skills;
    expect(skills).toEqual([
      { name: 'Clinical', keywords: ['Triage', 'IV therapy', 'Wound care'] },
      { name: 'Systems', keywords: ['Epic EHR', 'MedChart', 'Excel'] },
    ]);
  });
});

describe('a skills table whose header row names categories', () => {
  const paragraph = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
  const cell = (text: string, bold = false) => new TableCell({ width: { size: 3000, type: WidthType.DXA }, children: [paragraph(text, bold)] });
  const row = (texts: string[], bold = false) => new TableRow({ children: texts.map((text) => cell(text, bold)) });

  async function read(rows: TableRow[]) {
    const document = new Document({
      sections: [
        {
          children: [
            paragraph('Saoirse Ní Dhomhnaill', true),
            paragraph('saoirse@example.ie · +353 86 555 0134'),
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Skills')] }),
            new Table({ rows }),
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Education')] }),
            paragraph('Trinity College Dublin'),
          ],
        },
      ],
    });
    const extracted = await extractDocxText(new Uint8Array(await Packer.toBuffer(document)), 'table.docx');
    return parseSections(extracted.text, { skillGroups: extracted.skillGroups, links: extracted.links });
  }

  it('reads each column as its category’s list, the header cells as names of groups, not skills', async () => {
    const resume = await read([
      row(['Clinical', 'Systems & data', 'Ways of working'], true),
      row(['Sepsis recognition', 'Epic EHR', 'Training & go-live support']),
      row(['Tissue viability', 'Excel', 'Coaching new starters']),
    ]);
    expect(resume.skills).toEqual([
      { name: 'Clinical', keywords: ['Sepsis recognition', 'Tissue viability'] },
      { name: 'Systems & data', keywords: ['Epic EHR', 'Excel'] },
      { name: 'Ways of working', keywords: ['Training & go-live support', 'Coaching new starters'] },
    ]);
  });

  it('leaves a table of skills with no header row as skills', async () => {
    const resume = await read([row(['Python', 'SQL', 'Excel']), row(['Docker', 'Git', 'Jira']), row(['Tableau', 'dbt', 'Airflow'])]);
    expect(resume.skills?.flatMap((skill) => [skill.name, ...(skill.keywords ?? [])])).toEqual(
      expect.arrayContaining(['Python', 'SQL', 'Excel', 'Docker', 'Git', 'Jira', 'Tableau', 'dbt', 'Airflow']),
    );
  });
});

describe('a place with its postal district or code after the city', () => {
  it.each([
    ['Dublin 8, Ireland', { city: 'Dublin', postalCode: '8', countryCode: 'IE' }],
    ['Dublin D08 XY12, Ireland', { city: 'Dublin', postalCode: 'D08 XY12', countryCode: 'IE' }],
    ['Dublin D08 XY12', { city: 'Dublin', postalCode: 'D08 XY12', countryCode: 'IE' }],
    ['London SW1A 1AA', { city: 'London', postalCode: 'SW1A 1AA', countryCode: 'GB' }],
    ['Cork 12', { city: 'Cork', postalCode: '12', countryCode: 'IE' }],
    ['75011 Paris', { city: 'Paris', postalCode: '75011', countryCode: 'FR' }],
  ])('reads %s', (text, location) => {
    expect(parseLocation(text)).toEqual(location);
  });

  it.each(['Level 8, Ireland', 'Ward 12', 'Grade 4'])('reads no place in %s', (text) => {
    expect(parseLocation(text)).toBeUndefined();
  });

  it('finds the place among a registration number, e-mail and phone on one contact line', () => {
    const resume = parseSections(
      [
        'Saoirse Ní Dhomhnaill',
        'Registered General Nurse (NMBI PIN 204518) · Dublin 8, Ireland · saoirse@example.ie · +353 86 555 0134',
        'Experience',
        "Ward Manager, St. Vincent's Hospital",
        'March 2020 – Present',
      ].join('\n'),
    );
    expect(resume.basics?.location).toEqual({ city: 'Dublin', postalCode: '8', countryCode: 'IE' });
    expect(resume.basics?.phone).toBe('+353 86 555 0134');
  });
});
