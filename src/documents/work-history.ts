import type { ResumeWork, WriterResume } from './writer-input.ts';

/** A job the resume states, with whether it is current. */
export interface Role {
  employer?: string;
  position?: string;
  current: boolean;
  startDate?: string;
  endDate?: string;
  work: ResumeWork;
}

/**
 * The resume's jobs, most recent first: current jobs, then by end and start date; jobs
 * without dates keep the resume's own order (JSON Resume lists the latest first).
 *
 * @example
 * workHistory(resume)[0]; // { employer: 'Northwind Labs', position: 'Senior Software Engineer', current: true, … }
 */
export function workHistory(resume: WriterResume): Role[] {
  const recency = (work: ResumeWork) =>
    isCurrentJob(work) ? Infinity : (monthIndex(work.endDate) ?? monthIndex(work.startDate) ?? -Infinity);
  return (resume.work ?? [])
    .filter((work) => clean(work.name) || clean(work.position))
    .map((work, index) => ({ work, index }))
    .sort((left, right) => {
      const byRecency = recency(right.work) - recency(left.work);
      if (byRecency !== 0 && !Number.isNaN(byRecency)) return byRecency;
      return left.index - right.index;
    })
    .map(({ work }) => ({
      employer: employerName(work.name),
      position: clean(work.position),
      current: isCurrentJob(work),
      startDate: clean(work.startDate),
      endDate: clean(work.endDate),
      work,
    }));
}

// What a resume writes where an employer goes when there is none: "Self-employed", "Freelance", "Various clients".
const noEmployer = /^(?:self[- ]?employed|freelanc\w*|independent(?: contractor| consultant)?|contractor|contract work|various(?: clients| employers)?|sole trader|career break|autónom[oa]|aut[oó]nom[oa]|freiberuflich|selbstst[äa]ndig|indépendant|freelance(?:r)?|zzp|b2b)\.?$/i;

/**
 * A job's employer as a letter or a prep pack may name it: "Self-employed" or "Freelance" is no
 * employer ("a Freelance Translator at Self-employed"), so it is left unnamed.
 *
 * @example
 * employerName('Self-employed'); // undefined
 */
export function employerName(name: string | undefined): string | undefined {
  const employer = clean(name);
  return employer && !noEmployer.test(employer) ? employer : undefined;
}

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

/** Trims a resume string and collapses its whitespace; empty becomes undefined. */
export function clean(text: string | undefined): string | undefined {
  const cleaned = text?.replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : undefined;
}
