import { skillNames } from '../resume/match/skill-names.ts';

export { skillNames } from '../resume/match/skill-names.ts';

/**
 * Why an opening fits, in one phrase: a knock-out first (a mandatory language or a licence one must hold, not met: the
 * reason a recruiter stops reading), then how many of the skills it asks for the resume shows,
 * and the first ones that are not on it, by their names. A posting with nothing to compare is
 * said to be not scored.
 *
 * @example
 * fitReason({ matched: ['TypeScript', 'React'], missing: ['Go'] }); // 'matches 2 of the 3 skills it asks for (not on your resume: Go)'
 * fitReason({ matched: ['CATIA'], missing: [], knock_outs: ['German (c1)'] }); // 'knock-out: German (c1) is mandatory and not met; matches the one skill it asks for (CATIA)'
 */
export function fitReason(fit: { matched: readonly string[]; missing: readonly string[]; knock_outs?: readonly string[] | undefined; scored?: boolean | undefined }): string {
  if (fit.scored === false) return 'not scored: the posting states no requirements to compare';
  const skills = skillsReason(fit);
  const knockOuts = fit.knock_outs ?? [];
  return knockOuts.length > 0 ? `knock-out: ${knockOuts.join(' and ')} ${knockOuts.length === 1 ? 'is' : 'are'} mandatory and not met; ${skills}` : skills;
}

function skillsReason({ matched, missing }: { matched: readonly string[]; missing: readonly string[] }): string {
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
