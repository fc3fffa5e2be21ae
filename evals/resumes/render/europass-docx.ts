/**
 * A Europass-like CV typed in a word processor: every section a two-column table, labels and
 * periods on the left ("03.2019 – now"), "Employer, position" and its bullets on the right, a
 * "Driving licence" row under the skills, as people across Europe fill in the form's Word copy.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { JsonResume } from '../../../src/protocol/json-resume.ts';
import { bareUrl, placeLine } from './contact.ts';
import { degreeAndField, displayName } from './display-name.ts';

/** "03.2019" or "2019": the period as the European form writes it. */
function europeanDate(date: string): string {
  const [year, month] = date.split('-');
  return month ? `${month}.${year}` : (year ?? date);
}

function period(start: string | undefined, end: string | undefined): string {
  return `${start ? europeanDate(start) : ''} – ${end ? europeanDate(end) : 'now'}`;
}

function row(label: string, value: Paragraph[], bold = false): TableRow {
  return new TableRow({
    children: [
      new TableCell({ width: { size: 28, type: WidthType.PERCENTAGE }, children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: label, bold })] })] }),
      new TableCell({ width: { size: 72, type: WidthType.PERCENTAGE }, children: value }),
    ],
  });
}

const text = (value: string, bold = false) => new Paragraph({ children: [new TextRun({ text: value, bold })] });

function table(rows: TableRow[]): Table {
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

export async function renderEuropassDocx(resume: JsonResume): Promise<Buffer> {
  const basics = resume.basics ?? {};
  const contact: [string, string | undefined][] = [
    ['Address', placeLine(resume) || undefined],
    ['Telephone', basics.phone],
    ['E-mail', basics.email],
    ...(basics.profiles ?? []).map((profile): [string, string] => [profile.network ?? 'Website', bareUrl(profile.url ?? '')]),
  ];
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: 'Curriculum Vitae' }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Personal information' }),
    table([
      row('Name', [text(displayName(resume), true)]),
      ...contact.filter((entry): entry is [string, string] => Boolean(entry[1])).map(([label, value]) => row(label, [text(value)])),
    ]),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Work experience' }),
    table([
      row('Period', [text('Employer, position', true)], true),
      ...(resume.work ?? []).map((job) =>
        row(period(job.startDate, job.endDate), [
          text([job.name, job.position].filter(Boolean).join(', '), true),
          ...(job.highlights ?? []).map((highlight) => new Paragraph({ text: highlight, bullet: { level: 0 } })),
        ]),
      ),
    ]),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Education and training' }),
    table([
      row('Period', [text('Institution, qualification', true)], true),
      ...(resume.education ?? []).map((school) => row(period(school.startDate, school.endDate), [text(school.institution ?? '', true), text(degreeAndField(school, ', '))])),
    ]),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Personal skills' }),
    table([
      ...(resume.skills ?? []).map((skill) => row(skill.name ?? '', [text((skill.keywords ?? []).join(', '))])),
      row('Driving licence', [text('B')]),
    ]),
  ];
  return Packer.toBuffer(new Document({ creator: displayName(resume), sections: [{ children }] }));
}
