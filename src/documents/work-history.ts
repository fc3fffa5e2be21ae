import { isCurrentJob, monthIndex } from './years-of-experience.ts';
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
      employer: clean(work.name),
      position: clean(work.position),
      current: isCurrentJob(work),
      startDate: clean(work.startDate),
      endDate: clean(work.endDate),
      work,
    }));
}

/** Trims a resume string and collapses its whitespace; empty becomes undefined. */
export function clean(text: string | undefined): string | undefined {
  const cleaned = text?.replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : undefined;
}
