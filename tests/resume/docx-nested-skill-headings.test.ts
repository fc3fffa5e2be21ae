/**
 * A nested list of skills that a theme printed as groups over their items, which LibreOffice's
 * HTML → DOCX conversion styles as headings: "Skills" a plain paragraph, each group a heading of
 * one level and each item a heading of another. A group named "Languages" there is a group of
 * skills, as it is under a Skills heading one level up, not a section of spoken languages.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';

type Level = (typeof HeadingLevel)[keyof typeof HeadingLevel];

const heading = (text: string, level: Level) => new Paragraph({ heading: level, children: [new TextRun(text)] });

async function resumeDocx(skills: Paragraph[], after: Paragraph[] = []): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph('Oriel Vantongeren'),
          new Paragraph('oriel.v@example.org'),
          new Paragraph('Work Experience'),
          new Paragraph('Quarry Surveyor, Hollowstone Aggregates'),
          new Paragraph('2019 - Present'),
          new Paragraph('Skills'),
          ...skills,
          ...after,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const group = (text: string) => heading(text, HeadingLevel.HEADING_4);
const item = (text: string) => heading(text, HeadingLevel.HEADING_1);

describe('skills nested as headings under a plain "Skills" paragraph in a Word document', () => {
  it('keeps a group named "Languages" among the skills, with its items as written', async () => {
    const bytes = await resumeDocx([
      group('Survey'),
      item('Drone photogrammetry'),
      item('Total station'),
      group('Languages'),
      item('Flemish (native)'),
      item('Estonian (B2)'),
    ]);
    const { resume } = await parseResumeBytes(bytes, 'cv.docx');
    expect(resume.skills).toEqual([
      { name: 'Survey', keywords: ['Drone photogrammetry', 'Total station'] },
      { name: 'Languages', keywords: ['Flemish (native)', 'Estonian (B2)'] },
    ]);
    expect(resume.languages).toBeUndefined();
  });

  // A guard: a "Languages" section printed as a plain paragraph after the nested list stays one.
  it('leaves a plain "Languages" paragraph after the list a section of spoken languages', async () => {
    const bytes = await resumeDocx(
      [group('Survey'), item('Drone photogrammetry'), item('Total station')],
      [new Paragraph('Languages'), new Paragraph('Flemish, Estonian')],
    );
    const { resume } = await parseResumeBytes(bytes, 'cv.docx');
    expect(resume.skills).toEqual([{ name: 'Survey', keywords: ['Drone photogrammetry', 'Total station'] }]);
    expect(resume.languages?.map((language) => language.language)).toEqual(['Flemish', 'Estonian']);
  });
});

describe('skills nested as headings under a "Skills" heading, the items styled above its level', () => {
  async function headedDocx(): Promise<Uint8Array> {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph('Oriel Vantongeren'),
            new Paragraph('oriel.v@example.org'),
            heading('Experience', HeadingLevel.HEADING_2),
            new Paragraph('Quarry Surveyor, Hollowstone Aggregates'),
            new Paragraph('2019 - Present'),
            heading('Skills', HeadingLevel.HEADING_2),
            heading('Survey', HeadingLevel.HEADING_4),
            item('Drone photogrammetry'),
            item('Total station'),
            heading('Languages', HeadingLevel.HEADING_4),
            item('Flemish (native)'),
            item('Estonian (B2)'),
            heading('Interests', HeadingLevel.HEADING_2),
            new Paragraph('Fell running'),
          ],
        },
      ],
    });
    return new Uint8Array(await Packer.toBuffer(document));
  }

  it('keeps every group, "Languages" too, up to the next section', async () => {
    const { resume } = await parseResumeBytes(await headedDocx(), 'cv.docx');
    expect(resume.skills).toEqual([
      { name: 'Survey', keywords: ['Drone photogrammetry', 'Total station'] },
      { name: 'Languages', keywords: ['Flemish (native)', 'Estonian (B2)'] },
    ]);
    expect(resume.languages).toBeUndefined();
  });
});
