import type { JobRecord } from '../../db/repositories/jobs.ts';
import { yearlyBottom, yearlyTop } from '../../jobs/posting-constraints.ts';
import { workArrangementOf } from '../../jobs/work-arrangement.ts';
import { placeText, postedText, salaryText } from '../../present/format-job.ts';
import { matchFigure } from '../../present/fit-label.ts';
import type { CareerCallContext, CareerDependencies } from '../career-dependencies.ts';
import { matchResume } from '../resumes/match-resume.ts';
import { postingOf } from '../resumes/posting-of.ts';
import { lastResultIds, resolveJob } from './resolve-job.ts';

export type CompareBy = 'pay' | 'fit' | 'recent' | 'remote' | 'mentions';
export type CompareAmong = 'results' | 'saved';

export type Comparison =
  | { ok: true; summary: string; winners: JobRecord[]; compared: number; listed: JobRecord[] }
  | { ok: false; error: string };

type Dependencies = Pick<CareerDependencies, 'jobs' | 'saved' | 'resumes'>;

/** Ranked lines shown under the answer. */
const maxListed = 10;

/**
 * Compares the thread's last results (or the saved jobs) by pay, fit to the active resume,
 * how recently each was posted, whether it is remote, or whether its posting asks for a
 * skill, language or requirement (`mentions`, with `term`). The summary names the winning
 * job(s) with the figure, and says which jobs do not state it. Pay is compared per
 * currency, never converted.
 *
 * @example
 * const comparison = await compareJobs({ by: 'pay' }, dependencies, context);
 * comparison.summary; // 'Platform Engineer at Hotjar pays the most: €70k–85k/yr. …'
 */
export async function compareJobs(
  request: { by: CompareBy; among?: CompareAmong | undefined; term?: string | undefined; at_least?: number | undefined; jobs?: readonly string[] | undefined },
  dependencies: Dependencies,
  context: Pick<CareerCallContext, 'references'>,
): Promise<Comparison> {
  const chosen = request.jobs && request.jobs.length > 0 ? await namedJobs(request.jobs, dependencies, context.references ?? {}) : await jobsToCompare(request.among, dependencies, context.references ?? {});
  if ('error' in chosen) return { ok: false, error: chosen.error };
  const { jobs, note } = chosen;
  if (jobs.length === 0) {
    return {
      ok: false,
      error:
        request.among === 'saved'
          ? 'You have no saved jobs to compare yet: say "save the second one" after a search.'
          : 'There are no job results in this conversation to compare, and no saved jobs: search first, e.g. "find remote typescript jobs".',
    };
  }
  const compared =
    request.by === 'mentions'
      ? byMention(jobs, request.term)
      : request.by === 'pay' && request.at_least !== undefined
        ? byPayFloor(jobs, request.at_least)
        : await compare(request.by, jobs, dependencies);
  if (!compared.ok) return compared;
  return { ok: true, summary: `${note}${compared.summary}`, winners: compared.winners, compared: jobs.length, listed: compared.listed ?? [] };
}

async function jobsToCompare(
  among: CompareAmong | undefined,
  dependencies: Dependencies,
  references: Readonly<Record<string, string>>,
): Promise<{ jobs: JobRecord[]; note: string }> {
  const results = lastResultIds(references);
  if (among !== 'saved' && results.length > 0) return { jobs: inOrder(await dependencies.jobs.getMany(results), results), note: '' };
  const saved = (await dependencies.saved.list()).map((entry) => entry.job_id);
  const jobs = inOrder(await dependencies.jobs.getMany(saved), saved);
  const note = among === 'saved' || jobs.length === 0 ? '' : 'There are no results in this conversation, so I compared your saved jobs. ';
  return { jobs, note };
}

/**
 * Only the jobs the person named ("the toronto and calgary ones"), each found as any reference is (a number of
 * the list, a place, a company, an id), in the order named; the rest of the list is left out.
 */
async function namedJobs(
  named: readonly string[],
  dependencies: Dependencies,
  references: Readonly<Record<string, string>>,
): Promise<{ jobs: JobRecord[]; note: string } | { error: string }> {
  const jobs: JobRecord[] = [];
  for (const reference of named) {
    const found = await resolveJob(reference, { references, jobs: dependencies.jobs, saved: dependencies.saved });
    if (!found.ok) return { error: `I can't tell which job "${reference}" is, so I compared none: ${found.error}` };
    if (!jobs.some((job) => job.id === found.job.id)) jobs.push(found.job);
  }
  if (jobs.length < 2) return { error: `"${named.join('" and "')}" all name ${names(jobs)}: name two different jobs to compare (their number in the list, place or company).` };
  return { jobs, note: '' };
}

const inOrder = (jobs: readonly JobRecord[], ids: readonly string[]): JobRecord[] => {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  return ids.flatMap((id) => byId.get(id) ?? []);
};

/** `listed`: the jobs of the numbered ranking the summary shows, in its order (none when it shows none). */
type Compared = { ok: true; summary: string; winners: JobRecord[]; listed?: JobRecord[] } | { ok: false; error: string };

async function compare(by: Exclude<CompareBy, 'mentions'>, jobs: readonly JobRecord[], dependencies: Dependencies): Promise<Compared> {
  switch (by) {
    case 'pay':
      return byPay(jobs);
    case 'fit':
      return byFit(jobs, dependencies);
    case 'recent':
      return byRecency(jobs);
    case 'remote':
      return byRemote(jobs);
  }
}

/**
 * Which postings ask for a skill, language or requirement ("NX", "German"): the word said, whole, in the title,
 * tags or description (a language also by its own name: "Deutsch", "français"). A job whose full posting was
 * never read is said to be unknown, not counted as asking for nothing.
 */
function byMention(jobs: readonly JobRecord[], term: string | undefined): Compared {
  if (!term) return { ok: false, error: 'What should I look for in the postings? Say it, e.g. "which jobs need German?" or "any job asking for SQL?".' };
  const said = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[term, ...(ownNames[term.toLowerCase()] ?? [])].map(escaped).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  const unread = jobs.filter((job) => job.description.trim() === '' && !said.test(`${job.title} ${job.tags.join(' ')}`));
  const asking = jobs.filter((job) => said.test(`${job.title}\n${job.tags.join(' ')}\n${job.description}`));
  const rest = jobs.length - asking.length - unread.length;
  const of = jobs.length === 1 ? '' : ` of the ${jobs.length} jobs`;
  const sentences = [
    asking.length === 0
      ? `None${of} ${jobs.length === 1 ? 'mentions' : 'mention'} "${term}" in ${jobs.length === 1 ? 'its posting' : 'their postings'}${unread.length > 0 ? ' that I could read' : ''}.`
      : `${asking.length}${of} ${asking.length === 1 ? 'mentions' : 'mention'} "${term}": ${names(asking)}.`,
  ];
  if (asking.length > 0 && rest > 0) sentences.push(`${rest === 1 ? 'The other one does' : `The other ${rest} do`}n't say it.`);
  if (unread.length > 0) sentences.push(`${names(unread)} ${unread.length === 1 ? "doesn't show its full posting" : "don't show their full postings"}, so I can't tell for ${unread.length === 1 ? 'it' : 'them'}.`);
  return { ok: true, winners: asking, summary: sentences.join(' ') };
}

/** Languages as postings in them write them. */
const ownNames: Readonly<Record<string, readonly string[]>> = {
  german: ['deutsch', 'deutschkenntnisse'],
  french: ['français', 'francais'],
  spanish: ['español', 'espanol'],
  dutch: ['nederlands'],
  italian: ['italiano'],
  portuguese: ['português', 'portugues'],
  polish: ['polski'],
};

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `Platform Engineer at Hotjar`, as comparisons name jobs. */
export const jobName = (job: Pick<JobRecord, 'title' | 'company'>): string => `${job.title} at ${job.company}`;

const names = (jobs: readonly JobRecord[]): string => joinWords(jobs.map(jobName));

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The jobs with no figure, said once: " Backend Engineer at Stripe doesn't state its pay." */
function without(jobs: readonly JobRecord[], total: number, verb: { one: string; many: string }): string {
  if (jobs.length === 0 || jobs.length === total) return '';
  const shown = jobs.slice(0, 6);
  const more = jobs.length > shown.length ? ` and ${jobs.length - shown.length} more` : '';
  return ` ${names(shown)}${more} ${jobs.length === 1 ? verb.one : verb.many}.`;
}

/** The jobs `ranking` numbers, in its order. */
const listedOf = (entries: ReadonlyArray<{ job: JobRecord }>): JobRecord[] => (entries.length < 2 ? [] : entries.slice(0, maxListed).map(({ job }) => job));

function ranking(entries: ReadonlyArray<{ job: JobRecord; figure: string }>): string {
  if (entries.length < 2) return '';
  const lines = entries.slice(0, maxListed).map(({ job, figure }, index) => `${index + 1}. ${jobName(job)} — ${figure} [${job.id}]`);
  return `\n${lines.join('\n')}`;
}

/** The yearly top of a job's range (its floor when no top is stated), for ranking. */
function yearly(job: JobRecord): { top: number; floor: number } | undefined {
  const top = yearlyTop(job.salary);
  const floor = yearlyBottom(job.salary);
  return top === null || floor === null ? undefined : { top, floor };
}

/** Countries paid in a dollar of their own, by how their places are written ("Toronto, ON", "Sydney NSW", "Canada"). */
const dollarCountries: ReadonlyArray<[string, RegExp]> = [
  ['CAD', /\bcanada\b|,\s*(?:ON|BC|AB|QC|MB|SK|NS|NB|NL|PE)\b|\b(?:toronto|vancouver|montr[eé]al|ottawa|calgary|edmonton|winnipeg|mississauga)\b/i],
  ['AUD', /\baustralia\b|\b(?:NSW|VIC|QLD)\b|\b(?:sydney|melbourne|brisbane|perth|adelaide|canberra)\b/i],
  ['NZD', /\bnew zealand\b|\b(?:auckland|wellington|christchurch)\b/i],
];

/**
 * The currency a job's pay is in, read with its place: a bare "$" (which the salary reader
 * takes as US dollars) or no currency at all, from an employer in Canada, Australia or New
 * Zealand, is that country's dollar, so two Toronto jobs' pay is compared rather than set
 * apart as "USD" and "no currency". A posting's own code (CA$, AUD, EUR …) is kept.
 *
 * @example
 * payCurrency({ salary: { min: 80_000, max: 95_000, currency: 'USD', period: 'year' }, location: 'Toronto, ON (hybrid)' }); // 'CAD'
 */
export function payCurrency(job: Pick<JobRecord, 'salary' | 'location'>): string {
  const stated = job.salary?.currency ?? '';
  if (stated && stated !== 'USD') return stated;
  const local = dollarCountries.find(([, place]) => place.test(job.location ?? ''))?.[0];
  return local ?? stated;
}

/** Periods a pay is stated for, put over a year to rank it with yearly salaries, and what the figure assumes. */
const periodsInYear: Readonly<Record<string, { times: number; assumed?: string }>> = {
  hour: { times: 2080, assumed: 'at 40 hours a week' },
  day: { times: 260, assumed: 'at 5 days a week' },
  week: { times: 52 },
  month: { times: 12 },
};

/**
 * A pay as stated, and over a year when stated for an hour, a day, a week or a month, since jobs are ranked by
 * their year: "SEK 55k–65k/mo (SEK 660k–780k a year)", "$45–59/h (about $94k–123k a year at 40 hours a week)".
 */
function payAcrossPeriods(salary: JobRecord['salary']): string {
  const stated = salaryText(salary);
  const period = salary?.period ? periodsInYear[salary.period] : undefined;
  if (!salary || !period) return stated;
  // ("about": an hourly rate over a year is an estimate, said to the thousand.)
  const over = (amount: number | null) => (amount === null ? null : period.assumed ? Math.round((amount * period.times) / 1000) * 1000 : amount * period.times);
  const yearly = salaryText({ ...salary, min: over(salary.min), max: over(salary.max), period: null });
  if (!yearly) return stated;
  return period.assumed ? `${stated} (about ${yearly} a year ${period.assumed})` : `${stated} (${yearly} a year)`;
}

/** Said when an hourly or daily rate is ranked against salaries: the hours the yearly figure assumes. */
function footing(salaries: ReadonlyArray<JobRecord['salary']>): string {
  const periods = new Set(salaries.map((salary) => (salary?.period === 'hour' || salary?.period === 'day' ? salary.period : 'year')));
  if (periods.size < 2) return '';
  return ` Pay is compared over a year: an hourly rate at 40 hours a week (2,080 hours), a daily rate at 260 days; part-time hours or a shorter year pay less.`;
}

function byPay(jobs: readonly JobRecord[]): Compared {
  const paid = jobs.flatMap((job) => {
    const figure = yearly(job);
    return figure ? [{ job, ...figure, currency: payCurrency(job) }] : [];
  });
  const unpaid = jobs.filter((job) => !yearly(job));
  if (paid.length === 0) {
    const none = jobs.length === 1 ? `${names(jobs)} doesn't state its pay` : `None of the ${jobs.length} jobs states its pay`;
    return { ok: true, winners: [], summary: `${none}, so I can't say which pays the most.` };
  }
  const currencies = [...new Set(paid.map((entry) => entry.currency))];
  const sentences: string[] = [];
  const winners: JobRecord[] = [];
  for (const currency of currencies) {
    const inCurrency = paid.filter((entry) => entry.currency === currency).sort((a, b) => b.top - a.top || b.floor - a.floor);
    const best = inCurrency[0];
    if (!best) continue;
    const tied = inCurrency.filter((entry) => entry.top === best.top && entry.floor === best.floor);
    winners.push(...tied.map((entry) => entry.job));
    const figure = payAcrossPeriods(best.job.salary);
    const who = names(tied.map((entry) => entry.job));
    const pays = tied.length === 1 ? 'pays' : 'pay';
    sentences.push(currencies.length === 1 ? `${who} ${pays} the most: ${figure}.` : `${currency ? `In ${currency}, ` : 'With no currency stated, '}${who} ${pays} the most: ${figure}.`);
  }
  if (currencies.length > 1) sentences.push("I don't convert between currencies: I have no exchange rate to convert with, so each currency is ranked on its own.");
  const ranked = [...paid].sort((a, b) => (a.currency === b.currency ? b.top - a.top : a.currency.localeCompare(b.currency)));
  return {
    ok: true,
    winners,
    listed: listedOf(ranked),
    summary: `${sentences.join(' ')}${footing(paid.map(({ job }) => job.salary))}${without(unpaid, jobs.length, { one: "doesn't state its pay", many: "don't state their pay" })}${ranking(ranked.map(({ job }) => ({ job, figure: payAcrossPeriods(job.salary) })))}`,
  };
}

/**
 * Which jobs pay at least `floor` a year: those whose whole range does, those whose range only
 * reaches it (the top does, the bottom does not), and those that state no pay. Amounts are
 * compared as written, currencies never converted: the answer says so when they differ.
 */
function byPayFloor(jobs: readonly JobRecord[], floor: number): Compared {
  const paid = jobs.flatMap((job) => {
    const figure = yearly(job);
    return figure ? [{ job, ...figure, currency: payCurrency(job) }] : [];
  });
  const unpaid = jobs.filter((job) => !yearly(job));
  const amount = floor.toLocaleString('en-US');
  if (paid.length === 0) {
    const none = jobs.length === 1 ? `${names(jobs)} doesn't state its pay` : `None of the ${jobs.length} jobs states its pay`;
    return { ok: true, winners: [], summary: `${none}, so I can't say which pays ${amount} a year or more.` };
  }
  const whole = paid.filter((entry) => entry.floor >= floor).sort((a, b) => b.top - a.top);
  const reaches = paid.filter((entry) => entry.floor < floor && entry.top >= floor).sort((a, b) => b.top - a.top);
  const below = paid.filter((entry) => entry.top < floor);
  const line = (entries: typeof paid) => entries.map(({ job }) => `${jobName(job)} (${payAcrossPeriods(job.salary)})`).join('; ');
  const sentences = [
    whole.length > 0 ? `${whole.length === 1 ? 'Pays' : 'Pay'} ${amount} a year or more: ${line(whole)}.` : `None of them pays ${amount} a year or more across its whole range.`,
    ...(reaches.length > 0 ? [`Only the top of the range reaches ${amount}: ${line(reaches)}.`] : []),
    ...(below.length > 0 ? [`Below ${amount}: ${line(below)}.`] : []),
  ];
  const currencies = new Set(paid.map((entry) => entry.currency));
  if (currencies.size > 1) sentences.push(`Amounts are compared as written: I don't convert between currencies (${[...currencies].filter(Boolean).join(', ')}).`);
  const winners = [...whole, ...reaches].map((entry) => entry.job);
  return {
    ok: true,
    winners,
    listed: listedOf([...whole, ...reaches]),
    summary: `${sentences.join(' ')}${without(unpaid, jobs.length, { one: "doesn't state its pay", many: "don't state their pay" })}`,
  };
}

async function byFit(jobs: readonly JobRecord[], dependencies: Dependencies): Promise<Compared> {
  const resume = await dependencies.resumes.active();
  if (!resume) return { ok: false, error: 'To compare by fit I need your resume: import one first, e.g. "import my resume from ~/cv.pdf".' };
  if (jobs.length === 0) return { ok: false, error: 'There is nothing to compare.' };
  const matches = jobs.map((job) => ({ job, match: matchResume(resume, postingOf(job), job.id) }));
  // A posting that states nothing to compare has no figure: it is named as not scored, never ranked last with a 0.
  const scored = matches
    .filter(({ match }) => match.scored !== false)
    .map(({ job, match }) => ({ job, score: match.score, knockOuts: match.knock_outs ?? [] }))
    .sort((a, b) => b.score - a.score);
  const unscored = matches.filter(({ match }) => match.scored === false).map(({ job }) => job);
  const notScored = without(unscored, jobs.length, { one: 'is not scored: its posting states no requirements to compare', many: 'are not scored: their postings state no requirements to compare' });
  const best = scored[0];
  if (!best) {
    const none = jobs.length === 1 ? `${names(jobs)} is not scored: its posting states no requirements to compare` : `None of the ${jobs.length} jobs can be scored: their postings state no requirements to compare`;
    return { ok: true, winners: [], summary: `${none}. Read the postings themselves, or paste a full posting to score it.` };
  }
  const tied = scored.filter((entry) => entry.score === best.score).map((entry) => entry.job);
  const fits = tied.length === 1 ? 'fits' : 'fit';
  // A knock-out (a mandatory language or licence not met) is said beside the figure: the best score may still be one a recruiter rejects.
  const figure = (entry: (typeof scored)[number]) => `fit ${matchFigure({ score: entry.score, knock_outs: entry.knockOuts })}`;
  const bestKnockOut = best.knockOuts.length > 0 ? ` (knock-out: ${best.knockOuts.join(', ')} mandatory, not met)` : '';
  return {
    ok: true,
    winners: tied,
    listed: listedOf(scored),
    summary: `${names(tied)} ${fits} your resume "${resume.label}" best: ${best.score}/100${bestKnockOut}.${notScored}${ranking(scored.map((entry) => ({ job: entry.job, figure: figure(entry) })))}`,
  };
}

function byRecency(jobs: readonly JobRecord[]): Compared {
  const dated = jobs.filter((job) => job.posted_at).sort((a, b) => Date.parse(b.posted_at ?? '') - Date.parse(a.posted_at ?? ''));
  const undated = jobs.filter((job) => !job.posted_at);
  const newest = dated[0];
  if (!newest?.posted_at) {
    return { ok: true, winners: [], summary: jobs.length === 1 ? `${names(jobs)} doesn't say when it was posted.` : `None of the ${jobs.length} jobs says when it was posted.` };
  }
  const day = newest.posted_at.slice(0, 10);
  const tied = dated.filter((job) => job.posted_at?.slice(0, 10) === day);
  const when = postedText(newest.posted_at);
  const posted = when === day ? `posted ${day}` : `posted ${when} (${day})`;
  const summary = `${names(tied)} ${tied.length === 1 ? 'is the newest' : 'are the newest'}: ${posted}.${without(undated, jobs.length, { one: "doesn't say when it was posted", many: "don't say when they were posted" })}`;
  return { ok: true, winners: tied, listed: listedOf(dated.map((job) => ({ job }))), summary: `${summary}${ranking(dated.map((job) => ({ job, figure: `posted ${postedText(job.posted_at) || job.posted_at?.slice(0, 10)}` })))}` };
}

/**
 * Whether a job is remote as its posting says (title, location, text: `readWorkArrangement`),
 * else as the board flags it; undefined when nothing says. Hybrid and on-site are not remote,
 * whatever the board's flag (a remote board lists hybrid roles too).
 */
export function isRemote(job: Pick<JobRecord, 'title' | 'remote' | 'location' | 'description'>): boolean | undefined {
  const arrangement = workArrangementOf(job);
  if (arrangement) return arrangement.mode === 'remote';
  if (job.remote === false) return false;
  return job.location ? false : undefined;
}

function byRemote(jobs: readonly JobRecord[]): Compared {
  const remote = jobs.filter((job) => isRemote(job) === true);
  const onSite = jobs.filter((job) => isRemote(job) === false);
  const unknown = jobs.filter((job) => isRemote(job) === undefined);
  const sentences: string[] = [];
  const of = jobs.length === 1 ? '' : ` of the ${jobs.length}`;
  if (remote.length === 0) sentences.push(`None${of} ${jobs.length === 1 ? 'job is' : 'jobs is'} listed as remote.`);
  else if (remote.length === jobs.length) sentences.push(jobs.length === 1 ? `${names(remote)} is remote.` : `All ${jobs.length} are remote: ${names(remote)}.`);
  else sentences.push(`${remote.length}${of} ${remote.length === 1 ? 'is' : 'are'} remote: ${names(remote)}.`);
  if (onSite.length > 0 && remote.length > 0) sentences.push(`Not remote: ${joinWords(onSite.map((job) => `${jobName(job)}${placeText({ ...job, work_arrangement: workArrangementOf(job) }) ? ` (${placeText({ ...job, work_arrangement: workArrangementOf(job) })})` : ''}`))}.`);
  if (unknown.length > 0) sentences.push(`${names(unknown)} ${unknown.length === 1 ? "doesn't" : "don't"} say where the work is.`);
  return { ok: true, winners: remote, summary: sentences.join(' ') };
}
