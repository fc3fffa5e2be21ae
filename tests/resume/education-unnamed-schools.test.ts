/**
 * Schools whose names carry no school word (a bootcamp, a Brazilian ETEC, a liceo), school-leaving
 * qualifications ("Highers", "Diploma di maturità", "Baccalauréat"), and a field cut at an elided
 * article ("dell'" / "Automazione"). Every resume here is written for the test; none is taken
 * from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

type Schools = ReturnType<typeof parseSections>['education'];
const rows = (education: Schools) => (education ?? []).map((school) => [school.institution, school.studyType, school.area]);
const schools = (lines: string[]) => rows(parseSections(['Ola Berg', 'ola@example.com', 'Education', ...lines].join('\n')).education);

const university = ['University of Harwick', 'BSc, Physics, 2012 – 2015', ''];
const expectedUniversity = ['University of Harwick', 'BSc', 'Physics'];
const bootcamp = ['Hyper Island', 'Certificate', 'UX Design'];

describe('a school with no school word in its name', () => {
  it('is read beside a degree whose field is given ("Certificate in UX Design — Hyper Island")', () => {
    expect(schools(['Certificate in UX Design — Hyper Island', 'Mar 2019 – Jun 2019'])).toEqual([bootcamp]);
    expect(schools(['Certificate in UX Design at Hyper Island | Mar 2019 - Jun 2019'])).toEqual([bootcamp]);
    expect(schools(['Hyper Island | Certificate, UX Design | 03/2019 - 06/2019'])).toEqual([bootcamp]);
  });

  it('is read alone over the degree that follows it, after another school', () => {
    expect(schools([...university, 'Hyper Island', 'Certificate, UX Design, March 2019 – June 2019'])).toEqual([expectedUniversity, bootcamp]);
    expect(schools([...university, 'Hyper Island | Mar 2019 – Jun 2019', 'Certificate, UX Design'])).toEqual([expectedUniversity, bootcamp]);
  });

  it('is read alone under a degree and its field', () => {
    expect(schools(['Certificate, UX Design', 'Hyper Island', 'Mar 2019 – Jun 2019'])).toEqual([bootcamp]);
    expect(schools(['Técnico, Eletrônica', 'ETEC Vila Nova', '2006 – 2008'])).toEqual([['ETEC Vila Nova', 'Técnico', 'Eletrônica']]);
  });

  it('keeps a field written after a dash as the field', () => {
    expect(schools(['Harwick Academy | 2005 – 2011', 'Highers - Chemistry and Biology'])).toEqual([['Harwick Academy', 'Highers', 'Chemistry and Biology']]);
  });

  it('keeps a second wrapped word of the field when the school is named under it', () => {
    expect(schools(['Ijazah SMK, Teknik', 'Kendaraan Ringan', 'SMK Negeri 2 Kartasura', '2008 – 2011'])).toEqual([
      ['SMK Negeri 2 Kartasura', 'Ijazah SMK', 'Teknik Kendaraan Ringan'],
    ]);
  });
});

describe('school-leaving qualifications and schools named in their own language', () => {
  it.each([
    ['Harwick Academy', 'Highers', 'Chemistry and Biology'],
    ['Harwick Grammar School', 'A Levels', 'History and Latin'],
    ['Liceo Classico Alessandro Manzoni', 'Diploma di maturità', 'Classico'],
    ['Lycée Jean Moulin', 'Baccalauréat', 'Sciences'],
    ['Instituto Rosalía de Castro', 'Bachillerato', 'Ciencias'],
    ['Kendriya Vidyalaya No. 2 School', 'Class XII (CBSE)', 'Commerce'],
    ['Harwick Institute of Management', 'PGDM', 'Finance'],
    ['Government Secondary School Ikeja', 'WASSCE', 'Arts'],
    ['Trường THPT Nguyễn Trãi', 'Bằng tốt nghiệp THPT', 'Hóa học'],
  ])('reads %s with its %s', (institution, degree, area) => {
    expect(schools([institution, `${degree}, ${area}, 2004 – 2008`])).toEqual([[institution, degree, area]]);
  });
});

describe("a field cut after an elided article", () => {
  it('joins "Ingegneria dell\'" onto the rest', () => {
    expect(schools(['Laurea, Ingegneria', "dell'Informazione", 'Politecnico di Torino', '2015 – 2018'])).toEqual([
      ['Politecnico di Torino', 'Laurea', "Ingegneria dell'Informazione"],
    ]);
  });
});

describe('initials and hyphens inside a name', () => {
  it('reads initials that begin a school\'s name as the name, not a degree', () => {
    expect(schools(['K.L. Mehta Institute of Design', 'PGDM, Communication Design, 2018 – 2020'])).toEqual([
      ['K.L. Mehta Institute of Design', 'PGDM', 'Communication Design'],
    ]);
  });

  it('still reads dotted initials before a field as a degree', () => {
    expect(schools(['Universitas Harapan Timur', 'S.E., Akuntansi, 2008 – 2012'])).toEqual([['Universitas Harapan Timur', 'S.E.', 'Akuntansi']]);
  });

  it('joins a school name wrapped after initials', () => {
    expect(schools(['Class XII (CBSE), Commerce', 'Modern Public School, T.N.', 'Nagar', '2008 – 2010'])).toEqual([
      ['Modern Public School, T.N. Nagar', 'Class XII (CBSE)', 'Commerce'],
    ]);
  });

  it('keeps a hyphen between spaces inside a school\'s or a field\'s name', () => {
    expect(schools(['Trường THPT Lê Quý Đôn - Đà Nẵng', 'Bằng tốt nghiệp THPT, Hóa học, 2009 – 2012'])).toEqual([
      ['Trường THPT Lê Quý Đôn - Đà Nẵng', 'Bằng tốt nghiệp THPT', 'Hóa học'],
    ]);
    expect(schools(['Kỹ sư in Công nghệ Thông tin - Truyền thông — Đại học Cần Thơ', '2010 – 2015'])).toEqual([
      ['Đại học Cần Thơ', 'Kỹ sư', 'Công nghệ Thông tin - Truyền thông'],
    ]);
  });

  it('does not join a field named twice after a hyphen', () => {
    expect(schools(['Brackwater University', 'Bachelor of Science in Midwifery - Midwifery', '2015 - 2018'])).toEqual([
      ['Brackwater University', 'Bachelor of Science in Midwifery', 'Midwifery'],
    ]);
  });

  it('still reads a school after a hyphen as the school', () => {
    expect(schools(['Certificate - UX Design - Hyper Island', '2019'])).toEqual([bootcamp]);
  });
});

describe('an online course provider over the certificate it awards', () => {
  it('reads the provider as the school of a "Professional Certificate in …" under it', () => {
    expect(schools([...university, 'Edulane', 'Professional Certificate in Cloud Security', 'Jan 2023 – Apr 2023'])).toEqual([
      expectedUniversity,
      ['Edulane', 'Professional Certificate', 'Cloud Security'],
    ]);
  });
});

describe('a university known by its letters only', () => {
  it('reads "NTU" beside its dates over the field and the degree as the school', () => {
    expect(schools(['NTU 2019-08 — 2021-06', 'Data Science', 'Master of Science'])).toEqual([['NTU', 'Master of Science', 'Data Science']]);
  });
});
