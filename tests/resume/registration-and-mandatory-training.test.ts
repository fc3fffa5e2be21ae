/**
 * A regulated profession's registration and the training an employer makes staff renew (trial s48 #2, #4):
 * "Professional Registration" written as a table of label and value is one registration (its name, the
 * regulator as issuer, its number and renewal date kept), never a certificate a row nor part of the summary;
 * a registration number is never the phone; "Mandatory Training" items are certificates with their dates.
 * Every person and document here is written for the test.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocxText } from '../../src/resume/extract/extract-docx-text.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';

const cv = (...body: string[]) =>
  parseSections(['Tomasz Brennan', 'tomasz.brennan@example.org | 07700 900111 | Leeds', '', 'Profile', 'Paramedic with eight years on front-line ambulance work.', '', ...body].join('\n'));

describe('a professional registration written as a table', () => {
  it('reads "Label | value" rows as one registration, the regulator as its issuer', () => {
    const resume = cv(
      'Professional Registration',
      'Regulator | Health and Care Professions Council (HCPC)',
      'Registration number | PA123456',
      'Profession | Paramedic',
      'Renewal due | 30/09/2027',
      '',
      'Experience',
      'Paramedic, Yorkshire Ambulance Service NHS Trust',
      'May 2018 – Present',
    );
    expect(resume.certificates).toEqual([
      { name: 'Paramedic (registration number PA123456, renewal due 30/09/2027)', issuer: 'Health and Care Professions Council (HCPC)' },
    ]);
    expect(resume.basics?.summary).toBe('Paramedic with eight years on front-line ambulance work.');
    expect(resume.basics?.phone).toBe('07700 900111');
  });

  it('reads "Label: value" rows under "Registration", with the date of first registration as its date', () => {
    const resume = cv('Registration', 'Regulatory body: General Pharmaceutical Council', 'Registration no.: 2087654', 'Registered since: August 2016', 'Status: Practising');
    expect(resume.certificates).toEqual([
      { name: 'General Pharmaceutical Council registration (registration no. 2087654, status Practising)', date: '2016-08' },
    ]);
  });

  it('reads the same table on its side: labels as a header row, one registration a row under it', () => {
    const resume = cv('Licensure', 'Licensing board | Licence number | Licence type | Expiry', 'Texas Board of Nursing | 912345 | Registered Nurse | 06/2027', 'Louisiana State Board of Nursing | RN-77812 | Registered Nurse | 01/2028');
    expect(resume.certificates).toEqual([
      { name: 'Registered Nurse (licence number 912345, expiry 06/2027)', issuer: 'Texas Board of Nursing' },
      { name: 'Registered Nurse (licence number RN-77812, expiry 01/2028)', issuer: 'Louisiana State Board of Nursing' },
    ]);
  });

  it('reads a Word table of registration under its heading', async () => {
    const paragraph = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
    const cell = (text: string) => new TableCell({ width: { size: 4500, type: WidthType.DXA }, children: [paragraph(text)] });
    const row = (label: string, value: string) => new TableRow({ children: [cell(label), cell(value)] });
    const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
    const document = new Document({
      sections: [
        {
          children: [
            paragraph('Deborah Asante', true),
            paragraph('deborah.asante@example.org | 07700 900222 | Bristol'),
            heading('Personal Statement'),
            paragraph('Theatre practitioner with six years in orthopaedic and trauma theatres.'),
            heading('Professional Registration'),
            new Table({ rows: [row('Regulator', 'Health and Care Professions Council (HCPC)'), row('HCPC number', 'ODP098765'), row('Part of register', 'Operating Department Practitioner')] }),
            heading('Employment History'),
            paragraph('Senior ODP, North Bristol NHS Trust'),
            paragraph('June 2020 – Present'),
          ],
        },
      ],
    });
    const extracted = await extractDocxText(new Uint8Array(await Packer.toBuffer(document)), 'asante.docx');
    const resume = parseSections(extracted.text, { skillGroups: extracted.skillGroups, links: extracted.links });
    expect(resume.certificates).toEqual([{ name: 'Operating Department Practitioner (HCPC number ODP098765)', issuer: 'Health and Care Professions Council (HCPC)' }]);
    expect(resume.basics?.summary).toBe('Theatre practitioner with six years in orthopaedic and trauma theatres.');
  });

  it('never takes a registration or licence number for the phone', () => {
    const resume = parseSections(['Gwen Alabi', 'gwen.alabi@example.com', '', 'Licensure', 'General Pharmaceutical Council (GPhC) – Registration 2087654 – expires 31/10/2027', 'PIN: 4471902'].join('\n'));
    expect(resume.basics?.phone).toBeUndefined();
    // A phone still comes with its own label.
    expect(parseSections(['Gwen Alabi', 'Mobile no.: 07700 900333', 'gwen.alabi@example.com'].join('\n')).basics?.phone).toBe('07700 900333');
  });
});

describe('mandatory training', () => {
  it('reads each item of "Mandatory Training" as a certificate with its date', () => {
    const resume = cv(
      'Mandatory Training',
      '- Basic Life Support (BLS) – renewed 09/2026',
      '- Safeguarding Adults Level 3 – 2025',
      '- Moving and handling – 11/2025',
      '- Infection prevention and control',
    );
    expect(resume.certificates).toEqual([
      { name: 'Basic Life Support (BLS)', date: '2026-09' },
      { name: 'Safeguarding Adults Level 3', date: '2025' },
      { name: 'Moving and handling', date: '2025-11' },
      { name: 'Infection prevention and control' },
    ]);
  });

  it('knows the other names of the section', () => {
    for (const heading of ['Statutory and Mandatory Training', 'STATUTORY & MANDATORY TRAINING', 'Compliance training']) {
      const resume = cv(heading, 'Fire safety (2026); Information governance (2026)');
      expect(resume.certificates, heading).toEqual([
        { name: 'Fire safety', date: '2026' },
        { name: 'Information governance', date: '2026' },
      ]);
    }
  });
});
