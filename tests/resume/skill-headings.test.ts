/**
 * Skills sections whose heading qualifies the word "Skills" in a way no list of headings
 * holds ("Transferable Skills", "Professional Skills Summary"). Every resume here is written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { headingKind } from '../../src/resume/sections/find-sections.ts';

describe('a Skills heading with a qualifier', () => {
  it('opens the skills section', () => {
    for (const heading of ['Transferable Skills', 'PROFESSIONAL SKILLS SUMMARY', 'Clinical Skills & Tools', 'Leadership Competencies']) {
      expect(headingKind(heading)).toBe('skills');
    }
    const resume = parseSections(['Oona Pikkarainen', 'oona@example.fi', 'Professional Skills Summary', 'Kitchen: HACCP, Menu costing', 'Experience'].join('\n'));
    expect(resume.skills).toEqual([{ name: 'Kitchen', keywords: ['HACCP', 'Menu costing'] }]);
  });

  it('leaves language skills and sentences about skills alone', () => {
    expect(headingKind('Language skills')).toBe('languages');
    expect(headingKind('Taught soft skills to new hires in weekly sessions')).toBeUndefined();
  });
});

describe('a group of skills named like a section', () => {
  it('stays a category of the skills under a Skills heading', () => {
    const resume = parseSections(['Oona Pikkarainen', 'Skills', 'Kitchen', '• HACCP', '• Menu costing', 'Leadership', '• Rota planning', '• Supplier talks'].join('\n'));
    expect(resume.skills).toEqual([
      { name: 'Kitchen', keywords: ['HACCP', 'Menu costing'] },
      { name: 'Leadership', keywords: ['Rota planning', 'Supplier talks'] },
    ]);
  });

  it('stays a category after a sidebar whose first category is "Languages" over programming languages', () => {
    const resume = parseSections(['Oona Pikkarainen', 'Languages', 'Kotlin', 'Swift', 'Leadership', 'Rota planning', 'Supplier talks', 'Experience'].join('\n'));
    expect(resume.skills?.flatMap((skill) => skill.keywords ?? [skill.name]).sort()).toEqual(['Kotlin', 'Rota planning', 'Supplier talks', 'Swift']);
  });

  it('still opens its section after other sections', () => {
    const resume = parseSections(['Oona Pikkarainen', 'Experience', 'Cook, Tavola Oy', '2019 – 2022', 'Leadership', '• Chaired the staff council'].join('\n'));
    expect(resume.skills).toBeUndefined();
  });
});

describe('skills set as tags under their categories', () => {
  // Tags set side by side reach the text with tabs between them; a category may carry its level.
  const tagged = (categories: readonly string[]) =>
    parseSections(['Oona Pikkarainen', 'oona@example.fi', 'SKILLS', ...categories, 'EXPERIENCE', 'Cook, Tavola Oy', '2019 – 2022'].join('\n'));
  const keywordsOf = (resume: ReturnType<typeof parseSections>, name: string) => resume.skills?.find((skill) => skill.name === name)?.keywords;

  it('reads a category named like a section ("Leadership", "Certifications") after a category with its level', () => {
    const resume = tagged([
      'Kitchen — Expert',
      'HACCP\tSous vide\tMenu costing\tFermentation',
      'Leadership',
      'Rota planning and hiring\tSupplier negotiations\tStaff training\tFood cost reviews',
      'Certifications',
      'Food hygiene level 3\tFirst aid',
    ]);
    expect(keywordsOf(resume, 'Leadership')).toEqual(['Rota planning and hiring', 'Supplier negotiations', 'Staff training', 'Food cost reviews']);
    expect(keywordsOf(resume, 'Certifications')).toEqual(['Food hygiene level 3', 'First aid']);
  });

  it('reads "Languages" in the categories\' capitals as one more category, not a section of spoken languages', () => {
    const resume = tagged(['Kitchen', 'HACCP\tSous vide', 'Languages', 'Finnish\tSwedish\tItalian']);
    expect(keywordsOf(resume, 'Languages')).toEqual(['Finnish', 'Swedish', 'Italian']);
    expect(resume.languages ?? []).toEqual([]);
  });

  it('still opens a Languages section set in the headings\' capitals', () => {
    const resume = tagged(['Kitchen', 'HACCP\tSous vide', 'LANGUAGES', 'Finnish\tSwedish']);
    expect(keywordsOf(resume, 'Kitchen')).toEqual(['HACCP', 'Sous vide']);
    expect(resume.languages?.map((language) => language.language)).toEqual(['Finnish', 'Swedish']);
  });
});
