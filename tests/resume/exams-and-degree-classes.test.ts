/**
 * "Education & Training" as people outside the theme galleries write it (trial s48 #3): an exam or test on a
 * line "Name – Place – Year" keeps its name, as a certificate; a language test is also the language, at the
 * level the line gives; a degree's class ("Second Class Upper", "2:1", "mit Auszeichnung") is its grade,
 * never part of the school's name. Every person here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseEducation } from '../../src/resume/sections/parse-education.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';

const cv = (...education: string[]) =>
  parseSections(['Ifeoma Chukwu', 'ifeoma.chukwu@example.com', '', 'Experience', 'Midwife, Leeds Teaching Hospitals NHS Trust', '2020 – Present', '', 'Education & Training', ...education].join('\n'));

describe('exams and tests under Education & Training', () => {
  it('reads "Name – Place – Year" as a certificate with its name, where it was sat and its year', () => {
    const resume = cv('NMC Test of Competence Part 2 (OSCE) – Oxford Brookes Test Centre – 2020', 'BSc Midwifery – University of Ibadan – 2014');
    expect(resume.certificates).toEqual([{ name: 'NMC Test of Competence Part 2 (OSCE)', issuer: 'Oxford Brookes Test Centre', date: '2020' }]);
    expect(resume.education).toEqual([{ institution: 'University of Ibadan', studyType: 'BSc', area: 'Midwifery', endDate: '2014' }]);
  });

  it('reads a language test as a certificate and as the language at the level it gives', () => {
    const resume = cv('OET Nursing – Grade B – 2021', 'DELF B2 – Institut français de Lagos – 2017');
    expect(resume.certificates).toEqual([
      { name: 'OET Nursing (Grade B)', date: '2021' },
      { name: 'DELF B2', issuer: 'Institut français de Lagos', date: '2017' },
    ]);
    expect(resume.languages).toEqual([
      { language: 'English', fluency: 'OET Nursing, grade B' },
      { language: 'French', fluency: 'DELF B2' },
    ]);
  });

  it('never adds a tested language the resume lists itself', () => {
    const resume = parseSections(
      ['Ifeoma Chukwu', 'ifeoma.chukwu@example.com', '', 'Education', 'IELTS Academic – Overall 8.0 – 2019', '', 'Languages', 'English (fluent), Igbo (native)'].join('\n'),
    );
    expect(resume.languages?.map((language) => language.language)).toEqual(['English', 'Igbo']);
  });

  it('leaves a course named like a test to the Education section when it names a school and a degree', () => {
    expect(cv('Diploma in Software Testing – Lagos Business School – 2016').certificates).toBeUndefined();
  });
});

describe('a degree’s class', () => {
  const read = (line: string) => parseEducation(toResumeLines(line));

  it('is the grade, never the end of the school’s name', () => {
    expect(read('BSc Nursing, University of Ghana, Second Class Upper, 2016')).toEqual([
      { institution: 'University of Ghana', studyType: 'BSc', area: 'Nursing', endDate: '2016', score: 'Second Class Upper' },
    ]);
    expect(read('BEng Civil Engineering, University of Lagos, Second Class Honours (Lower Division), 2012')[0]).toMatchObject({
      institution: 'University of Lagos',
      score: 'Second Class Honours (Lower Division)',
    });
    expect(read('MA Geschichte – Universität Graz – mit Auszeichnung – 2013')[0]).toMatchObject({ institution: 'Universität Graz', score: 'mit Auszeichnung' });
    expect(read('BA Philosophy, Boston College, magna cum laude, 2009')[0]).toMatchObject({ institution: 'Boston College', score: 'magna cum laude' });
  });
});
