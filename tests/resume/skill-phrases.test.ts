/**
 * Skills written as phrases, the way people outside software write them: a level in brackets
 * after a keyword, two ideas joined by "&" or " / " that make one skill. Every resume here is
 * written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { parseSkills } from '../../src/resume/sections/parse-skills.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const vocabulary = loadSkillVocabulary();
const read = (...lines: string[]) => parseSkills(toResumeLines(lines.join('\n')), vocabulary);

describe('a keyword with its level', () => {
  it('keeps the level a category keyword is written with', () => {
    expect(read('Spoken: Portuguese (native), German (intermediate), Excel - advanced')).toEqual([
      { name: 'Spoken', keywords: ['Portuguese (native)', 'German (intermediate)', 'Excel - advanced'] },
    ]);
  });

  it('still splits the level off a skill on a line of its own', () => {
    expect(read('Welsh (fluent)')).toEqual([{ name: 'Welsh', level: 'fluent' }]);
  });
});

describe('phrases joined by "&" or " / "', () => {
  it('keeps a phrase in sentence case whole', () => {
    expect(read('Commercial: Budgeting & forecasting, Costing / variance analysis, Menu and allergen planning')).toEqual([
      { name: 'Commercial', keywords: ['Budgeting & forecasting', 'Costing / variance analysis', 'Menu and allergen planning'] },
    ]);
  });

  it('keeps two programmes written with a spaced slash as one skill when neither is a known tool', () => {
    expect(read('Curricula: A-level / GCSE Chemistry, Cambridge IGCSE')).toEqual([
      { name: 'Curricula', keywords: ['A-level / GCSE Chemistry', 'Cambridge IGCSE'] },
    ]);
  });

  it('still splits known tools apart at " / ", "&" and "and"', () => {
    expect(read('Stack: Ansible / Puppet, Python and pandas, Docker & Kubernetes')).toEqual([
      { name: 'Stack', keywords: ['Ansible', 'Puppet', 'Python', 'pandas', 'Docker', 'Kubernetes'] },
    ]);
  });

  it('reads a line of tools apart by slashes as a list, not a sentence', () => {
    expect(read('Go / gRPC / Redis / Python / MySQL / Terraform / GCP').map((skill) => skill.name)).toEqual([
      'Go', 'gRPC', 'Redis', 'Python', 'MySQL', 'Terraform', 'GCP',
    ]);
  });
});

describe('a sidebar of skill phrases no vocabulary knows', () => {
  it('reads the run under the contact details as skills, joining the phrases the column wrapped', () => {
    const resume = parseSections(
      [
        'Bronwen Pryce',
        'Head Chef',
        'About',
        'Cardiff GB',
        'bronwen.pryce@example.org',
        '+44 7700 900 456',
        'Kitchen',
        'Menu costing',
        'Allergen management',
        'Stock rotation for',
        'banqueting',
        'Seasonal sourcing / supplier',
        'relations',
        'Food safety (Level 3)',
        'Brigade leadership',
        'Experience',
        'The Quay Kitchen\t03/2019 - Present',
        'Head Chef',
      ].join('\n'),
    );
    expect(resume.skills).toEqual([
      {
        name: 'Kitchen',
        keywords: ['Menu costing', 'Allergen management', 'Stock rotation for banqueting', 'Seasonal sourcing / supplier relations', 'Food safety (Level 3)', 'Brigade leadership'],
      },
    ]);
  });
});

describe('a category printed over its level', () => {
  it('takes the level line as the category\'s level, not as a skill', () => {
    expect(read('Kitchen & Pastry', 'Advanced', 'Laminated doughs, Sugar work,', 'Menu costing', 'Front of house', 'Wine pairing, Table service')).toEqual([
      { name: 'Kitchen & Pastry', level: 'Advanced', keywords: ['Laminated doughs', 'Sugar work', 'Menu costing'] },
      { name: 'Front of house', keywords: ['Wine pairing', 'Table service'] },
    ]);
  });
});

describe('a year or version the column wrapped onto the next line', () => {
  it('stays with the name it ends', () => {
    expect(read('Procurement', 'FIDIC Red Book, JCT D&B', '2016, Cost value reconciliation,', 'Subcontract tendering')).toEqual([
      { name: 'Procurement', keywords: ['FIDIC Red Book', 'JCT D&B 2016', 'Cost value reconciliation', 'Subcontract tendering'] },
    ]);
  });
});
