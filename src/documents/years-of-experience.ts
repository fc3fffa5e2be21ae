import { experienceYears } from '../resume/match/experience-years.ts';
import { countsToward, roleFieldOf } from '../resume/match/job-field.ts';
import { preparePosting } from '../resume/match/prepare-posting.ts';
import { loadSkillVocabulary } from '../resume/skill-vocabulary.ts';
import type { ResumeWork } from './writer-input.ts';

/**
 * The years of experience a letter may claim: the match's `experienceYears` in whole years,
 * rounded down, and undefined under one, so a letter never rounds up. Given the posting, only
 * the years in its field count (the match's reading: "4+ years as an electrician" counts the
 * electrician jobs, not the warehouse job before them); a posting whose field is unknown
 * counts all work.
 *
 * @example
 * yearsOfExperience([{ startDate: '2018-03' }], new Date('2026-11-22')); // 8
 * yearsOfExperience(work, today, { title: 'Service Electrician', description }); // 11, not 13
 */
export function yearsOfExperience(work: readonly ResumeWork[], today: Date, posting?: { title: string; description: string }): number | undefined {
  const vocabulary = loadSkillVocabulary();
  const field = posting ? preparePosting({ title: posting.title, description: posting.description }, vocabulary).field : undefined;
  // As the match counts them: a role whose field cannot be told adds no years in a known field.
  const inField = (role: ResumeWork) => {
    const roleField = roleFieldOf(role, vocabulary);
    return roleField !== undefined && countsToward(roleField, field);
  };
  const counted = field ? work.filter(inField) : work;
  const years = Math.floor(experienceYears(counted, today));
  return years >= 1 ? years : undefined;
}
