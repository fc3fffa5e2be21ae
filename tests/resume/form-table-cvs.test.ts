/**
 * CVs typed into a form's tables in a word processor (Europass and its like): the name as a labelled
 * row, and each table of jobs or schools under a header row that names its columns (issue 13,
 * session 38). Every CV here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { isColumnLabelRow } from '../../src/resume/sections/column-label-rows.ts';

const cv = [
  'Curriculum Vitae',
  'Personal information',
  'Name\tKatarzyna Wójcik\t',
  'Address\tPoznań, Poland\t',
  'Telephone\t+48 601 222 333\t',
  'E-mail\tk.wojcik@example.pl\t',
  'Work experience',
  'Period\tEmployer, position\t',
  '03.2019 – now\tWarta Logistics Sp. z o.o., Transport Planner',
  '• Planned routes for sixty trucks a day',
  '09.2015 – 02.2019\tRaben Polska, Dispatcher',
  '• Booked carriers for the western depots',
  'Education and training',
  'Period\tInstitution, qualification\t',
  '2012 – 2015\tUniwersytet Ekonomiczny w Poznaniu',
  'Licencjat, Logistics',
  'Personal skills',
  'Planning\tSAP TM, Excel, Power BI\t',
  'Driving licence\tB\t',
].join('\n');

describe('a CV typed into a form', () => {
  const resume = parseSections(cv);

  it('takes the name from its labelled row, and no label for a place', () => {
    expect(resume.basics?.name).toBe('Katarzyna Wójcik');
    expect(resume.basics?.location?.city).not.toBe('Telephone');
  });

  it('reads the jobs and schools under the header rows, and no header row as an entry', () => {
    expect(resume.work?.map((job) => [job.name, job.position, job.startDate, job.endDate])).toEqual([
      ['Warta Logistics Sp. z o.o.', 'Transport Planner', '2019-03', undefined],
      ['Raben Polska', 'Dispatcher', '2015-09', '2019-02'],
    ]);
    expect(resume.education?.map((school) => school.institution)).toEqual(['Uniwersytet Ekonomiczny w Poznaniu']);
  });
});

describe('a header row of a table of jobs or schools', () => {
  it('is a row of column names only', () => {
    for (const row of ['Period | Employer, position', 'Dates\tInstitution and qualification', 'From – to | Company / Role | Main activities']) {
      expect(isColumnLabelRow(row)).toBe(true);
    }
    for (const row of ['03.2019 – now | Warta Logistics, Planner', 'Period', 'Position | Planning Analyst', 'Employer | Harbour Title Company']) {
      expect(isColumnLabelRow(row)).toBe(false);
    }
  });
});
