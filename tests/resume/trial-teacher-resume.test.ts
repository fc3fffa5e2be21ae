/**
 * What a new user's trial found in a teacher's resume printed to PDF (session 34): a job heading
 * "Title — Employer, Board" wrapped onto a second line, highlights that open with their year, a
 * skills table read with its header row and its Markdown rule, and a degree's field written in
 * brackets. Every resume here is written for the test; none is the trial's or the corpus's.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { parseSkills } from '../../src/resume/sections/parse-skills.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const header = ['Elena Brandt', 'elena.brandt@example.org · 613 555 0148'];
const jobs = (lines: string[]) =>
  (parseSections([...header, 'Experience', ...lines].join('\n')).work ?? []).map((job) => [job.name, job.position, job.startDate, job.endDate ?? null]);

describe('a job heading "Title — Employer" wrapped onto a second line', () => {
  it('joins the rest of the employer, whether the line opens a name or goes on with one', () => {
    expect(
      jobs([
        'Head of Science — Westbrook',
        'Collegiate Institute, Eastgate District School Board',
        '2019 – Present',
        'Led a department of eleven teachers through the move to the new curriculum',
        'Science Teacher — Harbour Heights Secondary School, Eastgate',
        'District School Board',
        '2012 – 2019',
        'Taught grade 11 chemistry and physics to four classes a year, 120 students',
        'Volunteer Tutor — Reading Bridges',
        'Foundation',
        '2010 – 2012',
        'Tutored adult learners for the provincial literacy test every Saturday',
      ]),
    ).toEqual([
      ['Westbrook Collegiate Institute, Eastgate District School Board', 'Head of Science', '2019', null],
      ['Harbour Heights Secondary School, Eastgate District School Board', 'Science Teacher', '2012', '2019'],
      ['Reading Bridges Foundation', 'Volunteer Tutor', '2010', '2012'],
    ]);
  });

  it('joins it when the dates come first, and when they sit beside the wrapped rest', () => {
    const long = 'Wrote the grade 9 science units that forty schools of the board now use';
    expect(jobs(['Sep 2019 – Present', 'Head of Science — Westbrook', 'Collegiate Institute, Eastgate District School Board', long])).toEqual([
      ['Westbrook Collegiate Institute, Eastgate District School Board', 'Head of Science', '2019-09', null],
    ]);
    expect(jobs(['Curriculum Consultant — Eastgate Regional School Board, Student', 'Achievement Services\tSep 2018 – Present', long])).toEqual([
      ['Eastgate Regional School Board, Student Achievement Services', 'Curriculum Consultant', '2018-09', null],
    ]);
  });

  it('still reads a place on the line under the heading as where the job was', () => {
    const resume = parseSections(
      [
        ...header,
        'Experience',
        'Science Teacher — Harbour Heights Secondary School',
        'Hamilton, Ontario',
        '2012 – 2019',
        'Taught grade 11 chemistry and physics to four classes a year, 120 students',
      ].join('\n'),
    );
    expect(resume.work?.map((job) => [job.name, job.position])).toEqual([['Harbour Heights Secondary School', 'Science Teacher']]);
  });
});

describe('a highlight that opens with its year', () => {
  it('stays a highlight of its job when the PDF lost its list glyph', () => {
    const resume = parseSections(
      [
        ...header,
        'Experience',
        'Science Teacher — Lakeview Secondary School',
        '2012 – 2018',
        '2016 regional teaching award for the robotics club',
        '2017: led the move to standards-based grading',
        'Lab Technician — Northfield College',
        '2009 – 2012',
        'Ran the chemistry labs',
      ].join('\n'),
    );
    expect(resume.work?.map((job) => [job.position, job.startDate, job.endDate, job.highlights])).toEqual([
      ['Science Teacher', '2012', '2018', ['2016 regional teaching award for the robotics club', '2017: led the move to standards-based grading']],
      ['Lab Technician', '2009', '2012', ['Ran the chemistry labs']],
    ]);
  });

  it('finishes the sentence before it when that one was cut after "the"', () => {
    const resume = parseSections(
      [...header, 'Experience', 'Science Teacher — Lakeview Secondary School', '2012 – 2018', 'Ran make-up labs for students who missed class during the', '2015 flood closures.', 'Coached the robotics club'].join('\n'),
    );
    expect(resume.work?.map((job) => [job.position, job.highlights])).toEqual([
      ['Science Teacher', ['Ran make-up labs for students who missed class during the 2015 flood closures.', 'Coached the robotics club']],
    ]);
  });
});

describe('a skills table', () => {
  const vocabulary = loadSkillVocabulary();
  const read = (...lines: string[]) => parseSkills(toResumeLines(lines.join('\n')), vocabulary);

  it('reads a Markdown table without its header row or its rule', () => {
    expect(read('| Area | Tools and methods |', '| --- | :--- |', '| Assessment | Rubrics, Google Classroom |', '| Science | Lab safety, Vernier probes |')).toEqual([
      { name: 'Assessment', keywords: ['Rubrics', 'Google Classroom'] },
      { name: 'Science', keywords: ['Lab safety', 'Vernier probes'] },
    ]);
  });

  it('reads the rows under a level column as skills with their levels, in cells apart by tabs', () => {
    expect(read('Skill\tLevel', 'Python\tAdvanced', 'Excel\tExpert')).toEqual([
      { name: 'Python', level: 'Advanced' },
      { name: 'Excel', level: 'Expert' },
    ]);
  });

  it('drops a horizontal rule between groups', () => {
    expect(read('Teaching: Differentiated instruction, Rubrics', '***', 'Tools: Google Classroom, SMART Board', '___')).toEqual([
      { name: 'Teaching', keywords: ['Differentiated instruction', 'Rubrics'] },
      { name: 'Tools', keywords: ['Google Classroom', 'SMART Board'] },
    ]);
  });

  it('keeps groups named side by side as columns', () => {
    expect(read('Languages | Tools', 'Python | Docker', 'Go | Terraform').flatMap((skill) => [skill.name, ...(skill.keywords ?? [])])).toEqual(
      expect.arrayContaining(['Python', 'Docker', 'Go', 'Terraform']),
    );
  });
});

describe('a degree with its field in brackets', () => {
  const education = (...lines: string[]) => parseSections([...header, 'Education', ...lines].join('\n')).education ?? [];

  it('reads the bracket as the field, commas and all', () => {
    expect(education('Bachelor of Education (Intermediate/Senior, Mathematics)', 'Lakehead University, Thunder Bay, ON', '2014 – 2015')).toEqual([
      { studyType: 'Bachelor of Education', area: 'Intermediate/Senior, Mathematics', institution: 'Lakehead University', startDate: '2014', endDate: '2015' },
    ]);
    expect(education('Lakehead University — Bachelor of Education (Primary/Junior, Science), 2015')).toEqual([
      { institution: 'Lakehead University', studyType: 'Bachelor of Education', area: 'Primary/Junior, Science', endDate: '2015' },
    ]);
  });

  it('keeps a school whose name wrapped after the degree one school', () => {
    expect(education('Bachelor of Education (Intermediate/Senior, Physics) — Ontario', 'Institute for Teacher Studies (OITS), Lakeshore University, 2015')).toEqual([
      {
        institution: 'Ontario Institute for Teacher Studies (OITS), Lakeshore University',
        studyType: 'Bachelor of Education',
        area: 'Intermediate/Senior, Physics',
        endDate: '2015',
      },
    ]);
  });

  it('reads a specialisation or a grade in brackets as no part of the field', () => {
    expect(education('Bachelor of Science in Nursing (Specialisation: Paediatrics), University of Leeds, 2007')[0]).toMatchObject({
      studyType: 'Bachelor of Science',
      area: 'Nursing',
      institution: 'University of Leeds',
    });
    expect(education('B.Sc. (Hons) Nursing, Specialisation: Paediatrics', 'University of Leeds, 2003 – 2007')[0]).toMatchObject({
      studyType: 'B.Sc. (Hons)',
      area: 'Nursing',
    });
    expect(education('MSc (Distinction) Data Science, University of Bath, 2019')[0]).toMatchObject({ studyType: 'MSc', area: 'Data Science', score: 'Distinction' });
  });
});
