/**
 * Education entries written as people write them and the reader once missed: a certification
 * named whole under the provider that awarded it, degrees in Japanese, Chinese and Korean, and a
 * field of several words printed between a school whose name ends in "of … and …" and its degree.
 * Every resume here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

type Schools = ReturnType<typeof parseSections>['education'];
const rows = (education: Schools) => (education ?? []).map((school) => [school.institution, school.studyType, school.area]);
const schools = (lines: string[]) => rows(parseSections(['Mina Sato', 'mina@example.jp', 'Education', ...lines].join('\n')).education);

describe('a certification named whole', () => {
  it('is the credential of the provider over it, not a field', () => {
    expect(schools(['University of Harwick\t2015 – 2019', 'BSc, Physics', 'Skillforge\t2024 – 2024', 'Cloud Architect Certification'])).toEqual([
      ['University of Harwick', 'BSc', 'Physics'],
      ['Skillforge', 'Cloud Architect Certification', undefined],
    ]);
  });

  it('is read with its dates after a comma', () => {
    expect(schools(['University of Harwick', 'BSc, Physics, 2015 – 2019', '', 'Skillforge', 'Cloud Architect Certification, 2024'])).toEqual([
      ['University of Harwick', 'BSc', 'Physics'],
      ['Skillforge', 'Cloud Architect Certification', undefined],
    ]);
  });
});

describe('a certification over its provider', () => {
  it('takes the name under it for the provider, not a field', () => {
    expect(schools(['MSc, Physics', 'University of Harwick', '2015 – 2017', 'Cloud Architect Certification', 'Skillforge', '2024'])).toEqual([
      ['University of Harwick', 'MSc', 'Physics'],
      ['Skillforge', 'Cloud Architect Certification', undefined],
    ]);
  });
});

describe('degrees in Japanese, Chinese and Korean', () => {
  it.each([
    ['修士, 情報工学', '修士', '情報工学'],
    ['硕士, 计算机科学', '硕士', '计算机科学'],
    ['학사, 경영학', '학사', '경영학'],
  ])('reads %s', (line, degree, field) => {
    expect(schools(['Harwick University\tApr 2016 – Mar 2018', line])).toEqual([['Harwick University', degree, field]]);
  });
});

describe('a field between a school named "… of X and Y" and its degree', () => {
  it('is the field, not the rest of the school', () => {
    expect(schools(['Kestrel College of Music and Drama', 'Sound Design', 'Bachelor of Arts', '2012 - 2016'])).toEqual([
      ['Kestrel College of Music and Drama', 'Bachelor of Arts', 'Sound Design'],
    ]);
  });

  it('is read in Spanish', () => {
    expect(schools(['Universidad del Norte Alto', 'Finanzas', 'Maestría', '2017 - 2019'])).toEqual([['Universidad del Norte Alto', 'Maestría', 'Finanzas']]);
  });
});
