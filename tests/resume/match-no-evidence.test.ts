// Issue 13, session 46 (#40): a resume whose work history was empty scored higher than the same
// person's full one on some postings (a junior posting read the empty history as junior from zero
// years, a perfect level fit; an internship capped the person with years of work but not the
// empty one). No evidence never beats evidence: for each person and posting here (written for
// this file), the resume with its work history removed scores no higher than the whole one, and
// says why its years and level were not read.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch } from '../../src/resume/match.ts';

const now = new Date('2026-12-01T00:00:00Z');

const people: Record<string, JsonResume> = {
  'senior backend engineer': {
    basics: { name: 'Ilse Marwick', label: 'Senior Backend Engineer' },
    work: [
      { name: 'Tollgate Payments', position: 'Senior Backend Engineer', startDate: '2018-05', highlights: ['Built the settlement service in Go and PostgreSQL, 2 million transfers a day'] },
      { name: 'Hopwise', position: 'Backend Engineer', startDate: '2014-09', endDate: '2018-04', highlights: ['Python and Django APIs for 40 clinics'] },
    ],
    education: [{ institution: 'University of Leeds', studyType: 'BSc', area: 'Computer Science', endDate: '2014-06' }],
    skills: [{ name: 'Backend', keywords: ['Go', 'Python', 'PostgreSQL', 'Django', 'Docker', 'SQL'] }],
  },
  'data analyst': {
    basics: { name: 'Rafael Tomé', label: 'Data Analyst' },
    work: [{ name: 'Lusomercado', position: 'Data Analyst', startDate: '2019-01', highlights: ['SQL and Power BI reports on 300 stores', 'Forecast weekly demand in Python with pandas'] }],
    education: [{ institution: 'Universidade do Minho', studyType: 'Licenciatura', area: 'Statistics', endDate: '2018-07' }],
    skills: [{ name: 'Data', keywords: ['SQL', 'Power BI', 'Python', 'pandas', 'Excel'] }],
  },
  'ward nurse': {
    basics: { name: 'Aoife Brennan', label: 'Staff Nurse' },
    work: [{ name: 'St Columba’s Hospital', position: 'Staff Nurse', startDate: '2016-02', highlights: ['Cared for 8 patients a shift on a surgical ward', 'Wound care and medication administration'] }],
    education: [{ institution: 'University College Cork', studyType: 'BSc', area: 'Nursing', endDate: '2015-06' }],
    skills: [{ name: 'Clinical', keywords: ['Wound Care', 'Medication Administration', 'Patient Care'] }],
  },
};

const postings = {
  'junior data analyst': { title: 'Junior Data Analyst', description: 'Requirements:\n- SQL and Excel\n- Power BI or Tableau\n- Python is a plus' },
  'junior python developer': { title: 'Junior Python Developer', description: 'Requirements:\n- Python\n- SQL\n- Docker is a plus' },
  'senior backend engineer': { title: 'Senior Backend Engineer', description: 'Requirements:\n- 5+ years of backend development\n- Go or Python\n- PostgreSQL' },
  'data analytics internship': { title: 'Data Analytics Intern', description: 'This is a 6-month internship.\nRequirements:\n- SQL\n- Excel\n- Power BI' },
  'staff nurse': { title: 'Staff Nurse', description: 'Requirements:\n- 2+ years as a registered nurse\n- Wound care\n- Medication administration' },
  'graduate scheme': { title: 'Graduate Analyst', description: 'Entry level role for graduates.\nRequirements:\n- Excel\n- SQL' },
};

describe('a resume with no work history never scores above the same resume with its work', () => {
  const cases = Object.entries(people).flatMap(([person, resume]) => Object.entries(postings).map(([posting, job]) => [person, posting, resume, job] as const));

  it.each(cases)('%s on %s', (_person, _posting, resume, posting) => {
    const whole = analyzeMatch({ resume, posting, now });
    const empty = analyzeMatch({ resume: { ...resume, work: [] }, posting, now });
    expect(empty.score).toBeLessThanOrEqual(whole.score);
  });

  it('the junior posting no longer reads an empty history as a junior’s perfect level', () => {
    const resume = people['senior backend engineer'] as JsonResume;
    const empty = analyzeMatch({ resume: { ...resume, work: [] }, posting: postings['junior python developer'], now });
    expect(empty.breakdown.seniority.score).toBe(0);
    expect(empty.explanation[0]).toMatch(/shows no work history, so no years or level are read from it \(the level counts as not shown\)/);
    expect(empty.explanation[0]).toMatch(/check what the import read/);
  });

  it('an internship is capped for an empty history with no recent studies, as for years of work', () => {
    const resume = people['data analyst'] as JsonResume;
    const empty = analyzeMatch({ resume: { ...resume, work: [] }, posting: postings['data analytics internship'], now });
    expect(empty.score).toBeLessThanOrEqual(45);
    expect(empty.explanation[0]).toMatch(/this internship scores at most 45/);
  });

  it('a student with no work yet is still a fit for an internship', () => {
    const student: JsonResume = {
      basics: { name: 'Marta Lobo' },
      education: [{ institution: 'Nova SBE', studyType: 'BSc', area: 'Economics', startDate: '2023-09', endDate: '2027-06' }],
      skills: [{ name: 'Tools', keywords: ['SQL', 'Excel', 'Power BI'] }],
    };
    const match = analyzeMatch({ resume: student, posting: postings['data analytics internship'], now });
    expect(match.score).toBeGreaterThan(45);
    expect(match.explanation[0]).toMatch(/shows no work history/);
  });
});
