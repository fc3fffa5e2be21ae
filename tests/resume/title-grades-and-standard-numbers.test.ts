/**
 * Work entries written as people write them and the reader once misread: a grade after a job title
 * ("Maintenance Technician III, Harlow Mills, Inc.") is the title's, not the start of the employer's
 * name; and a standard's number in a wrapped highlight ("… to EN 1995", "ISO 2015") is no year that
 * opens a job; a legal form of Portugal, Belgium or Finland ("Lda.", "BVBA", "Oyj") ends the employer.
 * Every resume here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { findDateRange } from '../../src/resume/sections/find-date-range.ts';

const jobs = (lines: string[]) =>
  (parseSections(['Ana Ruiz', 'ana@example.com', 'Experience', ...lines].join('\n')).work ?? []).map((job) => [job.name, job.position, job.startDate, job.endDate]);

describe('a grade after a job title', () => {
  it.each([
    ['Maintenance Technician III, Harlow Mills, Inc.', 'Harlow Mills, Inc.', 'Maintenance Technician III'],
    ['Software Engineer II, Quillfern Labs', 'Quillfern Labs', 'Software Engineer II'],
  ])('stays with the title in %s', (header, employer, title) => {
    expect(jobs([header, 'Jan 2019 - Present', '- Kept the line running'])).toEqual([[employer, title, '2019-01', undefined]]);
  });
});

describe("a standard's number", () => {
  it.each(['to EN 1995', 'NBN EN 1998', 'audited against ISO 2015'])('is no date in "%s"', (text) => {
    expect(findDateRange(text)).toBeUndefined();
  });

  it('still leaves a year after it to be read', () => {
    expect(findDateRange('ISO 9001 lead auditor, 2019')).toMatchObject({ startDate: '2019', endDate: '2019' });
  });

  it('in a wrapped highlight opens no job', () => {
    const text = [
      '2020-01 – present     Harwick & Partners',
      '                      Structural Engineer',
      '                      - Designed the timber frame of a six-storey school',
      '                        to EN 1995',
      '',
      '2017-09 – 2019-12     Corbel Ltd',
      '                      Graduate Engineer',
      '                      - Modelled steel transfer structures',
    ];
    expect(jobs(text)).toEqual([
      ['Harwick & Partners', 'Structural Engineer', '2020-01', undefined],
      ['Corbel Ltd', 'Graduate Engineer', '2017-09', '2019-12'],
    ]);
  });
});

describe("an employer's legal form of Portugal, Belgium or Finland", () => {
  it.each(['Quinta Dados Lda.', 'Brasserie Nord BVBA', 'Kotka Satama Oyj'])('ends the employer %s under its dates', (employer) => {
    expect(jobs(['Sep 2016 – Feb 2019', `Data Analyst, ${employer}`, '• Built the monthly reports'])).toEqual([[employer, 'Data Analyst', '2016-09', '2019-02']]);
  });
});
