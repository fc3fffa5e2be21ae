/**
 * The explainable match: how well a resume fits a posting, 0–100, with a breakdown anyone
 * can check and advice tied to what is missing. Deterministic, no model.
 *
 * Components and weights (a component the posting gives nothing to judge is left out and
 * the others are re-weighted): skills 50 (required count 1, nice-to-have ½), experience 20
 * (years shown ÷ years asked, capped at 1), seniority 10 (see `seniorityScore`), keywords 20
 * (share of the posting's salient terms found in the resume).
 *
 * Each component only grows when the resume gains a skill or a word, and the weights depend
 * on the posting alone, so a resume that gains a required skill never scores lower.
 */
import type { JsonResume } from '../protocol/json-resume.ts';
import { matchAdvice } from './match/match-advice.ts';
import { preparePosting, type JobPosting, type PreparedPosting, type SkillRequirement } from './match/prepare-posting.ts';
import { prepareResume, type PrepareResumeOptions, type PreparedResume } from './match/prepare-resume.ts';
import { seniorityLevels, seniorityScore, type SeniorityLevel } from './match/seniority.ts';

export { prepareResume, type PreparedResume, type PrepareResumeOptions } from './match/prepare-resume.ts';
export { preparePosting, type JobPosting, type PreparedPosting, type SkillRequirement } from './match/prepare-posting.ts';
export type { SeniorityLevel } from './match/seniority.ts';

const weights = { skills: 50, experience: 20, seniority: 10, keywords: 20 } as const;

interface Component {
  /** 0–100, or null when the posting gives nothing to judge this on. */
  score: number | null;
  /** Share of the total score, 0–1 (0 when not applicable). */
  weight: number;
}

export interface MatchBreakdown {
  skills: Component & {
    required: { matched: string[]; missing: string[] };
    niceToHave: { matched: string[]; missing: string[] };
  };
  experience: Component & { yearsRequired: number | null; yearsShown: number };
  seniority: Component & { posting: SeniorityLevel | null; resume: SeniorityLevel };
  keywords: Component & { found: string[]; missing: string[] };
}

export interface MatchResult {
  score: number;
  breakdown: MatchBreakdown;
  /** Skills the posting asks for (required first) that the resume shows. */
  matched: string[];
  /** Skills the posting asks for (required first) that the resume does not show. */
  missing: string[];
  advice: string[];
}

export interface AnalyzeMatchInput extends PrepareResumeOptions {
  resume: JsonResume;
  posting: JobPosting;
}

/**
 * Scores one resume against one posting.
 *
 * @example
 * const result = analyzeMatch({ resume, posting: { title: 'Senior Go Engineer', description } });
 * result.score; // 72
 * result.missing; // ['Kubernetes']
 */
export function analyzeMatch(input: AnalyzeMatchInput): MatchResult {
  const { resume, posting, ...options } = input;
  return scorePosting(prepareResume(resume, options), posting);
}

/**
 * Scores a prepared resume against a posting: the fast path for ranking many postings.
 *
 * @example
 * const prepared = prepareResume(resume);
 * const ranked = postings.map((posting) => ({ posting, match: scorePosting(prepared, posting) }));
 */
export function scorePosting(resume: PreparedResume, posting: JobPosting | PreparedPosting): MatchResult {
  const prepared = 'requiredSkills' in posting ? posting : preparePosting(posting, resume.vocabulary);
  const required = splitByMatch(resume, prepared.requiredSkills);
  const nice = splitByMatch(resume, prepared.niceToHaveSkills);
  const [matchedRequired, missingRequired, matchedNice, missingNice] = [required.matched, required.missing, nice.matched, nice.missing];

  const metRequired = prepared.requiredSkills.length - missingRequired.length;
  const metNice = prepared.niceToHaveSkills.length - missingNice.length;
  const skillTotal = prepared.requiredSkills.length + prepared.niceToHaveSkills.length / 2;
  const skillScore = skillTotal > 0 ? (100 * (metRequired + metNice / 2)) / skillTotal : null;

  const yearsRequired = prepared.yearsRequired ?? null;
  const experienceScore = yearsRequired ? Math.min(1, resume.yearsOfExperience / yearsRequired) * 100 : null;

  const postingLevel = prepared.seniority ?? null;
  const seniority = postingLevel ? seniorityScore(resume.seniority, postingLevel) : null;

  const found = prepared.keywords.filter((term) => resume.terms.has(term.stem)).map((term) => term.word);
  const missingKeywords = prepared.keywords.filter((term) => !resume.terms.has(term.stem)).map((term) => term.word);
  const keywordScore = prepared.keywords.length >= 3 ? (100 * found.length) / prepared.keywords.length : null;

  const raw = { skills: skillScore, experience: experienceScore, seniority, keywords: keywordScore };
  const applicable = (Object.keys(weights) as (keyof typeof weights)[]).filter((key) => raw[key] !== null);
  const totalWeight = applicable.reduce((sum, key) => sum + weights[key], 0);
  const weightOf = (key: keyof typeof weights) => (raw[key] === null || totalWeight === 0 ? 0 : weights[key] / totalWeight);
  const score = Math.round(applicable.reduce((sum, key) => sum + (raw[key] ?? 0) * weightOf(key), 0));
  const round = (value: number | null) => (value === null ? null : Math.round(value));

  return {
    score,
    breakdown: {
      skills: {
        score: round(skillScore),
        weight: weightOf('skills'),
        required: { matched: matchedRequired, missing: missingRequired },
        niceToHave: { matched: matchedNice, missing: missingNice },
      },
      experience: { score: round(experienceScore), weight: weightOf('experience'), yearsRequired, yearsShown: resume.yearsOfExperience },
      seniority: { score: seniority, weight: weightOf('seniority'), posting: postingLevel, resume: resume.seniority },
      keywords: { score: round(keywordScore), weight: weightOf('keywords'), found, missing: missingKeywords },
    },
    matched: [...matchedRequired, ...matchedNice],
    missing: [...missingRequired, ...missingNice],
    advice: matchAdvice({
      resume,
      posting: prepared,
      missingRequired,
      missingNice,
      matchedRequired,
      missingKeywords,
      yearsShort: experienceScore !== null && experienceScore < 100,
      levelBelow: seniority !== null && seniority < 100 && postingLevel !== null && isBelow(resume.seniority, postingLevel),
    }),
  };
}

// Matched requirements are named by the skills the resume has; missing ones by their label.
function splitByMatch(resume: PreparedResume, requirements: readonly SkillRequirement[]): { matched: string[]; missing: string[] } {
  const matched: string[] = [];
  const missing: string[] = [];
  for (const requirement of requirements) {
    const have = requirement.anyOf.filter((name) => resume.skills.has(name));
    if (have.length > 0) matched.push(...have.filter((name) => !matched.includes(name)));
    else missing.push(requirement.label);
  }
  return { matched, missing };
}

function isBelow(person: SeniorityLevel, role: SeniorityLevel): boolean {
  return seniorityLevels.indexOf(person) < seniorityLevels.indexOf(role);
}
