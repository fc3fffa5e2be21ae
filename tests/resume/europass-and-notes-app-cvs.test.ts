/**
 * CVs made in the Europass editor and in a notes app, as a new user imported them, read as their habits
 * ask: the Europass "ABOUT MYSELF" heading over the summary; its language grid printed one language a line
 * over that language's levels ("ENGLISH" / "C1 ⇥ C1"), then the grid's other headers with levels only and a
 * legend; "EQF level 6" under a school; a tag cloud whose row held one skill ("VBA") between rows of cells;
 * and a Markdown file's YAML front matter ("updated: 2026-11-28", "id: 20261128093000"), which describes the
 * note and is no phone number. Every resume here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const europass = [
  'Rita Gomes',
  'Email address: rita.gomes@example.pt',
  'ABOUT MYSELF',
  'Planner with nine years in retail replenishment, moving into data analysis. I build dashboards and',
  'queries my teams use every day.',
  'EDUCATION AND TRAINING',
  '01/09/2008 – 15/07/2012 Porto, Portugal',
  'LICENCIATURA EM ECONOMIA',
  'Universidade do Minho',
  'EQF level 6',
  'LANGUAGE SKILLS',
  'Mother tongue(s): PORTUGUESE',
  'Other language(s):',
  'UNDERSTANDING',
  'Listening\tReading',
  'FRENCH',
  'C1\tC1',
  'ITALIAN',
  'B2\tB1',
  'SPEAKING',
  'Spoken production\tSpoken interaction',
  'C1',
  'B1',
  'WRITING',
  'C1',
  'B1',
  'Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user',
  'DIGITAL SKILLS',
  'SQL\tPower BI\tMicrosoft Excel',
  'VBA',
  'Python (pandas)\tSAP',
].join('\n');

describe('a CV from the Europass editor', () => {
  const resume = parseSections(europass);

  it('reads the whole paragraph under "ABOUT MYSELF" as the summary', () => {
    expect(resume.basics?.summary).toBe(
      'Planner with nine years in retail replenishment, moving into data analysis. I build dashboards and queries my teams use every day.',
    );
  });

  it('reads each language of the grid with the levels under its name, and no grid word as a language', () => {
    expect(resume.languages).toEqual([
      { language: 'PORTUGUESE', fluency: 'native' },
      { language: 'FRENCH', fluency: 'C1' },
      { language: 'ITALIAN', fluency: 'B1–B2' },
    ]);
  });

  it('keeps "EQF level 6" out of the school', () => {
    expect(resume.education?.map((school) => [school.institution, school.studyType, school.area, school.startDate, school.endDate])).toEqual([
      ['Universidade do Minho', 'LICENCIATURA', 'ECONOMIA', '2008-09', '2012-07'],
    ]);
  });

  it('reads a row of one skill in a tag cloud as a skill, not a group', () => {
    expect(resume.skills?.map((skill) => [skill.name, skill.keywords])).toEqual([
      ['SQL', undefined],
      ['Power BI', undefined],
      ['Microsoft Excel', undefined],
      ['VBA', undefined],
      ['Python (pandas)', undefined],
      ['SAP', undefined],
    ]);
  });
});

describe('a Markdown CV with YAML front matter', () => {
  it('reads the person, not the note', () => {
    const text = [
      '---', 'title: CV — Rita Gomes', 'id: 20261128093000', 'tags: [carreira, cv]', 'updated: 2026-11-28', '---', '',
      '# Rita Gomes', '', 'Porto, Portugal · rita@example.pt · +351 913 555 010', '',
      '## Experience', '**Analyst** · Quinta Dados · Porto', '*Mar 2019 – Present*', '- Built reports',
    ].join('\n');
    const resume = parseSections(text);
    expect([resume.basics?.name, resume.basics?.phone, resume.basics?.email]).toEqual(['Rita Gomes', '+351 913 555 010', 'rita@example.pt']);
    expect(resume.work?.map((job) => [job.name, job.position])).toEqual([['Quinta Dados', 'Analyst']]);
  });
});
