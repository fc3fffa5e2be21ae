/**
 * Education written degree first, as UK health and care CVs print it: "Degree Field – Class" over the
 * school over the dates. The class after the dash is the grade, never the start of the next line's
 * school; postgraduate awards and nursing degrees printed by their letters ("PgDip", "PG Cert",
 * "BNurs") and awards taken after registration ("Post-Basic Diploma …") are degrees. Every person
 * here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const cv = (...education: string[]) =>
  parseSections(
    ['Oluwaseun Adebayo', 'seun.adebayo@example.org | 07700 900614 | Sheffield', '', 'Employment History', 'Occupational Therapist', 'Sheffield Teaching Hospitals NHS Foundation Trust', 'May 2019 – Present', '', 'Education & Training', ...education].join('\n'),
  );

describe('a degree line with its class after a dash, over its school', () => {
  it('keeps the class as the grade and the school under it whole', () => {
    const resume = cv('BSc (Hons) Occupational Therapy – Upper Second Class Honours', 'Sheffield Hallam University', '09/2015 – 06/2018', 'MA Social Policy – Merit', 'University of York', '09/2012 – 09/2013');
    expect(resume.education).toEqual([
      { studyType: 'BSc (Hons)', area: 'Occupational Therapy', score: 'Upper Second Class Honours', institution: 'Sheffield Hallam University', startDate: '2015-09', endDate: '2018-06' },
      { studyType: 'MA', area: 'Social Policy', score: 'Merit', institution: 'University of York', startDate: '2012-09', endDate: '2013-09' },
    ]);
  });

  it('reads a one-word class ("Distinction") the same way', () => {
    const resume = cv('MSc Advanced Clinical Practice – Distinction', 'Keele University', '2021 – 2023');
    expect(resume.education).toEqual([{ studyType: 'MSc', area: 'Advanced Clinical Practice', score: 'Distinction', institution: 'Keele University', startDate: '2021', endDate: '2023' }]);
  });

  it('still joins a school name that the dash began on the degree line', () => {
    const resume = parseSections(['Priti Shah', 'priti.shah@example.org', '', 'Education', 'MSc Data Science – Imperial', 'College of London', '2019 – 2020'].join('\n'));
    expect(resume.education?.[0]).toMatchObject({ studyType: 'MSc', area: 'Data Science', institution: 'Imperial College of London' });
  });
});

describe('degrees printed by their letters or as post-registration awards', () => {
  it('knows PgDip, PG Cert and nursing degrees by their letters', () => {
    const resume = cv('PgDip Public Health', 'Ulster University', '2020 – 2021', 'PG Cert Non-Medical Prescribing', 'University of Chester', '2022 – 2022', 'BNurs Adult Nursing', 'Cardiff University', '2011 – 2014');
    expect(resume.education?.map(({ studyType, area, institution }) => ({ studyType, area, institution }))).toEqual([
      { studyType: 'PgDip', area: 'Public Health', institution: 'Ulster University' },
      { studyType: 'PG Cert', area: 'Non-Medical Prescribing', institution: 'University of Chester' },
      { studyType: 'BNurs', area: 'Adult Nursing', institution: 'Cardiff University' },
    ]);
  });

  it('keeps a post-basic or post-registration award whole', () => {
    const resume = cv('Post-Basic Diploma Perioperative Nursing', 'School of Post Basic Nursing, Kano', '2012 – 2013', 'Post-registration Certificate in Stoma Care', 'Coventry University', '2020 – 2021');
    expect(resume.education?.map(({ studyType, area }) => ({ studyType, area }))).toEqual([
      { studyType: 'Post-Basic Diploma', area: 'Perioperative Nursing' },
      { studyType: 'Post-registration Certificate', area: 'Stoma Care' },
    ]);
  });
});

describe('a grade written with a decimal comma', () => {
  it('is the grade, alone or after its label, and never cuts the line at its comma', () => {
    const resume = cv(
      'M.Sc. Verfahrenstechnik – 1,3',
      'Karlsruher Institut für Technologie',
      '10/2017 – 03/2020',
      'B.Sc. Chemieingenieurwesen, Note 2,1',
      'Universität Stuttgart',
      '2013 – 2017',
      'Sarjana Teknik (S.T.) Teknik Lingkungan – IPK 3,52 / 4,00',
      'Universitas Airlangga',
      '2008 – 2012',
    );
    expect(resume.education?.map(({ studyType, area, score, institution }) => ({ studyType, area, score, institution }))).toEqual([
      { studyType: 'M.Sc.', area: 'Verfahrenstechnik', score: '1,3', institution: 'Karlsruher Institut für Technologie' },
      { studyType: 'B.Sc.', area: 'Chemieingenieurwesen', score: 'Note 2,1', institution: 'Universität Stuttgart' },
      { studyType: 'Sarjana Teknik (S.T.)', area: 'Teknik Lingkungan', score: 'IPK 3,52 / 4,00', institution: 'Universitas Airlangga' },
    ]);
  });

  it('still parts a list of schools and years at its commas', () => {
    const resume = parseSections(['Jonas Weber', 'jonas.weber@example.org', '', 'Education', 'B.Sc. Physik, Universität Leipzig, 2014 – 2017'].join('\n'));
    expect(resume.education).toEqual([{ studyType: 'B.Sc.', area: 'Physik', institution: 'Universität Leipzig', startDate: '2014', endDate: '2017' }]);
  });
});
