/**
 * Layout habits of resume themes the reader was not first tuned on: icon-font bullets,
 * label/value contact blocks, a school's field on its own line, titles, dates and highlights
 * side by side in columns. Every resume here is written for the test.
 */
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocxText } from '../../src/resume/extract/extract-docx-text.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { parseEducation } from '../../src/resume/sections/parse-education.ts';
import { parseSkills } from '../../src/resume/sections/parse-skills.ts';
import { findDateRange } from '../../src/resume/sections/find-date-range.ts';
import { splitEntryHeader, withoutDate } from '../../src/resume/sections/split-entry-header.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const vocabulary = loadSkillVocabulary();

describe('icon-font bullets', () => {
  it('reads a private-use or unmapped glyph before an item as its bullet', () => {
    for (const glyph of ['\u0000', '\uf052', '\ufffd']) {
      expect(toResumeLines(`${glyph} Tuned the sourdough starter`)[0]).toEqual({
        text: 'Tuned the sourdough starter',
        bullet: true,
        markdownHeading: false,
      });
    }
  });

  it('keeps such glyphs out of the text elsewhere on the line', () => {
    expect(toResumeLines('Lisbon\uf041 PT')[0]?.text).toBe('Lisbon PT');
  });

  it('reads groups of keywords under icon bullets as separate categories', () => {
    const lines = toResumeLines(['Kitchen', '\u0000 Fermentation', '\u0000 Butchery', 'Front of house', '\u0000 Rostering', '\u0000 Wine service'].join('\n'));
    expect(parseSkills(lines, vocabulary)).toEqual([
      { name: 'Kitchen', keywords: ['Fermentation', 'Butchery'] },
      { name: 'Front of house', keywords: ['Rostering', 'Wine service'] },
    ]);
  });
});

/** A DOCX whose paragraphs are runs: a string is plain text, `{ link, text }` a hyperlink. */
async function docxOf(paragraphs: ReadonlyArray<ReadonlyArray<string | { link: string; text: string }>>): Promise<Uint8Array> {
  const children = paragraphs.map(
    (runs) =>
      new Paragraph({
        children: runs.map((run) =>
          typeof run === 'string' ? new TextRun(run) : new ExternalHyperlink({ link: run.link, children: [new TextRun(run.text)] }),
        ),
      }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

describe('an employer linked to its website with the title beside it', () => {
  it('reads the end of the link as a field boundary in a DOCX', async () => {
    const bytes = await docxOf([
      ['Rosa Lindqvist'],
      ['Experience'],
      [{ link: 'https://harbourbistro.example', text: 'Harbour Bistro AB ' }, 'Sous Chef'],
      ['Mar 2019 - Present'],
      [{ link: 'https://grandhotel.example', text: 'Grand Hotel Malmö ' }, 'Commis Chef'],
      ['Jun 2016 - Feb 2019'],
    ]);
    const { text } = await extractDocxText(bytes, 'cv.docx');
    expect(text).toContain('Harbour Bistro AB \tSous Chef');
    const work = parseSections(text).work ?? [];
    expect(work.map((job) => [job.name, job.position])).toEqual([
      ['Harbour Bistro AB', 'Sous Chef'],
      ['Grand Hotel Malmö', 'Commis Chef'],
    ]);
  });

  it('leaves a link that a sentence goes on from, or that ends a line, as it was', async () => {
    const bytes = await docxOf([
      [{ link: 'https://harbourbistro.example', text: 'Harbour Bistro' }, ' won a regional award in 2021'],
      ['Portfolio: ', { link: 'https://rosa.example', text: 'rosa.example' }],
    ]);
    const { text } = await extractDocxText(bytes, 'cv.docx');
    expect(text).toContain('Harbour Bistro won a regional award in 2021');
    expect(text).toContain('Portfolio: rosa.example');
  });
});

describe("a school's field on its own line above the degree", () => {
  const education = (...lines: string[]) => parseEducation(toResumeLines(lines.join('\n')));

  it('reads the line between the school and a degree that names no field as the field, under an icon or not', () => {
    for (const field of ['Marine Biology', '\uf0d7 Marine Biology']) {
      expect(education('Northmoor Polytechnic Institute\t2012 — 2016', field, 'Bachelor of Science')).toEqual([
        { institution: 'Northmoor Polytechnic Institute', startDate: '2012', endDate: '2016', studyType: 'Bachelor of Science', area: 'Marine Biology' },
      ]);
    }
  });

  it('keeps a degree named with its field whole when the field is printed above it too', () => {
    expect(education('Northmoor Polytechnic Institute\t2012 — 2016', 'Midwifery', 'Diploma in Midwifery')[0]).toMatchObject({
      studyType: 'Diploma in Midwifery',
      area: 'Midwifery',
    });
  });

  it('keeps the field a degree names itself', () => {
    expect(education('Kestrel University', 'Exchange semester', 'BSc Geology')[0]).toMatchObject({ studyType: 'BSc', area: 'Geology' });
  });
});

describe('a date column set tight against the text before it', () => {
  it('splits a name that runs into the date range after it', () => {
    expect(toResumeLines('Faculty of Ocean Sciences2014-09 — 2018-06')[0]?.text).toBe('Faculty of Ocean Sciences | 2014-09 — 2018-06');
    expect(toResumeLines('Tidewater Labs2021 - Present')[0]?.text).toBe('Tidewater Labs | 2021 - Present');
  });

  it('leaves a version or a year inside the text alone', () => {
    expect(toResumeLines('Migrated Python2 scripts')[0]?.text).toBe('Migrated Python2 scripts');
    expect(toResumeLines('Windows2000 - 2003 fleet')[0]?.text).toBe('Windows2000 - 2003 fleet');
  });
});

describe('the employer on the dates line, the title on the next', () => {
  it('keeps a legal form after a comma with the name before it', () => {
    expect(splitEntryHeader('Quillmoor Robotics, Inc.', { splitCommas: true }).map((part) => part.text)).toEqual(['Quillmoor Robotics, Inc.']);
  });

  it('finds the title across a page break under the dates', () => {
    const text = [
      'Rosa Lindqvist',
      'Work',
      'Fernhill Bakery Ltd\t2020-03 —',
      'Head Baker',
      '• Ran the night shift of six bakers',
      'Quillmoor Robotics, Inc.\t2017-01 — 2020-02',
      '',
      'Pastry Chef',
      '• Built the staff canteen menu',
    ].join('\n');
    expect((parseSections(text).work ?? []).map((job) => [job.name, job.position])).toEqual([
      ['Fernhill Bakery Ltd', 'Head Baker'],
      ['Quillmoor Robotics, Inc.', 'Pastry Chef'],
    ]);
  });
});

describe('a name whose credentials wrap onto the next line', () => {
  it('reads the name before the dangling comma', () => {
    for (const top of ['Ingrid Solberg,\nRN, MSc', 'Ingrid Solberg, RN,\nMSc']) {
      const text = `${top}\nContact\ningrid.solberg@example.org\n+47 912 34 567`;
      expect(parseSections(text).basics?.name).toBe('Ingrid Solberg');
    }
  });
});

describe('profiles listed as network over user name', () => {
  it('reads no skill category from them at the end of a contact section', () => {
    const text = ['Rosa Lindqvist', 'Pastry Chef', 'Profiles', 'GitHub', 'rosa-bakes-42', 'Dribbble', 'rosalind'].join('\n');
    expect(parseSections(text).skills).toBeUndefined();
  });

  it('still reads the skill categories under them', () => {
    const text = ['Rosa Lindqvist', 'Pastry Chef', 'Profiles', 'GitHub', 'rosa-bakes-42', 'Frontend', 'TypeScript React'].join('\n');
    expect(parseSections(text).skills).toEqual([{ name: 'Frontend', keywords: ['TypeScript', 'React'] }]);
  });
});

describe('title, dates and first highlight side by side as columns', () => {
  it('keeps the columns on either side of a date apart', () => {
    const text = 'Head Baker | 2019-03 - Present | Fernhill Bakery';
    expect(withoutDate(text, findDateRange(text))).toBe('Head Baker | Fernhill Bakery');
  });

  it('reads the highlight beside the title as no employer, and takes the employer above', () => {
    const text = [
      'Rosa Lindqvist',
      'Work',
      'Fernhill Bakery Ltd',
      'Head Baker\t2019-03 - Present\tRan the night shift of six bakers across',
      'two ovens and a proving room',
      'Quillmoor Hotel Group',
      'Pastry Chef\t2016-01 - 2019-02\tBuilt the plated dessert menu for the',
      'banqueting kitchen',
    ].join('\n');
    expect((parseSections(text).work ?? []).map((job) => [job.name, job.position])).toEqual([
      ['Fernhill Bakery Ltd', 'Head Baker'],
      ['Quillmoor Hotel Group', 'Pastry Chef'],
    ]);
  });

  it('leaves a highlight line above the next title-only header in the job it belongs to', () => {
    const text = [
      'Rosa Lindqvist',
      'Work',
      'Fernhill Bakery Ltd',
      'Head Baker | 2019-03 - Present',
      'Cut flour waste by a third with weekly ordering',
      'Pastry Chef | 2016-01 - 2019-02',
      'Wrote the plated dessert menu for banquets',
    ].join('\n');
    expect(parseSections(text).work?.[0]?.highlights).toEqual(['Cut flour waste by a third with weekly ordering']);
  });
});
