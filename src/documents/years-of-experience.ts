import { experienceYears } from '../resume/match/experience-years.ts';
import type { ResumeWork } from './writer-input.ts';

/**
 * The years of experience a letter may claim: the match's `experienceYears` in whole years,
 * rounded down, and undefined under one, so a letter never rounds up.
 *
 * @example
 * yearsOfExperience([{ startDate: '2018-03' }], new Date('2026-11-22')); // 8
 */
export function yearsOfExperience(work: readonly ResumeWork[], today: Date): number | undefined {
  const years = Math.floor(experienceYears(work, today));
  return years >= 1 ? years : undefined;
}
