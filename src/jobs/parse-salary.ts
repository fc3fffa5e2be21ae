import type { Salary, SalaryPeriod } from '../protocol/posting.ts';

const currencyCodes = [
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF',
  'INR', 'JPY', 'SGD', 'HKD', 'BRL', 'MXN', 'ZAR', 'ILS', 'AED',
];
const currencyCode = new RegExp(`\\b(${currencyCodes.join('|')})\\b`, 'i');
// Longest first: "CA$" is Canadian before "$" is read as US dollars.
const currencySymbols: Array<[string, string]> = [
  ['CA$', 'CAD'], ['C$', 'CAD'], ['AU$', 'AUD'], ['A$', 'AUD'], ['NZ$', 'NZD'], ['US$', 'USD'], ['R$', 'BRL'],
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['₹', 'INR'], ['¥', 'JPY'], ['zł', 'PLN'],
];

// Most specific first: "per hour" must not be read as a year because "hourly" ends in "ly".
// In the languages postings here are written in: "par heure", "por hora", "pro Monat", "por mês", "par année".
const periodPatterns: Array<[SalaryPeriod, RegExp]> = [
  ['hour', /\bhour(?:ly)?\b|\/\s*hr?\b|\bhr\b|\bstunde\b|\bper-hour|(?<![\p{L}])(?:heure|hora|ora|uur|stündlich)(?![\p{L}])/iu],
  ['day', /\bday\b|\bdaily\b|\/\s*d\b|\btag\b|(?<![\p{L}])(?:jour|día|dia|giorno)(?![\p{L}])/iu],
  ['week', /\bweek(?:ly)?\b|\/\s*wk\b|(?<![\p{L}])(?:woche|semaine|semana|settimana)(?![\p{L}])/iu],
  ['month', /\bmonth(?:ly)?\b|\/\s*mo\b|\bmonat\b|(?<![\p{L}])(?:monatlich|mois|mensuel(?:le)?|mes|mensual|mês|mensal|mese|mensile|maand)(?![\p{L}])/iu],
  ['year', /\byear(?:ly)?\b|\bannual(?:ly)?\b|\bannum\b|\bp\.?\s?a\.?(?=\s|$|[,;)])|\/\s*yr\b|\byr\b|\bjahr\b|(?<![\p{L}])(?:jährlich|année|annuel(?:le)?|par an|año|anual|ano|anno|annuo|jaar)(?![\p{L}])/iu],
];

// A number with optional thousands separators (1,000 · 1.000 · 1 000) or decimals, then k/m or
// the "mil" (thousand) of Portuguese and Spanish pay: "R$ 12 mil".
const amount = /(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)\s*(mil|[km])?(?![a-z])/gi;
// What may stand between the two ends of a range: "-", "to", "à", "a", "até", with currency on either side.
const rangeJoin = /^\s*[^\d\s]{0,3}\s*(?:-|–|—|to|bis|and|à|a|até|y)\s*\D{0,4}$/i;

/**
 * A pay period from a board's own wording: "YEAR", "per-year-salary", "1 YEAR", "hourly".
 *
 * @example
 * normaliseSalaryPeriod('per-hour-wage'); // 'hour'
 */
export function normaliseSalaryPeriod(text: string | null | undefined): SalaryPeriod | null {
  if (!text) return null;
  const spaced = text.replace(/[-_]/g, ' ');
  for (const [period, pattern] of periodPatterns) if (pattern.test(spaced)) return period;
  return null;
}

/**
 * A salary from numbers a board gives as fields; null when it gives none.
 *
 * @example
 * salaryFromRange({ min: 90000, max: 0, currency: 'usd', period: 'YEAR' });
 * // { min: 90000, max: null, currency: 'USD', period: 'year' }
 */
export function salaryFromRange(range: {
  min?: number | string | null;
  max?: number | string | null;
  currency?: string | null;
  period?: string | null;
}): Salary | null {
  const bound = (value: number | string | null | undefined) => {
    const number = typeof value === 'string' ? Number(value) : value;
    return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : null;
  };
  let min = bound(range.min);
  let max = bound(range.max);
  if (min === null && max === null) return null;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  const currency = range.currency?.trim().toUpperCase() ?? '';
  return {
    min,
    max,
    currency: /^[A-Z]{3}$/.test(currency) ? currency : null,
    period: normaliseSalaryPeriod(range.period),
  };
}

/**
 * A "$" written after the amount ("95 000 $", "90 000 $ à 105 000 $") is how French Canada
 * writes its dollars; the US, Australia and Latin America write the sign before the number.
 */
export const dollarsAfterTheAmount = /\d\s*\$(?![\d])/u;

function currencyIn(text: string): string | null {
  const code = currencyCode.exec(text)?.[1];
  if (code) return code.toUpperCase();
  const symbol = currencySymbols.find(([sign]) => text.includes(sign))?.[1] ?? null;
  return symbol === 'USD' && !text.includes('US$') && dollarsAfterTheAmount.test(text) ? 'CAD' : symbol;
}

/**
 * A number as written ("48,000", "70.000", "55k"), with its k or m.
 *
 * @example
 * readAmount("55", "k"); // 55000
 */
export function readAmount(digits: string, suffix: string | undefined): number {
  const grouped = /^\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+$/.test(digits);
  const value = grouped ? Number(digits.replace(/\D/g, '')) : Number(digits.replace(',', '.'));
  // "k", "M"; German "T" (Tausend: "60 T€"), "Tsd.", "Tausend".
  // Portuguese and Spanish "mil" (thousand): "R$ 12 mil", "45 mil euros".
  const multipliers: Record<string, number> = { k: 1_000, m: 1_000_000, t: 1_000, tsd: 1_000, tausend: 1_000, mil: 1_000 };
  return value * (multipliers[suffix?.toLowerCase().replace(/\.$/, '') ?? ''] ?? 1);
}

/**
 * The period of pay that states none: Brazilian pay is quoted by the month ("R$ 12 mil" is
 * R$ 12,000 a month, as a CLT contract pays it); elsewhere an amount of 10,000 or more is a year's.
 */
export function unstatedPeriod(amount: number, currency: string | null): SalaryPeriod | null {
  if (currency === 'BRL' && amount < 100_000) return 'month';
  return amount >= 10_000 ? 'year' : null;
}

/**
 * A salary from the free text boards write: "$120k – $150k", "€60,000-80,000 per year",
 * "USD 50/hour", "up to £55k". Null for text that states no pay ("Competitive", "DOE").
 * An unstated period is read as yearly when the amount is at least 10,000.
 *
 * @example
 * parseSalary('€60,000-80,000 per year');
 * // { min: 60000, max: 80000, currency: 'EUR', period: 'year' }
 */
export function parseSalary(text: string | null | undefined): Salary | null {
  if (!text) return null;
  const matches = [...text.matchAll(amount)];
  const [first, second] = matches;
  if (!first) return null;
  const currency = currencyIn(text);
  const statedPeriod = normaliseSalaryPeriod(text);
  let low = readAmount(first[1] ?? '', first[2]);
  let high = low;
  const between = second ? text.slice((first.index ?? 0) + first[0].length, second.index) : '';
  const isRange = second !== undefined && rangeJoin.test(between);
  if (isRange) {
    high = readAmount(second[1] ?? '', second[2]);
    // "$80-100k": the k written once applies to both ends.
    if (!first[2] && second[2] && low < 1_000) low = readAmount(first[1] ?? '', second[2]);
  }
  const looksLikePay =
    currency !== null || first[2] !== undefined || statedPeriod !== null || low >= 1_000;
  if (!looksLikePay || !(low > 0)) return null;
  const period = statedPeriod ?? unstatedPeriod(Math.max(low, high), currency);
  if (!isRange && /\bup to\b|\bmax(?:imum)?\b|\bbis zu\b|jusqu'à|(?<![\p{L}])(?:hasta|até)(?![\p{L}])/iu.test(text)) {
    return { min: null, max: low, currency, period };
  }
  if (!isRange && /\bfrom\b|\bstarting\b|\bab\b|\bmin(?:imum)?\b|à partir de|\bdesde\b|\+/iu.test(text)) {
    return { min: low, max: null, currency, period };
  }
  return { min: Math.min(low, high), max: Math.max(low, high), currency, period };
}
