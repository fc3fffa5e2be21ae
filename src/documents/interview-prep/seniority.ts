/** How senior a role is, as its title tells. */
export type Seniority = 'entry' | 'mid' | 'senior' | 'lead' | 'manager';

/**
 * Reads the seniority from a job title.
 *
 * @example
 * seniorityOf('Staff Platform Engineer'); // 'lead'
 */
export function seniorityOf(title: string): Seniority {
  if (/\b(?:head of|director|vp|vice president|chief)\b|\b(?:engineering|team|people|delivery|development) manager\b/i.test(title)) {
    return 'manager';
  }
  if (/\b(?:staff|principal|lead|architect|distinguished)\b/i.test(title)) return 'lead';
  if (/\b(?:senior|sr)\b/i.test(title)) return 'senior';
  if (/\b(?:intern|internship|junior|jr|graduate|entry[- ]level|trainee|apprentice)\b/i.test(title)) return 'entry';
  return 'mid';
}
