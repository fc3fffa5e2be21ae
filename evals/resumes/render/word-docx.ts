/**
 * A resume typed in a word processor: the name as the title, headings as Word headings, each
 * job as "Title<tab>dates" with a right tab stop and the company in italics below, bullets
 * as real list paragraphs, skills as "Category: a, b, c" lines.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TabStopPosition, TabStopType, TextRun } from 'docx';
import type { JsonResume } from '../../../src/protocol/json-resume.ts';
import { formatRange } from './dates.ts';
import { degreeAndField, displayName } from './display-name.ts';
import { bareUrl, placeLine } from './contact.ts';

const rightTab = [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }];

export async function renderWordDocx(resume: JsonResume): Promise<Buffer> {
  const basics = resume.basics ?? {};
  const paragraphs: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(displayName(resume))] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun([placeLine(resume), basics.phone, basics.email, ...(basics.profiles ?? []).map((profile) => bareUrl(profile.url ?? ''))].join(' • '))],
    }),
  ];
  if (basics.summary) paragraphs.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Profile' }), new Paragraph(basics.summary));
  paragraphs.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Experience' }));
  for (const job of resume.work ?? []) {
    paragraphs.push(
      new Paragraph({ tabStops: rightTab, children: [new TextRun({ text: job.position ?? '', bold: true }), new TextRun(`\t${formatRange(job.startDate, job.endDate, 'short')}`)] }),
      new Paragraph({ children: [new TextRun({ text: job.name ?? '', italics: true })] }),
      ...(job.highlights ?? []).map((highlight) => new Paragraph({ text: highlight, bullet: { level: 0 } })),
    );
  }
  paragraphs.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Education' }));
  for (const school of resume.education ?? []) {
    paragraphs.push(
      new Paragraph({ tabStops: rightTab, children: [new TextRun({ text: school.institution ?? '', bold: true }), new TextRun(`\t${formatRange(school.startDate, school.endDate, 'short')}`)] }),
      new Paragraph(degreeAndField(school, ', ')),
    );
  }
  paragraphs.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Skills' }));
  for (const skill of resume.skills ?? []) {
    paragraphs.push(new Paragraph({ children: [new TextRun({ text: `${skill.name}: `, bold: true }), new TextRun((skill.keywords ?? []).join(', '))] }));
  }
  return Packer.toBuffer(new Document({ creator: displayName(resume), sections: [{ children: paragraphs }] }));
}
