/**
 * Skill chips in Title Case a space apart, as a DOCX converted from a theme's HTML prints them
 * when only CSS set them apart ("Curriculum Design Classroom Management …"): where no capital
 * shows the border, a chip's head noun ends it, a modifier goes on, and a maker's name that only
 * prefixes products takes the next word (issue 13, round eight). Every row is written for the
 * test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { isHeadNoun, isMakerPrefix, isModifier } from '../../src/resume/sections/chip-words.ts';
import { parseSkills } from '../../src/resume/sections/parse-skills.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';
import { separateRunTogetherChips } from '../../src/resume/sections/separate-run-together-chips.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const vocabulary = loadSkillVocabulary();
// A group heading styled one level below "Skills", over the one paragraph of its chips.
const styledGroup = (name: string, row: string) =>
  parseSkills(toResumeLines(`${name}\n${row}`), vocabulary, { groupHeadings: new Set([name.toLowerCase()]) }).flatMap((skill) => skill.keywords ?? []);
const labelled = (row: string) => parseSkills(toResumeLines(row), vocabulary).flatMap((skill) => skill.keywords ?? []);

describe('the words that tell where a Title Case chip ends', () => {
  it('knows head nouns, modifiers and makers by their form or from the vocabulary', () => {
    expect(['Management', 'Instruction', 'Testing', 'Design', 'Analysis'].every(isHeadNoun)).toBe(true);
    expect(['Quarry', 'Harbour', 'Kettle'].some(isHeadNoun)).toBe(false);
    expect(['Differentiated', 'Technical', 'Predictive', 'Advanced', 'First'].every(isModifier)).toBe(true);
    expect(['Lantern', 'Osprey'].some(isModifier)).toBe(false);
    expect(isMakerPrefix('Microsoft', vocabulary)).toBe(true);
    expect(isMakerPrefix('Kubernetes', vocabulary)).toBe(false);
  });
});

describe('chips in Title Case a space apart under a styled group heading', () => {
  it('ends a chip of two plain words at its head noun', () => {
    expect(styledGroup('Pastoral', 'Lesson Planning Behaviour Management Restorative Practice Parent Communication')).toEqual([
      'Lesson Planning',
      'Behaviour Management',
      'Restorative Practice',
      'Parent Communication',
    ]);
  });

  it('keeps a modifier with the noun after it, a level even before a known skill', () => {
    expect(styledGroup('Office', 'Advanced Excel Predictive Maintenance Quarry Kettle')).toEqual(['Advanced Excel', 'Predictive Maintenance', 'Quarry', 'Kettle']);
    expect(styledGroup('Tools', 'Technical SEO Clinical Coding Osprey')).toEqual(['Technical SEO', 'Clinical Coding', 'Osprey']);
  });

  it('sets a known skill apart from a modifier that ends the product name before it', () => {
    const chips = styledGroup('Simulation', 'ANSYS Structural Abaqus Harlow');
    expect(chips).toContain('Abaqus');
    expect(chips).not.toContain('Structural Abaqus');
  });

  it('gives a maker prefix the word after it', () => {
    expect(styledGroup('Platforms', 'Microsoft Teams Google Sheets Osprey')).toEqual(['Microsoft Teams', 'Google Sheets', 'Osprey']);
  });

  it('reads names one word each, and an unknown acronym on the one name before it', () => {
    expect(styledGroup('Tools', 'Lantern Osprey Kettle')).toEqual(['Lantern', 'Osprey', 'Kettle']);
    expect(styledGroup('Sales', 'Pipedrive Salesforce CRM Osprey')).toEqual(['Pipedrive', 'Salesforce CRM', 'Osprey']);
    expect(styledGroup('Tools', 'WCAG JAWS')).toEqual(['WCAG', 'JAWS']);
  });

  it('gives a known name an unknown head noun, and an unknown name its acronym of up to five capitals', () => {
    expect(styledGroup('Tools', 'Jira Administration Kettle Marlin QVX Osprey')).toEqual(['Jira Administration', 'Kettle', 'Marlin QVX', 'Osprey']);
    expect(styledGroup('Design', 'Figma Prototyping Interaction Design Design Systems')).toEqual(['Figma', 'Prototyping', 'Interaction Design', 'Design Systems']);
  });

  it('keeps words joined by "&", "/" or "at", and a name ending in "!"', () => {
    expect(styledGroup('Finance', 'VAT 2024 Budgeting & reporting Costing / variance analysis Quizlet!')).toEqual([
      'VAT 2024',
      'Budgeting & reporting',
      'Costing / variance analysis',
      'Quizlet!',
    ]);
    expect(styledGroup('Safety', 'NEBOSH IOSH 2019 Working at Height Manual handling review Fire Marshal')).toContain('Working at Height');
  });
});

describe('chips after a group label', () => {
  it('are that group\'s list, whatever their case', () => {
    expect(labelled('Teaching (): Lesson Planning Behaviour Management Parent Communication')).toEqual(['Lesson Planning', 'Behaviour Management', 'Parent Communication']);
  });

  it('leave a sentence and a known phrase whole', () => {
    expect(separateRunTogetherChips('Cloud: Google Cloud Platform', vocabulary)).toBe('Cloud: Google Cloud Platform');
    expect(separateRunTogetherChips('Strong communicator with experience leading teams.', vocabulary)).toBe('Strong communicator with experience leading teams.');
  });
});

describe('chips a PDF set apart by column gaps', () => {
  it('joins a small word to the chip before it, unless either is a skill of its own', () => {
    expect(parseSkills(toResumeLines('Tooling\nSubcontractor\tprocurement\tscikit-learn\tstatsmodels\tdbt'), vocabulary).flatMap((skill) => skill.keywords ?? [])).toEqual([
      'Subcontractor procurement',
      'scikit-learn',
      'statsmodels',
      'dbt',
    ]);
  });
});
