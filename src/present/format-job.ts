import { employmentTypeLabel } from '../jobs/employment-terms.ts';
import { arrangementText } from '../jobs/work-arrangement.ts';
import type { Job } from '../protocol/api.ts';
import { dayIn } from '../time/time-zone.ts';

const currencySigns: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', CAD: 'CA$', AUD: 'A$', INR: '₹', JPY: '¥' };
const periods: Record<string, string> = { hour: '/h', day: '/day', week: '/wk', month: '/mo', year: '/yr' };

/** "$120k–150k/yr", "€60,000/yr", "up to $50/h"; empty when the posting states none. */
export function salaryText(salary: Job['salary']): string {
  if (!salary || (salary.min === null && salary.max === null)) return '';
  const sign = salary.currency ? (currencySigns[salary.currency] ?? `${salary.currency} `) : '';
  const amount = (value: number) =>
    value >= 10_000 && value % 1000 === 0 ? `${value / 1000}k` : value.toLocaleString('en-US');
  const period = salary.period ? (periods[salary.period] ?? '') : '';
  if (salary.min !== null && salary.max !== null && salary.min !== salary.max) {
    return `${sign}${amount(salary.min)}–${amount(salary.max)}${period}`;
  }
  if (salary.min === null && salary.max !== null) return `up to ${sign}${amount(salary.max)}${period}`;
  return `${sign}${amount((salary.min ?? salary.max) as number)}${period}`;
}

/** The machine's zone: what `JOBPILOT_TIME_ZONE` is when not set. */
const machineZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * "today", "yesterday", "3 days ago", "2026-10-01"; empty when unknown. Days are calendar days
 * in the person's zone, not 24-hour spans: a posting from 11:30 yesterday is "yesterday" at
 * 07:00 today, and one from 00:30 today is "today" at 23:00.
 *
 * @example
 * postedText('2026-12-06T10:30:00Z', Date.parse('2026-12-07T06:00:00Z'), 'Europe/Berlin'); // 'yesterday'
 */
export function postedText(iso: string | null, now = Date.now(), timeZone = machineZone()): string {
  if (!iso) return '';
  const posted = new Date(iso);
  if (Number.isNaN(posted.getTime())) return '';
  const days = Math.round((Date.parse(dayIn(new Date(now), timeZone)) - Date.parse(dayIn(posted, timeZone))) / 86_400_000);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 30) return `${days} days ago`;
  return iso.slice(0, 10);
}

/**
 * Where and how: "Ireland · hybrid: 2 days a week in Dublin", "Berlin, Germany · on-site",
 * "remote (within Europe)", or "". The work arrangement the posting states, when given, says
 * more than the remote flag; the board's place is left out when the arrangement names it.
 */
export function placeText(job: Pick<Job, 'location' | 'remote'> & { work_arrangement?: Job['work_arrangement'] | undefined }): string {
  const arrangement = job.work_arrangement;
  if (!arrangement) return [job.location, job.remote && !/remote/i.test(job.location ?? '') ? 'remote' : ''].filter(Boolean).join(' · ');
  // "Ireland · remote", not "Ireland · remote (within Ireland)": the place is said once.
  // ("Remote - United Kingdom" with an arrangement naming no region: "remote (within United Kingdom)", never a bare
  // "remote" a person abroad cannot tell apart: trial s48 #53.)
  const region = arrangement.mode === 'remote' && !arrangement.within ? regionOfRemote(job.location) : '';
  const how = arrangementText(arrangement.within === job.location ? { ...arrangement, within: null } : region ? { ...arrangement, within: region } : arrangement);
  const location = job.location && !/\b(?:remote|hybrid|on-?site)\b/i.test(job.location) ? job.location : '';
  return [location, how].filter(Boolean).join(' · ');
}

/** The region of a board's remote place ("Remote - United Kingdom", "Canada (Remote)" → the region), or '' when it names none. */
function regionOfRemote(location: string | null): string {
  if (!location || !/\bremote\b/i.test(location)) return '';
  return location
    .replace(/\b(?:fully\s+|100%\s+)?remote(?:\s+(?:only|first|friendly))?\b|\bflexible\b|\banywhere\s+in\b/gi, ' ')
    .replace(/[()[\]]/g, ' ')
    .replace(/^[\s,;:/–—-]+|[\s,;:/–—-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "part-time, 3 days a week", "contract", "working student": the terms worth a word in a list; a full-time job says nothing. */
export function termsText(job: Pick<Job, 'employment_type' | 'work_pattern'> & { title?: string }): string {
  const type = job.employment_type && job.employment_type !== 'full_time' ? (employmentTypeLabel({ title: job.title ?? '', employment_type: job.employment_type }) ?? '') : '';
  return [type, job.work_pattern ?? ''].filter(Boolean).join(', ');
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "closes 18 Dec", "closed 2 Dec" (its closing date has passed); empty when it gives none. */
export function closingText(closesOn: string | null, now = Date.now()): string {
  if (!closesOn) return '';
  const day = `${Number(closesOn.slice(8, 10))} ${monthNames[Number(closesOn.slice(5, 7)) - 1] ?? ''}`;
  const today = new Date(now).toISOString().slice(0, 10);
  return closesOn < today ? `closed ${day}` : `closes ${day}`;
}

/**
 * One numbered line of a job list, compact enough for chat and for the planner:
 * "2. Senior TypeScript Engineer — Acme · Berlin · remote · $120k–150k/yr · 3 days ago [3f9a1c0b7d2e]".
 *
 * @example
 * jobs.map((job, index) => jobLine(job, index + 1)).join('\n');
 */
export function jobLine(job: Job, position: number, extra?: string, timeZone?: string): string {
  const details = [placeText(job), termsText(job), salaryText(job.salary), postedText(job.posted_at, Date.now(), timeZone), closingText(job.closes_on), extra ?? ''].filter(Boolean);
  // An agency's posting says so by the company: the employer is someone else.
  const company = job.agency ? `${job.company} (recruitment agency)` : job.company;
  return `${position}. ${job.title} — ${company}${details.length ? ` · ${details.join(' · ')}` : ''} [${job.id}]`;
}
