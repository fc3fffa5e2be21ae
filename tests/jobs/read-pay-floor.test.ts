import { describe, expect, it } from 'vitest';
import { readPayFloor } from '../../src/actions/search-jobs/read-pay-floor.ts';
import { readSearch } from '../../src/actions/search-jobs/read-search.ts';

const floor = (text: string) => readPayFloor(text.toLowerCase())?.floor ?? null;

describe('reading a pay floor', () => {
  it.for([
    ['find jobs paying over 100k', 100_000],
    ['roles that pay at least $120,000', 120_000],
    ['100k+ rust jobs', 100_000],
    ['€80k or more', 80_000],
    ['paying 90-120k', 90_000],
    ['paying 90k to 120k', 90_000],
    ['with a salary of 150000', 150_000],
    ['salary above 85,000 a year', 85_000],
    ['designer jobs over $100k', 100_000],
    ['more than £65k', 65_000],
    ['jobs paying €4,500 a month or more', 54_000],
    ['$50 an hour or more', 104_000],
    ['paying at least 60/hr', 124_800],
    ['120.000 € or more', 120_000],
    ['six figure jobs', 100_000],
    ['earning north of 200k', 200_000],
  ] as const)('"%s" → %d', ([text, expected]) => {
    expect(floor(text)).toBe(expected);
  });

  it.for(['top 5 rust jobs', 'find 10 jobs in berlin', 'jobs posted in 2024', 'rust jobs at 37signals', 'over 5 years of experience'])(
    'finds none in "%s"',
    (text) => {
      expect(floor(text)).toBeNull();
    },
  );

  it('takes its words out of the search terms, keeping the rest', () => {
    expect(readSearch('senior typescript jobs in Europe paying over 100k', { needsNoun: true })).toEqual({
      query: 'senior typescript',
      seniority: 'senior',
      location: 'Europe',
      min_salary: 100_000,
    });
    expect(readSearch('€80k or more python roles in Berlin', { needsNoun: true })).toEqual({
      query: 'python',
      location: 'Berlin',
      min_salary: 80_000,
    });
  });
});
