import type { JobSeniority } from '../protocol/api.ts';

/** The words people use for each level when they ask for jobs ("senior", "entry-level", "staff"). */
const levelWords: readonly [JobSeniority, RegExp][] = [
  ['principal', /\b(?:principal|distinguished)\b/gi],
  // "lead generation" and "staff nurse" name work, not a level.
  ['lead', /\b(?:tech\s+lead|team\s+lead|lead(?!\s+(?:generation|gen|nurtur\w*|qualification)\b)|staff(?!\s+(?:nurse|accountant|writer|member|pharmacist|physician|attorney|auditor)\b))\b/gi],
  ['senior', /\b(?:senior|sr)\b\.?/gi],
  ['mid', /\b(?:mid[- ]?level|mid[- ]senior|intermediate)\b/gi],
  ['junior', /\b(?:junior|jr|entry[- ]level|new[- ]grads?|graduate|grad)\b\.?/gi],
  ['intern', /\b(?:intern|interns|internships?|trainee(?:ships?)?|apprentice(?:ships?)?|working\s+student)\b/gi],
];
/** The same words, for a test of a whole text (a global pattern's `test` would go on from where the last one stopped). */
const levelWordsAnyCase = levelWords.map(([level, pattern]) => [level, new RegExp(pattern.source, 'i')] as const);

/**
 * The level a search names, if any: "senior typescript" → senior, "entry-level marketing"
 * → junior, "staff engineer" → lead.
 *
 * @example
 * seniorityIn('junior frontend'); // 'junior'
 */
export function seniorityIn(text: string): JobSeniority | undefined {
  return levelWordsAnyCase.find(([, pattern]) => pattern.test(text))?.[0];
}

/**
 * The search words without those naming `level`: once the title's level is checked, the
 * word itself need not occur ("senior typescript" finds "Sr. TypeScript Engineer").
 *
 * @example
 * withoutSeniorityWords('senior typescript', 'senior'); // 'typescript'
 */
export function withoutSeniorityWords(text: string, level: JobSeniority): string {
  const pattern = levelWords.find(([name]) => name === level)?.[1];
  return pattern ? text.replace(pattern, ' ').replace(/\s+/g, ' ').trim() : text;
}
