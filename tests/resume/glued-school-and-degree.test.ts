/**
 * A school set tight against its degree, and a field printed beside the dates over its school: what a
 * theme's floats leave in a PDF's text and in a Word document converted from its HTML, where the
 * blocks' gaps are lost ("University of LagosBachelor of Science", "Computer ScienceJanuary 2019").
 * Every text and document here is written for the test; none is taken from the scored corpus.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocxText } from '../../src/resume/extract/extract-docx-text.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';

const header = 'Tomás Ferreira\ntomas.ferreira@example.org | +44 7700 900456\n\n';

describe('a school set tight against its degree', () => {
  it('parts the school from the degree that opens right after a small letter', () => {
    const resume = parseSections(
      `${header}Education\nKestrel University of TechnologyBachelor of Engineering, Civil Engineering\n2012 – 2016\nHarwick CollegeA Levels\n2010 – 2012\n`,
    );
    expect(resume.education).toEqual([
      { institution: 'Kestrel University of Technology', studyType: 'Bachelor of Engineering', area: 'Civil Engineering', startDate: '2012', endDate: '2016' },
      { institution: 'Harwick College', studyType: 'A Levels', startDate: '2010', endDate: '2012' },
    ]);
  });

  it('parts a school whose name ends in its town, and a degree in letters with full stops', () => {
    const resume = parseSections(`${header}Education\nNorthmoor Technical College, MillbrookM.Sc. Geology\n2014 – 2016\n`);
    expect(resume.education?.[0]).toMatchObject({ institution: 'Northmoor Technical College, Millbrook', studyType: 'M.Sc.', area: 'Geology' });
  });

  it('leaves a name whose capitals are its own ("DePaul", "McAllister") whole', () => {
    const resume = parseSections(`${header}Education\nMcAllister Institute of DesignBachelor of Arts, Graphic Design\n2011 – 2015\nDePaul University\n`);
    expect(resume.education?.[0]?.institution).toBe('McAllister Institute of Design');
    expect(resume.education?.[1]?.institution).toBe('DePaul University');
  });
});

describe('a field printed beside the dates, over its school and degree', () => {
  it('is each entry’s field, never the end of the degree above it', () => {
    const resume = parseSections(
      `${header}Education\nMarine Biology\tJanuary 2017 – June 2019\nKestrel University\tMaster of Science\nEnvironmental Studies\tSeptember 2013 – June 2016\nHarwick College\tBachelor of Arts\n`,
    );
    expect(resume.education).toEqual([
      { institution: 'Kestrel University', studyType: 'Master of Science', area: 'Marine Biology', startDate: '2017-01', endDate: '2019-06' },
      { institution: 'Harwick College', studyType: 'Bachelor of Arts', area: 'Environmental Studies', startDate: '2013-09', endDate: '2016-06' },
    ]);
  });

  it('takes a field in any language once the first entry has shown the layout', () => {
    const resume = parseSections(`${header}Education\nData Science\t2019 – 2021\nNorthmoor University\tMSc\nRakennussuunnittelu\t2014 – 2018\nKestrel Polytechnic\tInsinööri (AMK)\n`);
    expect(resume.education?.map((entry) => entry.area)).toEqual(['Data Science', 'Rakennussuunnittelu']);
  });

  it('still joins a field wrapped onto the dates’ line under its degree', () => {
    const resume = parseSections(`${header}Education\nKestrel University\nBachelor of Science: Mechanical Engineering and Applied\nMathematics | 2006 – 2010\n`);
    expect(resume.education?.[0]).toMatchObject({ area: 'Mechanical Engineering and Applied Mathematics', startDate: '2006', endDate: '2010' });
  });
});

describe('a Word paragraph of differently styled runs with nothing between them', () => {
  const run = (text: string, style: { bold?: boolean; italics?: boolean; size?: number } = {}) => new TextRun({ text, ...style });
  const paragraph = (...runs: TextRun[]) => new Paragraph({ children: runs });

  async function read(children: Paragraph[]) {
    const document = new Document({
      sections: [
        {
          children: [
            paragraph(run('Tomás Ferreira', { bold: true })),
            paragraph(run('tomas.ferreira@example.org | +44 7700 900456')),
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Education')] }),
            ...children,
          ],
        },
      ],
    });
    const extracted = await extractDocxText(new Uint8Array(await Packer.toBuffer(document)), 'seams.docx');
    return { text: extracted.text, resume: parseSections(extracted.text, { skillGroups: extracted.skillGroups, links: extracted.links }) };
  }

  it('is read with a tab where one run’s style gives way to the next', async () => {
    const { text, resume } = await read([
      paragraph(run('Marine Biology', { bold: true }), run('January 2017January 2019')),
      paragraph(run('Kestrel University', { bold: true }), run('Master of Science', { italics: true })),
    ]);
    expect(text).toContain('Marine Biology\tJanuary 2017January 2019');
    expect(text).toContain('Kestrel University\tMaster of Science');
    expect(resume.education).toEqual([{ institution: 'Kestrel University', studyType: 'Master of Science', area: 'Marine Biology', startDate: '2017-01', endDate: '2019-01' }]);
  });

  it('keeps a word whose runs share one style, a drop capital, and a bold word inside a sentence whole', async () => {
    const { text } = await read([
      paragraph(run('Kestrel Univ'), run('ersity of Technology')),
      paragraph(run('H', { size: 36 }), run('ARWICK COLLEGE', { size: 24 })),
      paragraph(run('Graduated with '), run('Distinction', { bold: true }), run(' in 2016')),
      paragraph(run('Java', { bold: true }), run('script', { italics: true })),
    ]);
    expect(text).toContain('Kestrel University of Technology\n');
    expect(text).toContain('HARWICK COLLEGE\n');
    expect(text).toContain('Graduated with Distinction in 2016\n');
    expect(text).toContain('Javascript\n');
  });
});
