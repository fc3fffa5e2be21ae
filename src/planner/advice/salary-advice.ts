import type { KnownData, KnownSalary } from '../../protocol/known-data.ts';
import { salaryText } from '../../present/format-job.ts';

/** Where to look up pay, for any trade or country: no one site, no one currency. */
const research =
  'Research the range first: postings for the same role in your area that list pay, the pay scales or salary surveys for your profession in your country (public services, hospitals and unions often publish theirs), and people who do the job';

/**
 * The answer to "what do I say when they ask my salary expectations?", in the person's own
 * market: with saved jobs that state pay, their range and currency (the most common one
 * among them, and the same pay period); without, a range to fill in, never another
 * country's figures or currency.
 *
 * @example
 * salaryExpectationsAnswer({ jobs: [{ id: 'a', title: 'CNM2', company: 'Beacon Hospital', salary: { min: 58000, max: 66000, currency: 'EUR', period: 'year' } }], resumes: [] });
 * // '… Your saved jobs that state pay: CNM2 at Beacon Hospital, €58k–66k/yr. … "… I am looking at €58k–66k, …"'
 */
export function salaryExpectationsAnswer(known: KnownData | undefined): string {
  const paid = (known?.jobs ?? []).flatMap((job) => (job.salary && (job.salary.min !== null || job.salary.max !== null) ? [{ ...job, salary: job.salary }] : []));
  const close = 'Where it is legal, you can also ask for their budgeted range before naming yours.';
  if (paid.length === 0) {
    return `${research}. Then give a range whose bottom you would happily accept, in the currency you are paid in, e.g. "Based on the role and the market, I am looking at [your range], depending on the full package." Save jobs that state their pay and I can work the range out from them. ${close}`;
  }
  // The currency and period most of them are paid in: figures in two currencies are not one range.
  const key = (salary: KnownSalary) => `${salary.currency ?? ''}|${salary.period ?? ''}`;
  const counts = new Map<string, number>();
  for (const { salary } of paid) counts.set(key(salary), (counts.get(key(salary)) ?? 0) + 1);
  const common = [...counts.entries()].sort((left, right) => right[1] - left[1])[0]?.[0];
  const alike = paid.filter(({ salary }) => key(salary) === common);
  const lows = alike.map(({ salary }) => salary.min ?? salary.max ?? 0);
  const highs = alike.map(({ salary }) => salary.max ?? salary.min ?? 0);
  const [first] = alike;
  const range = salaryText({ min: median(lows), max: median(highs), currency: first?.salary.currency ?? null, period: null });
  const listed = alike
    .slice(0, 4)
    .map(({ title, company, salary }) => `${title} at ${company}, ${salaryText(salary)}`)
    .join('; ');
  return [
    `${research}. Your saved jobs that state pay: ${listed}${alike.length > 4 ? `, and ${alike.length - 4} more` : ''}.`,
    `Give a range whose bottom you would happily accept; from those, e.g. "Based on the role and the market, I am looking at ${range}, depending on the full package."`,
    close,
  ].join(' ');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  // A round figure, as people say a range: to the thousand for yearly pay, else as it is.
  return value >= 10_000 ? Math.round(value / 1000) * 1000 : value;
}
