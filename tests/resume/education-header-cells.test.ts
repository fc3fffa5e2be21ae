/**
 * Education headers as two-column themes set them ("Degree Field at School    dates", the name
 * wrapped onto the next line), a degree named with its field and a colon, a school set tight
 * against its dates, a school named over its dates with the degree under them, and a "Courses"
 * label inside one school's entry. Every resume here is written for the test; none is taken
 * from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

type Schools = ReturnType<typeof parseSections>['education'];
const rows = (education: Schools) => (education ?? []).map((school) => [school.institution, school.studyType, school.area]);
const parse = (lines: string[]) => parseSections(['Ola Berg', 'ola@example.com', 'Education', ...lines].join('\n'));
const schools = (lines: string[]) => rows(parse(lines).education);

describe('a school name wrapped out of its header cell', () => {
  it('takes back the town of a school', () => {
    expect(schools(['Diplom Informatik at Technische Hochschule    Oct 2010 - Sep 2014', 'Berlin'])).toEqual([
      ['Technische Hochschule Berlin', 'Diplom', 'Informatik'],
    ]);
  });

  it('takes back a name cut at "of" even when the rest reads like a title', () => {
    expect(schools(['BCom Accountancy at The Academy of    Jan 2014 - Jan 2017', 'Certified Accountants of Ruritania'])).toEqual([
      ['The Academy of Certified Accountants of Ruritania', 'BCom', 'Accountancy'],
    ]);
  });

  it('takes back a name with a number and small words in it', () => {
    expect(schools(['Technik elektryk Elektryka at Zespół Szkół    Jan 2001 - Jan 2005', 'Technicznych nr 3 w Opolu'])).toEqual([
      ['Zespół Szkół Technicznych nr 3 w Opolu', 'Technik elektryk', 'Elektryka'],
    ]);
  });

  it('splits a school set tight against its dates', () => {
    expect(schools(['MSc Geology at HarwickSept 2013 - Dec 2015', 'University, Faculty of Earth Sciences'])).toEqual([
      ['Harwick University, Faculty of Earth Sciences', 'MSc', 'Geology'],
    ]);
  });
});

describe('a degree named with its field, then a colon and the field', () => {
  it('keeps "in Midwifery" with the degree', () => {
    expect(schools(['2015 to 2018', 'Brackwater University', 'Bachelor of Science in Midwifery: Midwifery'])).toEqual([
      ['Brackwater University', 'Bachelor of Science in Midwifery', 'Midwifery'],
    ]);
  });
});

describe('a school with no school word, named over its dates', () => {
  it('heads the degree under the dates', () => {
    expect(schools(['University of Harwick', '09/2012 - 06/2015', 'BSc Physics', 'Hyper Island', '03/2019 - 06/2019', 'Certificate UX Design'])).toEqual([
      ['University of Harwick', 'BSc', 'Physics'],
      ['Hyper Island', 'Certificate', 'UX Design'],
    ]);
  });
});

describe('a "Courses" label inside a school\'s entry', () => {
  it('lists that school\'s courses and lets the next school follow', () => {
    const education = parse([
      'University of Harwick',
      'BSc in Physics',
      'Sep 2012 – Jun 2015',
      'Courses',
      'Optics',
      'Solid State Physics',
      'Harwick Sixth Form College',
      'A Levels in Physics and Chemistry',
      'Sep 2010 – Jun 2012',
    ]).education;
    expect(rows(education)).toEqual([
      ['University of Harwick', 'BSc', 'Physics'],
      ['Harwick Sixth Form College', 'A Levels', 'Physics and Chemistry'],
    ]);
    expect(education?.[0]?.courses).toEqual(['Optics', 'Solid State Physics']);
  });
});

describe('a field wrapped onto the line of its dates', () => {
  it('joins the last words of the field back onto the degree', () => {
    expect(schools(['University of Harwick', 'Bachelor of Science: Mechanical Engineering and Applied', 'Mathematics | 2006 TO 2010'])).toEqual([
      ['University of Harwick', 'Bachelor of Science', 'Mechanical Engineering and Applied Mathematics'],
    ]);
  });
});
