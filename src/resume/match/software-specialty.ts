/**
 * Specialties within software: a posting that asks for "4+ years of backend development" or
 * "3+ years of professional game development" asks for years in that kind of work, not in
 * software at large. A game programmer's seven years are not backend years, and a backend
 * engineer's are not game years. A role shows a specialty by its title ("Senior Backend
 * Engineer", "Gameplay Programmer"), or, when its title names none ("Software Engineer"), by
 * the kinds of skill its own bullets name ("payout services in Go and MySQL on AWS").
 */
import type { SkillVocabulary } from '../skill-vocabulary.ts';
import { findSkills } from '../skill-tokenizer.ts';

export const softwareSpecialties = ['backend', 'frontend', 'mobile', 'game', 'embedded', 'infrastructure'] as const;
export type SoftwareSpecialty = (typeof softwareSpecialties)[number];

/** People read "backend development", not "backend". */
export const specialtyNames: Record<SoftwareSpecialty, string> = {
  backend: 'backend development',
  frontend: 'frontend development',
  mobile: 'mobile development',
  game: 'game development',
  embedded: 'embedded software',
  infrastructure: 'infrastructure and reliability engineering',
};

// The words that name each specialty in a title or a years requirement.
const specialtyWords: readonly [SoftwareSpecialty, RegExp][] = [
  ['backend', /\b(?:back[- ]?end|server[- ]side|api)\b/i],
  ['frontend', /\b(?:front[- ]?end|ui engineer|ui developer)\b/i],
  ['mobile', /\b(?:mobile|ios|android)\b/i],
  ['game', /\b(?:games?|gameplay)\b/i],
  ['embedded', /\b(?:embedded|firmware)\b/i],
  ['infrastructure', /\b(?:devops|dev ops|sre|site reliability|infrastructure|platform engineer(?:ing)?|cloud engineer(?:ing)?)\b/i],
];
const fullStack = /\bfull[- ]?stack\b/i;

// "4+ years of backend development", "3 years of professional game development", "5 years as an iOS engineer".
const askedSpecialty =
  /^[^.;\n]{0,30}?\b(?:of|in|as an?|building|doing)\s+(?:(?:professional|commercial|hands-on|production|shipped)\s+)?((?:back[- ]?end|server[- ]side|front[- ]?end|mobile|ios|android|games?|gameplay|embedded|firmware|devops|sre|site reliability|infrastructure)(?:\s+(?:software|web))?)\s+(?:development|developer|engineering|engineer|programming|programmer|work|apps?|services|systems)\b/i;

// The vocabulary's categories, as the specialty a role's bullets show.
const categorySpecialty: Record<string, SoftwareSpecialty> = {
  backend: 'backend',
  database: 'backend',
  messaging: 'backend',
  frontend: 'frontend',
  mobile: 'mobile',
  game: 'game',
  devops: 'infrastructure',
  cloud: 'infrastructure',
};

/**
 * The specialty a years requirement names, read from the text that follows the number.
 *
 * @example
 * specialtyOfYears('4+ years of backend development, at least 2 of them in Go'); // 'backend'
 * specialtyOfYears('5+ years of software engineering'); // undefined
 */
export function specialtyOfYears(afterYears: string): SoftwareSpecialty | undefined {
  const named = askedSpecialty.exec(afterYears)?.[1];
  return named ? specialtiesIn(named)[0] : undefined;
}

function specialtiesIn(text: string): SoftwareSpecialty[] {
  const found = specialtyWords.filter(([, pattern]) => pattern.test(text)).map(([specialty]) => specialty);
  return fullStack.test(text) ? [...new Set<SoftwareSpecialty>(['backend', 'frontend', ...found])] : found;
}

/**
 * The specialties one software role shows: its title's, else the kinds of skill its own
 * words name; undefined when neither tells (the role counts for any specialty).
 *
 * @example
 * roleSpecialties({ position: 'Gameplay Programmer' }, vocabulary); // Set { 'game' }
 * roleSpecialties({ position: 'Software Engineer', highlights: ['Payout services in Go and MySQL'] }, vocabulary); // Set { 'backend' }
 */
export function roleSpecialties(
  role: { position?: string | undefined; summary?: string | undefined; highlights?: readonly string[] | undefined },
  vocabulary: SkillVocabulary,
): ReadonlySet<SoftwareSpecialty> | undefined {
  const titled = specialtiesIn(role.position ?? '');
  if (titled.length > 0) return new Set(titled);
  const shown = new Set<SoftwareSpecialty>();
  for (const mention of findSkills([role.summary ?? '', ...(role.highlights ?? [])].join('\n'), vocabulary)) {
    const specialty = categorySpecialty[mention.skill.category];
    if (specialty) shown.add(specialty);
  }
  return shown.size > 0 ? shown : undefined;
}
