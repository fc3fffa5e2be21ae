import { describe, expect, it } from 'vitest';
import { normaliseSalaryPeriod, parseSalary, salaryFromRange } from '../../src/jobs/parse-salary.ts';

describe('parseSalary', () => {
  it.each([
    ['$120k – $150k', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    ['€60,000-80,000 per year', { min: 60000, max: 80000, currency: 'EUR', period: 'year' }],
    ['USD 50/hour', { min: 50, max: 50, currency: 'USD', period: 'hour' }],
    ['120K–150K a year', { min: 120000, max: 150000, currency: null, period: 'year' }],
    ['$80-100k', { min: 80000, max: 100000, currency: 'USD', period: 'year' }],
    ['60.000 € - 80.000 € p.a.', { min: 60000, max: 80000, currency: 'EUR', period: 'year' }],
    ['$100,000 - $130,000 USD', { min: 100000, max: 130000, currency: 'USD', period: 'year' }],
    ['CA$90,000–110,000', { min: 90000, max: 110000, currency: 'CAD', period: 'year' }],
    ['40-45 EUR/h', { min: 40, max: 45, currency: 'EUR', period: 'hour' }],
    ['$5,000/month', { min: 5000, max: 5000, currency: 'USD', period: 'month' }],
    ['2 500 EUR monthly', { min: 2500, max: 2500, currency: 'EUR', period: 'month' }],
    ['£450 per day', { min: 450, max: 450, currency: 'GBP', period: 'day' }],
  ])('reads %j', (text, salary) => {
    expect(parseSalary(text)).toEqual(salary);
  });

  it('reads open-ended ranges', () => {
    expect(parseSalary('up to £55k')).toEqual({ min: null, max: 55000, currency: 'GBP', period: 'year' });
    expect(parseSalary('From €45k')).toEqual({ min: 45000, max: null, currency: 'EUR', period: 'year' });
    expect(parseSalary('$120k+')).toEqual({ min: 120000, max: null, currency: 'USD', period: 'year' });
  });

  it('leaves the period unknown for small amounts that do not state one', () => {
    expect(parseSalary('$45')).toEqual({ min: 45, max: 45, currency: 'USD', period: null });
  });

  it.each(['Competitive', 'DOE', '', 'Depends on 5 years of experience', null, undefined])(
    'finds no salary in %j',
    (text) => {
      expect(parseSalary(text)).toBeNull();
    },
  );
});

describe('salaryFromRange', () => {
  it('keeps stated bounds and normalises currency and period', () => {
    expect(salaryFromRange({ min: 90000, max: 0, currency: 'usd', period: 'YEAR' })).toEqual({
      min: 90000,
      max: null,
      currency: 'USD',
      period: 'year',
    });
  });

  it('swaps reversed bounds, reads numeric strings and drops unknown currencies', () => {
    expect(salaryFromRange({ min: '150000', max: 120000, currency: 'dollars' })).toEqual({
      min: 120000,
      max: 150000,
      currency: null,
      period: null,
    });
  });

  it('is null when no bound is stated', () => {
    expect(salaryFromRange({ min: 0, max: null, currency: 'USD', period: 'year' })).toBeNull();
    expect(salaryFromRange({ min: Number.NaN })).toBeNull();
  });
});

describe('normaliseSalaryPeriod', () => {
  it.each([
    ['YEAR', 'year'],
    ['per-year-salary', 'year'],
    ['1 YEAR', 'year'],
    ['per-hour-wage', 'hour'],
    ['HOUR', 'hour'],
    ['per-month-salary', 'month'],
    ['WEEK', 'week'],
    ['DAY', 'day'],
    ['one-time', null],
    [null, null],
  ])('%j → %j', (text, period) => {
    expect(normaliseSalaryPeriod(text)).toBe(period);
  });
});
