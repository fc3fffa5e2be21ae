/**
 * How drivers, nurses and pastry cooks write their skills and schools: a first group of skills named
 * like a section of certificates ("Licences & cards"), vocational degrees in French, Romanian and
 * British words, and kitchen titles at shops named by their trade. Every resume here is written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { degreeFamily, matchDegree } from '../../src/resume/sections/degree-pattern.ts';

// Every skill read, a group's name among them (a one-a-line list leaves no mark of which line labels the next).
const keywords = (resume: ReturnType<typeof parseSections>) => (resume.skills ?? []).flatMap((skill) => [skill.name ?? '', ...(skill.keywords ?? [])]);

describe('a first group of skills named like a section of certificates', () => {
  it('reads "Licences & permits" and the groups under it in a sidebar right under the contact lines as skills', () => {
    const resume = parseSections(
      [
        'Ilie Marinescu',
        'Plant Operator',
        'About',
        'Doncaster GB',
        'ilie.marinescu@example.org',
        '07700 900 733',
        'Licences & permits',
        'CPCS A58 dumper',
        'NPORS excavator',
        'CSCS blue card',
        'Machines',
        'JCB 3CX',
        'Volvo EC220',
        'Languages',
        'Romanian (native)',
        'English (good)',
        'Summary',
        'Plant operator with eight years on road and housing sites.',
        'Experience',
        'Dearne Civils Ltd',
        '03/2019 - Present',
        'Plant Operator',
      ].join('\n'),
    );
    expect(keywords(resume)).toEqual(expect.arrayContaining(['CPCS A58 dumper', 'NPORS excavator', 'CSCS blue card', 'JCB 3CX', 'Volvo EC220', 'Romanian (native)']));
    expect(resume.certificates).toBeUndefined();
  });

  it('reads such a group as the first of a Skills heading with nothing under it yet', () => {
    const resume = parseSections(
      [
        'Ilie Marinescu',
        'Plant Operator',
        'CONTACT',
        'ilie.marinescu@example.org',
        'SKILLS',
        'Licences & permits',
        'CPCS A58 dumper, NPORS excavator, CSCS blue card',
        'Machines',
        'JCB 3CX, Volvo EC220',
        'EXPERIENCE',
        'Plant Operator',
        'Dearne Civils Ltd | Mar 2019 – Present',
      ].join('\n'),
    );
    expect(keywords(resume)).toEqual(expect.arrayContaining(['CPCS A58 dumper', 'NPORS excavator', 'CSCS blue card', 'JCB 3CX', 'Volvo EC220']));
  });

  it('keeps a Certifications section under the contact lines, with its years, as certificates', () => {
    const resume = parseSections(
      ['Ilie Marinescu', 'About', 'ilie.marinescu@example.org', 'Certifications', 'CPCS A58 dumper (2019)', 'NPORS excavator (2021)', 'Experience', 'Dearne Civils Ltd', '03/2019 - Present', 'Plant Operator'].join('\n'),
    );
    expect(resume.certificates?.map((certificate) => certificate.name)).toEqual(['CPCS A58 dumper', 'NPORS excavator']);
  });
});

describe('vocational degrees in their own words', () => {
  it.each([
    ["Diplôme d'études professionnelles (DEP) Boulangerie", "Diplôme d'études professionnelles (DEP)"],
    ["Diplôme d'études collégiales (DEC) en soins infirmiers", "Diplôme d'études collégiales (DEC)"],
    ['CAP Cuisine', 'CAP'],
    ['Brevet de technicien supérieur, Hôtellerie', 'Brevet de technicien supérieur'],
    ['Diplomă de bacalaureat, Electrotehnică', 'Diplomă de bacalaureat'],
    ['Level 3 Extended Diploma in Motor Vehicle', 'Level 3 Extended Diploma'],
    ['NVQ Level 2 Professional Cookery', 'NVQ Level 2'],
  ])('finds the degree in "%s"', (text, degree) => {
    expect(matchDegree(text)?.[0]).toBe(degree);
    expect(degreeFamily(degree)).toBe('diploma');
  });

  it('reads a school, its French vocational degree and field', () => {
    const resume = parseSections(
      ['Jeanne Forestier', 'Education', "École hôtelière de Savoie", '2015 - 2017', "Diplôme d'études professionnelles (DEP) Boulangerie"].join('\n'),
    );
    expect(resume.education?.[0]).toMatchObject({ institution: 'École hôtelière de Savoie', studyType: "Diplôme d'études professionnelles (DEP)", area: 'Boulangerie' });
  });
});

describe('kitchen titles at shops named by their trade', () => {
  it('reads "Boulangerie X" as the employer and "Commis boulangère" as the title, whichever comes first', () => {
    for (const header of [['Boulangerie Lemaire', '09/2014 - 03/2017', 'Commis boulangère'], ['Commis boulangère', 'Boulangerie Lemaire | Sep 2014 – Mar 2017']]) {
      const resume = parseSections(['Jeanne Forestier', 'Experience', ...header, '• Shaped 400 baguettes a morning'].join('\n'));
      expect(resume.work?.[0]).toMatchObject({ name: 'Boulangerie Lemaire', position: 'Commis boulangère', startDate: '2014-09', endDate: '2017-03' });
    }
  });
});

describe('Australian vocational diplomas named with their field and national code', () => {
  it('reads "Diploma of X (CODE)" whole as the degree and X as the field', () => {
    expect(matchDegree('Advanced Diploma of Hospitality Management (SIT60322)')?.[0]).toBe('Advanced Diploma of Hospitality Management (SIT60322)');
    expect(matchDegree('Diploma in Nursing')?.[0]).toBe('Diploma');
    const resume = parseSections(['Kylie Brennan', 'Education', 'TAFE NSW – Ultimo', '2012 - 2014', 'Diploma of Nursing (HLT54115), Nursing'].join('\n'));
    expect(resume.education?.[0]).toMatchObject({ institution: 'TAFE NSW – Ultimo', studyType: 'Diploma of Nursing (HLT54115)', area: 'Nursing' });
  });
});
