import type { KnownData, KnownJobData, KnownSalary } from '../../protocol/known-data.ts';
import { salaryText } from '../../present/format-job.ts';

/** Where to look up pay, for any trade or country: no one site, no one currency. */
const research =
  'Research the range first: postings for the same role in your area that list pay, the pay scales or salary surveys for your profession in your country (public services, hospitals and unions often publish theirs), and people who do the job';

/**
 * The answer to "what do I say when they ask my salary expectations?", in the person's own
 * market: with saved jobs that state pay, their range and currency (the most common one
 * among them, and the same pay period); without, a range to fill in, never another
 * country's figures or currency. A question that names a role or a place ("as a welder in
 * Stavanger") is answered from the saved jobs of that role and place only; when none of them
 * is, it says so and names no other role's figures.
 *
 * @example
 * salaryExpectationsAnswer({ jobs: [{ id: 'a', title: 'CNM2', company: 'Beacon Hospital', salary: { min: 58000, max: 66000, currency: 'EUR', period: 'year' } }], resumes: [] });
 * // '… Your saved jobs that state pay: CNM2 at Beacon Hospital, €58k–66k/yr. … "… I am looking at €58k–66k, …"'
 */
export function salaryExpectationsAnswer(known: KnownData | undefined, question = ''): string {
  const stating = (known?.jobs ?? []).flatMap((job) => (job.salary && (job.salary.min !== null || job.salary.max !== null) ? [{ ...job, salary: job.salary }] : []));
  const close = 'Where it is legal, you can also ask for their budgeted range before naming yours.';
  const asked = askedFor(question, stating);
  const paid = asked.jobs;
  if (paid.length === 0 && asked.named.length > 0) {
    const named = asked.named.map((word) => `"${word}"`).join(', ');
    return `None of your saved jobs that state pay is for ${named}, so I have no figure of theirs to give. ${research}. Search for those jobs and save the ones that state pay ("save the first one"), and I can work the range out from them. Then give a range whose bottom you would happily accept, in the currency you are paid in. ${close}`;
  }
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
  const which = asked.matched.length > 0 ? ` for ${asked.matched.map((word) => `"${word}"`).join(', ')}` : '';
  return [
    `${research}. Your saved jobs${which} that state pay: ${listed}${alike.length > 4 ? `, and ${alike.length - 4} more` : ''}.`,
    `Give a range whose bottom you would happily accept; from those, e.g. "Based on the role and the market, I am looking at ${range}, depending on the full package."`,
    close,
  ].join(' ');
}

type Paid = KnownJobData & { salary: KnownSalary };

/**
 * The saved jobs a salary question is about: those whose title or place shares a word with it ("as welder in Stavanger":
 * the welder jobs in Stavanger, else the welder jobs, else the jobs in Stavanger), or all of them when it names no role
 * or place. `named` is what it names that no saved job is (to say so rather than quote another role's pay).
 */
function askedFor(question: string, jobs: readonly Paid[]): { jobs: readonly Paid[]; matched: string[]; named: string[] } {
  const words = [...new Set((question.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((word) => !salaryQuestionWords.has(word)))];
  if (words.length === 0) return { jobs, matched: [], named: [] };
  const shared = (text: string | null | undefined) => {
    const own = new Set((text ?? '').toLowerCase().match(/\p{L}{3,}/gu) ?? []);
    return words.filter((word) => own.has(word) || own.has(`${word}s`) || (word.endsWith('s') && own.has(word.slice(0, -1))));
  };
  const scored = jobs.map((job) => ({ job, role: shared(job.title).filter((word) => !rankWords.has(word)), place: shared(job.location) }));
  const best = Math.max(0, ...scored.map(({ role, place }) => (role.length > 0 ? 2 : 0) + (place.length > 0 ? 1 : 0)));
  if (best > 0) {
    const chosen = scored.filter(({ role, place }) => (role.length > 0 ? 2 : 0) + (place.length > 0 ? 1 : 0) === best);
    const matched = new Set(chosen.flatMap(({ role, place }) => [...role, ...place]));
    return { jobs: chosen.map(({ job }) => job), matched: words.filter((word) => matched.has(word)), named: [] };
  }
  // Only what is said as a role or a place counts as named: "as (a) welder", "in Perth", "an electrician".
  const said = new Set(
    [...question.toLowerCase().matchAll(/\b(?:as|in|for|at|an?)\s+(?:an?\s+|the\s+)?(\p{L}{4,})/gu)].flatMap((found) => (found[1] ? [found[1]] : [])),
  );
  const named = words.filter((word) => said.has(word) && !commonWords.has(word)).slice(0, 3);
  return { jobs: named.length > 0 ? [] : jobs, matched: [], named };
}

/** A title's rank, not its role: "Senior Nurse" and "Senior Engineer" are not one job. */
const rankWords = new Set(['senior', 'junior', 'lead', 'head', 'chief', 'staff', 'principal', 'assistant', 'associate', 'trainee', 'apprentice', 'intern', 'manager', 'specialist', 'officer']);

/** The words of salary questions themselves ("what should I ask as … with 16 years"). */
const salaryQuestionWords = new Set(
  `what how much many should would could can will shall say ask asking asked answer handle tell give number figure the for and with without
  salary salaries pay paid paying wage wages rate rates earn earning earnings income money expectation expectations expect expected range
  market fair fairly realistic reasonable typical typically usual usually normal normally average good decent right about around roughly
  this that these those there here they them their you your yours mine our who whom when where which while into from per
  year years yearly annual annually month monthly week weekly hour hourly day daily experience experienced role roles job jobs position positions
  work working offer offered package discussion discussions question first negotiate know research level levels people someone person`.split(/\s+/),
);

/** Everyday words that name neither a role nor a place. */
const commonWords = new Set(['interview', 'interviews', 'application', 'form', 'call', 'email', 'letter', 'contract', 'negotiation', 'general', 'country', 'city', 'area', 'region', 'field', 'industry', 'sector', 'like', 'just', 'also', 'really', 'maybe', 'some', 'want', 'need', 'think', 'next', 'current', 'currently', 'new', 'now', 'then', 'again', 'still', 'even', 'more', 'less', 'than', 'been', 'have', 'having', 'being', 'doing', 'please', 'thanks']);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  // A round figure, as people say a range: to the thousand for yearly pay, else as it is.
  return value >= 10_000 ? Math.round(value / 1000) * 1000 : value;
}
