/**
 * Work entries printed with how long each job lasted, as list items, or with their dates broken
 * over lines and printed twice (issue 13, round eight). Every resume here is written for the
 * test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { findDateRange } from '../../src/resume/sections/find-date-range.ts';
import { isTenure, withoutDate } from '../../src/resume/sections/split-entry-header.ts';

const read = (lines: string[]) => parseSections(['Ines Varga', 'Experience', ...lines].join('\n'));
const jobs = (lines: string[]) => (read(lines).work ?? []).map((job) => [job.name, job.position, job.startDate, job.endDate]);

describe('how long a job lasted, printed after its dates', () => {
  it('is dropped with the dates, in the ways themes and networks print it', () => {
    for (const [line, rest] of [
      ['Sep 2015 - Present 11 years 3 months', ''],
      ['Jan 2020 - Mar 2022 (2 yrs 3 mos)', ''],
      ['Quillfern Labs · Jan 2020 – Present · 1 yr', 'Quillfern Labs'],
      ['2019 - 2021 a year', ''],
      ['2019 - 2021 less than a year', ''],
      ['Jan 2020 - Mar 2022 Yearly Freight', 'Yearly Freight'],
    ] as const) {
      expect(withoutDate(line, findDateRange(line))).toBe(rest);
    }
    expect(isTenure('5 years')).toBe(true);
    expect(isTenure('4 Jahre 2 Monate')).toBe(true);
    expect(isTenure('5 years of Kotlin')).toBe(false);
    expect(isTenure('—')).toBe(false);
  });

  it('is never read as the employer of a "Title, Company" line above the dates', () => {
    expect(
      jobs([
        'Platform Lead, Quillfern Labs',
        'Jun 2022 - Present 4 years 6 months',
        'Ran the build farm for forty teams',
        'Support Analyst, Morrow Freight',
        'Feb 2018 - May 2022 4 years 2 months',
        'Answered tickets in three languages',
      ]),
    ).toEqual([
      ['Quillfern Labs', 'Platform Lead', '2022-06', undefined],
      ['Morrow Freight', 'Support Analyst', '2018-02', '2022-05'],
    ]);
  });
});

describe('each job as a list item, its first line carrying the bullet', () => {
  it('reads the bulleted line over a bare date line as the header', () => {
    expect(
      jobs([
        '• Platform Lead, Quillfern Labs',
        'Sep 2015 - Present 11 years 3 months',
        '• • Ran the build farm for forty teams',
        '• Wrote the on-call guide',
        '',
        '• Morrow Freight',
        '2011-01 - 2015-01',
        'Support Analyst',
        '• • Answered tickets in three languages',
      ]),
    ).toEqual([
      ['Quillfern Labs', 'Platform Lead', '2015-09', undefined],
      ['Morrow Freight', 'Support Analyst', '2011-01', '2015-01'],
    ]);
  });

  it('keeps a highlight that ends a job as a highlight', () => {
    const resume = read(['Platform Lead, Quillfern Labs', '2019 - 2021', '• Ran the build farm', '', 'Support Analyst, Morrow Freight', '2017 - 2019', '• Answered tickets']);
    expect(resume.work?.map((job) => job.highlights)).toEqual([['Ran the build farm'], ['Answered tickets']]);
  });
});

describe('dates broken over lines, a column gap after the dash, and dates printed twice', () => {
  it('reads one range and no extra job', () => {
    expect(
      jobs([
        'Platform Lead, Quillfern Labs',
        'June 2022 —  Present   5 years',
        '• Ran the build farm for forty teams',
        '',
        'June 2022',
        ' —  Present',
        ' 5 years',
        'Support Analyst,\tMorrow Freight',
        'February 2018 —\tMay 2022\t4 years',
        '• Answered tickets in three languages',
        '',
        'February 2018',
        ' — ',
        'May 2022',
        ' 4 years',
      ]),
    ).toEqual([
      ['Quillfern Labs', 'Platform Lead', '2022-06', undefined],
      ['Morrow Freight', 'Support Analyst', '2018-02', '2022-05'],
    ]);
  });

  it('still reads two roles with the same dates at one employer', () => {
    expect(
      jobs(['Quillfern Labs', 'Platform Lead', '2019 - 2021', '• Ran the build farm', 'Release Manager', '2019 - 2021', '• Ran the releases']).map((job) => job[1]),
    ).toEqual(['Platform Lead', 'Release Manager']);
  });
});
