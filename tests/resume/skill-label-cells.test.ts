/**
 * A skill group printed as a label cell beside its list ("BAKING ⇥ Sourdough, Piping"), a spoken
 * language written with its level in a plain skills list, and two skills written as one chip with
 * a slash: each is read as the person wrote it.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { splitSpacedSkills } from '../../src/resume/sections/split-spaced-skills.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const top = ['Robin Vale', 'robin.vale@example.org', 'SKILLS'];

describe('a label cell beside its list', () => {
  it('names the group, even where the label names a section or a skill elsewhere', () => {
    const resume = parseSections(
      [
        ...top,
        'BAKING\tSourdough, Laminated dough, Piping',
        'EXCEL\tPivot tables, Food cost sheets',
        'LEADERSHIP\tRota planning, Coaching new cooks',
        'LANGUAGES\tWelsh (native), English (fluent)',
        'EXPERIENCE',
        'The Copper Pot',
        'Head Baker\tJun 2020 - Present',
      ].join('\n'),
    );
    expect(resume.skills).toEqual([
      { name: 'BAKING', keywords: ['Sourdough', 'Laminated dough', 'Piping'] },
      { name: 'EXCEL', keywords: ['Pivot tables', 'Food cost sheets'] },
      { name: 'LEADERSHIP', keywords: ['Rota planning', 'Coaching new cooks'] },
      { name: 'LANGUAGES', keywords: ['Welsh (native)', 'English (fluent)'] },
    ]);
    expect(resume.languages).toBeUndefined();
    expect(resume.work?.[0]).toMatchObject({ name: 'The Copper Pot', position: 'Head Baker' });
  });

  it('never keeps a main section in the gutter beside its first line inside the skills', () => {
    const resume = parseSections(
      [...top, 'BAKING\tSourdough, Laminated dough', 'COSTING\tFood cost control, Margins', 'EDUCATION\tCardiff Metropolitan University, Cardiff', 'BSc Baking Science'].join('\n'),
    );
    expect(resume.skills?.map((skill) => skill.name)).toEqual(['BAKING', 'COSTING']);
    expect(resume.education?.[0]?.institution).toBe('Cardiff Metropolitan University');
  });
});

describe('a spoken language with its level in a plain skills list', () => {
  it('stays as written, while a skill with a level word keeps the level apart', () => {
    const resume = parseSections([...top, 'Sourdough, Excel (advanced), Welsh (native), Spanish (fluent), Portuguese (B2)'].join('\n'));
    expect(resume.skills).toEqual([
      { name: 'Sourdough' },
      { name: 'Excel', level: 'advanced' },
      { name: 'Welsh (native)' },
      { name: 'Spanish (fluent)' },
      { name: 'Portuguese (B2)' },
    ]);
  });

  it('is a name and its level when printed as "Name (level):"', () => {
    const resume = parseSections([...top, 'Welsh (native):'].join('\n'));
    expect(resume.skills).toEqual([{ name: 'Welsh', level: 'native' }]);
  });
});

describe('two skills written as one chip with a slash', () => {
  it('stay one skill as written; set apart by spaces they are two', () => {
    const resume = parseSections([...top, 'Excel/VBA, Terraform / Pulumi, Python'].join('\n'));
    expect(resume.skills).toEqual([{ name: 'Excel/VBA' }, { name: 'Terraform' }, { name: 'Pulumi' }, { name: 'Python' }]);
  });

  it('is one known piece among skills set apart by spaces only', () => {
    expect(splitSpacedSkills('Tableau Excel/VBA Docker', loadSkillVocabulary())).toEqual(['Tableau', 'Excel/VBA', 'Docker']);
    expect(splitSpacedSkills('Tableau Excel/Zorblax', loadSkillVocabulary())).toBeUndefined();
  });
});
