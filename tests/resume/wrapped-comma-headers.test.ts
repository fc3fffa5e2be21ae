/**
 * "Title, Employer" headers that a narrow column wrapped over two lines above their dates (issue 13,
 * session 38). Every resume here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { findDateRange } from '../../src/resume/sections/find-date-range.ts';
import { withoutDate } from '../../src/resume/sections/split-entry-header.ts';

const jobs = (lines: string[]) =>
  (parseSections(['Tomasz Wrona', 'Experience', ...lines].join('\n')).work ?? []).map((job) => [job.position, job.name]);

describe('a "Title, Employer" header wrapped before the end of the employer', () => {
  it('keeps the employer whole where another job shows the layout on one line', () => {
    expect(
      jobs([
        'Maintenance Planner, Vistula Paper Mills',
        'Corporation',
        'March 2020 - Present',
        'Planned shutdowns for two paper machines',
        'Maintenance Technician, Baltic Yards',
        'June 2015 - February 2020',
        'Overhauled pumps and gearboxes on dredgers',
        'Apprentice Fitter, Gdańsk Regional Heating',
        'Company',
        'September 2012 - May 2015',
        'Learned pipework and welding under two fitters',
      ]),
    ).toEqual([
      ['Maintenance Planner', 'Vistula Paper Mills Corporation'],
      ['Maintenance Technician', 'Baltic Yards'],
      ['Apprentice Fitter', 'Gdańsk Regional Heating Company'],
    ]);
  });

  it('keeps a qualified title over its employer on the next line where no job shows "Title, Employer" on one line', () => {
    expect(
      jobs([
        'Staff Nurse, Renal Unit',
        'Northgate General Hospital',
        'March 2020 - Present',
        'Ran dialysis sessions for twelve patients a day',
        'Staff Nurse, Day Surgery',
        'Riverside Clinic',
        'June 2015 - February 2020',
        'Prepared patients for day procedures',
      ]),
    ).toEqual([
      ['Staff Nurse, Renal Unit', 'Northgate General Hospital'],
      ['Staff Nurse, Day Surgery', 'Riverside Clinic'],
    ]);
  });

  it('reads the first job of the section even when an icon before it reads as a list glyph', () => {
    expect(
      jobs([
        '• Community Nurse, Harbourside Community',
        'Health Trust',
        'March 2021 - Present',
        'Visited twelve clients a day for wound care',
        'Enrolled Nurse, Blue Ridge Aged Care',
        'June 2014 - January 2021',
        'Gave medications to forty residents',
      ]),
    ).toEqual([
      ['Community Nurse', 'Harbourside Community Health Trust'],
      ['Enrolled Nurse', 'Blue Ridge Aged Care'],
    ]);
  });
});

describe('how long a job lasted, after an icon no font maps', () => {
  it('is dropped with the dates', () => {
    for (const line of ['Feb, 2017 - Feb, 2021\t\u0000 4 years', 'Jun 2014 - Jan 2017 \uE0A1 2 years 7 months']) {
      expect(withoutDate(line, findDateRange(line))).toBe('');
    }
  });
});
