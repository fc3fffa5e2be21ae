// Issue 13, session 41: pay as strangers' postings write it. Each class is checked in wordings
// of its own (not the trial's): a bound on thousands with no currency, French Canada's dollars
// written after a space-grouped amount, Brazil's "mil" and monthly pay, hourly and monthly
// amounts in French, Portuguese and German, read the same from a board's field and from text.
import { describe, expect, it } from 'vitest';
import { parseSalary } from '../../src/jobs/parse-salary.ts';
import { salaryInText } from '../../src/jobs/salary-in-text.ts';

const pay = (min: number | null, max: number | null, currency: string | null, period: string | null) => ({ min, max, currency, period });

describe('pay written the way strangers write it, from a field and from text alike', () => {
  it.each([
    // A bound on thousands, no currency: the bound is the pay.
    ['Up to 70K DOE', pay(null, 70000, null, 'year')],
    ["Jusqu'à 95k", pay(null, 95000, null, 'year')],
    ['starting from 45k', pay(45000, null, null, 'year')],
    // French Canada: space thousands, the dollar sign after; a range joined by "à".
    ['72 500 $', pay(72500, 72500, 'CAD', 'year')],
    ['80 000 $ à 92 000 $ par année', pay(80000, 92000, 'CAD', 'year')],
    ['Rémunération : de 70 000 $ à 85 000 $', pay(70000, 85000, 'CAD', 'year')],
    ['Salaire : 25 $ de l’heure', pay(25, 25, 'CAD', 'hour')],
    ['Salaire : 4 500 $ par mois', pay(4500, 4500, 'CAD', 'month')],
    // Brazil: "mil" is a thousand, and pay that names no period is a month's.
    ['Salário: R$ 9 mil', pay(9000, 9000, 'BRL', 'month')],
    ['R$ 15,5 mil por mês', pay(15500, 15500, 'BRL', 'month')],
    // German monthly pay.
    ['€ 3.800 brutto im Monat', pay(3800, 3800, 'EUR', 'month')],
    ['£40-48K', pay(40000, 48000, 'GBP', 'year')],
  ])('%s', (text, expected) => {
    expect(parseSalary(text)).toEqual(expected);
    expect(salaryInText(text)).toEqual(expected);
  });

  it('a code beside the sign wins, and "US$" after an amount stays US dollars', () => {
    expect(salaryInText('Salary: 75 000 $ - 90 000 $ USD')?.currency).toBe('USD');
    expect(parseSalary('60 000 US$')?.currency).toBe('USD');
    expect(parseSalary('$95,000 - $105,000')?.currency).toBe('USD');
    // A code after a range of bare dollars names them, in text as in a field.
    for (const text of ['Pay: $95k–$120k AUD per year', 'Compensation: $80,000 to $90,000 (CAD)', 'Base salary $72,000 – $84,000 NZD']) {
      expect(salaryInText(text)?.currency).toBe(parseSalary(text)?.currency);
      expect(salaryInText(text)?.currency).toMatch(/^(?:AUD|CAD|NZD)$/);
    }
  });

  it.each([
    'We serve up to 10k users a day.',
    'Teams from 50k companies use us.',
    'A training budget of up to 2k a year.',
  ])('reads no pay in %s', (text) => {
    expect(salaryInText(text)).toBeNull();
  });
});
