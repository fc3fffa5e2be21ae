/**
 * Why an opening fits, in one phrase: how many of the skills it asks for the resume shows,
 * and the first ones it does not.
 *
 * @example
 * fitReason({ matched: ['TypeScript', 'React'], missing: ['Go'] }); // 'matches 2 of the 3 skills it asks for (not shown: Go)'
 */
export function fitReason({ matched, missing }: { matched: readonly string[]; missing: readonly string[] }): string {
  const asked = matched.length + missing.length;
  if (asked === 0) return 'names no skills to compare';
  // One skill is named, as a person would: "matches the one skill it asks for (SQL)", never "all the 1 skill".
  if (asked === 1) return matched.length === 1 ? `matches the one skill it asks for (${matched[0]})` : `does not show the one skill it asks for (${missing[0]})`;
  const base = matched.length === asked
    ? `matches all ${asked} skills it asks for`
    : `matches ${matched.length} of the ${asked} skills it asks for`;
  return missing.length > 0 && matched.length < asked ? `${base} (not shown: ${missing.slice(0, 3).join(', ')})` : base;
}
