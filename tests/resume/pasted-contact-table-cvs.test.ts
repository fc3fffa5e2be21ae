/**
 * A CV typed in a text editor or pasted from an e-mail with its contact details as a table ("Name: ⇥ …",
 * "Current role: ⇥ …"), spoken languages as a table whose level column gives a test's score ("IELTS 7.0",
 * "JLPT N1", "C1, TOEIC 910") or "native" in the language's own script, a results section after the jobs and
 * a sign-off (issue 13; the class the corpus's `text-pasted` style shows). Every CV here is written for the
 * test, with people of its own; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { parseLanguages } from '../../src/resume/sections/parse-languages.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';

const pasted = [
  'CURRICULUM VITAE',
  '',
  'Name:\tOluwaseun Adeyemi-Clarke',
  'Current role:\tFleet Maintenance Planner',
  'Email:\tseun.ac@example.org',
  'Mobile:\t+44 7700 900417',
  'Location:\tLeicester, United Kingdom',
  '',
  'Work experience',
  '',
  'Fleet Maintenance Planner, Midshires Bus Company Ltd',
  '04/2020 - present',
  '- Planned preventive maintenance for 210 buses across three depots',
  '',
  'Workshop Controller, Kestrel Coachworks',
  '09/2015 - 03/2020',
  '- Ran the night shift of eleven fitters',
  '',
  'Key results',
  '- Cut roadside breakdowns by a third in two years',
  '',
  'Skills',
  'Planning: SAP PM, preventive maintenance, MOT preparation',
  '',
  'Languages',
  'Yoruba\tnative',
  'English\tIELTS 8.5',
  'French\tC1, DELF 2019',
  '',
  'Kind regards,',
  'Oluwaseun',
].join('\n');

describe('a CV pasted with its contact details as a table', () => {
  const resume = parseSections(pasted);

  it('takes the name and the headline from their rows, labels dropped', () => {
    expect(resume.basics?.name).toBe('Oluwaseun Adeyemi-Clarke');
    expect(resume.basics?.label).toBe('Fleet Maintenance Planner');
    expect(resume.basics?.email).toBe('seun.ac@example.org');
    expect(resume.basics?.location?.city).toBe('Leicester');
  });

  it('keeps the jobs whole: the results section and the sign-off are no job and no highlight of the last one', () => {
    expect(resume.work?.map((job) => [job.position, job.name, job.startDate, job.endDate])).toEqual([
      ['Fleet Maintenance Planner', 'Midshires Bus Company Ltd', '2020-04', undefined],
      ['Workshop Controller', 'Kestrel Coachworks', '2015-09', '2020-03'],
    ]);
    expect(resume.work?.[1]?.highlights).toEqual(['Ran the night shift of eleven fitters']);
  });

  it('reads the language table with each level as written, a test score included, and no sign-off among them', () => {
    expect(resume.languages).toEqual([
      { language: 'Yoruba', fluency: 'native' },
      { language: 'English', fluency: 'IELTS 8.5' },
      { language: 'French', fluency: 'C1, DELF 2019' },
    ]);
  });
});

describe('a language row whose level is a test score or written in its own script', () => {
  it.each([
    ['Japanese\tJLPT N1', 'Japanese', 'JLPT N1'],
    ['German\tGoethe-Zertifikat B2', 'German', 'Goethe-Zertifikat B2'],
    ['Mandarin\tHSK 5', 'Mandarin', 'HSK 5'],
    ['English\tTOEFL iBT 101', 'English', 'TOEFL iBT 101'],
    ['Korean\tTOPIK 4', 'Korean', 'TOPIK 4'],
    ['Spanish\tB2, DELE', 'Spanish', 'B2, DELE'],
    ['日本語\t母語', '日本語', '母語'],
    ['한국어\t모국어', '한국어', '모국어'],
  ])('%s', (row, language, fluency) => {
    expect(parseLanguages(toResumeLines(row))).toEqual([{ language, fluency }]);
  });

  it('still reads two languages a row apart as two languages, not one with a level', () => {
    expect(parseLanguages(toResumeLines('Swahili\tEnglish')).map((entry) => entry.language)).toEqual(['Swahili', 'English']);
  });
});

describe('a headline row in a contact table', () => {
  it.each([
    ['Job title: Theatre Nurse', 'Theatre Nurse'],
    ['Position\tSenior Quantity Surveyor', 'Senior Quantity Surveyor'],
    ['Profession:\tElectrician', 'Electrician'],
  ])('%s', (row, label) => {
    const resume = parseSections(`Name:\tMalia Fonoti\n${row}\nEmail:\tmalia.f@example.net\n\nSkills\nTriage, Sterile technique\n`);
    expect(resume.basics?.name).toBe('Malia Fonoti');
    expect(resume.basics?.label).toBe(label);
  });
});
