import { skillNames } from '../resume/match/skill-names.ts';

export { skillNames } from '../resume/match/skill-names.ts';

/**
 * Why an opening fits, in one phrase: how many of the skills it asks for the resume shows,
 * and the first ones that are not on it, by their names.
 *
 * @example
 * fitReason({ matched: ['TypeScript', 'React'], missing: ['Go'] }); // 'matches 2 of the 3 skills it asks for (not on your resume: Go)'
 */
export function fitReason({ matched, missing }: { matched: readonly string[]; missing: readonly string[] }): string {
  // (Counted by name, so the count agrees with the names listed: a posting's phrase may name two.)
  const present = skillNames(matched);
  const absent = skillNames(missing);
  const asked = present.length + absent.length;
  if (asked === 0) return 'names no skills to compare';
  // One skill is named, as a person would: "matches the one skill it asks for (SQL)", never "all the 1 skill".
  if (asked === 1) return present.length === 1 ? `matches the one skill it asks for (${present[0]})` : `asks for one skill, ${absent[0]}, not on your resume`;
  const base = present.length === asked ? `matches all ${asked} skills it asks for` : `matches ${present.length} of the ${asked} skills it asks for`;
  return absent.length > 0 ? `${base} (not on your resume: ${absent.slice(0, 3).join(', ')})` : base;
}
