/**
 * Two habits of resumes from New Zealand, Australia and the UK: a degree awarded "with Honours"
 * ("Bachelor of Engineering with Honours", "BSc with First Class Honours") keeps its honours in its
 * name, not in its field; and an employer whose name holds a dash ("Te Whatu Ora – Health New
 * Zealand", a group and its division) on a line under the title is one employer.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

describe('a degree with honours', () => {
  it('keeps the honours in the degree and the field after them', () => {
    const resume = parseSections(
      [
        'Mere Tautahi',
        'mere.tautahi@example.org',
        '',
        'EDUCATION',
        'University of Canterbury',
        'Bachelor of Engineering with Honours in Civil Engineering, 2012 - 2015',
        'Massey University — Bachelor of Science with First Class Honours, Statistics — 2008 - 2011',
        'BA with Honours, History, University of Otago, 2004 - 2007',
      ].join('\n'),
    );
    expect(resume.education?.map(({ institution, studyType, area }) => ({ institution, studyType, area }))).toEqual([
      { institution: 'University of Canterbury', studyType: 'Bachelor of Engineering with Honours', area: 'Civil Engineering' },
      { institution: 'Massey University', studyType: 'Bachelor of Science with First Class Honours', area: 'Statistics' },
      { institution: 'University of Otago', studyType: 'BA with Honours', area: 'History' },
    ]);
  });
});

describe('an employer whose name holds a dash', () => {
  it('is one employer under the title line', () => {
    const resume = parseSections(
      [
        'Mere Tautahi',
        'mere.tautahi@example.org',
        '',
        'EXPERIENCE',
        'Data Engineer',
        'Waka Kotahi – NZ Transport Agency',
        'Mar 2019 – Present',
        '• Moved the road counts to a data lake',
        'Analyst',
        'Fletcher Building – Residential Division',
        'Jan 2016 – Feb 2019',
        '• Forecast house sales',
      ].join('\n'),
    );
    expect(resume.work?.map(({ name, position }) => ({ name, position }))).toEqual([
      { name: 'Waka Kotahi – NZ Transport Agency', position: 'Data Engineer' },
      { name: 'Fletcher Building – Residential Division', position: 'Analyst' },
    ]);
  });

  it('is one employer after "at" on the title\'s line', () => {
    const resume = parseSections(
      ['Mere Tautahi', 'mere.tautahi@example.org', '', 'EXPERIENCE', 'Data Engineer at Waka Kotahi – NZ Transport Agency | Mar 2019 – Present', '• Moved the road counts'].join('\n'),
    );
    expect(resume.work?.[0]).toMatchObject({ name: 'Waka Kotahi – NZ Transport Agency', position: 'Data Engineer' });
  });

  it('still parts a title from its employer, and an employer from its town, at a dash', () => {
    const resume = parseSections(
      ['Mere Tautahi', 'mere.tautahi@example.org', '', 'EXPERIENCE', 'Data Engineer – Harbourline Logistics', '2019 – Present', '• Built pipelines', 'Analyst', 'Tidewell Ltd – Auckland', '2016 – 2019', '• Forecast sales'].join('\n'),
    );
    expect(resume.work?.map(({ name, position }) => ({ name, position }))).toEqual([
      { name: 'Harbourline Logistics', position: 'Data Engineer' },
      { name: 'Tidewell Ltd', position: 'Analyst' },
    ]);
  });
});
