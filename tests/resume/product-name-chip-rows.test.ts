/**
 * Skill lists of names several capitalised words long ("Google Cloud Platform", "Microsoft
 * Dynamics 365", "IFS Food"), which a converted DOCX prints one space apart in one paragraph or a
 * tab apart beside their group's label. The reader knows the names of common products, services
 * and standards (data/product-names.json) and keeps each whole; a version ends the name before it.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { parseSkills } from '../../src/resume/sections/parse-skills.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';
import { separateRunTogetherChips } from '../../src/resume/sections/separate-run-together-chips.ts';
import { loadReaderVocabulary } from '../../src/resume/skill-vocabulary.ts';

const vocabulary = loadReaderVocabulary();
const separate = (text: string) => separateRunTogetherChips(text, vocabulary, { listed: true });

describe('names of products a space apart in a group list', () => {
  it('keeps each known name of several words whole', () => {
    expect(separate('Azure Data Factory Azure Synapse Analytics Power Query Google Tag Manager')).toBe(
      'Azure Data Factory, Azure Synapse Analytics, Power Query, Google Tag Manager',
    );
    expect(separate('BRCGS Food Safety SQF ISO 22000 Good Manufacturing Practice')).toBe(
      'BRCGS Food Safety, SQF, ISO 22000, Good Manufacturing Practice',
    );
  });

  it('opens a chip where a known name starts, after a word of its own', () => {
    expect(separate('Display Google Merchant Center Shopping')).toBe('Display, Google Merchant Center, Shopping');
    expect(separate('Dynamics NAV Dynamics 365 Sales Power Apps')).toBe('Dynamics NAV, Dynamics 365 Sales, Power Apps');
  });

  it('ends a name at its version: the word after it opens the next chip', () => {
    expect(separate('Terraform 1.6 tflint Checkov Node.js 20 pnpm')).toBe('Terraform 1.6, tflint, Checkov, Node.js 20, pnpm');
  });

  it('keeps a dash inside a chip of a long row, and leaves a skill and its level after a dash alone', () => {
    expect(separate('Triage – ED Catheter care Medication rounds – S4 Falls prevention')).toBe('Triage – ED, Catheter care, Medication rounds – S4, Falls prevention');
    expect(separateRunTogetherChips('Lathe — Expert', vocabulary)).toBe('Lathe — Expert');
    expect(separate('Forklift driving - advanced')).toBe('Forklift driving - advanced');
  });

  it('ends a plain word at an activity noun after it ("Vendor Audits")', () => {
    expect(separate('Vendor Audits Hygiene Audits Statistical Process Control')).toBe('Vendor Audits, Hygiene Audits, Statistical Process Control');
  });
});

describe('a label a tab apart from its chips', () => {
  const keywords = (text: string) => parseSkills(toResumeLines(text), vocabulary).map((skill) => [skill.name, skill.keywords ?? []]);

  it('names the group of the chips beside it', () => {
    expect(keywords('Cloud\tOracle Cloud Infrastructure\tAzure Kubernetes Service\tCloud Spanner\nData\tApache Flink\tApache Beam')).toEqual([
      ['Cloud', ['Oracle Cloud Infrastructure', 'Azure Kubernetes Service', 'Cloud Spanner']],
      ['Data', ['Apache Flink', 'Apache Beam']],
    ]);
  });

  it('reads a row of labels over the columns under it as each column\'s label', () => {
    expect(keywords('Languages\tTools\nPython\tJira\nGo\tConfluence')).toEqual([
      ['Languages', ['Python', 'Go']],
      ['Tools', ['Jira', 'Confluence']],
    ]);
  });
});

describe('a Word document whose group lists are one paragraph of names a space apart', () => {
  it('reads every name of the group whole', async () => {
    const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [new TextRun(text)] });
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Rangi Pōtae')] }),
            new Paragraph('rangi.potae@example.org'),
            heading('Experience', HeadingLevel.HEADING_2),
            new Paragraph('Cloud Engineer, Tūī Systems Ltd'),
            new Paragraph('2020 – Present'),
            heading('Skills', HeadingLevel.HEADING_2),
            heading('Cloud', HeadingLevel.HEADING_3),
            new Paragraph('Oracle Cloud Infrastructure Azure Kubernetes Service Cloud Functions Terraform'),
            heading('Business systems', HeadingLevel.HEADING_3),
            new Paragraph('Dynamics 365 Supply Chain Management SAP Ariba Power Automate Smartsheet'),
          ],
        },
      ],
    });
    const { resume } = await parseResumeBytes(new Uint8Array(await Packer.toBuffer(document)), 'cv.docx');
    expect(resume.skills?.map((skill) => [skill.name, skill.keywords])).toEqual([
      ['Cloud', ['Oracle Cloud Infrastructure', 'Azure Kubernetes Service', 'Cloud Functions', 'Terraform']],
      ['Business systems', ['Dynamics 365 Supply Chain Management', 'SAP Ariba', 'Power Automate', 'Smartsheet']],
    ]);
  });
});
