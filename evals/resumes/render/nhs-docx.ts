/**
 * A CV typed in Word the way health and care staff in the UK write one for an NHS post: a
 * "Personal Statement", a "Professional Registration" table of label and value (the regulator,
 * the part of the register, the date of first registration), each job on four lines (title,
 * ward or unit, employer, dates), "Education & Training" with the degree's class after the
 * degree and any exam or language test as a "Name – Where – Year" line, a "Mandatory Training"
 * list with the month each item was last done, and skills as "Group: keywords" lines.
 *
 * Which certificate goes where is read from its words, as a person sorts them: one whose issuer
 * is a regulator (a council, board or register) is the registration, an exam or language test
 * goes under education, one with no issuer is mandatory training, and any other is listed under
 * "Certificates" with its issuer.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { JsonResume } from '../../../src/protocol/json-resume.ts';
import { bareUrl, placeLine } from './contact.ts';
import { formatDate, formatRange } from './dates.ts';
import { degreeAndField, displayName } from './display-name.ts';

type Certificate = NonNullable<JsonResume['certificates']>[number];

const regulator = /\b(?:council|board|register|registry|regulator|NMC|HCPC|GMC|GPhC|AHPRA)\b/i;
const exam = /\b(?:OSCE|IELTS|OET|TOEFL|PLAB|CBT|NCLEX|exam|examination|test)\b/i;

export function certificateKind(certificate: Certificate): 'registration' | 'exam' | 'training' | 'other' {
  if (certificate.issuer && regulator.test(certificate.issuer) && !exam.test(certificate.name ?? '')) return 'registration';
  if (exam.test(certificate.name ?? '')) return 'exam';
  return certificate.issuer ? 'other' : 'training';
}

const text = (value: string, bold = false) => new Paragraph({ children: [new TextRun({ text: value, bold })] });
const heading = (value: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, text: value });

function labelTable(rows: [string, string][]): Table {
  const cell = (value: string, size: number, bold = false) => new TableCell({ width: { size, type: WidthType.PERCENTAGE }, children: [text(value, bold)] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(([label, value]) => new TableRow({ children: [cell(label, 35, true), cell(value, 65)] })),
  });
}

/** The NHS-style Word CV (tuning people only; see evals/resumes/README.md). */
export async function renderNhsDocx(resume: JsonResume): Promise<Buffer> {
  const basics = resume.basics ?? {};
  const certificates = resume.certificates ?? [];
  const ofKind = (kind: ReturnType<typeof certificateKind>) => certificates.filter((certificate) => certificateKind(certificate) === kind);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, text: displayName(resume) }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun([placeLine(resume), basics.phone, basics.email, ...(basics.profiles ?? []).map((profile) => bareUrl(profile.url ?? ''))].filter(Boolean).join(' | '))],
    }),
  ];
  if (basics.summary) children.push(heading('Personal Statement'), text(basics.summary));
  for (const registration of ofKind('registration')) {
    const rows: [string, string][] = [
      ['Regulator', registration.issuer ?? ''],
      ['Part of register', registration.name ?? ''],
    ];
    if (registration.date) rows.push(['Registered since', formatDate(registration.date, 'long')]);
    children.push(heading('Professional Registration'), labelTable(rows));
  }
  children.push(heading('Employment History'));
  for (const job of resume.work ?? []) {
    children.push(text(job.position ?? '', true));
    if (job.location) children.push(text(job.location));
    children.push(text(job.name ?? ''), text(formatRange(job.startDate, job.endDate, 'long')));
    for (const highlight of job.highlights ?? []) children.push(new Paragraph({ text: highlight, bullet: { level: 0 } }));
  }
  children.push(heading('Education & Training'));
  for (const school of resume.education ?? []) {
    const degree = degreeAndField(school, ' ');
    children.push(
      text(school.score ? `${degree} – ${school.score}` : degree, true),
      text(school.institution ?? ''),
      text(formatRange(school.startDate, school.endDate, 'numeric', { dash: ' – ' })),
    );
  }
  for (const test of ofKind('exam')) {
    children.push(text([test.name, test.issuer, test.date?.slice(0, 4)].filter(Boolean).join(' – ')));
  }
  const training = ofKind('training');
  if (training.length > 0) {
    children.push(heading('Mandatory Training'));
    for (const item of training) {
      children.push(new Paragraph({ text: item.date ? `${item.name} – ${formatDate(item.date, 'numeric')}` : (item.name ?? ''), bullet: { level: 0 } }));
    }
  }
  const other = ofKind('other');
  if (other.length > 0) {
    children.push(heading('Certificates'));
    for (const item of other) children.push(new Paragraph({ text: [item.name, item.issuer, item.date?.slice(0, 4)].filter(Boolean).join(', '), bullet: { level: 0 } }));
  }
  children.push(heading('Key Skills'));
  for (const skill of resume.skills ?? []) {
    const keywords = skill.keywords ?? [];
    if (keywords.length === 0) children.push(text(skill.name ?? ''));
    else children.push(new Paragraph({ children: [new TextRun({ text: `${skill.name}: `, bold: true }), new TextRun(keywords.join(', '))] }));
  }
  return Packer.toBuffer(new Document({ creator: displayName(resume), sections: [{ children }] }));
}
