import type { EmploymentType } from '../protocol/posting.ts';

// Checked in order against the wording with everything but letters removed.
const patterns: Array<[EmploymentType, RegExp]> = [
  ['internship', /intern|praktik|werkstudent|apprentice|trainee|ausbildung|azubi|dualesstudium/],
  ['part_time', /parttime|teilzeit|minijob/],
  // "unbefristet" is permanent: only "befristet" alone is a fixed term.
  ['temporary', /temporary|temp$|seasonal|(?<!un)befristet/],
  ['contract', /contract|freelanc|selfemployed/],
  ['full_time', /fulltime|vollzeit/],
];

/**
 * One of the employment types from a board's wording ("Full-time", "FULLTIME", "FullTime",
 * "full_time", "Contractor", "Vollzeit"), or null for anything else.
 *
 * @example
 * normaliseEmploymentType('Full-time'); // 'full_time'
 */
export function normaliseEmploymentType(
  ...candidates: Array<string | null | undefined>
): EmploymentType | null {
  for (const candidate of candidates) {
    const letters = (candidate ?? '').toLowerCase().replace(/[^a-z]/g, '');
    if (!letters) continue;
    const match = patterns.find(([, pattern]) => pattern.test(letters));
    if (match) return match[0];
  }
  return null;
}
