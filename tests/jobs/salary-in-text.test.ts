import { describe, expect, it } from 'vitest';
import { mergePostings } from '../../src/jobs/merge-postings.ts';
import { salaryInText } from '../../src/jobs/salary-in-text.ts';
import { selectPostings } from '../../src/jobs/select-postings.ts';
import type { NormalisedPosting } from '../../src/protocol/posting.ts';

describe('pay stated only in the posting text (trial-s36 finding 6)', () => {
  it.each([
    ['Conradh 12 mhí / 12-month contract. Scála tuarastail: €48,000–€58,000. Hybrid: 3 lá san oifig in Corcaigh.', { min: 48000, max: 58000, currency: 'EUR', period: 'year' }],
    ['Competitive. £55k-65k DOE plus benefits.', { min: 55000, max: 65000, currency: 'GBP', period: 'year' }],
    ['Wir bieten bis zu 70.000 € brutto.', { min: null, max: 70000, currency: 'EUR', period: 'year' }],
    ['We offer up to 70.000 € brutto.', { min: null, max: 70000, currency: 'EUR', period: 'year' }],
    ['The pay is $120,000 - $140,000 a year.', { min: 120000, max: 140000, currency: 'USD', period: 'year' }],
    ['Salary €55,000 – €65,000 DOE plus pension and 25 days annual leave.', { min: 55000, max: 65000, currency: 'EUR', period: 'year' }],
    ['Pay: €25 per hour, 40 hours per week.', { min: 25, max: 25, currency: 'EUR', period: 'hour' }],
    ['Wynagrodzenie 15 000 - 20 000 zł brutto miesięcznie', { min: 15000, max: 20000, currency: 'PLN', period: 'month' }],
    ['Salaire : 45 000 à 55 000 € par an', { min: 45000, max: 55000, currency: 'EUR', period: 'year' }],
  ])('%s', (text, salary) => {
    expect(salaryInText(text)).toEqual(salary);
  });

  it.each([
    'We raised $20M in Series B funding and are a team of 40 across 12 countries. Founded in 2019.',
    'You have 5+ years of experience. We serve 40 hospitals in Ireland and the UK.',
    'Our ARR is $5M and we manage a €2m budget.',
    'Salary review every 12 months.',
    'Competitive salary and share options.',
  ])('reads no pay in %s', (text) => {
    expect(salaryInText(text)).toBeNull();
  });

  it("fills a posting's salary when the board gives none, so a pay floor sees it", () => {
    const posting: NormalisedPosting = {
      title: 'Clinical Information Officer', company: 'Western Health Service', location: 'Ireland', remote: true, salary: null,
      employment_type: 'contract', posted_at: null, url: 'https://remotive.com/remote-jobs/1', source: 'remotive',
      source_url: 'https://remotive.com/remote-jobs/1', tags: [],
      description: 'Scála tuarastail: €48,000–€58,000.',
    };
    expect(mergePostings([posting])[0]?.salary).toEqual({ min: 48000, max: 58000, currency: 'EUR', period: 'year' });
    const query = { text: '', limit: 10 };
    expect(selectPostings([posting], { ...query, minSalary: 70000 }, { matchText: false, matchLocation: false })).toEqual([]);
    expect(selectPostings([posting], { ...query, minSalary: 50000 }, { matchText: false, matchLocation: false })).toHaveLength(1);
    // The board's own figure wins over the text.
    const stated = { ...posting, salary: { min: 60000, max: 70000, currency: 'EUR', period: 'year' as const } };
    expect(mergePostings([stated])[0]?.salary?.min).toBe(60000);
  });
});
