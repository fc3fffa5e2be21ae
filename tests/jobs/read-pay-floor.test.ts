import { describe, expect, it } from 'vitest';
import { readPayFloor } from '../../src/actions/search-jobs/read-pay-floor.ts';
import { readSearch } from '../../src/actions/search-jobs/read-search.ts';
import { readYearlyPayFloor } from '../../src/protocol/posting.ts';

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
    // Regression (session 40): "4,5k a month" was 540,000 a year; a decimal comma is a decimal.
    ['salary above 3,5k a month', 42_000],
    ['paying at least 18,50 an hour', 38_480],
    ['over €62,5k', 62_500],
    ['$50 an hour or more', 104_000],
    ['paying at least 60/hr', 124_800],
    ['120.000 € or more', 120_000],
    ['six figure jobs', 100_000],
    ['earning north of 200k', 200_000],
    ['roles paying at least CA$95,000', 95_000],
    ['data jobs A$110k+', 110_000],
    ['above 25 lakh per annum', 2_500_000],
    ['at least 1 crore', 10_000_000],
    ['contract work at least $45/hour', 93_600],
    ['at least 30 an hour', 62_400],
  ] as const)('"%s" → %d', ([text, expected]) => {
    expect(floor(text)).toBe(expected);
  });

  it.for(['top 5 rust jobs', 'find 10 jobs in berlin', 'jobs posted in 2024', 'rust jobs at 37signals', 'over 5 years of experience'])(
    'finds none in "%s"',
    (text) => {
      expect(floor(text)).toBeNull();
    },
  );

  // Session 50 (a Gdańsk welder's trial): thousands grouped by a space — plain, no-break, narrow no-break or thin — as
  // most of Europe writes money, with the currency before or after.
  it.for([
    ['electrician jobs in sweden, at least SEK 480 000', 480_000],
    ['paying over 62 000 € a year', 62_000],
    ['salary min. CHF 95\u00a0000', 95_000],
    ['at least 7\u202f500 kr a month', 90_000],
    ['between 40\u2009000 and 48\u2009000 eur', 40_000],
    ['no less than 3 200 € netto monatlich', 38_400],
  ] as const)('"%s" → %d (space-grouped thousands)', ([text, expected]) => {
    expect(floor(text)).toBe(expected);
  });

  it.for(['show me 3 200 jobs', 'companies with 1 500 employees', 'the 2 000 newest postings'])(
    'finds no space-grouped pay in "%s"',
    (text) => {
      expect(floor(text)).toBeNull();
    },
  );

  // Session 46 (a Lisbon user's trial): gross and net, thousands and "at least" in the words of other languages are pay.
  it.for([
    ['€38k brutos anuais', 38_000],
    ['52 mil brutos', 52_000],
    ['mínimo 42 mil', 42_000],
    ['no mínimo 2.800 € líquidos por mês', 33_600],
    ['65k brutto', 65_000],
    ['mindestens 58 tausend', 58_000],
    ['48k€ brut', 48_000],
    ['36k lordi', 36_000],
    ['al menos 30 mil euros', 30_000],
    ['2.400 netto per maand', 28_800],
    ['55k gross', 55_000],
    ['at least 3.200 € net', 38_400],
    // A figure under 10,000 with no period is a month's pay.
    ['paying at least €2,900', 34_800],
  ] as const)('"%s" → %d', ([text, expected]) => {
    expect(floor(text)).toBe(expected);
  });

  it.for(['around 40k gross', 'up to 45k brutos', 'a 3 mil lead time'])('a hedged or unmarked figure is no floor: "%s"', (text) => {
    expect(floor(text)).toBeNull();
  });

  it('keeps pay said in other words out of the place and the search terms', () => {
    expect(readSearch('supply chain jobs in Porto 41k brutos', { needsNoun: true })).toEqual({
      query: 'supply chain',
      location: 'Porto',
      min_salary: 41_000,
    });
    expect(readSearch('buyer roles in Faro, pelo menos 2.600 € líquidos', { needsNoun: true })).toMatchObject({
      query: 'buyer',
      location: 'Faro',
      min_salary: 31_200,
    });
  });

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
      min_salary_currency: 'EUR',
    });
  });
});

describe('reading a search said with other things around it', () => {
  it.for([
    ['golang jobs, remote only, just the top 5', { query: 'golang', remote: true, limit: 5 }],
    ['like 3 welding jobs in gdansk nothing fancy lol', { query: 'welding', location: 'gdansk', limit: 3 }],
    ['data science internships in Accra, im still studying', { query: 'data science', location: 'Accra', seniority: 'intern' }],
    ['product owner jobs in porto alegre mid level pls', { query: 'product owner', location: 'porto alegre', seniority: 'mid' }],
    ['contract vue work, at least $70/hour', { query: 'vue', min_salary: 145_600, min_salary_currency: 'USD', employment_type: 'contract' }],
    ['barista work anything going', { query: 'barista' }],
  ] as const)('"%s"', ([text, expected]) => {
    expect(readSearch(text, { needsNoun: true })).toEqual(expected);
  });
});

// Trial s50 #27: the floor's currency is kept, read from the amount on (never from the words before it).
describe('the currency of a pay floor', () => {
  it.each([
    ['welder jobs paying at least 450k nok', 'NOK'],
    ['fitter jobs in norway, minimum nok 550 000', 'NOK'],
    ['python jobs in berlin, €80k or more', 'EUR'],
    ['rigger jobs paying at least 45 000 zł a year', 'PLN'],
    ['millwright jobs in alberta paying at least ca$90k', 'CAD'],
    ['golang roles that pay at least $120,000', 'USD'],
    ['nurse jobs in leeds over £32,000', 'GBP'],
  ])('%s → %s', (message, currency) => {
    expect(readPayFloor(message)?.currency).toBe(currency);
  });

  it.each(['any devops openings paying 90-120k?', "i won't take less than 60k for a welding job"])('%s names no currency', (message) => {
    expect(readPayFloor(message)).not.toBeNull();
    expect(readPayFloor(message)?.currency).toBeUndefined();
  });
});

describe('a floor typed with its currency in a form (readYearlyPayFloor)', () => {
  it.each([
    ['NOK 550 000', { amount: 550_000, currency: 'NOK' }],
    ['550000 NOK', { amount: 550_000, currency: 'NOK' }],
    ['NOK550000', { amount: 550_000, currency: 'NOK' }],
    ['€45k', { amount: 45_000, currency: 'EUR' }],
    ['45 000 zł', { amount: 45_000, currency: 'PLN' }],
    ['45.000', { amount: 45_000 }],
  ])('%s', (typed, floor) => {
    expect(readYearlyPayFloor(typed)).toEqual(floor);
  });

  it('is none for what is no amount', () => {
    expect(readYearlyPayFloor('NOK lots')).toBeUndefined();
  });
});
