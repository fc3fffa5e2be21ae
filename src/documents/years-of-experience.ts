import { experienceYears } from '../resume/match/experience-years.ts';
import { countsToward, fieldWorkNames, resumeFieldOf, roleFieldOf, roleShowsFieldWork, type JobField } from '../resume/match/job-field.ts';
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
  return yearsInPostingField(work, today, posting).years;
}


const metalTradeTitle = /weld|fabricat|boilermak|plater|ironwork|metalwork|schwei(?:ß|ss)|spawa|soudeu|soldador|lasser|sveis|svets/i;

/**
 * The years a letter may claim and the field they are in, worded for a sentence ("the
 * electrical trade"); in a trade the apprenticeship counts (it is paid work in the trade).
 *
 * @example
 * yearsInPostingField(work, today, { title: 'Service Electrician', description }); // { years: 11, field: 'the electrical trade' }
 */
export function yearsInPostingField(
  work: readonly ResumeWork[],
  today: Date,
  posting?: { title: string; description: string },
): { years?: number; field?: string } {
  const vocabulary = loadSkillVocabulary();
  const field = posting ? preparePosting({ title: posting.title, description: posting.description }, vocabulary).field : undefined;
  // As the match counts them: a role whose field cannot be told adds no years in a known field.
  const wholeField = resumeFieldOf({ work }, vocabulary);
  const inField = (role: ResumeWork) => {
    const roleField = roleFieldOf(role, vocabulary, wholeField);
    return (roleField !== undefined && countsToward(roleField, field)) || (field !== undefined && roleShowsFieldWork(role, field));
  };
  const counted = field ? work.filter(inField) : work;
  // Years counted through the work a role did (a head chef's HACCP plans for a food-safety post)
  // are named by the roles' own field: "16 years in professional kitchens", never "16 years in food safety".
  const ownFields = counted.map((role) => roleFieldOf(role, vocabulary, wholeField)).filter((each): each is JobField => each !== undefined && !countsToward(each, field));
  const ownField = ownFields.length === counted.length && ownFields.length > 0 && ownFields.every((each) => each === ownFields[0]) ? ownFields[0] : undefined;
  const namedField = ownField ?? field;
  // A welder's, fabricator's or plater's years are "in welding and fabrication", not "mechanical and maintenance work".
  const metalTrade = namedField === 'mechanical' && counted.length > 0 && counted.every((role) => metalTradeTitle.test(role.position ?? ''));
  const named = metalTrade ? 'welding and fabrication' : namedField ? fieldWorkNames[namedField] : undefined;
  const years = Math.floor(experienceYears(counted, today, { apprenticeships: named !== undefined }));
  if (years < 1) return {};
  return named ? { years, field: named } : { years };
}
