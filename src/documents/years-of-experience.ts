import type { ResumeWork } from './writer-input.ts';

/** Months since year 0 for an ISO 8601 resume date (`2021`, `2021-04`, `2021-04-01`); a bare year counts as January. */
export function monthIndex(date: string | undefined): number | undefined {
  const match = /^\s*(\d{4})(?:-(\d{1,2}))?/.exec(date ?? '');
  if (!match) return undefined;
  const month = match[2] ? Number(match[2]) : 1;
  if (month < 1 || month > 12) return undefined;
  return Number(match[1]) * 12 + month - 1;
}

const monthNames = 'January February March April May June July August September October November December'.split(' ');

/**
 * A resume date for prose: "2021-03" → "March 2021"; anything unparseable stays as written.
 *
 * @example
 * describeResumeDate('2021-03-15'); // 'March 2021'
 */
export function describeResumeDate(date: string): string {
  const match = /^\s*(\d{4})(?:-(\d{1,2}))?/.exec(date);
  const month = match?.[2] ? monthNames[Number(match[2]) - 1] : undefined;
  if (!match) return date;
  return month ? `${month} ${match[1]}` : (match[1] ?? date);
}

/** Whether a job is the person's current one: it started and has no end (or ends "present"). */
export function isCurrentJob(work: ResumeWork): boolean {
  if (monthIndex(work.startDate) === undefined) return false;
  const end = work.endDate?.trim().toLowerCase();
  return !end || end === 'present' || end === 'current' || end === 'now';
}

/**
 * Whole years of work experience, from the dates the resume states: overlapping jobs count
 * once, a current job runs to `today`, and jobs without a parseable start are left out.
 * Undefined when less than a year can be shown, so a letter never rounds up.
 *
 * @example
 * yearsOfExperience([{ startDate: '2018-03' }], new Date('2026-11-22')); // 8
 */
export function yearsOfExperience(work: readonly ResumeWork[], today: Date): number | undefined {
  const now = today.getUTCFullYear() * 12 + today.getUTCMonth();
  const spans = work
    .map((job) => {
      const start = monthIndex(job.startDate);
      const end = isCurrentJob(job) ? now : monthIndex(job.endDate);
      return start === undefined || end === undefined ? undefined : { start, end: Math.min(end, now) };
    })
    .filter((span): span is { start: number; end: number } => span !== undefined && span.end > span.start)
    .sort((left, right) => left.start - right.start);

  let months = 0;
  let coveredUntil = -Infinity;
  for (const span of spans) {
    const from = Math.max(span.start, coveredUntil);
    if (span.end > from) months += span.end - from;
    coveredUntil = Math.max(coveredUntil, span.end);
  }
  const years = Math.floor(months / 12);
  return years >= 1 ? years : undefined;
}
