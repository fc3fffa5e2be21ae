import type { JsonResume } from '../protocol/json-resume.ts';
import { experienceYears } from '../resume/match/experience-years.ts';
import { type JobField, resumeFieldOf, roleFieldOf } from '../resume/match/job-field.ts';
import { loadSkillVocabulary } from '../resume/skill-vocabulary.ts';

/** How a field's work is named in a sentence: "8.3 years in healthcare". */
const fieldWords: Partial<Record<JobField, string>> = {
  software: 'software',
  electrical: 'the electrical trade',
  plumbing: 'plumbing and heating',
  mechanical: 'mechanical trades and maintenance',
  culinary: 'professional kitchens',
  driving: 'professional driving',
  education: 'teaching and education',
  operations: 'operations and logistics',
  people: 'HR and people work',
  support: 'customer and IT support',
  quality: 'quality and inspection',
  legal: 'legal work',
};

/**
 * The years of work a resume shows, in all and in each field its roles are in, counted as the
 * fit score counts them (overlapping dates once, an open end is today, internships left out);
 * roles whose field cannot be told are named, so a missing count is seen (trial s50 #50, #12).
 *
 * @example
 * describeYears(resume, new Date('2026-12-07'));
 * // 'Your resume shows 16.1 years of work in all: 8.3 in construction (Welder-Fabricator at Heerema), …'
 */
export function describeYears(resume: Pick<JsonResume, 'basics' | 'work'>, today: Date): string {
  const work = resume.work ?? [];
  const dated = work.filter((role) => role.startDate);
  if (dated.length === 0) return 'Your resume shows no dated work, so I cannot count your years: add the dates of your jobs (e.g. "my job at Acme ran 2018 to 2022").';
  const vocabulary = loadSkillVocabulary();
  const wholeField = resumeFieldOf(resume, vocabulary);
  const byField = new Map<JobField | undefined, typeof dated>();
  for (const role of dated) {
    const field = roleFieldOf(role, vocabulary, wholeField);
    byField.set(field, [...(byField.get(field) ?? []), role]);
  }
  const rolesOf = (roles: typeof dated) => roles.map((role) => [role.position, role.name].filter(Boolean).join(' at ')).filter(Boolean).join('; ');
  const fields = [...byField.entries()]
    .flatMap(([field, roles]) => (field ? [{ field, roles, years: experienceYears(roles, today) }] : []))
    .filter(({ years }) => years > 0)
    .sort((a, b) => b.years - a.years)
    .map(({ field, roles, years }) => `${oneDecimal(years)} in ${fieldWords[field] ?? field} (${rolesOf(roles)})`);
  const total = experienceYears(dated, today);
  const unplaced = byField.get(undefined) ?? [];
  const sentences = [`Your resume shows ${oneDecimal(total)} years of work in all${fields.length > 0 ? `: ${fields.join(', ')}` : ''}.`];
  if (unplaced.length > 0) sentences.push(`I could not tell the field of ${rolesOf(unplaced)}, so those years count in the total only.`);
  if (work.length > dated.length) sentences.push(`${work.length - dated.length} role${work.length - dated.length === 1 ? ' has' : 's have'} no dates and ${work.length - dated.length === 1 ? 'is' : 'are'} not counted.`);
  return sentences.join(' ');
}

function oneDecimal(years: number): string {
  return (Math.round(years * 10) / 10).toString();
}
