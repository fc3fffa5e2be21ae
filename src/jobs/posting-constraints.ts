import type { JobSeniority } from '../protocol/api.ts';
import { postingLevel } from './board-level.ts';

/** A salary as postings and the index state it (any period wording). */
type StatedSalary = { min: number | null; max: number | null; period: string | null; currency?: string | null };

/** Whether a posting meets a constraint, or cannot be told because it does not say. */
export type Verdict = 'yes' | 'no' | 'unknown';

/** Working periods in a year, to compare an hourly or monthly rate with a yearly floor. */
const perYear: Readonly<Record<string, number>> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

/**
 * A salary's best stated amount over a year: the top of the range, else its bottom. Null
 * when it states no amount. A period the posting does not give is taken as a year.
 *
 * @example
 * yearlyTop({ min: 50, max: 70, currency: 'USD', period: 'hour' }); // 145600
 */
export function yearlyTop(salary: StatedSalary | null | undefined): number | null {
  const amount = salary?.max ?? salary?.min ?? null;
  if (amount === null || amount === undefined) return null;
  return amount * (perYear[salary?.period ?? 'year'] ?? 1);
}

/**
 * A salary's lowest stated amount over a year: the bottom of the range, else its top. Null
 * when it states no amount.
 *
 * @example
 * yearlyBottom({ min: 50, max: 70, currency: 'USD', period: 'hour' }); // 104000
 */
export function yearlyBottom(salary: StatedSalary | null | undefined): number | null {
  const amount = salary?.min ?? salary?.max ?? null;
  if (amount === null || amount === undefined) return null;
  return amount * (perYear[salary?.period ?? 'year'] ?? 1);
}

/**
 * Whether a posting's pay reaches a yearly floor: its stated maximum (or minimum, when
 * that is all it gives) over a year. Amounts are compared as stated: currencies are not
 * converted. A floor said in a currency (`currency`, "at least 450k NOK") is compared only with
 * pay in that currency: pay stated in another is 'other currency' (kept, and said so), never
 * hidden as below a number in another money. Pay whose currency is not stated is compared as it is.
 *
 * @example
 * meetsSalaryFloor({ min: 90000, max: 120000, currency: 'EUR', period: 'year' }, 100000); // 'yes'
 * meetsSalaryFloor({ min: 55000, max: 65000, currency: 'EUR', period: 'year' }, 450000, 'NOK'); // 'other currency'
 * meetsSalaryFloor(null, 100000); // 'unknown'
 */
export function meetsSalaryFloor(salary: StatedSalary | null | undefined, floor: number, currency?: string): Verdict | 'other currency' {
  const top = yearlyTop(salary);
  if (top === null) return 'unknown';
  if (currency && salary?.currency && salary.currency.toUpperCase() !== currency) return 'other currency';
  return top >= floor ? 'yes' : 'no';
}

/**
 * Whether a posting is at the level asked for, by the level its title signals ("Senior",
 * "Jr.", "Staff", "Engineer II"), else the level its board lists ("Entry Level"); 'unknown'
 * when neither names one.
 *
 * @example
 * meetsSeniority({ title: 'Senior Product Designer', tags: [] }, 'senior'); // 'yes'
 * meetsSeniority({ title: 'Backend Engineer', tags: [] }, 'senior'); // 'unknown'
 */
export function meetsSeniority(posting: { title: string; tags: readonly string[] }, wanted: JobSeniority): Verdict {
  const level = postingLevel(posting);
  if (!level) return 'unknown';
  return level === wanted ? 'yes' : 'no';
}
