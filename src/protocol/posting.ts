import { z } from 'zod';

/** Pay periods a salary can be quoted over. */
export const salaryPeriods = ['hour', 'day', 'week', 'month', 'year'] as const;
export type SalaryPeriod = (typeof salaryPeriods)[number];

/** Employment types every board's wording is mapped onto. */
export const employmentTypes = [
  'full_time',
  'part_time',
  'contract',
  'internship',
  'temporary',
] as const;
export type EmploymentType = (typeof employmentTypes)[number];

const webUrl = z.url({ protocol: /^https?$/ });

/** A salary as stated by the posting; either bound may be missing ("up to $150k"). */
export const salarySchema = z.object({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable()
    .describe('ISO 4217 code, null when the posting names none'),
  period: z.enum(salaryPeriods).nullable(),
});
export type Salary = z.infer<typeof salarySchema>;

/** How the work is done: fully remote, partly in an office, or in the office. */
export const workModes = ['remote', 'hybrid', 'on_site'] as const;
export type WorkMode = (typeof workModes)[number];

/**
 * The work arrangement as the posting states it ("Hybrid 2 days Dublin (Sandyford office)"),
 * or as the board lists it when the posting's own words say nothing.
 */
export const workArrangementSchema = z.object({
  mode: z.enum(workModes),
  office_days: z
    .object({
      min: z.number().positive(),
      max: z.number().positive(),
      per: z.enum(['week', 'month']),
    })
    .nullable()
    .describe('Days in the office the posting asks for ("2–3 days a week": min 2, max 3); null when it gives none'),
  home_days: z
    .object({
      min: z.number().nonnegative(),
      max: z.number().positive(),
      per: z.enum(['week', 'month']),
    })
    .nullable()
    .optional()
    .describe('Days away from the office the posting allows ("mobiles Arbeiten bis 2 Tage/Woche": min 0, max 2); absent or null when it gives none'),
  place: z.string().nullable().describe('Where those days are spent: "Dublin (Sandyford office)"; null when not said'),
  within: z.string().nullable().describe('The region remote work is limited to: "Ireland" for "remote within Ireland"'),
  said: z
    .string()
    .nullable()
    .describe("The posting's own words that state it, quoted; null when only the board's listing says it"),
});
export type WorkArrangement = z.infer<typeof workArrangementSchema>;

/** One opening as one board published it, in the shape every adapter returns. */
export const postingSchema = z.object({
  title: z.string().min(1),
  company: z.string().min(1),
  location: z.string().nullable().describe('As the board wrote it; null when it gives none'),
  remote: z.boolean().nullable().describe('null when the board does not say'),
  salary: salarySchema.nullable(),
  employment_type: z.enum(employmentTypes).nullable(),
  posted_at: z.iso.datetime().nullable(),
  url: webUrl.describe('Where a person reads or applies for the posting'),
  source: z.string().min(1).describe('The board adapter name, e.g. "remotive"'),
  source_url: webUrl.describe("The posting's page on that board"),
  tags: z.array(z.string()),
  description: z.string().describe('Plain text, already converted from HTML and capped'),
  closes_on: z.iso
    .date()
    .nullish()
    .describe("The last day to apply as the board's own field gives it (YYYY-MM-DD); left out when the board has no such field"),
});
export type NormalisedPosting = z.infer<typeof postingSchema>;

/** One board a merged job was seen on. */
export const postingSourceSchema = z.object({ name: z.string().min(1), url: webUrl });
export type PostingSource = z.infer<typeof postingSourceSchema>;

/** One opening, however many boards listed it: the shape the index stores and the API returns. */
export const mergedPostingSchema = postingSchema
  .omit({ source: true, source_url: true })
  .extend({
    id: z.string().min(1).describe('Stable id derived from the dedupe key'),
    sources: z.array(postingSourceSchema).min(1),
    work_pattern: z
      .string()
      .nullish()
      .describe('The hours or days a week the posting states ("3 days a week", "20 hours a week", "0.6 FTE"); null when it states none'),
  });
export type MergedPosting = z.infer<typeof mergedPostingSchema>;

/**
 * The most a yearly pay floor may be, in chat, over HTTP and on the command line alike: pay in
 * won, dong or rupiah runs to hundreds of millions a year ("over 45 million KRW").
 */
export const maxYearlyPay = 2_000_000_000;

/** What a pay floor that could not be read says, in chat, over HTTP and on the command line alike. */
export const yearlyPayHint = `a yearly amount, a whole number from 1 to ${maxYearlyPay} (write 35000, 35,000, 35.000 or 35k)`;

/**
 * A yearly pay floor as people type it: digits grouped by thousands with a comma, a dot, a space
 * or an apostrophe ("35,000", the European "35.000", "35 000", "1'200'000"), or thousands with a
 * "k" ("35k", "35.5k"). A dot before exactly three digits groups thousands, so "35.000" is never
 * read as 35; any other fraction ("35.50") is no yearly amount. Undefined when it is none.
 *
 * @example
 * readYearlyPay('35.000'); // 35000
 * readYearlyPay('35.5k'); // 35500
 * readYearlyPay('35.50'); // undefined
 */
export function readYearlyPay(text: string): number | undefined {
  const written = text.trim().toLowerCase().replace(/[\s\u00a0\u202f_]+/g, ' ');
  const thousands = /^(?<amount>\d+(?:[.,]\d+)?) ?k$/.exec(written)?.groups?.amount;
  const grouped = /^\d{1,3}(?:(?<separator>[,. '’])\d{3})(?:\k<separator>\d{3})*$/.test(written);
  const amount = thousands !== undefined ? Math.round(Number(thousands.replace(',', '.')) * 1_000) : grouped || /^\d+$/.test(written) ? Number(written.replace(/\D/g, '')) : Number.NaN;
  return Number.isInteger(amount) && amount >= 1 && amount <= maxYearlyPay ? amount : undefined;
}

/** Signs and names of currencies, the more specific first ("CA$" before "$"). */
const currencyWords: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:ca|c)\$/, 'CAD'], [/(?:au|a)\$/, 'AUD'], [/nz\$/, 'NZD'], [/hk\$/, 'HKD'], [/(?:sg|s)\$/, 'SGD'], [/mx\$/, 'MXN'], [/r\$|reais/, 'BRL'],
  [/gh₵|₵|cedis?/, 'GHS'], [/€|euros?(?![\p{L}])/u, 'EUR'], [/£|pounds?(?![\p{L}])|quid/u, 'GBP'], [/zł|złotych|zlot(?:y|ys|ych)(?![\p{L}])/u, 'PLN'],
  [/₹|rupees|(?<![\p{L}])rs\.?(?=\s?\d)/u, 'INR'], [/¥|(?<![\p{L}])yen(?![\p{L}])/u, 'JPY'], [/₩|(?<![\p{L}])won(?![\p{L}])/u, 'KRW'], [/₦|naira/, 'NGN'],
  [/(?<![\p{L}])rand(?![\p{L}])|(?<![\p{L}\d])r(?=\d)/u, 'ZAR'], [/baht/, 'THB'], [/₱/, 'PHP'], [/₺|(?<![\p{L}])lira(?![\p{L}])/u, 'TRY'], [/₴/, 'UAH'], [/₽/, 'RUB'], [/₪/, 'ILS'],
  [/\$|(?<![\p{L}])(?:dollars?|bucks)(?![\p{L}])/u, 'USD'],
];

/**
 * The currency a pay floor names, as people write it before or after the amount: an ISO code ("NOK 550 000", "450k
 * NOK"), a sign ("€45k", "£30,000", "CA$80k", "45 000 zł") or a currency's name ("euros", "złotych"). A bare "$" or
 * "dollars" is the US dollar; "kr" (Norwegian, Swedish or Danish) names none. Undefined when it names none.
 *
 * @example
 * payFloorCurrency('at least 450k nok'); // 'NOK'
 * payFloorCurrency('€80k or more'); // 'EUR'
 * payFloorCurrency('over 100k'); // undefined
 */
export function payFloorCurrency(text: string): string | undefined {
  const said = text.toLowerCase();
  const code = /(?<![\p{L}])(usd|eur|gbp|chf|cad|aud|nzd|inr|jpy|cny|rmb|hkd|twd|sgd|krw|sek|nok|dkk|isk|pln|czk|huf|ron|bgn|uah|rub|ils|aed|sar|qar|kwd|bhd|omr|egp|mad|tnd|ngn|ghs|kes|ugx|tzs|rwf|etb|zar|zmw|xof|xaf|brl|mxn|ars|clp|cop|pen|uyu|php|idr|myr|thb|vnd|pkr|bdt|lkr|npr)(?![\p{L}])/u.exec(said)?.[1];
  if (code) return code === 'rmb' ? 'CNY' : code.toUpperCase();
  const named = currencyWords.find(([pattern]) => pattern.test(said));
  return named?.[1];
}

/**
 * A yearly pay floor typed with its currency, as the web's and the command line's "pay at least" fields take it:
 * "NOK 550 000", "550000 NOK", "€45k", "45 000 zł"; the amount read as {@link readYearlyPay} reads it. Undefined when
 * the amount is none.
 *
 * @example
 * readYearlyPayFloor('NOK 550 000'); // { amount: 550000, currency: 'NOK' }
 * readYearlyPayFloor('45000'); // { amount: 45000 }
 */
export function readYearlyPayFloor(text: string): { amount: number; currency?: string } | undefined {
  const currency = payFloorCurrency(text);
  const bare = text.replace(/^\s*(?:[a-z]{3}|[a-z]{0,2}\$|[€£¥₹₩₦₵₱₺₴₽₪]|zł)\s*|\s*(?:[a-z]{3}|zł|euros?|złotych)\s*$/giu, '');
  const amount = readYearlyPay(currency ? bare : text);
  if (amount === undefined) return undefined;
  return currency ? { amount, currency } : { amount };
}
