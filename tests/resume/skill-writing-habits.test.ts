/**
 * Skills written the way people outside software write them: standards and versions that carry
 * a year, a qualification named with nothing after its colon, the tools of engineers and
 * planners in a sidebar. Every resume here is written for the test; none is taken from the
 * scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { parseSkills } from '../../src/resume/sections/parse-skills.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const vocabulary = loadSkillVocabulary();
const read = (...lines: string[]) => parseSkills(toResumeLines(lines.join('\n')), vocabulary);
const names = (skills: { name?: string; keywords?: string[] }[] | undefined) => (skills ?? []).flatMap((skill) => [skill.name, ...(skill.keywords ?? [])]);

describe('a year that is part of a skill\'s name', () => {
  it('keeps a standard or a version with its year, and the lines after it', () => {
    expect(read('Standards: Eurocode 7, BS EN 1997, ISO 9001', 'Databases: SQL Server 2019, Oracle', 'Software: Civil 3D, MicroStation')).toEqual([
      { name: 'Standards', keywords: ['Eurocode 7', 'BS EN 1997', 'ISO 9001'] },
      { name: 'Databases', keywords: ['SQL Server 2019', 'Oracle'] },
      { name: 'Software', keywords: ['Civil 3D', 'MicroStation'] },
    ]);
  });

  it('keeps a code whose edition year is joined to it by a colon or a hyphen, and the lines after it', () => {
    expect(read('Quality: ISO 13485:2016, GMP', 'Norms: NMX-CC-9001-IMNC-2015, HACCP', 'Tools: Veeva Vault')).toEqual([
      { name: 'Quality', keywords: ['ISO 13485:2016', 'GMP'] },
      { name: 'Norms', keywords: ['NMX-CC-9001-IMNC-2015', 'HACCP'] },
      { name: 'Tools', keywords: ['Veeva Vault'] },
    ]);
  });

  it('still drops the years that date a skill', () => {
    expect(read('Kotlin (2017 - 2023)', 'Terraform 2019 – present')).toEqual([{ name: 'Kotlin' }, { name: 'Terraform' }]);
  });
});

describe('a label with nothing after its colon', () => {
  it('is a skill of its own, without the colon', () => {
    expect(read('Tools: Primavera P6, Microsoft Project', 'Chartered engineer status:')).toEqual([
      { name: 'Tools', keywords: ['Primavera P6', 'Microsoft Project'] },
      { name: 'Chartered engineer status' },
    ]);
  });
});

describe('a sidebar of tools with no Skills heading', () => {
  it('reads the categories under the contact lines, versions with digits included', () => {
    const resume = parseSections(
      ['Lena Vik', 'About', 'Bergen NO', '+47 912 34 567', 'Design tools', 'SolidWorks', 'ANSYS', 'Planning', 'Microsoft Dynamics 365', 'Primavera P6', 'Summary', 'Mechanical engineer.'].join('\n'),
    );
    expect(names(resume.skills)).toEqual(expect.arrayContaining(['SolidWorks', 'ANSYS', 'Microsoft Dynamics 365', 'Primavera P6']));
  });

  it('keeps a standard with a year in the sidebar list', () => {
    const resume = parseSections(['Lena Vik', 'About', 'Bergen NO', 'lena@example.com', 'Design tools', 'SolidWorks', 'Standards', 'ISO 2768', 'EN 1090', 'BS EN 1993', 'Summary', 'Mechanical engineer.'].join('\n'));
    expect(names(resume.skills)).toEqual(expect.arrayContaining(['SolidWorks', 'ISO 2768', 'EN 1090', 'BS EN 1993']));
  });

  it('joins a version the column wrapped onto its own line back to its name', () => {
    const resume = parseSections(
      ['Lena Vik', 'About', 'Bergen NO', 'lena@example.com', 'Business systems', 'Microsoft Dynamics', '365', 'Power BI', 'Summary', 'Office manager.'].join('\n'),
    );
    expect(names(resume.skills)).toEqual(expect.arrayContaining(['Microsoft Dynamics 365', 'Power BI']));
  });
});

describe('skills written in sentences, side by side, or rated with symbols', () => {
  it('keeps the skills a rating phrase names', () => {
    expect(read('Proficient in Xero and Sage; working knowledge of Looker')).toEqual([{ name: 'Xero' }, { name: 'Sage' }, { name: 'Looker' }]);
    expect(read('Familiar with Figma, experienced with Miro & Notion')).toEqual([{ name: 'Figma' }, { name: 'Miro' }, { name: 'Notion' }]);
  });

  it('reads two categories on one line apart', () => {
    expect(read('Tools: Asana, Notion | Methods: Kanban, OKRs')).toEqual([
      { name: 'Tools', keywords: ['Asana', 'Notion'] },
      { name: 'Methods', keywords: ['Kanban', 'OKRs'] },
    ]);
  });

  it('drops the stars or dots that rate a skill', () => {
    expect(read('Rust ★★★★☆', 'Elixir ●●○○○')).toEqual([{ name: 'Rust' }, { name: 'Elixir' }]);
  });
});

describe('a standard with its edition after a colon, in a list', () => {
  it('is no label: "IEC 61508:2010 · AS 4024" lists two skills', () => {
    expect(read('IEC 61508:2010 · AS 4024 · HAZOP')).toEqual([{ name: 'IEC 61508:2010' }, { name: 'AS 4024' }, { name: 'HAZOP' }]);
  });

  it('still reads a label before a colon, the edition in its list', () => {
    expect(read('Standards: IEC 61508:2010, AS 4024')).toEqual([{ name: 'Standards', keywords: ['IEC 61508:2010', 'AS 4024'] }]);
  });
});

describe('a nested list whose inner items lost their bullets', () => {
  it('reads each bullet over plain lines as a group label, names over names staying items', () => {
    expect(read('• Glazing', 'Kiln Firing 3', 'Raku', 'Slip Casting', 'Wheel Throwing', '• Studio', 'Kilnmaster 2.x', 'Clay Reclaim')).toEqual([
      { name: 'Glazing', keywords: ['Kiln Firing 3', 'Raku', 'Slip Casting', 'Wheel Throwing'] },
      { name: 'Studio', keywords: ['Kilnmaster 2.x', 'Clay Reclaim'] },
    ]);
  });

  // A guard: bullets that are the skills themselves stay skills.
  it('leaves a list of bulleted skills as it is', () => {
    expect(names(read('• Raku', '• Slip Casting', '• Wheel Throwing'))).toEqual(['Raku', 'Slip Casting', 'Wheel Throwing']);
  });
});
