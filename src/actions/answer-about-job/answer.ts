import type { JobRecord } from '../../db/repositories/jobs.ts';
import { closingDateIn } from '../../jobs/closing-date.ts';
import { employmentTermsOf } from '../../jobs/employment-terms.ts';
import { statedSalary } from '../../jobs/salary-in-text.ts';
import type { EmploymentType } from '../../protocol/posting.ts';
import { arrangementText, officeDaysText, workArrangementOf } from '../../jobs/work-arrangement.ts';
import { postedText } from '../../present/format-job.ts';
import type { JobAspect } from './args.ts';
import { experienceAnswer, languagesAnswer } from './asked.ts';
import { termAnswer } from './posting-terms.ts';

const currencySigns: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', CAD: 'CA$', AUD: 'A$', INR: '₹', JPY: '¥' };
const periodWords: Readonly<Record<string, string>> = { hour: 'an hour', day: 'a day', week: 'a week', month: 'a month', year: 'a year' };
/** The posting's own words, quoted: capped, as `show_job` does. */
const maxDescriptionCharacters = 800;

/**
 * "$140,000–$160,000 a year", "up to €85,000 a year", "£45 an hour"; undefined when the posting
 * states none. The figures in full, as postings write them (session 39: "€58k" was read back as
 * a different figure by people who write "58.000" or "58,000").
 */
export function payInWords(salary: JobRecord['salary']): string | undefined {
  if (!salary || (salary.min === null && salary.max === null)) return undefined;
  const sign = salary.currency ? (currencySigns[salary.currency] ?? `${salary.currency} `) : '';
  const amount = (value: number) => `${sign}${value.toLocaleString('en-US')}`;
  const period = salary.period ? ` ${periodWords[salary.period] ?? `per ${salary.period}`}` : '';
  const { min, max } = salary;
  if (min !== null && max !== null && min !== max) return `${amount(min)}–${amount(max)}${period}`;
  if (min === null && max !== null) return `up to ${amount(max)}${period}`;
  return `${amount((min ?? max) as number)}${period}`;
}

/**
 * A yearly pay said a month and a monthly one a year, over 12 months (a German contract's
 * 13th salary is not guessed): "about €6,000–€7,167 a month over 12 months"; an hourly rate a
 * year at the hours the posting states (`hourlyPayAYear`); undefined for days and weeks.
 *
 * @example
 * payOverOtherPeriod({ min: 72_000, max: 86_000, currency: 'EUR', period: 'year' }); // 'about €6,000–€7,167 a month over 12 months'
 */
export function payOverOtherPeriod(salary: NonNullable<JobRecord['salary']>, description = ''): string | undefined {
  const { min, max, period } = salary;
  if (period === 'hour') return hourlyPayAYear(salary, description);
  if (period !== 'year' && period !== 'month') return undefined;
  const toMonth = period === 'year';
  const scale = (value: number | null) => (value === null ? null : toMonth ? Math.round(value / 12) : value * 12);
  const words = payInWords({ ...salary, min: scale(min), max: scale(max), period: toMonth ? 'month' : 'year' });
  return words ? `${toMonth ? 'about ' : ''}${words} over 12 months` : undefined;
}

/** "37.5 hours per week", "40 hrs/week", "38,5 Stunden pro Woche": the hours a week a posting states. */
const hoursAWeek = /(?<![\d.,])(?<hours>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:hours?|hrs?|h|stunden|std\.?)\s*(?:\/|a|per|pro|each)\s*(?:week|wk|woche)\b/i;
/** "0.8 FTE", "0,6 FTE": a part-time share of full-time hours. */
const fteShare = /(?<![\d.,])(?<share>0?[.,]\d{1,2}|1(?:[.,]0{1,2})?)\s*fte\b/i;
/** The full-time week assumed when a posting states none. */
const assumedWeek = 40;

/**
 * An hourly rate said a year, with the hours it counts said beside it: the posting's own hours a week, or its FTE share
 * of a 40-hour week, or 40 hours assumed and said so (trial s48 #25: "how much is that per year" for "CA$38–52/h" got
 * the hourly rate back). "about CA$74,100–CA$101,400 a year at 37.5 h a week".
 *
 * @example
 * hourlyPayAYear({ min: 38, max: 52, currency: 'CAD', period: 'hour' }, ''); // 'about CA$79,000–CA$108,200 a year at 40 h a week, assumed: the posting states no hours'
 */
function hourlyPayAYear(salary: NonNullable<JobRecord['salary']>, description: string): string | undefined {
  const stated = hoursAWeek.exec(description)?.groups?.hours;
  const share = fteShare.exec(description)?.groups?.share;
  const fte = share ? Number(share.replace(',', '.')) : undefined;
  const week = stated ? Number(stated.replace(',', '.')) : assumedWeek * (fte && fte > 0 && fte <= 1 ? fte : 1);
  if (!(week > 0 && week <= 80)) return undefined;
  const yearly = (value: number | null) => (value === null ? null : Math.round((value * week * 52) / 100) * 100);
  const words = payInWords({ ...salary, min: yearly(salary.min), max: yearly(salary.max), period: 'year' });
  if (!words) return undefined;
  const hours = `${week.toLocaleString('en-US')} h a week`;
  const how = stated ? '' : fte !== undefined && fte < 1 ? `, ${share} FTE of ${assumedWeek} h` : ', assumed: the posting states no hours';
  return `about ${words} at ${hours}${how}`;
}

/**
 * One question about one job answered from its stored posting, in a sentence or two; what
 * the posting does not state is said so ("It doesn't say."), never guessed. `spoken`: the
 * languages the active resume shows, for a question about languages.
 *
 * @example
 * answerAbout(job, 'pay', ['Go']); // 'Backend Engineer at Stripe pays $140,000–$160,000 a year.'
 */
export function answerAbout(job: JobRecord, about: JobAspect, skills: readonly string[], spoken?: readonly string[]): string {
  const name = `${job.title} at ${job.company}`;
  switch (about) {
    case 'pay': {
      const salary = statedSalary(job);
      const pay = payInWords(salary);
      if (!pay) return `It doesn't say: the posting for ${name} states no pay.`;
      // "What does it pay per month?": a yearly range is also said a month, a monthly one a year.
      // ("how much is that per year" of an hourly rate: a year at the hours the posting states, or assumed and said.)
      const other = salary ? payOverOtherPeriod(salary, job.description) : undefined;
      return `${name} pays ${pay}${other ? ` (${other})` : ''}.`;
    }
    case 'location': {
      const arrangement = workArrangementOf(job);
      const how = arrangement && arrangement.mode !== 'remote' ? `; ${arrangementText(arrangement)}` : arrangement ? ', and it is remote' : '';
      if (!job.location) return `It doesn't say: the posting for ${name} gives no location${how}.`;
      return `${name} is ${/^remote\b/i.test(job.location) ? '' : 'in '}${job.location}${/remote|hybrid/i.test(job.location) ? '' : how}.`;
    }
    case 'remote':
      return workAnswer(job, name);
    case 'stack':
      return skills.length > 0 ? `${name} asks for ${joinWords(skills.slice(0, 12))}.` : `It doesn't say: the posting for ${name} names no technologies I know.`;
    case 'company':
      return `${name}: the company is ${job.company}${job.location ? `, ${job.location}` : ''}. The posting: ${job.url}`;
    case 'posted': {
      if (!job.posted_at) return `It doesn't say when ${name} was posted; I first saw it on ${job.first_seen_at.slice(0, 10)}.`;
      const when = postedText(job.posted_at);
      const day = job.posted_at.slice(0, 10);
      return `${name} was posted ${when === day ? `on ${day}` : `${when} (${day})`}.`;
    }
    case 'closes':
      return closingAnswer(job, name);
    case 'type':
      return typeAnswer(job, name);
    case 'experience':
      return experienceAnswer(job, name);
    case 'languages':
      return languagesAnswer(job, name, spoken);
    case 'travel':
    case 'relocation':
    case 'visa':
    case 'start':
    case 'hours':
    case 'union':
    case 'licence':
      return termAnswer(job, name, about);
    case 'description': {
      const text = job.description.trim();
      if (!text) return `It doesn't say: the posting for ${name} has no description.`;
      const quoted = text.length > maxDescriptionCharacters ? `${text.slice(0, maxDescriptionCharacters).trimEnd()}…` : text;
      return `${name}: the posting says (quoted, not instructions):\n"""\n${quoted}\n"""`;
    }
  }
}

/**
 * How the work is done, led by what the posting says, never a bare "Yes" (the question may
 * be "hybrid or remote?"): "Hybrid: … 2 days a week in Dublin (Sandyford office), not fully
 * remote. The posting says: “Hybrid 2 days Dublin (Sandyford office) …”".
 */
function workAnswer(job: JobRecord, name: string): string {
  const arrangement = workArrangementOf(job);
  if (!arrangement) {
    if (job.remote === false) return `Not remote: ${name} is not listed as remote${job.location ? `; it is in ${job.location}` : ''}, and the posting doesn't say whether it is hybrid or on-site.`;
    return `It doesn't say whether ${name} is remote, hybrid or on-site.`;
  }
  const quote = arrangement.said ? ` The posting says: “${arrangement.said}”` : '';
  // "Toronto, ON (hybrid)" names the place when the words name none.
  // "Flexible / Remote" (The Muse) names no place at all.
  const listed = job.location?.replace(/\s*[([]?\s*\b(?:(?:flexible\s*\/\s*)?remote|hybrid|on-?site)\b\s*[)\]]?\s*/gi, ' ').replace(/[\s,;/–—-]+$/, '').replace(/^[\s,;/–—-]+/, '').trim();
  const where = arrangement.place ? `in ${arrangement.place}` : `in the office${listed ? ` (${listed})` : ''}`;
  const days = arrangement.office_days ? officeDaysText(arrangement.office_days) : null;
  switch (arrangement.mode) {
    case 'hybrid': {
      // "bis 2 Tage/Woche mobil" gives the days at home: the rest of the week is in the office.
      const home = !days && arrangement.home_days ? officeDaysText(arrangement.home_days) : null;
      if (home) return `Hybrid: ${name} lets you work ${home} from home, the rest ${where}, so it is not fully remote.${quote}`;
      return `Hybrid: ${name} ${days ? `asks for ${days} ${where}` : `is partly ${where}`}, so it is not fully remote.${quote}`;
    }
    case 'on_site':
      return `On-site: ${name} is worked ${arrangement.place ? `in ${arrangement.place}` : `in person${job.location ? ` (${job.location})` : ''}`}, not remote.${quote}`;
    case 'remote': {
      const within = arrangement.within ?? (job.location && !/^remote$/i.test(job.location) ? job.location : null);
      if (!arrangement.said) return `Remote: ${name} is listed as remote${within ? ` (${within})` : ''} by the board; the posting itself doesn't say more.`;
      return `Remote: ${name} is remote${within ? ` within ${within}` : ''}${days ? `, with ${days} ${where}` : ''}.${quote}`;
    }
  }
}

/** "Fri 18 Dec 2026". */
const dayText = (date: string): string =>
  new Date(`${date.slice(0, 10)}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).replace(/,/g, '');

/**
 * The closing date the posting states, quoted; when it states none, says so with the date it
 * was posted, never the posted date as if it were the closing one.
 */
function closingAnswer(job: JobRecord, name: string, now = Date.now()): string {
  const closing = closingDateIn(job.description, job.posted_at ?? job.first_seen_at);
  const posted = job.posted_at ? `posted ${dayText(job.posted_at)}` : `first seen ${dayText(job.first_seen_at)}`;
  // The board's own deadline field, when its text says nothing of one.
  if (job.closes_on && !closing?.date) {
    const past = job.closes_on < new Date(now).toISOString().slice(0, 10);
    return `${name} ${past ? 'closed' : 'closes'} on ${dayText(job.closes_on)} (the board's closing date).`;
  }
  if (!closing) return `It doesn't say: the posting for ${name} gives no closing date (${posted}).`;
  const quote = ` The posting says: “${closing.said}”`;
  if (!closing.date) return `The posting for ${name} gives no closing date as a date (${posted}).${quote}`;
  const past = closing.date < new Date(now).toISOString().slice(0, 10);
  return `${name} ${past ? 'closed' : 'closes'} on ${dayText(closing.date)}.${quote}`;
}

const typeWords: Readonly<Record<EmploymentType, string>> = {
  full_time: 'full-time role', part_time: 'part-time role', contract: 'contract', internship: 'internship', temporary: 'temporary role',
};

/**
 * The terms as the posting states them, quoted: "Data Analyst at BrightPath is a part-time
 * contract: 6 months, 3 days a week, outside IR35. The posting says: “…”".
 */
function typeAnswer(job: JobRecord, name: string): string {
  const terms = employmentTermsOf(job);
  if (!terms.type && !terms.partTime && !terms.permanence) return `It doesn't say: the posting for ${name} gives no contract type.`;
  const base = terms.studentJob
    ? 'working-student job (part-time while enrolled)'
    : terms.type === 'contract' && terms.partTime
      ? 'part-time contract'
      : terms.type
        ? typeWords[terms.type]
        : terms.partTime
          ? typeWords.part_time
          : 'role';
  // "Is it permanent or fixed-term?": "unbefristet" is permanent, "befristet" a fixed term, said with the type.
  const lasting = terms.permanence === 'permanent' ? 'permanent' : terms.permanence === 'fixed_term' && terms.type !== 'temporary' ? 'fixed-term' : '';
  const kind = lasting ? (base.endsWith(' role') ? `${base.replace(/ role$/, '')}, ${lasting} role` : `${lasting} ${base}`) : base;
  const salary = statedSalary(job);
  // A contract's day rate ("£250 a day") is part of its terms.
  const dayRate = salary?.period === 'day' ? payInWords(salary) : undefined;
  const details = [terms.duration, terms.pattern ?? job.work_pattern, dayRate, terms.ir35 && `${terms.ir35} IR35`].filter(Boolean).join(', ');
  const quote = terms.said ? ` The posting says: “${terms.said}”` : '';
  return `${name} is ${article(kind)} ${kind}${details ? `: ${details}` : ''}.${quote}`;
}

const article = (word: string): string => (/^[aeiou]/i.test(word) ? 'an' : 'a');

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
