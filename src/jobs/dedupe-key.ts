import { createHash } from 'node:crypto';
import type { NormalisedPosting } from '../protocol/posting.ts';

// Legal-form words dropped from the end of a company name: "Acme GmbH & Co. KG" is "acme".
const legalForms = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'gmbh', 'ag', 'kg', 'ug', 'se',
  'co', 'corp', 'corporation', 'company', 'plc', 'sa', 'sas', 'sarl', 'bv', 'nv', 'srl', 'spa',
  'oy', 'ab', 'as', 'aps', 'pty', 'pte', 'and',
]);

// Gender notes in German and French job ads: "(m/w/d)", "(w/m/div)", "m/f/x", "(all genders)".
const genderMark = String.raw`(?:div(?:ers)?|[mwfdhx*]{1,3})`;
const genderNote = new RegExp(
  [
    String.raw`\(\s*(?:${genderMark}\s*/\s*){1,3}${genderMark}\s*\)`,
    String.raw`\b[mwf]/[mwf](?:/[dx])?\b`,
    String.raw`\(\s*(?:all genders?|gn)\s*\)`,
  ].join('|'),
  'gi',
);
// Work-mode notes boards append to titles: "(Remote)", "[Hybrid, EU]", "- Remote (US)", "| Remote".
const workMode = String.raw`(?:fully\s+)?(?:remote|hybrid|on-?site)\b`;
const workModeNote = new RegExp(
  [String.raw`[([]\s*${workMode}[^)\]]*[)\]]`, String.raw`\s[-–—|]\s*${workMode}.*$`].join('|'),
  'gi',
);
const remoteWords = /\b(?:remote|anywhere|worldwide|work from home|wfh)\b/i;

/** Lower-case words: accents dropped, punctuation gone except the `+` and `#` of C++ and C#. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/**
 * A company name reduced to what every board agrees on.
 *
 * @example
 * normaliseCompany('Stripe, Inc.'); // 'stripe'
 */
export function normaliseCompany(company: string): string {
  const parts = words(company.replace(/&/g, ' and '));
  const kept = [...parts];
  while (kept.length > 1 && legalForms.has(kept[kept.length - 1] ?? '')) kept.pop();
  return kept.join(' ');
}

/**
 * A job title without gender notes, work-mode notes or punctuation; "Sr." reads "senior".
 *
 * @example
 * normaliseTitle('Sr. Backend Engineer (m/w/d) - Remote'); // 'senior backend engineer'
 */
export function normaliseTitle(title: string): string {
  const stripped = title.replace(genderNote, ' ').replace(workModeNote, ' ');
  return words(stripped)
    .map((word) => (word === 'sr' ? 'senior' : word === 'jr' ? 'junior' : word))
    .join(' ');
}

/**
 * Where an opening is, coarsely: "remote", the first place named ("san francisco"), or ''.
 *
 * @example
 * coarseLocation({ location: 'Berlin, Germany', remote: false }); // 'berlin'
 */
export function coarseLocation(posting: Pick<NormalisedPosting, 'location' | 'remote'>): string {
  if (posting.remote === true) return 'remote';
  const location = posting.location ?? '';
  if (remoteWords.test(location)) return 'remote';
  const [first = ''] = location.split(/[,/|;(–—-]/);
  return words(first).join(' ');
}

/**
 * The same opening seen on several boards gets the same key: company, title and coarse
 * location, case- and punctuation-insensitive.
 *
 * @example
 * dedupeKey(posting); // 'stripe|senior backend engineer|remote'
 */
export function dedupeKey(
  posting: Pick<NormalisedPosting, 'company' | 'title' | 'location' | 'remote'>,
): string {
  return [
    normaliseCompany(posting.company),
    normaliseTitle(posting.title),
    coarseLocation(posting),
  ].join('|');
}

/**
 * A short stable id for a job: the same on every board, every run and every machine.
 *
 * @example
 * jobIdFor(posting); // '3f9a1c0b7d2e'
 */
export function jobIdFor(
  posting: Pick<NormalisedPosting, 'company' | 'title' | 'location' | 'remote'>,
): string {
  return createHash('sha256').update(dedupeKey(posting)).digest('hex').slice(0, 12);
}
