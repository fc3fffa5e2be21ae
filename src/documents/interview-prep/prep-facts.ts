import { escapeMarkdown, escapeStated } from '../escape-markdown.ts';
import { escapeHighlight, type Highlight, relevantHighlights } from '../relevant-highlights.ts';
import { jobFieldFromText, jobFieldOf, type JobField } from '../../resume/match/job-field.ts';
import { loadSkillVocabulary, skillKey } from '../../resume/skill-vocabulary.ts';
import { matchSkills } from '../skill-match.ts';
import { workHistory } from '../work-history.ts';
import type { WriterPosting, WriterResume } from '../writer-input.ts';
import { postingOutline } from './posting-outline.ts';
import { type Seniority, seniorityOf } from './seniority.ts';

/** A skill the resume lacks, and how strongly the posting asks for it. */
export interface SkillGap {
  skill: string;
  weight: 'required' | 'nice to have' | 'mentioned';
}

/** Everything a prep pack may say, from the resume and the posting; strings are Markdown-escaped. */
export interface PrepFacts {
  role: string;
  company: string;
  location?: string;
  seniority: Seniority;
  /** The field of the posting (its title, else the skills it names): it decides which questions an interviewer asks. */
  field?: JobField;
  responsibilities: string[];
  requirements: string[];
  matched: string[];
  /** Posting skills the questions should probe: required first, then the matched ones. */
  probedSkills: string[];
  gaps: SkillGap[];
  latest?: { employer?: string; position?: string; current: boolean };
  highlights: Highlight[];
}

/**
 * Gathers a prep pack's facts from the resume and the posting.
 *
 * @example
 * prepFacts(resume, posting).gaps; // [{ skill: 'Kubernetes', weight: 'required' }]
 */
export function prepFacts(resume: WriterResume, posting: WriterPosting): PrepFacts {
  const skills = matchSkills(resume, posting);
  const outline = postingOutline(posting.description);
  const requiredKeys = new Set(skills.required.map((skill) => skillKey(skill)));
  const niceKeys = new Set((posting.niceToHaveSkills ?? []).map((skill) => skillKey(skill)));
  const latest = workHistory(resume)[0];
  const vocabulary = loadSkillVocabulary();
  const field = jobFieldOf(posting.title, vocabulary) ?? jobFieldFromText(posting.description, vocabulary);
  return {
    ...(field ? { field } : {}),
    role: escapeStated(posting.title) ?? 'role',
    company: escapeStated(posting.company) ?? 'the company',
    location: escapeStated(posting.location),
    seniority: seniorityOf(posting.title),
    responsibilities: outline.responsibilities.map(escapeMarkdown),
    requirements: outline.requirements.map(escapeMarkdown),
    matched: skills.matched.map(escapeMarkdown),
    probedSkills: [...skills.required, ...skills.matched]
      .filter((skill, index, all) => all.findIndex((other) => skillKey(other) === skillKey(skill)) === index)
      .map(escapeMarkdown),
    gaps: skills.missing.map((skill) => ({
      skill: escapeMarkdown(skill),
      weight: requiredKeys.has(skillKey(skill)) ? 'required' : niceKeys.has(skillKey(skill)) ? 'nice to have' : 'mentioned',
    })),
    latest: latest && { employer: escapeStated(latest.employer), position: escapeStated(latest.position), current: latest.current },
    highlights: relevantHighlights(resume, skills).map(escapeHighlight),
  };
}
