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

describe('a degree printed with no field', () => {
  it.each(['High School Diploma in', 'Bachillerato -', 'Data Engineer Certification -'])('leaves no joiner for a field: %s', (degree) => {
    expect(schools(['Escola Vale Alto\t2004 – 2007', degree])).toEqual([['Escola Vale Alto', degree.replace(/\s+(?:in|-)$/u, ''), undefined]]);
  });

  it('reads "Bachillerato in" over "at School" with no field', () => {
    expect(schools(['Bachillerato in', 'at Colegio del Valle Alto', 'Aug 2004 - Jun 2007'])).toEqual([['Colegio del Valle Alto', 'Bachillerato', undefined]]);
  });

  it('takes no line after the dates for the field', () => {
    expect(schools(['Bachillerato', 'Colegio del Valle Alto', '2004 - 2007', '', 'Voluntariado'])).toEqual([['Colegio del Valle Alto', 'Bachillerato', undefined]]);
  });
});

describe('a field between the school (with its dates) and the degree', () => {
  it('is the field in every entry, whether or not the school has a school word', () => {
    expect(
      schools([
        'University of Harwick 2011 — 2015',
        'Economics',
        'Bachelor of Arts',
        'Skillforge 2021-01 — 2021-04',
        'Cloud Operations',
        'Professional Certificate',
      ]),
    ).toEqual([
      ['University of Harwick', 'Bachelor of Arts', 'Economics'],
      ['Skillforge', 'Professional Certificate', 'Cloud Operations'],
    ]);
  });

  it('keeps "at" inside a school\'s name ("The University of Northmoor at Kestrel")', () => {
    expect(schools(['The University of Northmoor at Kestrel 2011 — 2015', 'Marketing', 'Bachelor of Business Administration'])).toEqual([
      ['The University of Northmoor at Kestrel', 'Bachelor of Business Administration', 'Marketing'],
    ]);
  });
});

describe('a field written before a degree named with it', () => {
  it('keeps the degree whole ("Midwifery, Bachelor of Science in Midwifery")', () => {
    expect(schools(['Midwifery, Bachelor of Science in Midwifery', '2014 — 2018', 'Northmoor State University'])).toEqual([
      ['Northmoor State University', 'Bachelor of Science in Midwifery', 'Midwifery'],
    ]);
  });
});

describe('a Dutch field wrapped under its degree', () => {
  it('is read whole ("… in Toegepaste" / "Economie")', () => {
    expect(schools(['Hogeschool Noorderpoort', 'Bachelor of Business Administration in Toegepaste', 'Economie', 'Sep 2011 – Jun 2015'])).toEqual([
      ['Hogeschool Noorderpoort', 'Bachelor of Business Administration', 'Toegepaste Economie'],
    ]);
  });
});
