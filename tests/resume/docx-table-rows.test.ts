/**
 * A Word table read row by row: a cell that holds one paragraph is one field of its row, so a
 * skills table ("Skill ⇥ Level", "Area ⇥ Tools") and a school beside its dates read as they do in
 * the PDF. Every document here is written for the test; none is taken from the scored corpus.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocxText } from '../../src/resume/extract/extract-docx-text.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';

const paragraph = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
const cell = (...texts: string[]) => new TableCell({ width: { size: 4500, type: WidthType.DXA }, children: texts.map((text) => paragraph(text)) });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });

async function read(heading: string, rows: TableRow[]) {
  const document = new Document({
    sections: [
      {
        children: [
          paragraph('Rosa Almeida', true),
          paragraph('rosa.almeida@example.org | +44 7700 900123'),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(heading)] }),
          new Table({ rows }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Interests')] }),
          paragraph('Hill walking'),
        ],
      },
    ],
  });
  const extracted = await extractDocxText(new Uint8Array(await Packer.toBuffer(document)), 'table.docx');
  return { text: extracted.text, resume: parseSections(extracted.text, { skillGroups: extracted.skillGroups, links: extracted.links }) };
}

describe('a Word table of skills', () => {
  it('reads each row as one line of cells', async () => {
    const { text } = await read('Skills', [row(cell('Area'), cell('Tools and methods')), row(cell('Assessment'), cell('Rubrics, exit tickets'))]);
    expect(text).toContain('Area\tTools and methods');
    expect(text).toContain('Assessment\tRubrics, exit tickets');
  });

  it('drops the header row and keeps each area with its tools', async () => {
    const { resume } = await read('Skills', [
      row(cell('Area'), cell('Tools and methods')),
      row(cell('Assessment'), cell('Rubrics, Google Classroom, exit tickets')),
      row(cell('Science labs'), cell('Lab safety, Vernier probes')),
    ]);
    expect(resume.skills).toEqual([
      { name: 'Assessment', keywords: ['Rubrics', 'Google Classroom', 'exit tickets'] },
      { name: 'Science labs', keywords: ['Lab safety', 'Vernier probes'] },
    ]);
  });

  it('reads a level column as each skill’s level', async () => {
    const { resume } = await read('Skills', [row(cell('Skill'), cell('Level')), row(cell('Python'), cell('Advanced')), row(cell('SQL'), cell('Intermediate'))]);
    expect(resume.skills).toEqual([
      { name: 'Python', level: 'Advanced' },
      { name: 'SQL', level: 'Intermediate' },
    ]);
  });

  it('reads a label cell beside a list apart by middots as a group', async () => {
    const { resume } = await read('Skills', [row(cell('Clinical'), cell('Wound care · IV therapy · Triage')), row(cell('Systems'), cell('Epic · Cerner · Pyxis'))]);
    expect(resume.skills).toEqual([
      { name: 'Clinical', keywords: ['Wound care', 'IV therapy', 'Triage'] },
      { name: 'Systems', keywords: ['Epic', 'Cerner', 'Pyxis'] },
    ]);
  });

  it('keeps a cell of several paragraphs one line each', async () => {
    const { resume } = await read('Skills', [row(cell('• Python', '• SQL', '• Tableau'), cell('• Power BI', '• Excel'))]);
    expect(resume.skills?.map((skill) => skill.name)).toEqual(['Python', 'SQL', 'Tableau', 'Power BI', 'Excel']);
  });
});

describe('a Word table of schools', () => {
  it('reads a school beside its dates and its degree beside its grade as one entry', async () => {
    const { resume } = await read('Education', [row(cell('University of Manchester, Manchester, UK'), cell('2014 – 2017')), row(cell('BSc (Hons) Mathematics'), cell('First Class'))]);
    expect(resume.education).toEqual([
      { institution: 'University of Manchester', startDate: '2014', endDate: '2017', studyType: 'BSc (Hons)', area: 'Mathematics', score: 'First Class' },
    ]);
  });
});
