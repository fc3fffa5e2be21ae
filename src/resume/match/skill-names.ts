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
