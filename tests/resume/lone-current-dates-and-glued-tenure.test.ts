/**
 * Work dates as two more themes print them (issue 13, session 38): a current job given by its start
 * alone, on a header line long enough to read as a sentence, and a tenure set tight against the end
 * year. Every resume here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { findDateRange } from '../../src/resume/sections/find-date-range.ts';
import { withoutDate } from '../../src/resume/sections/split-entry-header.ts';

const jobs = (lines: string[]) =>
  (parseSections(['Noor Haddad', 'Experience', ...lines].join('\n')).work ?? []).map((job) => [job.name, job.position, job.startDate, job.endDate]);

describe('a current job printed with its start date alone', () => {
  it('is the current job when it is the latest and every other job has a range', () => {
    expect(
      jobs([
        'Harbour Freight Logistics Ltd. | Senior Logistics Coordinator\tMar 2021',
        'Planned cross-dock flows for three regional depots',
        'Quayside Shipping | Dispatch Clerk\tJan 2016 — Feb 2021',
        'Booked carriers for two hundred loads a week',
      ]),
    ).toEqual([
      ['Harbour Freight Logistics Ltd.', 'Senior Logistics Coordinator', '2021-03', undefined],
      ['Quayside Shipping', 'Dispatch Clerk', '2016-01', '2021-02'],
    ]);
  });

  it('stays a dated entry when another job is current or it is not the latest', () => {
    expect(
      jobs([
        'Fernhill Clinic | Practice Manager\tJun 2022 — Present',
        'Ran rotas for twelve clinicians',
        'Fernhill Clinic | Locum Administrator\tMay 2021',
        'Covered reception for one month',
      ]),
    ).toEqual([
      ['Fernhill Clinic', 'Practice Manager', '2022-06', undefined],
      ['Fernhill Clinic', 'Locum Administrator', '2021-05', '2021-05'],
    ]);
    expect(
      jobs([
        'Ashgrove Council | Planning Officer\tFeb 2019',
        'Reviewed householder applications',
        'Brackenridge Homes | Site Surveyor\tApr 2020 — Sep 2023',
        'Set out foundations for forty plots',
      ]).map((job) => job[3]),
    ).toEqual(['2019-02', '2023-09']);
  });

  it('is no header when the long line is a sentence that ends with a year', () => {
    expect(
      jobs([
        'Quayside Shipping | Dispatch Clerk\tJan 2016 — Feb 2021',
        'Booked carriers for two hundred loads a week across the northern ports network in 2019',
      ]),
    ).toEqual([['Quayside Shipping', 'Dispatch Clerk', '2016-01', '2021-02']]);
  });
});

describe('how long a job lasted, set tight against the end year', () => {
  it('ends the range at the year and is dropped with it', () => {
    for (const [line, start, end] of [
      ['Jan, 2017 - May, 20192 years 4 months', '2017-01', '2019-05'],
      ['Mar 2020 - Jun 202211 months', '2020-03', '2022-06'],
      ['2015 - 20205 yrs', '2015', '2020'],
    ] as const) {
      const range = findDateRange(line);
      expect([range?.startDate, range?.endDate]).toEqual([start, end]);
      expect(withoutDate(line, range)).toBe('');
    }
  });

  it('leaves the job under it its employer', () => {
    expect(
      jobs(['Dispatch Clerk, Quayside Shipping', 'Jan, 2016 - Feb, 20215 years 1 month', 'Booked carriers for two hundred loads a week']),
    ).toEqual([['Quayside Shipping', 'Dispatch Clerk', '2016-01', '2021-02']]);
  });

  it('needs a unit: digits after a year are no tenure on their own', () => {
    expect(findDateRange('Jan 2017 - May 201923')?.endDate).not.toBe('2019-05');
  });
});
