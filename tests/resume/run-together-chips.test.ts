/**
 * Skill chips a theme set apart by CSS padding alone: converted to a document without the
 * style sheet they run together in one run of text ("ExcelSquare POSToast") or, where the
 * markup had whitespace between them, in one line of words ("Alpha one Beta two Gamma three").
 * The reader sets them apart again; single names and known multi-word skills stay whole.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { parseSkills } from '../../src/resume/sections/parse-skills.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';
import { separateRunTogetherChips } from '../../src/resume/sections/separate-run-together-chips.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const vocabulary = loadSkillVocabulary();
const separate = (text: string) => separateRunTogetherChips(text, vocabulary);
const read = (...lines: string[]) => parseSkills(toResumeLines(lines.join('\n')), vocabulary);

describe('chips glued with no character between them', () => {
  it('cuts where a known skill meets the next chip, or capitals meet a capitalised word', () => {
    expect(separate('WordSquare KDSLoyverseQuickBooksAutoCAD')).toBe('WordSquare KDS, Loyverse, QuickBooks, AutoCAD');
    expect(separate('ExcelMarlin POSToast')).toBe('Excel, Marlin POS, Toast');
  });

  it('cuts where a small word runs into a capital, which only chips do', () => {
    expect(separate('Pastry workHACCPBanquet setupStock rotation')).toBe('Pastry work, HACCP, Banquet setup, Stock rotation');
  });

  it('cuts between two known skills in one word', () => {
    expect(separate('TensorFlowKeras')).toBe('TensorFlow, Keras');
  });

  it('keeps single names whole: camel-case products and lower-case prefixes', () => {
    for (const name of ['JavaScript', 'PostgreSQL', 'GitHub', 'HubSpot', 'iOS', 'macOS', 'watchOS', 'LinkedIn', 'PowerPoint', 'AutoCAD', 'SolidWorks', 'QuickBooks', 'PhpStorm', 'MLOps', 'SQLAlchemy']) {
      expect(separate(name)).toBe(name);
    }
    expect(separate('JavaScript, TypeScript, GitHub Actions')).toBe('JavaScript, TypeScript, GitHub Actions');
    expect(separate('LinkedIn Recruiter')).toBe('LinkedIn Recruiter');
  });
});

describe('chips a space apart in sentence case', () => {
  it('opens a chip at each capitalised word when the line mixes small and capital words', () => {
    expect(separate('Alpha one Beta two Gamma three')).toBe('Alpha one, Beta two, Gamma three');
    expect(separate('Knife skills HACCP Rota planning')).toBe('Knife skills, HACCP, Rota planning');
  });

  it('keeps a known skill of several words whole', () => {
    expect(separate('Menu costing Google Cloud Platform Adobe XD Microsoft Excel')).toBe('Menu costing, Google Cloud Platform, Adobe XD, Microsoft Excel');
  });

  it('reads a row of capitalised chips when most of them are known skills', () => {
    expect(separate('Python Flask Brindlewick Terraform')).toBe('Python, Flask, Brindlewick, Terraform');
    expect(separate('Kafka pandas Quorvex')).toBe('Kafka, pandas, Quorvex');
    expect(separate('Marlin POS Toast Excel')).toBe('Marlin POS Toast Excel');
    expect(separate('Senior Platform Engineer')).toBe('Senior Platform Engineer');
  });

  it('leaves sentences, short phrases and lists alone', () => {
    expect(separate('Care planning for ICU patients')).toBe('Care planning for ICU patients');
    expect(separate('Differentiated instruction')).toBe('Differentiated instruction');
    expect(separate('Python SQL Scala')).toBe('Python SQL Scala');
    expect(separate('Stock rotation, Menu costing')).toBe('Stock rotation, Menu costing');
    expect(separate('Kitchen: Knife skills')).toBe('Kitchen: Knife skills');
    expect(separate('Escola Técnica de Porto Alegre')).toBe('Escola Técnica de Porto Alegre');
    expect(separate('Hochschule für Angewandte Wissenschaften')).toBe('Hochschule für Angewandte Wissenschaften');
  });
});

describe('a Skills section of run-together chips', () => {
  it('reads each group label over its chips', () => {
    expect(read('Kitchen', 'Pastry workHACCPBanquet setup', 'Tools', 'ExcelMarlin POSToast')).toEqual([
      { name: 'Kitchen', keywords: ['Pastry work', 'HACCP', 'Banquet setup'] },
      { name: 'Tools', keywords: ['Excel', 'Marlin POS', 'Toast'] },
    ]);
  });

  it('reads a DOCX whose chips are one run of text', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Ilse Brandvold')] }),
            new Paragraph('ilse.brandvold@example.org'),
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Skills')] }),
            new Paragraph({ children: [new TextRun({ text: 'Service', bold: true })] }),
            new Paragraph('Wine pairingFloor managementPOS reconciliation'),
            new Paragraph({ children: [new TextRun({ text: 'Software', bold: true })] }),
            new Paragraph('Menu costing JavaScript Google Cloud Platform Table booking'),
          ],
        },
      ],
    });
    const { resume } = await parseResumeBytes(new Uint8Array(await Packer.toBuffer(document)), 'cv.docx');
    expect(resume.skills).toEqual([
      { name: 'Service', keywords: ['Wine pairing', 'Floor management', 'POS reconciliation'] },
      { name: 'Software', keywords: ['Menu costing', 'JavaScript', 'Google Cloud Platform', 'Table booking'] },
    ]);
  });
});

describe('chips of several words glued in one run', () => {
  it('cuts where a closing bracket runs into a capital', () => {
    expect(separate('Python (pandas)Tableau')).toBe('Python (pandas), Tableau');
    expect(separate('Excel (VBA)Power BI')).toBe('Excel (VBA), Power BI');
  });

  it('cuts an acronym from a known skill after it when both are known', () => {
    expect(separate('SQLPython (pandas)TableauAdvanced Excel')).toBe('SQL, Python (pandas), Tableau, Advanced Excel');
  });

  it('cuts between plain words run together where the line shows three joins or more', () => {
    expect(separate('Harbour Cloud PlatformNorthwind Web ServicesMicrosoft AzureKestrel Container EngineCloud Run')).toBe(
      'Harbour Cloud Platform, Northwind Web Services, Microsoft Azure, Kestrel Container Engine, Cloud Run',
    );
  });

  it('keeps names of two humps whole where the line shows no other join', () => {
    expect(separate('SalesLoft PagerDuty')).toBe('SalesLoft PagerDuty');
    expect(separate('EnglishTe Reo')).toBe('EnglishTe Reo');
  });

  it('reads a group’s glued row as its keywords', () => {
    expect(read('Analytics', 'SQLPython (pandas)TableauAdvanced Excel', 'Soft skills', 'Client communicationTeam leadership')).toEqual([
      { name: 'Analytics', keywords: ['SQL', 'Python (pandas)', 'Tableau', 'Advanced Excel'] },
      { name: 'Soft skills', keywords: ['Client communication', 'Team leadership'] },
    ]);
  });
});
