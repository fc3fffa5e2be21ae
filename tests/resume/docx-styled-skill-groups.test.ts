/**
 * Skill groups a Word document styles as headings one level below "Skills": each heading opens
 * a group even when its name also names a section ("Licences", "Leadership"), the paragraph
 * under it is that group's list and never the rest of the list above, and a heading with
 * nothing under it ("Lathe — Expert") is a skill with its level.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { parseSkills } from '../../src/resume/sections/parse-skills.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const vocabulary = loadSkillVocabulary();

async function resumeDocx(skills: Paragraph[]): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Wren Albescu')] }),
          new Paragraph('wren.albescu@example.org'),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Experience')] }),
          new Paragraph('Workshop Lead, Tallowmere Joinery'),
          new Paragraph('Mar 2018 – Present'),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Skills')] }),
          ...skills,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const group = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(text)] });

describe('skill groups styled as headings in a Word document', () => {
  it('opens a group at each, even one named like a section, with its paragraph as the list', async () => {
    const bytes = await resumeDocx([
      group('Workshop'),
      new Paragraph('Joinery Lathe work CNC routing'),
      group('Licences'),
      new Paragraph('Forklift licence Scaffold ticket'),
      group('Software'),
      new Paragraph('Fusion Trellix Cutlist'),
      group('Leadership'),
      new Paragraph('Crew briefings Rota planning'),
    ]);
    const { resume } = await parseResumeBytes(bytes, 'cv.docx');
    expect(resume.skills).toEqual([
      { name: 'Workshop', keywords: ['Joinery', 'Lathe work', 'CNC routing'] },
      { name: 'Licences', keywords: ['Forklift licence', 'Scaffold ticket'] },
      { name: 'Software', keywords: ['Fusion', 'Trellix', 'Cutlist'] },
      { name: 'Leadership', keywords: ['Crew briefings', 'Rota planning'] },
    ]);
    expect(resume.certificates).toBeUndefined();
  });

  // A guard: the rule above must not turn a styled skill with its level into an empty group.
  it('reads a styled heading with nothing under it as a skill and its level', async () => {
    const { resume } = await parseResumeBytes(await resumeDocx([group('Lathe — Expert'), group('Welding — Advanced')]), 'cv.docx');
    expect(resume.skills).toEqual([
      { name: 'Lathe', level: 'Expert' },
      { name: 'Welding', level: 'Advanced' },
    ]);
  });

  it('never reads a styled group heading as the rest of the list above it', () => {
    const lines = toResumeLines(['Reporting', 'Cohort analysis Funnel reviews Churn modelling', 'CRM', 'Zendesk Braze Intercom'].join('\n'));
    expect(parseSkills(lines, vocabulary, { groupHeadings: new Set(['reporting', 'crm']) })).toEqual([
      { name: 'Reporting', keywords: ['Cohort analysis', 'Funnel reviews', 'Churn modelling'] },
      { name: 'CRM', keywords: ['Zendesk', 'Braze', 'Intercom'] },
    ]);
  });
});
