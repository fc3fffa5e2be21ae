/**
 * A group inside Skills that shares its name with a section ("Languages", listing Welsh and
 * Basque): in a Word document the heading's level says which it is. One level below "Skills" it
 * is a group of skills; at the level of "Skills" it is a section of its own.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';

type Level = (typeof HeadingLevel)[keyof typeof HeadingLevel];

async function resumeDocx(languagesLevel: Level): Promise<Uint8Array> {
  const heading = (text: string, level: Level) => new Paragraph({ heading: level, children: [new TextRun(text)] });
  const item = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Iolo Garmendia')] }),
          new Paragraph('iolo.g@example.org'),
          heading('Experience', HeadingLevel.HEADING_2),
          new Paragraph('Ferry Scheduler, Aberdyfi Harbour Trust'),
          new Paragraph('Mar 2019 – Present'),
          item('Planned crossings for four vessels'),
          heading('Skills', HeadingLevel.HEADING_2),
          heading('Harbour operations', HeadingLevel.HEADING_3),
          item('Tide tables'),
          item('Berth allocation'),
          heading('Languages', languagesLevel),
          item('Welsh'),
          item('Basque'),
          item('Spanish'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('a "Languages" heading in a Word document', () => {
  it('is a group of skills when styled one level below "Skills"', async () => {
    const { resume } = await parseResumeBytes(await resumeDocx(HeadingLevel.HEADING_3), 'cv.docx');
    expect(resume.skills).toEqual([
      { name: 'Harbour operations', keywords: ['Tide tables', 'Berth allocation'] },
      { name: 'Languages', keywords: ['Welsh', 'Basque', 'Spanish'] },
    ]);
    expect(resume.languages).toBeUndefined();
  });

  it('is a section of its own when styled at the level of "Skills"', async () => {
    const { resume } = await parseResumeBytes(await resumeDocx(HeadingLevel.HEADING_2), 'cv.docx');
    expect(resume.skills).toEqual([{ name: 'Harbour operations', keywords: ['Tide tables', 'Berth allocation'] }]);
    expect(resume.languages?.map((language) => language.language)).toEqual(['Welsh', 'Basque', 'Spanish']);
  });
});
