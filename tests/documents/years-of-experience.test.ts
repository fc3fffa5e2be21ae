import { describe, expect, it } from 'vitest';
import { describeResumeDate, isCurrentJob, monthIndex } from '../../src/documents/work-history.ts';
import { yearsOfExperience } from '../../src/documents/years-of-experience.ts';

const today = new Date('2026-11-22T00:00:00Z');

describe('yearsOfExperience', () => {
  it('counts a current job up to today, in whole years', () => {
    expect(yearsOfExperience([{ startDate: '2018-03' }], today)).toBe(8);
  });

  it('counts overlapping jobs once and gaps not at all', () => {
    const work = [
      { startDate: '2015-01', endDate: '2018-01' },
      { startDate: '2016-01', endDate: '2017-01' },
      { startDate: '2020-01', endDate: '2022-01' },
    ];
    expect(yearsOfExperience(work, today)).toBe(5);
  });

  it('leaves out jobs without a start, and says nothing under a year', () => {
    expect(yearsOfExperience([{ endDate: '2020-01' }, { startDate: 'sometime' }], today)).toBeUndefined();
    expect(yearsOfExperience([{ startDate: '2026-02' }], today)).toBeUndefined();
    expect(yearsOfExperience([], today)).toBeUndefined();
  });

  it('ignores ends before starts and future ends', () => {
    expect(yearsOfExperience([{ startDate: '2020-01', endDate: '2019-01' }], today)).toBeUndefined();
    expect(yearsOfExperience([{ startDate: '2024-11', endDate: '2030-01' }], today)).toBe(2);
  });
});

describe('resume dates', () => {
  it('reads year, year-month and full dates', () => {
    expect(monthIndex('2021')).toBe(2021 * 12);
    expect(monthIndex('2021-04')).toBe(2021 * 12 + 3);
    expect(monthIndex('2021-04-30')).toBe(2021 * 12 + 3);
    expect(monthIndex('2021-13')).toBeUndefined();
    expect(monthIndex(undefined)).toBeUndefined();
  });

  it('calls a job current only when it started and has no end', () => {
    expect(isCurrentJob({ startDate: '2021-01' })).toBe(true);
    expect(isCurrentJob({ startDate: '2021-01', endDate: 'Present' })).toBe(true);
    expect(isCurrentJob({ startDate: '2021-01', endDate: '2022-01' })).toBe(false);
    expect(isCurrentJob({})).toBe(false);
  });

  it('describes dates for prose', () => {
    expect(describeResumeDate('2021-03-15')).toBe('March 2021');
    expect(describeResumeDate('2021')).toBe('2021');
    expect(describeResumeDate('spring')).toBe('spring');
  });
});

describe('yearsOfExperience in the posting’s field', () => {
  // A chef who stacked shelves first, and a driver who worked in a warehouse first.
  const chef = [
    { name: 'Harbour Kitchen', position: 'Sous Chef', startDate: '2019-01' },
    { name: 'The Fig Tree', position: 'Line Cook', startDate: '2015-01', endDate: '2018-12' },
    { name: 'Tesco', position: 'Shelf Stacker', startDate: '2011-01', endDate: '2014-12' },
  ];
  const driver = [
    { name: 'Roadline', position: 'HGV Class 2 Driver', startDate: '2020-03' },
    { name: 'Amazon', position: 'Warehouse Associate', startDate: '2016-03', endDate: '2020-02', highlights: ['Picked orders on nights'] },
  ];

  it('counts only the jobs in the field the posting names', () => {
    expect(yearsOfExperience(chef, today)).toBe(15);
    expect(yearsOfExperience(chef, today, { title: 'Head Chef', description: 'Run our kitchen.' })).toBe(11);
    expect(yearsOfExperience(driver, today, { title: 'Class 2 Driver', description: 'Multi-drop deliveries.' })).toBe(6);
  });

  it('reads the field from "years as a …" when the title does not say', () => {
    expect(yearsOfExperience(driver, today, { title: 'Team Member', description: 'You have 3+ years as a HGV driver.' })).toBe(6);
  });

  it('counts all work when the posting’s field is unknown', () => {
    expect(yearsOfExperience(chef, today, { title: 'Team Member', description: 'Friendly people wanted.' })).toBe(15);
  });
});
