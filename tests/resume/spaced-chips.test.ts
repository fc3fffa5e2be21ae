/**
 * Skill chips a page set apart by CSS alone (padding, or commas a style sheet adds after each
 * chip), which a converted DOCX prints one space apart: "Drift modelling Lumen 4 Torque analysis",
 * "Polish (native) Czech (B2)", "Workshop (Advanced): Joinery Lathe work CNC routing". The
 * reader sets the chips apart again where the line shows them; sentences stay whole.
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
const keywords = (...lines: string[]) => parseSkills(toResumeLines(lines.join('\n')), vocabulary).flatMap((skill) => skill.keywords ?? [skill.name]);

describe('chips a space apart', () => {
  it('keeps a version or edition, and a bracket, on the chip before it', () => {
    expect(separate('Drift modelling Lumen 4 Torque analysis Kestrel V2 (ISO 2768) Fatigue testing')).toBe(
      'Drift modelling, Lumen 4, Torque analysis, Kestrel V2 (ISO 2768), Fatigue testing',
    );
  });

  it('opens a chip after each bracket: languages with their levels', () => {
    expect(separate('Polish (native) Czech (B2) Italian (A1)')).toBe('Polish (native), Czech (B2), Italian (A1)');
    expect(separate('Welsh (native) Breton (B1)')).toBe('Welsh (native), Breton (B1)');
    expect(separate('Dorvane (VAT, payroll) Ledger closing Cash forecasting')).toBe('Dorvane (VAT, payroll), Ledger closing, Cash forecasting');
  });

  it('reads the chips after a label and its level', () => {
    expect(separate('Workshop (Advanced): Joinery Lathe work CNC routing Spray finishing')).toBe(
      'Workshop (Advanced): Joinery, Lathe work, CNC routing, Spray finishing',
    );
  });

  it('keeps a small word that joins a chip inside it, when the row shows chips elsewhere', () => {
    expect(separate('Risk assessment First aid at work Lesson planning Peer review')).toBe('Risk assessment, First aid at work, Lesson planning, Peer review');
  });

  it('keeps a known skill written small on the phrase it ends', () => {
    expect(separate('Crew leadership Shift planning Vendor management')).toBe('Crew leadership, Shift planning, Vendor management');
  });

  it('reads a row of capitalised chips when most are known skills or acronyms', () => {
    expect(separate('Zentrix V3 HAZID FMECA LOPA')).toBe('Zentrix V3, HAZID, FMECA, LOPA');
  });

  it('reads names before a phrase in sentence case as chips', () => {
    expect(separate('Quorra P6 Kelvane Brisk Earned value tracking')).toBe('Quorra P6, Kelvane, Brisk, Earned value tracking');
  });

  it('keeps a short run of capitals on the one name before it', () => {
    expect(separate('Harlow NX Weld inspection Surface finishing')).toBe('Harlow NX, Weld inspection, Surface finishing');
  });

  it('leaves sentences, names and separated lists alone', () => {
    expect(separate('Built reports in Excel for Finance teams')).toBe('Built reports in Excel for Finance teams');
    expect(separate('Marlin POS Toast Excel')).toBe('Marlin POS Toast Excel');
    expect(separate('Lesson planning / Peer review Team teaching')).toBe('Lesson planning / Peer review Team teaching');
    expect(separate('Excel (macros, pivot tables), Tableau')).toBe('Excel (macros, pivot tables), Tableau');
    expect(separate('Cardiac (ICU) monitoring')).toBe('Cardiac (ICU) monitoring');
  });

  it('gives each chip to the Skills section as a keyword', () => {
    expect(keywords('Workshop', 'Joinery Lathe work Kestrel V2 (ISO 2768) Spray finishing')).toEqual(['Joinery', 'Lathe work', 'Kestrel V2 (ISO 2768)', 'Spray finishing']);
  });
});

describe('a DOCX whose chips lost their separators', () => {
  it('reads each group heading over its chips', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Oskar Lindqvist')] }),
            new Paragraph('oskar.lindqvist@example.org'),
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Skills')] }),
            new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Engineering')] }),
            new Paragraph('Drift modelling Lumen 4 Torque analysis Kestrel V2 (ISO 2768) Fatigue testing'),
            new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Languages')] }),
            new Paragraph('Swedish (native) Finnish (B2) German (A2)'),
          ],
        },
      ],
    });
    const { resume } = await parseResumeBytes(new Uint8Array(await Packer.toBuffer(document)), 'cv.docx');
    expect((resume.skills ?? []).flatMap((skill) => skill.keywords ?? [skill.name])).toEqual([
      'Drift modelling',
      'Lumen 4',
      'Torque analysis',
      'Kestrel V2 (ISO 2768)',
      'Fatigue testing',
      'Swedish (native)',
      'Finnish (B2)',
      'German (A2)',
    ]);
  });
});
