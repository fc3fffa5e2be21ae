/** Words around a skill that a posting says and a skill's name does not: "awareness of", "strong", "knowledge". */
const aroundSkill =
  /\b(?:(?:good|strong|solid|sound|excellent|working|basic|thorough|proven|demonstrable|in-depth|practical|hands-on|previous|prior|some)\s+)*(?:knowledge|understanding|experience|familiarity|expertise|proficiency|awareness|skills?)(?:\s+(?:of|in|with|using|on))?\b|^(?:(?:good|strong|solid|sound|excellent|working|basic|thorough|proven)\s+)+/gi;

/**
 * A posting's phrase for what it asks as the names of skills: "Data quality, clinical coding
 * awareness (ICD-10)" is "Data quality" and "Clinical coding (ICD-10)"; a name is kept as written.
 *
 * @example
 * skillNames(['Data quality, clinical coding awareness (ICD-10)', 'Go']); // ['Data quality', 'Clinical coding (ICD-10)', 'Go']
 */
export function skillNames(phrases: readonly string[]): string[] {
  const names = phrases.flatMap((phrase) =>
    // (Split at commas and "and" outside brackets only: "(ICD-10, ICD-11)" stays with its skill.)
    phrase.split(/,\s*(?![^()]*\))|\s+(?:and|&)\s+(?![^()]*\))/).map((part) => {
      const name = part.replace(aroundSkill, ' ').replace(/\s+/g, ' ').replace(/^[\s,;:.-]+|[\s,;:.-]+$/g, '').trim();
      return name.charAt(0).toUpperCase() + name.slice(1);
    }),
  );
  const seen = new Set<string>();
  return names.filter((name) => name.length > 1 && !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()));
}

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
